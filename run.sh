#!/usr/bin/env bash
# Install the app's dependencies into ./.venv and start it: ./run.sh  (extra arguments go to streamlit)
# pip runs only when requirements.txt changed since the last install (a hash kept in .venv), so every
# start after the first takes seconds.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
STAMP=.venv/.requirements-run.sha256
HASH=$(sha256sum < requirements.txt | cut -d' ' -f1)
if [ "$(cat "$STAMP" 2>/dev/null)" != "$HASH" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.txt
  echo "$HASH" > "$STAMP"
fi
exec .venv/bin/python -m streamlit run app.py "$@"
