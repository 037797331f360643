#!/usr/bin/env bash
# One entry point for developers and CI on Debian/Ubuntu (and macOS):
#   ./dev.sh run [ARGS…]   set up (virtual environment, install, translations) and start the app
#   ./dev.sh test [ARGS…]  the same set-up, then ruff and the whole test suite
# The set-up is repeated only when pyproject.toml or the .ts files changed.
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
VENV=.venv

setup() {
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "Python 3.11 or newer is needed (found: $("$PYTHON" --version 2>&1))." >&2
    exit 1
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    if ! "$PYTHON" -m venv "$VENV"; then
      echo "Could not create a virtual environment. On Debian/Ubuntu: sudo apt-get install python3-venv" >&2
      exit 1
    fi
  fi
  local stamp="$VENV/.installed" want
  want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -e '.[test]'
    echo "$want" >"$stamp"
  fi
  "$VENV/bin/python" tools/translations.py build >/dev/null
  # Bytecode as an installed copy has it, even where PYTHONDONTWRITEBYTECODE is set:
  # otherwise every start compiles every module again (~10 ms before the window shows).
  "$VENV/bin/python" -m compileall -q desktop >/dev/null
}

case "${1:-}" in
  run)
    shift
    setup
    exec "$VENV/bin/python" -m desktop "$@"
    ;;
  test)
    shift
    setup
    "$VENV/bin/python" -m ruff check desktop tests tools
    # the package order (pyproject.toml, [tool.importlinter]; ARCHITECTURE.md): ui → pdf → report_data → content → store → files → domain
    "$VENV/bin/lint-imports" --no-cache
    export QT_QPA_PLATFORM=offscreen
    set +e
    "$VENV/bin/python" -m pytest -q "$@"
    status=$?
    set -e
    case $status in
      0) ;;
      5) echo "pytest collected no tests: that is a failure for this project." >&2; exit 1 ;;
      134) echo "Qt aborted the test process (exit 134): see the output above." >&2; exit 1 ;;
    esac
    exit $status
    ;;
  *)
    echo "usage: ./dev.sh run [ARGS…] | ./dev.sh test [PYTEST ARGS…]" >&2
    exit 2
    ;;
esac
