#!/usr/bin/env bash
# Freeze the app with PyInstaller (build.spec), run the frozen program's self-test, report the size.
#
#   tools/freeze_check.sh               # build dist/DebtCallHelper/, self-test it, print its size
#   tools/freeze_check.sh --no-build    # only self-test and measure an existing dist/DebtCallHelper/
#
# Environment:
#   PYTHON        interpreter to build with (default: .venv/bin/python, else .venv/Scripts/python.exe,
#                 else python3); PyInstaller is pinned into it if missing
#   SIZE_LIMIT_MB fail when the one-folder build is bigger (default 160, design §10)
#   SELFTEST_TIMEOUT  seconds before the frozen self-test counts as hung (default 120)
#
# Works on Linux and in Git Bash on Windows (the CI workflow runs it there too).
# Exit status: 0 only when the build, the self-test and the size check all passed.
set -euo pipefail

PYINSTALLER_PIN="pyinstaller==6.22.3"
HOOKS_PIN="pyinstaller-hooks-contrib==2026.9"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SIZE_LIMIT_MB="${SIZE_LIMIT_MB:-160}"
SELFTEST_TIMEOUT="${SELFTEST_TIMEOUT:-120}"
BUILD=1
[[ "${1:-}" == "--no-build" ]] && BUILD=0

if [[ -z "${PYTHON:-}" ]]; then
  if [[ -x .venv/bin/python ]]; then PYTHON=.venv/bin/python
  elif [[ -x .venv/Scripts/python.exe ]]; then PYTHON=.venv/Scripts/python.exe
  else PYTHON=python3
  fi
fi

case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) EXE_SUFFIX=".exe" ;;
  *) EXE_SUFFIX="" ;;
esac
DIST="$ROOT/dist/DebtCallHelper"
EXE="$DIST/DebtCallHelper$EXE_SUFFIX"

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo; echo "== $* =="; }
t_start=$SECONDS

# --- 1. build --------------------------------------------------------------------------------------
if (( BUILD )); then
  step "PyInstaller ($PYINSTALLER_PIN, $HOOKS_PIN)"
  if ! "$PYTHON" -c "import PyInstaller, sys; sys.exit(PyInstaller.__version__ != '${PYINSTALLER_PIN#*==}')" 2>/dev/null; then
    echo "installing $PYINSTALLER_PIN $HOOKS_PIN into $PYTHON"
    "$PYTHON" -m pip install --quiet "$PYINSTALLER_PIN" "$HOOKS_PIN" || fail "could not install PyInstaller"
  fi
  # build.spec compiles the translations itself (tools/translations.py build) before freezing.
  rm -rf "$DIST"
  t0=$SECONDS
  "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
      --workpath "$ROOT/build/pyinstaller" --distpath "$ROOT/dist" build.spec \
    || fail "PyInstaller failed"
  echo "built in $(( SECONDS - t0 )) s"
fi
[[ -x "$EXE" ]] || fail "$EXE not found"
[[ -f "$DIST/_internal/resources/translations/desktop_zh_CN.qm" ]] || fail "desktop_zh_CN.qm not bundled"
[[ -f "$DIST/_internal/resources/translations/qtbase_zh_CN.qm" ]] || fail "qtbase_zh_CN.qm not bundled"
[[ -f "$DIST/_internal/resources/fonts/wqy-microhei.ttc" ]] || fail "font not bundled"
# -print -quit, not "| grep -q" or "| head": with pipefail, a reader that stops early
# gives the writer SIGPIPE and the whole pipeline fails (exit 141) at random.
if [[ -n "$(find "$DIST" -name '*.ts' -print -quit)" ]]; then fail "Linguist sources (*.ts) were bundled"; fi
# The self-test runs offscreen, so it cannot notice a missing real-display plugin: check those here.
need_plugin() {
  local found
  found="$(find "$DIST/_internal" -path "*/plugins/$1" -print -quit)"
  [[ -n "$found" ]] || fail "Qt plugin $1 is not in the build (check build.spec's exclusions)"
  echo "$found"
}
need_plugin "platforms/*qoffscreen*" >/dev/null
if [[ -n "$EXE_SUFFIX" ]]; then
  need_plugin "platforms/qwindows.dll" >/dev/null
  need_plugin "styles/*.dll" >/dev/null   # the native Windows 10/11 look (qmodernwindowsstyle)
else
  qxcb="$(need_plugin "platforms/libqxcb.so")"
  # every library qxcb needs must be bundled or be a system graphics library (libGL, libEGL)
  missing="$(LD_LIBRARY_PATH="$DIST/_internal" ldd "$qxcb" | awk '/not found/ {print $1}' | grep -v -E '^lib(GL|EGL|GLX|OpenGL)\.' || true)"
  [[ -z "$missing" ]] || fail "libqxcb.so needs libraries that are not bundled: $missing (install them on the build machine)"
fi
echo "platform plugins present"

# --- 2. frozen self-test, in a home folder with Chinese characters and spaces -----------------------
step "frozen self-test"
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
FAKE_HOME="$SCRATCH/用户 主目录 test"
mkdir -p "$FAKE_HOME/data" "$FAKE_HOME/tmp"
set +e
env QT_QPA_PLATFORM=offscreen \
    HOME="$FAKE_HOME" USERPROFILE="$FAKE_HOME" \
    XDG_DATA_HOME="$FAKE_HOME/data" XDG_CONFIG_HOME="$FAKE_HOME/config" XDG_CACHE_HOME="$FAKE_HOME/cache" \
    LOCALAPPDATA="$FAKE_HOME/data" APPDATA="$FAKE_HOME/config" \
    TMPDIR="$FAKE_HOME/tmp" TEMP="$FAKE_HOME/tmp" TMP="$FAKE_HOME/tmp" \
    timeout "$SELFTEST_TIMEOUT" "$EXE" self-test > "$SCRATCH/selftest.log" 2>&1
rc=$?
set -e
cat "$SCRATCH/selftest.log"
(( rc == 124 )) && fail "frozen self-test hung (killed after ${SELFTEST_TIMEOUT} s)"
(( rc == 0 )) || fail "frozen self-test exited with $rc"
grep -q "all checks passed" "$SCRATCH/selftest.log" || fail "frozen self-test did not report 'all checks passed'"
if grep -E "Traceback|ModuleNotFoundError|ImportError|Could not load the Qt platform plugin" "$SCRATCH/selftest.log"; then
  fail "frozen self-test printed an error"
fi
[[ -z "$(ls -A "$FAKE_HOME/tmp")" ]] || fail "self-test left files in its temp folder: $(ls -A "$FAKE_HOME/tmp")"

# --- 3. size ------------------------------------------------------------------------------------------
step "size"
size_kb=$(du -sk "$DIST" | cut -f1)
size_mb=$(( (size_kb * 1024 + 500000) / 1000000 ))   # MB = 10^6 bytes, like the design's figures
echo "one-folder build: $DIST"
echo "size: ${size_mb} MB = $(( (size_kb + 512) / 1024 )) MiB on disk (target ≤ ${SIZE_LIMIT_MB} MB)"
echo "largest parts:"
du -sk "$DIST"/_internal/* | sort -rn | awk 'NR <= 8 {printf "  %6.1f MB  %s\n", $1*1024/1e6, $2}' | sed "s|$DIST/||"
(( size_mb <= SIZE_LIMIT_MB )) || fail "one-folder build is ${size_mb} MB, over the ${SIZE_LIMIT_MB} MB target"

echo
echo "PASS: frozen build self-tested, ${size_mb} MB, $(( SECONDS - t_start )) s in all"
