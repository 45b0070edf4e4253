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
# A build is Trunk (the wasm), then the prerender binary writing every
# page (natively, its own `prerender` profile): both timed, apart and
# together.
prerender() { cargo run --profile prerender --quiet --features ssr --bin prerender -- dist public/data locales; }
touch src/lib.rs
warm_trunk=$(secs trunk build --release)
warm_pages=$(secs prerender)
noop_trunk=$(secs trunk build --release)
noop_pages=$(secs prerender)

wasm=$(ls dist/*_bg.wasm); js=$(ls dist/legal-aid-directory-*.js); css=$(ls dist/*.css)

scripts/serve.sh "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fso /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done

timings=$(BENCH_URL="http://127.0.0.1:$port/" BENCH_RUNS=$runs node scripts/bench-load.mjs)

# Search at scale: a synthetic index of 10,000 organisations (never
# shipped), natively, then in the browser from a copy of dist/ that serves it.
search_tmp=$(mktemp -d)
# nginx's workers (user nobody) must be able to read the copies served from it.
chmod 755 "$search_tmp"
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

# Scaling: generated datasets of 1, 50 and 230 countries (10,000
# organisations), each served from its own copy of dist/.
scale_pairs=""
scale_servers=""
scale_port=$((port + 2))
trap 'kill $server ${search_server:-} ${scale_servers:-} 2>/dev/null || true; rm -rf "$search_tmp"' EXIT
for n in 1 50 230; do
  cp -R dist "$search_tmp/dist$n"
  rm -rf "$search_tmp/dist$n/data"
  cargo run --quiet --release -p directory-tools --bin bench-dataset -- --countries "$n" --write "$search_tmp/dist$n/data" >/dev/null
  scripts/serve.sh "$scale_port" "$search_tmp/dist$n" >/dev/null 2>&1 &
  scale_servers="$scale_servers $!"
  for _ in $(seq 50); do curl -fso /dev/null "http://127.0.0.1:$scale_port/" && break; sleep 0.1; done
  scale_pairs="$scale_pairs $n-countries=http://127.0.0.1:$scale_port/"
  scale_port=$((scale_port + 1))
done
first_view_all=$(BENCH_URL="http://127.0.0.1:$port/" BENCH_SCALE="$scale_pairs" node scripts/bench-first-view.mjs)
first_view=$(printf '%s' "${first_view_all%%@@SCALE@@*}")
scaling=$(printf '%s' "${first_view_all#*@@SCALE@@}" | sed '1{/^$/d}')
lighthouse=$(BENCH_URL="http://127.0.0.1:$port/" BENCH_RUNS=${BENCH_LIGHTHOUSE_RUNS:-3} node scripts/bench-lighthouse.mjs)
wasm_raw=$(stat -c%s "$wasm")

{
  echo "# Benchmarks"
  echo
  echo "Made by \`make bench\` (scripts/bench.sh) on $(date -u +%Y-%m-%d), $(nproc) cores, $(chromium --version 2>/dev/null | head -1)."
  echo "Timings are medians of $runs loads in one run; compare ratios within a run, not across runs."
  echo
  echo "## First view of /countries/norway (cold cache, no service worker)"
  echo
  echo "Bytes over the wire as the production server sends them (nginx: the app shell precompressed with brotli -q 11, data compressed on the fly at level 6), measured in headless Chromium at 360 px (scripts/bench-first-view.mjs). Raw wasm: $(kb "$wasm_raw")."
  echo
  echo "$first_view"
  echo
  echo "## Lighthouse (mobile, simulated throttling; medians of ${BENCH_LIGHTHOUSE_RUNS:-3} runs)"
  echo
  echo "npm \`lighthouse\` $(node -p "require('./node_modules/lighthouse/package.json').version") with Debian Chromium headless, default settings (scripts/bench-lighthouse.mjs)."
  echo
  echo "$lighthouse"
  echo
  echo "## Scaling: first view as the dataset grows"
  echo
  echo "Generated datasets (\`bench-dataset\`, crates/tools/src/bench_dataset.rs; never shipped): Norway as shipped, plus copies of its file for other countries of the index, with organisations repeated to about 10,000 at 230 countries. The first view of /countries/norway fetches the index and Norway's file only; the search index is fetched when someone searches."
  echo
  echo "$scaling"
  echo
  echo "## Transfer sizes of the release build"
  echo
  echo "| file | raw | gzip -9 | brotli -q 11 |"
  echo "|---|---|---|---|"
  row "app wasm (\`$(basename "$wasm")\`)" "$wasm"
  row "JS glue" "$js"
  row "CSS" "$css"
  row "index.html (the English home page)" dist/index.html
  row "countries/norway/index.html" dist/countries/norway/index.html
  row "ar/countries/norway/index.html" dist/ar/countries/norway/index.html
  row "data/index.json" dist/data/index.json
  echo "$shipped_search"
  for f in dist/data/countries/*.json; do row "data/countries/$(basename "$f")" "$f"; done
  echo
  echo "## Release build times (\`trunk build --release\`, then the prerender binary)"
  echo
  echo "| build | Trunk (wasm) | prerender (compile and write every page) |"
  echo "|---|---|---|"
  echo "| cold (empty target directory, Trunk only) | $cold | |"
  echo "| warm (app crate changed) | $warm_trunk | $warm_pages |"
  echo "| no-op (nothing changed) | $noop_trunk | $noop_pages |"
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
