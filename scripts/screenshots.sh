#!/usr/bin/env bash
# Regenerates docs/screenshots/ from the current dist/ (see scripts/screenshots.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${SHOTS_PORT:-8192}
scripts/serve.sh "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fso /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
SHOTS_URL="http://127.0.0.1:$port" node scripts/screenshots.mjs
