#!/bin/sh
# Trunk post_build hook: writes .br and .gz next to every compressible file of
# the app shell in the staging directory, for nginx's brotli_static/gzip_static.
# Data files (data/) are left alone: they may be edited in dist/ without a
# rebuild, so the server compresses them on the fly instead.
set -eu
[ "${TRUNK_PROFILE:-debug}" = "release" ] || exit 0
cd "$TRUNK_STAGING_DIR"
find . -path ./data -prune -o -type f \
  \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.svg' \
     -o -name '*.webmanifest' -o -name '*.json' -o -name '*.txt' \) -print |
while read -r f; do
  brotli --force --best --keep --output="$f.br" "$f"
  gzip --force --best --keep --no-name "$f"
done
