"""The real app, in a fresh process: viewing copies a crash left behind are removed after the first paint
(never before it), and the copies of a session are removed when the app quits (review M6)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.files.data_dir import DataDir
from desktop.settings import FIRST_RUN_DONE, LANGUAGE, Settings
from desktop.store.cases import CaseRepository
from desktop.store.viewing_copies import viewing_root

ROOT = Path(__file__).resolve().parent.parent

# Runs the app as ``python -m desktop`` does. At the first paint it notes whether the crash's leftover is
# still there; once the start-up is over it makes a copy as "Open" would, then quits the way File → Quit does.
_DRIVER = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import desktop.app as app_module
from desktop.cli import main
from desktop.store.viewing_copies import viewing_root

leftover, data_root = Path(sys.argv[1]), Path(sys.argv[2])
seen = {}
original_fire = app_module._FirstPaint.fire

def noting_fire(self):
    if not self.done:
        seen["leftover_at_first_paint"] = leftover.exists()
    original_fire(self)

def open_then_quit():
    seen["leftover_after_start_up"] = leftover.exists()
    copy = viewing_root(data_root) / "0123456789abcdef" / "录音.m4a"
    copy.parent.mkdir(parents=True)
    copy.write_bytes(b"a client's recording")
    seen["copy"] = str(copy)
    QApplication.instance().quit()

app_module._FirstPaint.fire = noting_fire
original_open = app_module.App.open_initial_case

def noting_open(self):
    original_open(self)
    QTimer.singleShot(300, open_then_quit)

app_module.App.open_initial_case = noting_open
code = main(sys.argv[3:])
print("REPORT " + json.dumps(seen), flush=True)
sys.exit(code)
"""


def test_a_crash_s_leftovers_go_after_the_first_paint_and_a_session_s_copies_go_at_quit(tmp_path, monkeypatch):
    data = DataDir(tmp_path / "数据 目录")
    data.ensure()
    CaseRepository(data).create("启动测试")
    settings = Settings(data.settings_file)
    settings.set(FIRST_RUN_DONE, True)
    settings.set(LANGUAGE, "zh_CN")
    temp = tmp_path / "temp"
    temp.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), TMPDIR=str(temp), TEMP=str(temp),
               TMP=str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    own = viewing_root(data.root)
    leftover = own / "fedcba9876543210" / "王女士-催收录音.m4a"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"left by a crash")
    result = subprocess.run(
        [sys.executable, "-c", _DRIVER, str(leftover), str(data.root), "--data-dir", str(data.root)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(next(line for line in result.stdout.splitlines()
                             if line.startswith("REPORT "))[len("REPORT "):])
    assert report["leftover_at_first_paint"] is True, "the sweep must not run before the first paint"
    assert report["leftover_after_start_up"] is False
    assert not Path(report["copy"]).exists() and not own.exists()
