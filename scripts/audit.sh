#!/bin/sh
# make audit: known vulnerabilities in the dependencies. Needs the network
# (the RustSec advisory database is cloned from github.com; npm's audit asks
# registry.npmjs.org), so it is not part of `make test`, which must work
# offline. Exit 0: nothing found; 1: advisories found (listed); 2: a check
# could not run (said plainly, with the reason). A result is "found" only
# when the tool reported advisories, and "could not check" whenever it did
# not report a result at all, so a network failure is never taken for a
# clean bill, nor an advisory for a network failure.
set -u
status=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
worst() { [ "$1" -gt "$status" ] && status=$1; }

echo "== Rust crates: cargo deny check advisories (RustSec database from github.com)"
cargo deny check advisories >"$log" 2>&1
if grep -qE '^(error|warning)\[(vulnerability|unmaintained|unsound|yanked|notice)\]' "$log"; then
  cat "$log"
  echo "make audit: advisories found in the Rust crates (above); see docs/security-and-privacy.md, \"Supply chain\"."
  worst 1
elif grep -qE 'advisories ok' "$log"; then
  echo "advisories ok"
else
  grep -E 'ERROR|error' "$log" | head -n 3
  echo "make audit: could NOT check the Rust crates: cargo deny gave no result (above; usually github.com/rustsec/advisory-db cannot be reached from here)."
  worst 2
fi

echo "== npm packages (tests and build tools): npm audit"
npm audit --json >"$log" 2>/dev/null
found=$(node -e '
  let r; try { r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); } catch { process.exit(3); }
  const v = r && r.metadata && r.metadata.vulnerabilities;
  if (!v) process.exit(3);
  console.log(Object.values(v).reduce((a, b) => a + (typeof b === "number" ? b : 0), 0) - (v.total || 0));
' "$log")
case $? in
  0)
    if [ "$found" -eq 0 ]; then
      echo "npm: no known vulnerabilities"
    else
      npm audit 2>/dev/null | tail -n 20
      echo "make audit: $found advisories found in the npm packages (above); see docs/security-and-privacy.md, \"Supply chain\"."
      worst 1
    fi
    ;;
  *)
    head -c 400 "$log"; echo
    echo "make audit: could NOT check the npm packages: npm audit gave no result (usually the registry's audit service cannot be reached from here)."
    worst 2
    ;;
esac
exit "$status"
