# Refugee Legal Aid Directory — the commands. See README.md.
#   make serve   set up, build the release and serve it (http://127.0.0.1:8080/)
#   make test    set up and run every test
#   make build   release build into dist/: every page written as HTML (SITE_URL=https://… for canonical addresses)
#   make dev     trunk serve, rebuilding on change
#   make bench   size and speed figures into BENCHMARKS.md
#   make validate  check the data; every problem as file:entry:field (CONTRIBUTING.md)
#   make data      after editing the data: check it, rewrite the files made from it (search index, schemas, HSDS export)
#   make stale-report  stale-report.md: per country, every entry by age and status
#   make screenshots  the README's screenshots, from a fresh release build

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PORT ?= 8080
E2E_PORT ?= 8181
TRUNK_VERSION := 0.21.14
DENY_VERSION = 0.20.2
# wasm-bindgen-cli must be exactly the wasm-bindgen version in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/version = |"/, ""); print }' Cargo.lock)
APT_PACKAGES := chromium chromium-driver nginx-light libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static brotli librsvg2-bin
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin

# npm's binaryen (wasm-opt 132) must come before any other wasm-opt on PATH.
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)

.PHONY: data search-index validate stale-report help setup setup-build setup-rust setup-deny setup-apt setup-npm build serve dev test deny audit lint lint-native lint-wasm test-native test-e2e e2e bench screenshots clean

help:
	@sed -n 's/^#   //p' Makefile

# ---- set-up: each step checks first and skips what is already there ----

setup: setup-build setup-apt

setup-build: setup-rust setup-npm
	@command -v brotli >/dev/null && command -v nginx >/dev/null && command -v rsvg-convert >/dev/null || $(MAKE) setup-apt

setup-rust:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -qx "trunk $(TRUNK_VERSION)" || cargo install trunk --version $(TRUNK_VERSION) --locked
	@wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $(WASM_BINDGEN_VERSION)" || \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

# cargo-deny without its default features (no TLS stack to build): the
# offline checks need none, and `make audit` fetches its database with git.
setup-deny:
	@cargo deny --version 2>/dev/null | grep -qx "cargo-deny $(DENY_VERSION)" || \
	  cargo install cargo-deny --version $(DENY_VERSION) --locked --no-default-features

setup-apt:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

setup-npm:
	@if [ ! -x node_modules/.bin/playwright ] || [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
	  npm ci --no-audit --no-fund; \
	fi

# ---- build and serve ----

# Trunk runs cargo offline, so crates for every target are fetched first.
build: setup-build
	cargo fetch --locked
	cargo run --quiet -p directory-tools --bin build-data-files -- public/data
	cargo run --quiet -p directory-tools --bin validate -- public/data
	trunk build --release
	cargo run --profile prerender --quiet --features ssr --bin prerender -- dist public/data locales

# The files made from the data (search.json, schema/, hsds/): written only
# when the data is valid; then the full check, with its warnings.
data search-index:
	cargo run --quiet -p directory-tools --bin build-data-files -- public/data
	cargo run --quiet -p directory-tools --bin validate -- public/data

validate:
	cargo run --quiet -p directory-tools --bin validate -- public/data

stale-report:
	cargo run --quiet -p directory-tools --bin validate -- --stale-report stale-report.md public/data

serve: setup build
	scripts/serve.sh $(PORT)

dev: setup-build
	trunk serve --port $(PORT)

# ---- tests ----

# The native clippy run covers the app's code too (it has no target-specific
# code); the wasm32 run (lint-wasm, about 7 minutes cold) is in `make lint`.
test: setup lint-native deny test-native build test-e2e

# Licences, banned crates and sources of every dependency (deny.toml); offline.
deny: setup-deny
	cargo fetch --locked
	cargo deny --offline check licenses bans sources

# Known vulnerabilities (RustSec, npm): needs the network, so not in `make test`.
audit: setup-deny setup-npm
	scripts/audit.sh

lint: lint-native lint-wasm

lint-native:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p legal-aid-directory --features ssr --all-targets -- -D warnings
	node scripts/check-css.mjs
	node --test scripts/check-css.test.mjs

lint-wasm:
	cargo clippy -p legal-aid-directory --features hydrate --target wasm32-unknown-unknown -- -D warnings

# The app holds no logic that needs testing natively: that lives in crates/data.
test-native:
	cargo test --workspace --exclude legal-aid-directory

# Browser tests against the production server; expects a current `make build`.
test-e2e e2e:
	E2E_PORT=$(E2E_PORT) npx playwright test

bench: setup build
	scripts/bench.sh

screenshots: setup build
	scripts/screenshots.sh

clean:
	rm -rf dist target/nginx test-results playwright-report
