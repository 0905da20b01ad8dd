#!/usr/bin/env bash
# Profiles Framelens by function (tests/bench/profile.mjs) on a release build that
# keeps function names, in target/profile-dist. Arguments go to profile.mjs, e.g.
#   scripts/profile.sh load M
#   scripts/profile.sh tag L
#   scripts/profile.sh save L
#   scripts/profile.sh class
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh > /dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# Same page, but wasm-opt keeps the names section and does not optimise it away.
sed 's/data-wasm-opt="z"/data-keep-debug data-wasm-opt="0"/' index.html > profile.html
trap 'rm -f profile.html' EXIT
trunk build --release --dist target/profile-dist profile.html > /dev/null 2>&1
node tests/bench/profile.mjs target/profile-dist "$@"
