"""A case database as a file on disk: copied whole, opened read-only, peeked into, flushed, renamed in.

The helpers that backups, restores and case bundles share. Writes follow one
pattern (house style §7), the one of :mod:`desktop.files.atomic`: write a temporary
file beside the target, flush it, ``os.replace`` it over the target — and on any
failure remove the temporary file, turning an environment error into a calm
:class:`UserError` (:func:`replacing_or`).
"""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.files.atomic import fsync_file, replacing
from desktop.store.db import check_passes, has_sqlite_header

DB_NAME = "case.db"


def error_detail(exc: BaseException) -> str:
    """The short reason an OSError or sqlite3.Error gives ("No space left on device")."""
    return getattr(exc, "strerror", None) or str(exc)


@contextlib.contextmanager
def replacing_or(target: Path, error: Callable[[str], UserError], *, partial: Path | None = None) -> Iterator[Path]:
    """:func:`desktop.files.atomic.replacing`, with an ``OSError`` or ``sqlite3.Error`` turned into ``error(detail)``.

    Disk full, no permission, a file locked: the temporary file is removed and the person
    reads ``error(detail)``; anything else (a :class:`UserError`, a cancel) goes on as it is.
    """
    try:
        with replacing(target, partial=partial) as tmp:
            yield tmp
    except (OSError, sqlite3.Error) as exc:
        raise error(error_detail(exc)) from exc


def copy_database(conn: sqlite3.Connection, target: Path) -> None:
    """Backup-API copy of ``conn`` into the new file ``target``: one self-contained file, flushed to disk."""
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
        # The copied header says WAL when the source is in WAL mode; a backup is
        # a single file read by others, so switch it to a rollback journal.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    fsync_file(target)


def open_immutable(path: Path) -> sqlite3.Connection:
    """Read-only, and ``immutable`` so no -wal/-shm is made beside a file that never changes."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    conn.isolation_level = None
    return conn


# -- reading a database file without changing it ----------------------------------


@dataclass(frozen=True)
class Peek:
    """What a database file holds, read without changing it (``problem`` is set when it is unusable)."""

    contacts: int | None
    user_version: int | None
    case_id: str | None
    problem: UserError | None = None


def peek(path: Path, *, integrity: bool = False) -> Peek:
    """Count the records of the database file ``path`` without changing it.

    With ``integrity`` the whole file is checked (``PRAGMA integrity_check``),
    which reads every page.
    """
    path = Path(path)
    try:
        is_sqlite = has_sqlite_header(path)
    except OSError as exc:
        return Peek(None, None, None, _unreadable_backup(path, str(exc.strerror or exc)))
    if not is_sqlite:
        return Peek(None, None, None, _unreadable_backup(path, "not a database"))
    try:
        conn = open_immutable(path)
    except sqlite3.Error as exc:
        return Peek(None, None, None, _unreadable_backup(path, str(exc)))
    try:
        if integrity and not check_passes(conn, "integrity_check"):
            return Peek(None, None, None, _unreadable_backup(path, "integrity check failed"))
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        row = conn.execute("SELECT case_id FROM case_info WHERE id = 1").fetchone()
        count = conn.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0]
    except sqlite3.Error as exc:
        return Peek(None, None, None, _unreadable_backup(path, str(exc)))
    finally:
        conn.close()
    return Peek(int(count), version, row[0] if row else None)


def _unreadable_backup(path: Path, detail: str) -> UserError:
    return UserError(
        zh=f"备份文件“{path.name}”无法使用（{detail}）：它已损坏，或者不是本软件的案件文件。",
        en=f"The backup file “{path.name}” cannot be used ({detail}): it is damaged or is not a case file "
        "of this app.",
    )


def case_in_use() -> UserError:
    return UserError(
        zh="这个案件正被另一个窗口或命令使用，所以没有恢复。请关闭它后再试。",
        en="This case is in use by another window or command, so nothing was restored. Close it and try again.",
    )


def install_copy(source: Path, db: Path) -> None:
    """Copy the database file ``source`` over ``db`` atomically: temp file beside it, fsync, ``os.replace``.

    The caller has made sure no connection to ``db`` is open and that its
    write-ahead log is empty or kept aside; stale ``-wal``/``-shm`` files are
    removed before the rename, because a leftover log would be replayed into
    the new file.
    """
    partial = db.with_name(f".{db.name}.restoring-{secrets.token_hex(3)}")
    with replacing_or(db, _cannot_write_restored, partial=partial) as tmp:
        src = open_immutable(source)
        try:
            copy_database(src, tmp)
        finally:
            src.close()
        for suffix in ("-wal", "-shm"):
            stale = db.with_name(db.name + suffix)
            if stale.exists():
                if suffix == "-wal" and stale.stat().st_size > 0:
                    raise case_in_use()
                stale.unlink()


def _cannot_write_restored(detail: str) -> UserError:
    return UserError(
        zh=f"无法写入恢复的案件文件（{detail}）。请检查磁盘空间和文件夹权限后再试。",
        en=f"Could not write the restored case file ({detail}). Check the free disk space and the folder's "
        "permissions, then try again.",
    )
