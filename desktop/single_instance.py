"""One running app per data folder; a second start brings the first window forward.

The lock is ``QLockFile(<data>/app.lock)``. It is held for the whole run, so the
age test for stale locks is off (``setStaleLockTime(0)``): a lock is stale only
when the process that wrote it is gone, which ``tryLock`` checks (and then
removes the file) by itself — e.g. after a crash or a power cut.

No sockets (the app has no network code at all, design §8), so the second start
asks by file: it writes ``<data>/raise-request`` atomically and exits. The first
watches the data folder (``QFileSystemWatcher``, with a one-second poll in case
the watcher misses a change), deletes the request and raises its window.
QtCore only: the caller passes what to do as a callback.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QLockFile, QObject, QTimer

LOCK_NAME = "app.lock"
REQUEST_NAME = "raise-request"
POLL_MS = 1000


class Instance(QObject):
    """This process owns the data folder. Keep a reference for as long as the app runs."""

    def __init__(self, data_dir: Path, lock: QLockFile | None) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self.request = self.data_dir / REQUEST_NAME
        self._lock = lock
        self._callback: Callable[[], None] | None = None
        self._watcher: QFileSystemWatcher | None = None
        self._timer: QTimer | None = None

    @property
    def holds_lock(self) -> bool:
        return self._lock is not None and self._lock.isLocked()

    def watch(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` (in this thread, from the event loop) each time a second start asks."""
        self._callback = callback
        if self._watcher is None:
            self._watcher = QFileSystemWatcher([str(self.data_dir)], self)
            self._watcher.directoryChanged.connect(self._check)
            self._timer = QTimer(self)
            self._timer.setInterval(POLL_MS)
            self._timer.timeout.connect(self._check)
            self._timer.start()

    def _check(self, *_args) -> None:
        if not self.request.exists():
            return
        with contextlib.suppress(OSError):
            self.request.unlink()
        if self._callback is not None:
            self._callback()

    def release(self) -> None:
        """Stop watching and let the next start own the folder (call when the app quits)."""
        if self._timer is not None:
            self._timer.stop()
        if self._watcher is not None:
            self._watcher.removePaths(self._watcher.directories())
        self._callback = None
        if self._lock is not None and self._lock.isLocked():
            self._lock.unlock()
        self._lock = None


def acquire(data_dir: Path) -> Instance | None:
    """Own ``data_dir``, or None when another running app does (then call :func:`request_raise`).

    A lock file that cannot be written at all (a strange file system) does not stop
    the app: it runs without the single-instance guard rather than not at all.
    """
    data_dir = Path(data_dir)
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # held for hours: only a dead owner makes it stale
    if not lock.tryLock(0):
        if lock.error() == QLockFile.LockError.LockFailedError:
            # tryLock already removes a lock whose owner is gone; try that once more by hand
            # for a lock left by a process whose id the system has since reused.
            if not (lock.removeStaleLockFile() and lock.tryLock(0)):
                return None
        else:
            lock = None
    instance = Instance(data_dir, lock)
    with contextlib.suppress(OSError):
        instance.request.unlink()  # an old request (from before a crash) is not a new start
    return instance


def request_raise(data_dir: Path) -> None:
    """Ask the running app to bring its window forward (atomic: temp file, then ``os.replace``)."""
    # Imported here: only a second start writes, and the first start's window need not wait for the module.
    from desktop.files import atomic

    data_dir = Path(data_dir)
    if sys.platform == "win32":  # let the running app take the foreground (Windows blocks it otherwise)
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
    atomic.write_text(data_dir / REQUEST_NAME, f"{os.getpid()} {time.time():.0f}\n", encoding="ascii",
                      durable=False)  # a signal to the running app, not data


def already_open_message() -> str:
    return QCoreApplication.translate(
        "SingleInstance", "The app is already open — its window has been brought forward."
    )


def hand_over(data_dir: Path) -> int:
    """What a second start does: ask the first to come forward, say so, exit code 0."""
    with contextlib.suppress(OSError):
        request_raise(data_dir)
    stream = sys.stdout
    if stream is not None:  # a windowed build on Windows has no console
        with contextlib.suppress(OSError, ValueError):
            print(already_open_message(), file=stream, flush=True)
    return 0
