"""The one place a case database is opened.

Every connection gets the same pragmas: WAL (a reader never blocks the writer,
and a killed process loses at most the transaction in flight), foreign keys on,
and a busy timeout so a second window or a CLI command waits instead of failing.

Every write begins in :class:`transaction`, which first calls the connection's
``before_write`` hook when one is set: the window's case session uses it to hold
a save until the whole-file check that runs after the case is shown has passed
(see ``session.CaseSession``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from desktop.domain.errors import UserError

BUSY_TIMEOUT_MS = 5000


class CaseDatabaseError(UserError):
    """The case file cannot be used as it is (not SQLite, damaged, too new …)."""


class Connection(sqlite3.Connection):
    """sqlite3's connection with one hook: ``before_write``, called by :class:`transaction` before it begins.

    It may wait, or raise a :class:`UserError` to refuse the write; None (the default) lets every write through.
    """

    before_write: Callable[[], None] | None = None


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open ``path`` with the project's pragmas. Does not migrate (see ``migrations.open_case_db``)."""
    path = Path(path)
    try:
        if readonly:
            conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                   factory=Connection)
        else:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, factory=Connection)
    except sqlite3.OperationalError as exc:
        raise _unusable(path, exc) from exc
    # Autocommit mode: transactions are opened explicitly with ``transaction()``
    # so that a migration step and its version bump share one transaction.
    conn.isolation_level = None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise sqlite3.OperationalError(f"journal_mode is {mode}")
            conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _unusable(path, exc) from exc
    return conn


class transaction:
    """``with transaction(conn):`` — BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        gate = getattr(self.conn, "before_write", None)
        if gate is not None:
            gate()
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")


def lenient_text(raw: bytes) -> str:
    """Decode SQLite text that may not be UTF-8: a damaged page or a hand-made file can hold any bytes."""
    return raw.decode("utf-8", "replace")


def check_passes(conn: sqlite3.Connection, pragma: str = "quick_check") -> bool:
    """True when ``PRAGMA quick_check`` (or ``integrity_check``) reports exactly "ok".

    The report of a damaged file (or SQLite's error message about it) quotes the damaged
    bytes, which need not be UTF-8: they are read leniently, or the failure is raised as
    ``sqlite3.DatabaseError``, so damage is handled as damage, never as a decoding crash.
    """
    if pragma not in ("quick_check", "integrity_check"):
        raise ValueError(pragma)
    previous = conn.text_factory
    conn.text_factory = lenient_text
    try:
        return conn.execute(f"PRAGMA {pragma}").fetchall() == [("ok",)]
    except UnicodeDecodeError as exc:
        # SQLite's own error message quoted the damaged bytes and Python could not decode it.
        raise sqlite3.DatabaseError("database disk image is malformed") from exc
    finally:
        conn.text_factory = previous


def _unusable(path: Path, exc: Exception) -> CaseDatabaseError:
    text = str(exc).lower()
    if "not a database" in text or "file is encrypted" in text or "malformed" in text:
        return CaseDatabaseError(
            zh=f"案件文件“{path.name}”已损坏，或者不是本软件的案件文件，无法打开。原文件没有被改动。"
            "可以从备份恢复，或把这个案件文件夹交给技术人员查看。",
            en=f"The case file “{path.name}” is damaged or is not a case file of this app, so it cannot be "
            "opened. The file has not been changed. Restore it from a backup, or give the case folder to "
            "someone technical to look at.",
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return CaseDatabaseError(
            zh=f"无法打开案件文件“{path}”：文件或文件夹不能写入。请检查文件夹权限或磁盘空间。",
            en=f"Cannot open the case file “{path}”: the file or its folder cannot be written. "
            "Check the folder's permissions and the free disk space.",
        )
    return CaseDatabaseError(
        zh=f"无法打开案件文件“{path.name}”（{exc}）。原文件没有被改动。",
        en=f"Cannot open the case file “{path.name}” ({exc}). The file has not been changed.",
    )
