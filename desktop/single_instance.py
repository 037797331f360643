"""One running app per data folder; a second start brings the first window forward.

The lock is the system's own lock on ``<data>/app.lock`` (``flock``; on Windows a
byte-range lock, ``msvcrt.locking``), held through the open file for the whole run.
The system lets go of it when the process ends, however it ends (a crash, Task
Manager, a power cut), so a file left behind never blocks the next start and no
age or process-id test is needed. (It replaced ``QLockFile``, whose ``tryLock``
also writes the process and host names and the machine and boot ids into the
file: ~2 ms before the window's first paint.)

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

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer

LOCK_NAME = "app.lock"
REQUEST_NAME = "raise-request"
POLL_MS = 1000


class _FileLock:
    """An exclusive system lock on one file, held until :meth:`release` or the process's end."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path, self.fd = path, fd

    @staticmethod
    def take(path: Path) -> _FileLock | None:
        """The lock, or None when another process (or another ``take`` here) holds it.

        Raises OSError when the file cannot be locked at all (a file system without locks).
        """
        while True:
            flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOINHERIT", 0)
            try:
                fd = os.open(path, flags, 0o600)
            except PermissionError as exc:
                if getattr(exc, "winerror", None) == 32:  # sharing violation: an older version's QLockFile holds it
                    return None
                raise
            try:
                if sys.platform == "win32":
                    import msvcrt

                    msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # byte 0; locking past the end of a file is allowed
                else:
                    import fcntl

                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # per open file: a second take here fails too
            except OSError as exc:
                os.close(fd)
                if isinstance(exc, BlockingIOError | PermissionError):  # held (EWOULDBLOCK; EACCES on Windows)
                    return None
                raise
            if sys.platform == "win32" or _same_file(fd, path):
                return _FileLock(path, fd)
            # The owner removed the file as it let go, between our open and our lock: the lock
            # we hold is on a file no one else will open. Take the one now at the path instead.
            os.close(fd)

    def release(self) -> None:
        """Let go and remove the file (removed first on Unix, so a later start never locks a file
        that is about to go; on Windows a file another start has open just stays, harmless)."""
        if self.fd < 0:
            return
        if sys.platform == "win32":
            import msvcrt

            with contextlib.suppress(OSError):
                os.lseek(self.fd, 0, os.SEEK_SET)
                msvcrt.locking(self.fd, msvcrt.LK_UNLCK, 1)
            os.close(self.fd)
            with contextlib.suppress(OSError):
                self.path.unlink()
        else:
            with contextlib.suppress(OSError):
                self.path.unlink()
            os.close(self.fd)
        self.fd = -1


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


class Instance(QObject):
    """This process owns the data folder. Keep a reference for as long as the app runs."""

    def __init__(self, data_dir: Path, lock: _FileLock | None) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self.request = self.data_dir / REQUEST_NAME
        self._lock = lock
        self._callback: Callable[[], None] | None = None
        self._watcher: QFileSystemWatcher | None = None
        self._timer: QTimer | None = None

    @property
    def holds_lock(self) -> bool:
        return self._lock is not None and self._lock.fd >= 0

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
        if self._lock is not None:
            self._lock.release()
        self._lock = None


def acquire(data_dir: Path) -> Instance | None:
    """Own ``data_dir``, or None when another running app does (then call :func:`request_raise`).

    A lock file that cannot be written at all (a strange file system) does not stop
    the app: it runs without the single-instance guard rather than not at all.
    """
    data_dir = Path(data_dir)
    try:
        lock = _FileLock.take(data_dir / LOCK_NAME)
    except OSError:
        lock = None  # cannot lock here at all: run unguarded
    else:
        if lock is None:
            return None
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
