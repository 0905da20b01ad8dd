#!/usr/bin/env bash
# Where the wasm's bytes go: builds the app as the release does, but keeping
# function names, and prints its size by part of the program (our modules, our
# views, yew, the standard library, serde, data), measured with twiggy. For the
# size work of `dist/framelens.html`; not part of the test run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
TWIGGY_VERSION=0.8.0
if ! twiggy --version 2>/dev/null | grep -q " $TWIGGY_VERSION$"; then
  echo "installing twiggy $TWIGGY_VERSION (a few minutes)"
  cargo install twiggy --version "$TWIGGY_VERSION" --locked
fi
out=target/weigh
mkdir -p "$out"
cargo build --release --target wasm32-unknown-unknown --bin framelens --quiet
wasm-bindgen --target web --out-dir "$out" target/wasm32-unknown-unknown/release/framelens.wasm
# As trunk's wasm-opt pass (data-wasm-opt="z"), with -g to keep the names.
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types "$out/framelens_bg.wasm" -o "$out/named.wasm"
twiggy top -n 1000000 --format csv "$out/named.wasm" > "$out/top.csv"
node scripts/weigh.mjs "$out/top.csv"
