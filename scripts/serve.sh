#!/usr/bin/env bash
# Builds the release outputs (scripts/build.sh) and serves dist/ with a plain static
# file server on http://127.0.0.1:8080/ (PORT=... to change), exactly as a static
# host would. The page opens on the sample exercise "One meeting, five outlets";
# dist/framelens.html is the single-file copy for use without a server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec node scripts/static-server.mjs dist "${PORT:-8080}"
