"""The one place a case database is opened.

Every connection gets the same pragmas: WAL (a reader never blocks the writer,
and a killed process loses at most the transaction in flight), foreign keys on,
and a busy timeout so a second window or a CLI command waits instead of failing.

An error of the environment (disk full, read-only folder, file locked) becomes a
calm :class:`UserError` here, in one table keyed by SQLite's result code
(:func:`environment_error`), so no ``sqlite3.OperationalError`` reaches a user.
Text is cleaned for storage by one function (:func:`clean_text`).

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

# The first 16 bytes of every SQLite 3 database file (https://www.sqlite.org/fileformat.html, 1.3).
SQLITE_HEADER = b"SQLite format 3\x00"


class CaseDatabaseError(UserError):
    """The case file cannot be used as it is (not SQLite, damaged, too new …)."""


class EnvironmentFault(UserError, sqlite3.OperationalError):
    """SQLite failed because of the environment (disk full, read-only, locked): a calm message.

    Still an ``sqlite3.OperationalError``, so code that already handles those (an import that says
    "nothing was imported", a flag refresh that may fail) keeps doing so.
    """

class Connection(sqlite3.Connection):
    """sqlite3's connection with one hook: ``before_write``, called by :class:`transaction` before it begins.

    It may wait, or raise a :class:`UserError` to refuse the write; None (the default) lets every write through.
    """

    before_write: Callable[[], None] | None = None


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open ``path`` with the project's pragmas. Does not migrate (see ``migrations.open_case_db``).

    ``readonly`` is for a data folder this user cannot write (write-protected media,
    permissions): a database in WAL mode needs its ``-shm`` file, which cannot be made
    there, so when the plain read-only open fails the file is opened ``immutable`` —
    read as it is on disk, which is exact as long as nothing writes it meanwhile.
    """
    path = Path(path)
    try:
        if readonly:
            uri = f"{path.resolve().as_uri()}?mode=ro"
            try:
                conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, factory=Connection)
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError as exc:
                if _code(exc) != SQLITE_CANTOPEN:
                    raise
                conn = sqlite3.connect(uri + "&immutable=1", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                       factory=Connection)
        else:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, factory=Connection)
    except sqlite3.OperationalError as exc:
        raise unusable_database(path, exc) from exc
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
        raise unusable_database(path, exc) from exc
    return conn


class transaction:
    """``with transaction(conn):`` — BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        gate = getattr(self.conn, "before_write", None)
        if gate is not None:
            gate()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            if (calm := environment_error(exc)) is None:
                raise
            raise calm from exc
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as failed:
                self._rollback()
                calm = environment_error(failed)
                if calm is None:
                    raise
                raise calm from failed
            return
        self._rollback()
        if isinstance(exc, sqlite3.Error) and (calm := environment_error(exc)) is not None:
            raise calm from exc

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")


def lenient_text(raw: bytes) -> str:
    """Decode SQLite text that may not be UTF-8: a damaged page or a hand-made file can hold any bytes."""
    return raw.decode("utf-8", "replace")


def has_sqlite_header(path: Path) -> bool:
    """True when the file ``path`` begins with SQLite's header; an ``OSError`` reading it is the caller's.

    Checked before connecting because ``sqlite3.connect`` opens any file and fails only at
    the first query, or (for an empty file) makes it a new database.
    """
    with open(path, "rb") as fh:
        return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER


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


# -- the environment's errors, by SQLite result code -----------------------------------

SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN = (
    3, 5, 6, 8, 10, 13, 14)

# primary result code → (zh, en): what is wrong and what to do. Only the environment's faults are here;
# anything else (a bug, a damaged file) is not an environment error and is handled where it happens.
_ENVIRONMENT = {
    SQLITE_FULL: ("磁盘空间已满，所以没有保存。请腾出一些空间（删除不用的文件、清空回收站）后再试。已有的记录没有受影响。",
                  "The disk is full, so nothing was saved. Free some space (delete files you do not need, empty "
                  "the recycle bin) and try again. The records already kept are unaffected."),
    SQLITE_READONLY: ("案件文件不能写入（文件或文件夹是只读的），所以没有保存。可以查看和导出，但要修改，请把数据文件夹放到可以写入的位置。",
                      "The case file cannot be written (the file or its folder is read-only), so nothing was "
                      "saved. You can still look at it and export it; to change it, put the data folder "
                      "somewhere that can be written."),
    SQLITE_PERM: ("没有写入案件文件的权限，所以没有保存。请电脑管理员检查数据文件夹的权限。",
                  "There is no permission to write the case file, so nothing was saved. Ask the computer's "
                  "administrator to check the data folder's permissions."),
    SQLITE_BUSY: ("这个案件正被另一个窗口或命令使用，所以没有保存。请等它完成或关闭它后再试。",
                  "This case is in use by another window or command, so nothing was saved. Wait for it to "
                  "finish, or close it, and try again."),
    SQLITE_LOCKED: ("这个案件正被另一个窗口或命令使用，所以没有保存。请等它完成或关闭它后再试。",
                    "This case is in use by another window or command, so nothing was saved. Wait for it to "
                    "finish, or close it, and try again."),
    SQLITE_IOERR: ("读写磁盘时出错，所以没有保存。请检查磁盘或 U 盘是否插好、是否还有空间。已有的记录没有受影响。",
                   "The disk could not be read or written, so nothing was saved. Check that the disk or USB "
                   "stick is connected and has free space. The records already kept are unaffected."),
    SQLITE_CANTOPEN: ("无法打开案件文件，所以没有保存。请检查数据文件夹是否还在、能否写入。",
                      "The case file could not be opened, so nothing was saved. Check that the data folder is "
                      "still there and can be written."),
}


def _code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF  # extended codes carry the primary one in the low byte


def environment_error(exc: BaseException) -> EnvironmentFault | None:
    """The calm message for an SQLite error the environment caused (disk full, read-only …); else None."""
    if isinstance(exc, EnvironmentFault):
        return exc
    text = _ENVIRONMENT.get(_code(exc))
    if text is None:
        return None
    calm = EnvironmentFault(zh=text[0], en=text[1])
    calm.sqlite_errorcode = getattr(exc, "sqlite_errorcode", None)
    return calm


def clean_text(value: str) -> str:
    """Text as it can be stored faithfully: without NUL (ends C strings) and lone surrogates (not UTF-8).

    The one cleaning function of the store: contacts, loans, letters and drafts all pass their text
    through it, so a value that reached the app (a paste, a file) never makes a save fail.
    """
    if value.isascii():
        return value.replace("\x00", "")
    return "".join(ch for ch in value if ch != "\x00" and not 0xD800 <= ord(ch) <= 0xDFFF)


def unusable_database(path: Path, exc: Exception) -> CaseDatabaseError:
    if _code(exc) == SQLITE_FULL:
        calm = environment_error(exc)
        return CaseDatabaseError(zh=calm.zh, en=calm.en)
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
