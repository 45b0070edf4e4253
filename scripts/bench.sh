#!/usr/bin/env bash
# Size and load-speed figures for the release build in dist/, written to
# BENCHMARKS.md. Timings are medians of several runs in one session on a
# shared machine: compare ratios within one run, not absolute numbers across runs.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-8191}
runs=${BENCH_RUNS:-9}
out=BENCHMARKS.md

br() { brotli --best -c "$1" | wc -c; }
gz() { gzip --best -c "$1" | wc -c; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }
row() { printf '| %s | %s | %s | %s |\n' "$1" "$(kb "$(stat -c%s "$2")")" "$(kb "$(gz "$2")")" "$(kb "$(br "$2")")"; }

# Build times: a change to the app crate (warm) and nothing changed (no-op:
# wasm-bindgen, wasm-opt and compression). BENCH_COLD=1 adds a build from an
# empty target directory (about 3 minutes).
secs() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1; t1=$(date +%s.%N); awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f s", b - a }'; }
cold="not measured (BENCH_COLD=1)"
if [ "${BENCH_COLD:-0}" = 1 ]; then
  tmp=$(mktemp -d)
  cold=$(CARGO_TARGET_DIR="$tmp/target" secs trunk build --release --dist "$tmp/dist")
  rm -rf "$tmp"
fi
touch src/main.rs
warm=$(secs trunk build --release)
noop=$(secs trunk build --release)

wasm=$(ls dist/*_bg.wasm); js=$(ls dist/legal-aid-directory-*.js); css=$(ls dist/*.css)

scripts/serve.sh "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fso /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done

timings=$(BENCH_URL="http://127.0.0.1:$port/" BENCH_RUNS=$runs node scripts/bench-load.mjs)

# Search at scale: a synthetic index of 10,000 organisations (never
# shipped), natively, then in the browser from a copy of dist/ that serves it.
search_tmp=$(mktemp -d)
search_server=""
search_runs=${BENCH_SEARCH_RUNS:-5}
trap 'kill $server ${search_server:-} 2>/dev/null || true; rm -rf "$search_tmp"' EXIT
native_search=$(cargo run --quiet --release -p directory-tools --bin bench-search -- --write "$search_tmp")
cp -R dist "$search_tmp/dist"
cp "$search_tmp/search.json" "$search_tmp/dist/data/search.json"
search_port=$((port + 1))
scripts/serve.sh "$search_port" "$search_tmp/dist" >/dev/null 2>&1 &
search_server=$!
for _ in $(seq 50); do curl -fso /dev/null "http://127.0.0.1:$search_port/" && break; sleep 0.1; done
browser_search=$(BENCH_URL="http://127.0.0.1:$search_port/" BENCH_RUNS=$search_runs node scripts/bench-search.mjs)
shipped_search=$(row "data/search.json (shipped)" dist/data/search.json)

{
  echo "# Benchmarks"
  echo
  echo "Made by \`make bench\` (scripts/bench.sh) on $(date -u +%Y-%m-%d), $(nproc) cores, $(chromium --version 2>/dev/null | head -1)."
  echo "Timings are medians of $runs loads in one run; compare ratios within a run, not across runs."
  echo
  echo "## Transfer sizes of the release build"
  echo
  echo "| file | raw | gzip -9 | brotli -q 11 |"
  echo "|---|---|---|---|"
  row "app wasm (\`$(basename "$wasm")\`)" "$wasm"
  row "JS glue" "$js"
  row "CSS" "$css"
  row "index.html" dist/index.html
  row "data/index.json" dist/data/index.json
  echo "$shipped_search"
  for f in dist/data/countries/*.json; do row "data/countries/$(basename "$f")" "$f"; done
  echo
  echo "## Release build times (\`trunk build --release\`)"
  echo
  echo "| build | time |"
  echo "|---|---|"
  echo "| cold (empty target directory) | $cold |"
  echo "| warm (app crate changed) | $warm |"
  echo "| no-op (nothing changed) | $noop |"
  echo
  echo "## Loading pages (nginx on loopback, headless Chromium at 360 px, cold cache)"
  echo
  echo "$timings"
  echo
  echo "## Search at 10,000 organisations"
  echo
  echo 'A synthetic index (`bench-search`, crates/tools/src/bench_search.rs): each of 10,000 organisations is a shipped one with made-up words added (five of its own in the description, one in the name, a city of its own: thousands of cities, a worst case for the city menu), in 230 countries. Natively (release build), each query run 41 times:'
  echo
  echo "$native_search"
  echo
  echo "In headless Chromium at 360 px (nginx on loopback, the index served with brotli level 6). A query's time runs from the input event to the results on screen, less the 200 ms the page waits for typing to pause; medians and 95th percentiles of $search_runs runs:"
  echo
  echo "$browser_search"
} > "$out"
cat "$out"
