"""One app per data folder: a second start asks the first to come forward (by file, no sockets) and exits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import single_instance

ROOT = Path(__file__).resolve().parent.parent

# A stand-in for run_gui: the same calls the composition root makes, without a window.
CHILD = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from desktop import single_instance

app = QCoreApplication(sys.argv)
data = Path(sys.argv[1])
instance = single_instance.acquire(data)
if instance is None:
    sys.exit(single_instance.hand_over(data))

def raised():
    print("raise requested", flush=True)
    QTimer.singleShot(0, app.quit)

instance.watch(raised)
app.aboutToQuit.connect(instance.release)
print("owner ready", flush=True)
QTimer.singleShot(int(sys.argv[2]) if len(sys.argv) > 2 else 20000, app.quit)
sys.exit(app.exec())
"""


def _start(data: Path, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
    )


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "数据 文件夹"
    path.mkdir()
    return path


def test_a_second_start_exits_at_once_and_the_first_is_asked_to_come_forward(folder):
    first = _start(folder)
    try:
        assert first.stdout.readline().strip() == "owner ready"
        assert (folder / "app.lock").exists()
        started = time.monotonic()
        second = _start(folder)
        out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert "already open" in out and "brought forward" in out
        assert time.monotonic() - started < 15
        out, err = first.communicate(timeout=10)
        assert "raise requested" in out, err
        assert first.returncode == 0
    finally:
        first.kill()
    assert not (folder / "raise-request").exists()  # the first took the request away
    assert not (folder / "app.lock").exists()  # and let go of the folder when it quit
    assert [p.name for p in folder.iterdir()] == []


def test_a_lock_left_by_a_crashed_app_does_not_block_the_next_start(folder):
    crashed = _start(folder)
    assert crashed.stdout.readline().strip() == "owner ready"
    crashed.send_signal(signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
    crashed.wait(timeout=10)
    assert (folder / "app.lock").exists()
    instance = single_instance.acquire(folder)
    assert instance is not None and instance.holds_lock
    instance.release()
    assert not (folder / "app.lock").exists()


def test_within_one_process_the_folder_is_held_once(folder, qapp):
    first = single_instance.acquire(folder)
    assert first is not None
    try:
        assert single_instance.acquire(folder) is None
    finally:
        first.release()
    again = single_instance.acquire(folder)
    assert again is not None
    again.release()


def test_the_request_is_written_whole_and_an_old_one_is_ignored_on_start(folder, qapp):
    single_instance.request_raise(folder)
    assert [p.name for p in folder.iterdir()] == ["raise-request"]  # no temp file left behind
    instance = single_instance.acquire(folder)
    try:
        assert not (folder / "raise-request").exists()  # from before: not a new start
    finally:
        instance.release()


def test_the_watcher_notices_a_request_and_removes_it(folder, qtbot):
    instance = single_instance.acquire(folder)
    seen = []
    instance.watch(lambda: seen.append(1))
    try:
        single_instance.request_raise(folder)
        qtbot.waitUntil(lambda: seen == [1], timeout=3000)
        assert not (folder / "raise-request").exists()
    finally:
        instance.release()


def test_the_lock_is_on_the_file_at_the_path_even_if_it_was_replaced_while_taking_it(folder, qapp, monkeypatch):
    """The owner removes the file as it quits: a start that opened the old file must not keep a lock on it."""
    real_open = os.open
    opened = []

    def open_then_replace(path, *args):
        fd = real_open(path, *args)
        if not opened:  # the first open: the file goes away and a new one takes its place
            Path(path).unlink()
            Path(path).write_bytes(b"")
        opened.append(fd)
        return fd

    monkeypatch.setattr(os, "open", open_then_replace)
    instance = single_instance.acquire(folder)
    monkeypatch.undo()
    try:
        assert instance is not None and instance.holds_lock and len(opened) == 2
        assert os.path.samestat(os.fstat(instance._lock.fd), os.stat(folder / "app.lock"))
        assert single_instance.acquire(folder) is None  # the file at the path is the locked one
    finally:
        instance.release()


@pytest.mark.skipif(sys.platform == "win32", reason="flock: the Unix lock")
def test_a_folder_whose_file_system_cannot_lock_still_starts_without_the_guard(folder, qapp, monkeypatch):
    import errno
    import fcntl

    def no_locks(fd, operation):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    instance = single_instance.acquire(folder)
    assert instance is not None and not instance.holds_lock
    instance.release()


def test_the_windows_branch_with_a_stand_in_for_msvcrt(folder, qapp, monkeypatch):
    """Windows' byte-range lock, played here by flock: held once, released, the file removed on release.

    Only the branch's own logic runs here (the real msvcrt exists on Windows alone): taking, refusing
    a second owner (EACCES, as msvcrt.locking raises), unlocking before closing, removing the file.
    """
    import errno
    import fcntl
    import types

    calls = []

    def locking(fd, mode, nbytes):
        calls.append((mode, os.lseek(fd, 0, os.SEEK_CUR), nbytes))
        try:
            fcntl.flock(fd, fcntl.LOCK_UN if mode == 0 else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PermissionError(errno.EACCES, "Permission denied") from None

    monkeypatch.setitem(sys.modules, "msvcrt", types.SimpleNamespace(LK_UNLCK=0, LK_NBLCK=2, locking=locking))
    monkeypatch.setattr(sys, "platform", "win32")
    first = single_instance.acquire(folder)
    assert first is not None and first.holds_lock
    assert single_instance.acquire(folder) is None
    first.release()
    assert not (folder / "app.lock").exists()
    assert calls == [(2, 0, 1), (2, 0, 1), (0, 0, 1)]  # byte 0 each time: take, refused, let go
