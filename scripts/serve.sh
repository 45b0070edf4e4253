#!/bin/sh
# Serves a built dist/ with the production nginx configuration (server/).
# Usage: scripts/serve.sh [PORT] [DIST]   (HOST=0.0.0.0 to listen beyond this machine)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
port=${1:-8080}
dist=$(cd "${2:-$here/dist}" && pwd)
host=${HOST:-127.0.0.1}
run="$here/target/nginx/$port"
[ -f "$dist/index.html" ] || { echo "serve: $dist/index.html is missing; run make build first" >&2; exit 1; }
rm -rf "$run"
mkdir -p "$run/tmp"
cp -R "$here/server/." "$run/"
sed -i "s|__PORT__|$port|; s|__HOST__|$host|" "$run/nginx.conf"
sed -i "s|__DIST__|$dist|" "$run/site.conf"
echo "Serving $dist at http://$host:$port/ (Ctrl-C stops)"
exec nginx -p "$run" -c nginx.conf
