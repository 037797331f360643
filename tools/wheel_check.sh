#!/usr/bin/env bash
# Build the wheel, install it alone into a fresh virtual environment (as pipx would) and run its self-test
# from a folder that is not the checkout, so nothing of the checkout can stand in for what the wheel lacks.
#
#   tools/wheel_check.sh
#
# Environment: PYTHON (default .venv/bin/python, else python3) builds the wheel; SELFTEST_TIMEOUT (default 180).
# Exit status: 0 only when the wheel built, installed and passed its self-test.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-$([[ -x .venv/bin/python ]] && echo .venv/bin/python || echo python3)}"
SELFTEST_TIMEOUT="${SELFTEST_TIMEOUT:-180}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$PYTHON" -m pip wheel . --no-deps --quiet -w "$work/wheel"
wheel=("$work"/wheel/*.whl)
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet "${wheel[0]}"
size_kb=$(du -k "${wheel[0]}" | cut -f1)
echo "wheel: $(basename "${wheel[0]}") (${size_kb} KB)"

cd "$work"
QT_QPA_PLATFORM=offscreen timeout "$SELFTEST_TIMEOUT" "$work/venv/bin/python" -m desktop self-test
