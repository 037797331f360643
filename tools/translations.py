"""Qt Linguist steps for the app's UI strings.

    python tools/translations.py update   # extract strings from desktop/**.py into the .ts files
    python tools/translations.py build    # compile .ts → .qm (run by the README commands, CI and build.spec)

``build`` also copies Qt's own ``qtbase_zh_CN.qm`` next to ours, so a frozen
build that trims Qt's translations still has Chinese standard buttons.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_CN",)


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    if exe.exists():
        return str(exe)
    found = shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install the project first (pip install -e '.[test]')")
    return found


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))
    for lang in LANGS:
        ts = TS_DIR / f"desktop_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)], cwd=ROOT, check=True)


def build() -> None:
    from PySide6.QtCore import QLibraryInfo

    for lang in LANGS:
        ts = TS_DIR / f"desktop_{lang}.ts"
        qm = TS_DIR / f"desktop_{lang}.qm"
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        qt_qm = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{lang}.qm"
        if qt_qm.is_file():
            shutil.copyfile(qt_qm, TS_DIR / qt_qm.name)
    print(f"translations built in {TS_DIR.relative_to(ROOT)}")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    {"update": update, "build": build}.get(command, lambda: sys.exit(f"unknown command {command}"))()
