#!/bin/sh
# make audit: known vulnerabilities in the dependencies. Needs the network
# (the RustSec advisory database is fetched from github.com; npm's audit asks
# registry.npmjs.org), so it is not part of `make test`, which must work
# offline. Says plainly when a source cannot be reached; exits non-zero when
# an advisory is found or a check could not run.
set -u
status=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "== Rust crates: cargo deny check advisories (RustSec database from github.com)"
if cargo deny check advisories >"$log" 2>&1; then
  tail -n 1 "$log"
elif grep -qiE 'failed to (fetch|open|clone)|could not resolve|network|timed out|connect' "$log"; then
  grep -iE 'error' "$log" | head -n 3
  echo "make audit: could NOT check the Rust crates: the advisory database (github.com/rustsec/advisory-db) cannot be reached from here."
  status=2
else
  cat "$log"
  echo "make audit: advisories found in the Rust crates (above); see README, \"Supply chain\"."
  status=1
fi

echo "== npm packages (tests and build tools): npm audit"
if npm audit --no-fund >"$log" 2>&1; then
  tail -n 1 "$log"
elif grep -qiE 'ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|audit endpoint returned an error|network' "$log"; then
  grep -iE 'npm (error|ERR)' "$log" | head -n 3
  echo "make audit: could NOT check the npm packages: the npm registry's audit service cannot be reached from here."
  [ "$status" -eq 0 ] && status=2
else
  cat "$log"
  echo "make audit: advisories found in the npm packages (above); see README, \"Supply chain\"."
  status=1
fi
exit "$status"
