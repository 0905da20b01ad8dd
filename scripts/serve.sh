#!/usr/bin/env bash
# Installs what is missing, builds the app with Trunk and serves it on
# http://127.0.0.1:8080/ (PORT=... to change). The page opens on the sample
# exercise "One meeting, five outlets".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
exec trunk serve --release --port "${PORT:-8080}"
