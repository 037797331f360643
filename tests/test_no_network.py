"""No network code at all (design §8), checked at run time: every module of the app is imported, none brings networking.

``tests/test_layers.py`` reads the import statements; this imports the real
modules in a fresh interpreter and looks at what got loaded and what each
module holds, so an import hidden in a function body run at import time, an
``importlib`` call or a re-export would be caught too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import importlib, json, pkgutil, socket, ssl, sys, types  # ssl first: it subclasses socket.socket

def refuse(*args, **kwargs):
    raise RuntimeError("a socket was opened while importing the app")
socket.socket = refuse  # importing must not open a connection either

import desktop, desktop.cli
desktop.cli.main = lambda *a, **k: 0  # desktop.__main__ runs main() when imported; do not start the window

FORBIDDEN = ("socket", "ssl", "urllib", "http", "requests", "PySide6.QtNetwork")

def forbidden(name):
    return any(name == f or name.startswith(f + ".") for f in FORBIDDEN)

imported, failed, direct = [], [], []
for info in pkgutil.walk_packages(desktop.__path__, "desktop."):
    try:
        module = importlib.import_module(info.name)
    except SystemExit:  # desktop.__main__ ran to its end (it holds only sys and main)
        imported.append(info.name)
        continue
    except Exception as exc:  # noqa: BLE001
        failed.append(f"{info.name}: {type(exc).__name__}")
        continue
    imported.append(info.name)
    for attr, value in vars(module).items():
        source = value.__name__ if isinstance(value, types.ModuleType) else getattr(value, "__module__", None)
        if isinstance(source, str) and forbidden(source):
            direct.append(f"{info.name}.{attr} comes from {source}")
print(json.dumps({
    "imported": imported,
    "failed": failed,
    "direct": direct,
    "qtnetwork": "PySide6.QtNetwork" in sys.modules,
}))
"""


def _probe() -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_every_module_imports_and_none_brings_networking():
    result = _probe()
    on_disk = {
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in (ROOT / "desktop").rglob("*.py")
    }
    assert result["failed"] == []
    assert on_disk - {"desktop"} <= set(result["imported"]), "every module was imported, none skipped"
    assert not result["qtnetwork"], "PySide6.QtNetwork must never be loaded"
    assert result["direct"] == [], "no module of the app may use socket/ssl/urllib/http directly"
