#!/usr/bin/env bash
# Compile the NSIS installer against the Linux one-folder build and exercise it under wine64:
# install, upgrade, uninstall (data kept), a Chinese install path, /NODESKTOP, /DELETEDATA,
# /ALLUSERS, and refusal while the program's exe is in use.
#
#   tools/wine_install_test.sh            # reuse dist/DebtCallHelper (runs tools/freeze_check.sh if missing)
#   tools/wine_install_test.sh --build    # always rebuild with tools/freeze_check.sh first
#   REUSE_SETUP=1 tools/wine_install_test.sh   # skip makensis if dist/DebtCallHelper-<version>-setup.exe exists
#
# This proves the installer SCRIPT (pages aside): the files it copies come from the Linux build,
# whose ELF launcher is renamed DebtCallHelper.exe here, so the program itself is not run under
# wine. The real Windows build is tested by .github/workflows/windows.yml.
#
# Needs (Debian 12): nsis wine64 wine  (installed with apt-get when missing and running as root).
# Everything wine touches lives in a throwaway folder (WINEPREFIX and HOME), removed at the end
# unless KEEP=1. Prints PASS/FAIL per check; exit status 0 only if every check passed.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
INSTALLER_LIMIT_MB="${INSTALLER_LIMIT_MB:-50}"
T_ALL=$SECONDS

failures=0
pass() { printf '  PASS  %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; failures=$((failures + 1)); }
check() {  # check "description" command...
  local what="$1"; shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}
step() { STEP_T=$SECONDS; printf '\n== %s ==\n' "$*"; }
took() { printf '  (%d s)\n' $((SECONDS - STEP_T)); }
die() { printf 'FAIL: %s\n' "$*"; exit 1; }

# --- 0. tools ----------------------------------------------------------------------------------------
step "tools"
if ! command -v makensis >/dev/null || ! command -v wine >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nsis wine64 wine >/dev/null \
      || die "apt-get install nsis wine64 wine failed"
  else
    die "install makensis and wine64 first: sudo apt-get install --no-install-recommends nsis wine64 wine"
  fi
fi
echo "  $(makensis -VERSION | head -1) / $(wine --version 2>/dev/null)"
took

# --- 1. the Linux one-folder build ----------------------------------------------------------------
DIST="$ROOT/dist/DebtCallHelper"
if [[ "${1:-}" == "--build" || ! -f "$DIST/DebtCallHelper" ]]; then
  step "freeze (tools/freeze_check.sh)"
  tools/freeze_check.sh || die "tools/freeze_check.sh failed"
  took
fi
[[ -f "$DIST/DebtCallHelper" ]] || die "$DIST/DebtCallHelper not found"

VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/__init__.py)"
[[ -n "$VERSION" ]] || die "could not read __version__ from desktop/__init__.py"
IFS=. read -r v1 v2 v3 _ <<<"${VERSION//[!0-9.]/.}"
VERSION_QUAD="${v1:-0}.${v2:-0}.${v3:-0}.0"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/dch-wine.XXXXXX")"
cleanup() {
  WINEPREFIX="$WORK/prefix" wineserver -k >/dev/null 2>&1 || true
  if [[ "${KEEP:-0}" == 1 ]]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# --- 2. compile the installer ----------------------------------------------------------------------
step "makensis (version $VERSION)"
STAGE="$WORK/stage/DebtCallHelper"
mkdir -p "$WORK/stage"
cp -al "$DIST" "$STAGE" 2>/dev/null || cp -a "$DIST" "$STAGE"
mv "$STAGE/DebtCallHelper" "$STAGE/DebtCallHelper.exe"   # stands in for the Windows launcher
SETUP="$ROOT/dist/DebtCallHelper-$VERSION-setup.exe"
if [[ "${REUSE_SETUP:-0}" == 1 && -f "$SETUP" ]]; then
  pass "reusing $SETUP (REUSE_SETUP=1)"
else
rm -f "$SETUP"
if makensis -V2 -DVERSION="$VERSION" -DVERSION_QUAD="$VERSION_QUAD" \
     -DSOURCE_DIR="$STAGE" -DOUTDIR="$ROOT/dist" installer/DebtCallHelper.nsi; then
  pass "makensis compiled installer/DebtCallHelper.nsi"
else
  fail "makensis compiled installer/DebtCallHelper.nsi"; exit 1
fi
fi
setup_mb=$(( ($(stat -c %s "$SETUP") + 500000) / 1000000 ))
payload_mb=$(( ($(du -sk "$DIST" | cut -f1) * 1024 + 500000) / 1000000 ))
echo "  $SETUP: ${setup_mb} MB (payload ${payload_mb} MB; target ≤ ${INSTALLER_LIMIT_MB} MB)"
check "installer ≤ ${INSTALLER_LIMIT_MB} MB" test "$setup_mb" -le "$INSTALLER_LIMIT_MB"
took

# --- 3. a throwaway wine ------------------------------------------------------------------------------
step "wine prefix"
export WINEPREFIX="$WORK/prefix" WINEARCH=win64 WINEDEBUG=-all
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" XDG_CONFIG_HOME="$WORK/home/.config"
export LANG=C.UTF-8 LC_ALL=C.UTF-8   # so wine passes Chinese arguments through intact
# no Mono/Gecko download prompts, and no .desktop files or menu entries on the host
export WINEDLLOVERRIDES="mscoree=;mshtml=;winemenubuilder.exe=d"
mkdir -p "$HOME"
wineboot -i >/dev/null 2>&1; wineserver -w
wine winecfg /v win10 >/dev/null 2>&1; wineserver -w   # Debian's wine starts a prefix as Windows 7; the installer needs 10 (1809+)
winvar() { wine cmd /c "echo %$1%" 2>/dev/null | tr -d '\r'; }
unix() { winepath -u "$1" 2>/dev/null | tr -d '\r'; }
LOCALAPPDATA_W="$(winvar LOCALAPPDATA)"
LAD="$(unix "$LOCALAPPDATA_W")"
STARTMENU="$(unix "$(winvar APPDATA)\\Microsoft\\Windows\\Start Menu\\Programs")"
DESKTOP="$(unix "$(winvar USERPROFILE)\\Desktop")"
[[ -d "$LAD" ]] || die "wine prefix not usable (LOCALAPPDATA=$LOCALAPPDATA_W)"
echo "  LOCALAPPDATA = $LOCALAPPDATA_W"
took

PROG="$LAD/Programs/DebtCallHelper"
DATA="$LAD/DebtCallHelper"
LNK="催收应对助手 Debt Call Helper.lnk"
KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\DebtCallHelper'

run_wine() {  # run_wine exe args… ; waits for every wine process (the uninstaller re-launches itself)
  wine "$@" >/dev/null 2>&1
  local rc=$?
  wineserver -w
  return $rc
}
reg_value() {  # reg_value NAME → the value under $KEY (strings unescaped, dwords in decimal)
  # `reg query` prints through the console code page (Chinese becomes ??); `reg export` is UTF-16.
  rm -f "$WORK/key.reg"
  wine reg export "$KEY" 'Z:'"${WORK//\//\\}"'\key.reg' /y >/dev/null 2>&1 || return 0
  local line
  # awk reads to the end: "grep -m1" would stop early and, under pipefail, SIGPIPE the writer at random.
  line="$(iconv -f UTF-16 -t UTF-8 "$WORK/key.reg" | tr -d '\r' | awk -v key="\"$1\"=" 'index($0, key) == 1 && !found { print; found = 1 }')" || return 0
  line="${line#*=}"
  if [[ "$line" == dword:* ]]; then echo $((16#${line#dword:})); return 0; fi
  line="${line#\"}"; line="${line%\"}"
  line="${line//\\\"/\"}"; line="${line//\\\\/\\}"
  printf '%s\n' "$line"
}
key_exists() { wine reg query "$KEY" >/dev/null 2>&1; }
key_absent() { ! key_exists; }

# --- 4. silent install --------------------------------------------------------------------------------
step "silent install (/S)"
run_wine "$SETUP" /S; rc=$?
check "installer exit code 0 (got $rc)" test $rc -eq 0
check "program at %LOCALAPPDATA%\\Programs\\DebtCallHelper" test -f "$PROG/DebtCallHelper.exe"
check "bundled resources installed" test -f "$PROG/_internal/resources/fonts/wqy-microhei.ttc"
check "translations installed" test -f "$PROG/_internal/resources/translations/desktop_zh_CN.qm"
check "uninstaller written" test -f "$PROG/uninstall.exe"
check "Start-menu shortcut" test -f "$STARTMENU/$LNK"
check "desktop shortcut (ticked by default)" test -f "$DESKTOP/$LNK"
check "uninstall entry in HKCU" key_exists
check "DisplayVersion = $VERSION" test "$(reg_value DisplayVersion)" = "$VERSION"
check "Publisher set" test -n "$(reg_value Publisher)"
check "DisplayName = 催收应对助手 Debt Call Helper" test "$(reg_value DisplayName)" = "催收应对助手 Debt Call Helper"
check "UninstallString = \"…\\uninstall.exe\"" test "$(reg_value UninstallString)" = "\"$LOCALAPPDATA_W\\Programs\\DebtCallHelper\\uninstall.exe\""
check "QuietUninstallString = \"…\\uninstall.exe\" /S" test "$(reg_value QuietUninstallString)" = "\"$LOCALAPPDATA_W\\Programs\\DebtCallHelper\\uninstall.exe\" /S"
size_kb=$(( $(reg_value EstimatedSize) ))
check "EstimatedSize plausible ($size_kb KB)" test "$size_kb" -gt 50000
check "no program files written into the data folder" test ! -e "$DATA"
took

# --- 5. upgrade in place keeps data ------------------------------------------------------------------
step "upgrade (silent install over the top)"
mkdir -p "$DATA/DebtCallHelper/cases/20260101-abcdef"   # Qt's AppLocalDataLocation is <LOCALAPPDATA>/<org>/<app>
echo "planted case data 案件" > "$DATA/DebtCallHelper/cases/20260101-abcdef/case.sqlite3"
echo "[General]" > "$DATA/DebtCallHelper/settings.ini"
echo "left over from the old version" > "$PROG/_internal/stale-old-version-file.txt"
before_sum="$(md5sum "$DATA/DebtCallHelper/cases/20260101-abcdef/case.sqlite3")"
run_wine "$SETUP" /S; rc=$?
check "installer exit code 0 (got $rc)" test $rc -eq 0
check "old program files removed first" test ! -e "$PROG/_internal/stale-old-version-file.txt"
check "program still installed" test -f "$PROG/DebtCallHelper.exe"
check "data file kept, unchanged" test "$(md5sum "$DATA/DebtCallHelper/cases/20260101-abcdef/case.sqlite3" 2>/dev/null)" = "$before_sum"
check "settings kept" test -f "$DATA/DebtCallHelper/settings.ini"
check "Start-menu shortcut still there" test -f "$STARTMENU/$LNK"
check "desktop shortcut kept" test -f "$DESKTOP/$LNK"
took

# --- 6. refuse while the program is in use ----------------------------------------------------------
step "install while DebtCallHelper.exe is in use"
# A tiny NSIS program holds the exe open without sharing, as Windows does for a running image.
cat > "$WORK/locker.nsi" <<'NSI'
Unicode true
Target amd64-unicode
RequestExecutionLevel user
SilentInstall silent
OutFile "locker.exe"
!include FileFunc.nsh
Section
  ${GetParameters} $0
  System::Call 'kernel32::CreateFileW(w r0, i 0x80000000, i 0, p 0, i 3, i 0x80, p 0) p .r1'
  Sleep 30000
SectionEnd
NSI
( cd "$WORK" && makensis -V1 locker.nsi ) || fail "could not build the locker"
LOCK_TARGET_W="$LOCALAPPDATA_W\\Programs\\DebtCallHelper\\DebtCallHelper.exe"
wine "$WORK/locker.exe" "$LOCK_TARGET_W" >/dev/null 2>&1 &
locker_pid=$!
sleep 3
echo "new file" > "$PROG/_internal/marker-before-refused-install.txt"
wine "$SETUP" /S >/dev/null 2>&1; rc=$?
check "installer refuses with exit code 2 (got $rc)" test $rc -eq 2
check "nothing removed while in use" test -f "$PROG/_internal/marker-before-refused-install.txt"
check "program still there" test -f "$PROG/DebtCallHelper.exe"
wine "$PROG/uninstall.exe" /S _?="$LOCALAPPDATA_W\\Programs\\DebtCallHelper" >/dev/null 2>&1; rc=$?
check "uninstaller refuses too (exit code $rc)" test $rc -ne 0
check "program still there after refused uninstall" test -f "$PROG/DebtCallHelper.exe"
kill "$locker_pid" 2>/dev/null; wineserver -k >/dev/null 2>&1; wait "$locker_pid" 2>/dev/null
rm -f "$PROG/_internal/marker-before-refused-install.txt"
took

# --- 7. silent uninstall keeps data ------------------------------------------------------------------
step "silent uninstall (/S)"
run_wine "$PROG/uninstall.exe" /S
check "program folder gone" test ! -e "$PROG"
check "Start-menu shortcut gone" test ! -e "$STARTMENU/$LNK"
check "desktop shortcut gone" test ! -e "$DESKTOP/$LNK"
check "uninstall entry gone" key_absent
check "user data kept" test "$(md5sum "$DATA/DebtCallHelper/cases/20260101-abcdef/case.sqlite3" 2>/dev/null)" = "$before_sum"
took

# --- 8. Chinese characters and spaces in the install path; /NODESKTOP; /DELETEDATA --------------------
step "install to a Chinese path with spaces (/D=), then uninstall with /DELETEDATA"
CN_W='C:\用户 程序\催收 应对 Test'
CN="$(unix "$CN_W")"
# NSIS wants /D= last and unquoted. wine quotes any argument holding a space, so hand it the
# path in space-separated pieces: wine joins them back with single spaces, unquoted.
read -r -a D_ARG <<<"/D=$CN_W"
run_wine "$SETUP" /S /NODESKTOP "${D_ARG[@]}"; rc=$?
check "installer exit code 0 (got $rc)" test $rc -eq 0
check "program at $CN_W" test -f "$CN/DebtCallHelper.exe"
check "resources there" test -f "$CN/_internal/resources/fonts/wqy-microhei.ttc"
check "InstallLocation recorded" test "$(reg_value InstallLocation)" = "$CN_W"
check "Start-menu shortcut" test -f "$STARTMENU/$LNK"
check "no desktop shortcut with /NODESKTOP" test ! -e "$DESKTOP/$LNK"
check "data from before still there" test -f "$DATA/DebtCallHelper/settings.ini"
run_wine "$CN/uninstall.exe" /S /DELETEDATA
check "program folder gone" test ! -e "$CN"
check "parent folder of the install left alone" test -d "$(dirname "$CN")"
check "uninstall entry gone" key_absent
check "data deleted with /DELETEDATA" test ! -e "$DATA"
took

# --- 9. /ALLUSERS (IT staff, elevated) -------------------------------------------------------------------
step "all-users install (/ALLUSERS; the wine user counts as an administrator)"
ALL_W="$(winvar ProgramW6432)\DebtCallHelper"
ALL="$(unix "$ALL_W")"
ALL_MENU="$(unix "$(winvar ProgramData)\Microsoft\Windows\Start Menu\Programs")"
run_wine "$SETUP" /S /ALLUSERS; rc=$?
check "installer exit code 0 (got $rc)" test $rc -eq 0
check "program at $ALL_W" test -f "$ALL/DebtCallHelper.exe"
check "all-users Start-menu shortcut" test -f "$ALL_MENU/$LNK"
check "no per-user entry" key_absent
KEY="${KEY/#HKCU/HKLM}"
check "uninstall entry in HKLM" key_exists
check "UninstallString carries /ALLUSERS" test "$(reg_value UninstallString)" = "\"$ALL_W\\uninstall.exe\" /ALLUSERS"
run_wine "$ALL/uninstall.exe" /S /ALLUSERS
check "program folder gone" test ! -e "$ALL"
check "all-users shortcut gone" test ! -e "$ALL_MENU/$LNK"
check "HKLM entry gone" key_absent
KEY="${KEY/#HKLM/HKCU}"
took

# --- summary -------------------------------------------------------------------------------------------
echo
if (( failures == 0 )); then
  echo "PASS: installer ${setup_mb} MB; every check passed in $((SECONDS - T_ALL)) s"
else
  echo "FAIL: $failures check(s) failed ($((SECONDS - T_ALL)) s)"
fi
(( failures == 0 ))
