#!/usr/bin/env bash
# Builds the release outputs, installing what is missing first (scripts/setup.sh):
#   dist/                 the app for static hosting, relative URLs only (any subpath);
#   dist/framelens.html   the whole app in one file, which runs from file:// too.
# Both carry a Content-Security-Policy. Prints their sizes, raw, gzip and brotli.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release
node scripts/package.mjs
