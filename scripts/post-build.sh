#!/bin/sh
# Trunk post_build hook (release only), in the staging directory:
#  0. makes index.html work under the Content-Security-Policy (see
#     scripts/harden-html.mjs);
#  1. renders the icons from public/icons/icon.svg (scripts/icons.sh) and
#     leaves out locales/en.json (English is compiled in);
#  2. writes the service worker's precache list and version from the built
#     files (never by hand);
#  3. writes .br and .gz next to every compressible file of the app shell,
#     for nginx's brotli_static/gzip_static. Data files (data/) are left
#     alone: they may be edited in dist/ without a rebuild, so the server
#     compresses them on the fly instead.
set -eu
[ "${TRUNK_PROFILE:-debug}" = "release" ] || exit 0
here=$(cd "$(dirname "$0")" && pwd)
cd "$TRUNK_STAGING_DIR"

sh "$here/icons.sh" "$TRUNK_STAGING_DIR/icons"

# The strict Content-Security-Policy: Trunk's inline loader into a file,
# the policy into a <meta> (scripts/harden-html.mjs).
node "$here/harden-html.mjs" "$TRUNK_STAGING_DIR" "$here/../server/site.conf"

# English is compiled into the wasm (build.rs); only the other languages'
# files are fetched (src/i18n.rs), so en.json is not shipped.
rm -f locales/en.json

# The shell: every file but the data, the worker itself and compressed copies,
# plus "/" and "/embed/search": pages (written after this step by the
# prerender binary) as the server sends them for the full site and for
# embeds (each with its own framing headers, kept for offline use); the app
# draws any page in them offline.
# The language files are listed apart: the worker saves only those in use.
list() { sed 's|^\./|/|' | sort | awk 'BEGIN { ORS = "" } { printf "%s\"%s\"", (NR > 1 ? ", " : ""), $0 }'; }
shell=$(find . \( -path ./data -o -path ./locales \) -prune -o -type f ! -name 'sw.js' ! -name 'index.html' ! -name '*.br' ! -name '*.gz' -print | list)
languages=$(find ./locales -type f -name '*.json' -print | list)
# The version covers the built files and the server's header files: the
# worker keeps the shells with their headers (framing rules), so a change
# there must reach installed workers too.
version=$(cat $(find . -path ./data -prune -o -type f ! -name 'sw.js' -print | sort) "$here"/../server/headers/*.conf "$here"/../server/site.conf |
  sha256sum | cut -c1-16)
sed -i "s|^const VERSION = 'dev';|const VERSION = '$version';|; s|^const SHELL = \[\];|const SHELL = [\"/\", \"/embed/search\", $shell];|; s|^const LANGUAGES = \[\];|const LANGUAGES = [$languages];|" sw.js
grep -q "const VERSION = '$version'" sw.js && grep -q '^const LANGUAGES = \["/locales/' sw.js ||
  { echo "post-build: could not write the precache lists into sw.js" >&2; exit 1; }

# (index.html is the shell the pages are written into; the prerender
# binary compresses the pages.)
find . -path ./data -prune -o -type f ! -name 'index.html' \
  \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.svg' \
     -o -name '*.webmanifest' -o -name '*.json' -o -name '*.txt' \) -print |
while read -r f; do
  brotli --force --best --keep --output="$f.br" "$f"
  gzip --force --best --keep --no-name "$f"
done
