#!/usr/bin/env bash
# The benchmark (tests/bench/run.mjs): Framelens against the browser's plain layout of
# the same text and against two peer annotators, in headless Chromium. Builds the
# release first and installs Debian's colour emoji font, so that emoji cost what they
# cost on a reader's machine. Takes several minutes; arguments go to run.mjs, e.g.
#   scripts/bench.sh --sizes S,M --runs 3 --out bench-results.json
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh > /dev/null
if ! fc-list 2>/dev/null | grep -qi "Noto Color Emoji"; then
  echo "[bench] installing Debian's colour emoji font"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-color-emoji
fi
exec node tests/bench/run.mjs "$@"
