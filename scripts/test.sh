#!/usr/bin/env bash
# Runs every test, installing what is missing first (scripts/setup.sh):
#   formatting, native model tests, clippy (native and wasm32) with warnings as errors,
#   wasm-bindgen tests in headless Chromium, the release build (scripts/build.sh), and
#   the end-to-end tests in headless Chromium against both of its outputs, and a short
#   smoke run of the benchmark, so that it cannot rot.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "formatting"
cargo fmt --check

step "native tests (model)"
cargo test --locked

step "clippy, native and wasm32, warnings as errors"
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --all-targets -- -D warnings

step "wasm-bindgen tests in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown --test web_layout

step "release build: dist/ and the single file dist/framelens.html"
bash scripts/build.sh

step "end-to-end tests in headless Chromium"
npm run --silent e2e

step "benchmark smoke run (S only, one run; the full benchmark is scripts/bench.sh)"
node tests/bench/run.mjs --sizes S --runs 1 --out target/bench-smoke.json > /dev/null
