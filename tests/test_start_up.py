"""The real start-up, in a fresh process: the window paints before the heavy parts load,
and the case opens right after (design §10; the figures come from ``bench``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.files.data_dir import DataDir
from desktop.settings import FIRST_RUN_DONE, LANGUAGE, LAST_CASE, Settings
from desktop.store.cases import CaseRepository

ROOT = Path(__file__).resolve().parent.parent

# Runs the app as ``python -m desktop`` does, noting which modules are loaded at the
# window's first paint and what is on screen once the start-up has finished.
_DRIVER = """
import json, sys
import desktop.app as app_module
from desktop.cli import main

seen = {}
original_fire = app_module._FirstPaint.fire

def noting_fire(self):
    if not self.done:
        seen["modules_at_first_paint"] = sorted(sys.modules)
        import traceback
        seen["called_from"] = traceback.extract_stack()[-2].name
    original_fire(self)

app_module._FirstPaint.fire = noting_fire
original_open = app_module.App.open_initial_case

def noting_open(self):
    original_open(self)
    window = self.window
    bar = window.menuBar()
    seen["menus"] = [action.text() for action in bar.actions()]
    seen["menu_bar_shown"] = bar.isVisible() and bar.height() > 0
    seen["open_case"] = window.case.alias if window.case else None
    seen["status"] = window.path_label.text()
    seen["status_shown"] = window.path_label.isVisible() and window.statusBar().isVisible()
    import gc
    seen["gc_on_gui_thread_only"] = not gc.isenabled()

app_module.App.open_initial_case = noting_open
original_start = app_module.App.start

def noting_start(self):
    original_start(self)
    import PySide6.QtCore
    # PySide builds its whole Qt namespace (~100 enum types, ~15 ms) on its first import; nothing
    # the case on screen needs may ask for it (menus, desk mode, the Case tab).
    seen["qt_namespace_built_before_the_case"] = "Qt" in vars(PySide6.QtCore)
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
    window = self.window
    seen["locked"] = window.locked
    seen["title"] = window.windowTitle()
    seen["case_items"] = [window.case_bar.combo.itemText(i) for i in range(window.case_bar.combo.count())]
    seen["texts"] = [w.text() for w in window.findChildren(QWidget) if isinstance(w, QLabel | QAbstractButton)]

app_module.App.start = noting_start
code = main(sys.argv[1:])
print("REPORT " + json.dumps(seen), flush=True)
sys.exit(code)
"""


@pytest.fixture
def data_dir(tmp_path) -> DataDir:
    data = DataDir(tmp_path / "数据 目录")
    data.ensure()
    case = CaseRepository(data).create("启动测试")
    settings = Settings(data.settings_file)
    settings.set(FIRST_RUN_DONE, True)
    settings.set(LANGUAGE, "zh_CN")
    settings.set(LAST_CASE, case.id)
    return data


def _start(data: DataDir) -> tuple[list[str], dict]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", _DRIVER, "--data-dir", str(data.root), "--first-paint-exit"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    report = json.loads(next(line for line in lines if line.startswith("REPORT "))[len("REPORT "):])
    return lines, report


def test_the_window_paints_first_and_the_case_opens_after(data_dir):
    lines, report = _start(data_dir)
    kinds = [line.split()[0] for line in lines]
    assert kinds[:3] == ["first-paint", "ready", "REPORT"]
    first, ready = float(lines[0].split()[1]), float(lines[1].split()[1])
    assert 0 < first < ready
    # The window's own paint started the rest (through its first_painted signal), not the fallback timer.
    assert report["called_from"] == "paintEvent"
    assert report["open_case"] == "启动测试"
    assert str(data_dir.root) in report["status"] and report["status_shown"]
    # The collector that keeps garbage collection off worker threads is installed after the
    # first paint, and before the case (whose checks run on a thread) opens.
    assert report["gc_on_gui_thread_only"]
    assert not report["qt_namespace_built_before_the_case"]


def test_with_a_passcode_the_real_start_up_locks_and_opens_no_case(data_dir):
    """Review H1: the window starts on the lock screen; the last case is not opened, its alias nowhere."""
    from desktop.domain.passcode import hash_passcode
    from desktop.settings import DESK_PASSCODE

    Settings(data_dir.settings_file).set(DESK_PASSCODE, hash_passcode("门牌8号楼上", n=2**10))
    lines, report = _start(data_dir)
    assert [line.split()[0] for line in lines][:3] == ["first-paint", "ready", "REPORT"]
    assert report["locked"] and "open_case" not in report
    assert report["case_items"] == []
    assert "启动测试" not in report["title"] and not any("启动测试" in text for text in report["texts"])
    assert "屏幕已锁定" in report["texts"]


def test_the_menus_built_after_the_first_paint_are_on_screen(data_dir):
    """Menus are built once the window shows; a menu bar added to a shown window stays hidden unless shown."""
    _, report = _start(data_dir)
    assert report["menus"] == ["文件(&F)", "设置(&S)", "帮助(&H)"]
    assert report["menu_bar_shown"]


def test_nothing_heavy_loads_before_the_first_paint(data_dir):
    _, report = _start(data_dir)
    loaded = set(report["modules_at_first_paint"])
    assert "desktop.app" in loaded  # the report was taken where it should be
    heavy = {"reportlab", "sqlite3", "desktop.store.session", "desktop.store.contacts", "desktop.content",
             "desktop.ui.log.log_tab", "desktop.ui.negotiate.negotiate_tab", "desktop.ui.cases.case_tab",
             "desktop.ui.export.export_tab", "desktop.ui.learn.learn_tab", "desktop.ui.desk.lock_screen", "desktop.ui.desk.desk_mode", "desktop.logs",
             "desktop.ui.scaled_style", "PySide6.QtNetwork", "openpyxl", "cryptography",
             "desktop.store.case_list", "desktop.ui.cases.case_browser", "desktop.ui.cases.case_list",
             "desktop.commands.output", "dataclasses", "secrets", "desktop.ui.gc_thread"}
    assert not heavy & loaded, f"loaded before the window painted: {sorted(heavy & loaded)}"


def test_the_rest_of_the_start_up_runs_even_if_the_window_never_paints(qtbot):
    """A window started minimised gets no paint: the case, logging and desk mode must still start."""
    from desktop.app import _FirstPaint

    ran = []
    watcher = _FirstPaint(0.0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: bool(ran), timeout=_FirstPaint.FALLBACK_MS + 2000)
    watcher.fire()  # a late paint does not run it twice
    qtbot.wait(50)
    assert ran == [True]
