#!/usr/bin/env bash
# Install everything the tests need and run them all: ./test.sh  (extra arguments go to pytest)
# Sets up ./.venv with requirements-dev.txt (pip runs only when a requirements file changed since
# the last install: a hash kept in .venv), and Debian's chromium and Chinese fonts for the browser tests.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
STAMP=.venv/.requirements-dev.sha256
HASH=$(cat requirements.txt requirements-dev.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat "$STAMP" 2>/dev/null)" != "$HASH" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
  echo "$HASH" > "$STAMP"
  sha256sum < requirements.txt | cut -d' ' -f1 > .venv/.requirements-run.sha256  # run.sh's, installed too
fi

# The browser tests measure Chinese text on screen (titles that must fit a phone, results that must
# be on the first screen): without a Chinese font, Chromium draws narrower missing-glyph boxes and
# those checks would measure a page no reader sees.
if ! command -v chromium >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh family 2>/dev/null)" ]; then
  echo "test.sh: installing Debian's chromium and fonts-noto-cjk for the browser tests"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi

rm -f test-artifacts/FAILED-*.png  # a failed browser test's screenshot from an earlier run is not this run's
exec .venv/bin/python -m pytest "$@"
