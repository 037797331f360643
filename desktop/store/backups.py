"""Backups of a case database: taken, listed, rotated and restored.

A backup is a complete, consistent copy made with SQLite's online backup API
(it reads through the open connection, so the write-ahead log is included and
no other writer can leave it half-copied). The copy is written to a temporary
file and renamed into place, so a failed backup never leaves a broken file that
looks like a good one. Backups are single files (rollback-journal mode), so
reading one never creates ``-wal``/``-shm`` files beside it.

Evidence files are content-addressed (``evidence/<sha256>``) and never
rewritten, so a backup of ``case.db`` is a backup of the whole case.

Names and rotation (``cases/<id>/backups/``):

* ``case-daily-<stamp>.db`` — automatic, at most one a day (:func:`ensure_daily_backup`);
  the newest :data:`KEEP_AUTOMATIC` are kept.
* ``case-before-import-<stamp>.db`` — automatic, before an import; its own
  rotation of :data:`KEEP_AUTOMATIC`.
* ``case-v<N>-before-migration-<stamp>.db`` (written by ``migrations.py``),
  ``case-before-restore-<stamp>.db``, ``case-manual-<stamp>.db`` — never
  deleted by the app: they are rare, and each is the only copy of a state the
  user may need to return to.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sqlite3
import stat
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.store.db import connect

BACKUP_FOLDER = "backups"
DB_NAME = "case.db"

DAILY = "daily"
BEFORE_IMPORT = "before-import"
BEFORE_RESTORE = "before-restore"
BEFORE_MIGRATION = "before-migration"
MANUAL = "manual"
KEEP_AUTOMATIC = 7
ROTATING = {DAILY: KEEP_AUTOMATIC, BEFORE_IMPORT: KEEP_AUTOMATIC}

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^case-(?:v(?P<version>\d+)-)?(?P<reason>[A-Za-z0-9_-]+?)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.db$"
)


def backup_case_db(conn: sqlite3.Connection, folder: str | os.PathLike[str], reason: str) -> Path:
    """Copy the database behind ``conn`` to ``folder/case-<reason>-<timestamp>.db`` and return that path.

    ``reason`` is a short code such as ``"before-import"``. The folder is made if
    needed; a second backup within the same second gets a ``-2`` suffix. Older
    automatic backups of the same reason are rotated away afterwards (see the
    module docstring). Raises :class:`UserError` when the copy cannot be
    written (disk full, no permission).
    """
    if not reason or not all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in reason):
        raise ValueError(f"a backup reason is a short code, not {reason!r}")
    folder = Path(folder)
    stamp = datetime.now().strftime(_STAMP)
    partial: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"case-{reason}-{stamp}.db"
        n = 2
        while target.exists():
            target = folder / f"case-{reason}-{stamp}-{n}.db"
            n += 1
        partial = target.with_name(f".{target.name}.partial")
        _copy_database(conn, partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        if partial is not None:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
        raise _cannot_back_up(exc) from exc
    rotate(folder, reason)
    return target


def _copy_database(conn: sqlite3.Connection, target: Path) -> None:
    """Backup-API copy of ``conn`` into the new file ``target``: one self-contained file, flushed to disk."""
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
        # The copied header says WAL when the source is in WAL mode; a backup is
        # a single file read by others, so switch it to a rollback journal.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    _fsync(target)


def _cannot_back_up(exc: BaseException) -> UserError:
    detail = getattr(exc, "strerror", None) or str(exc)
    return UserError(
        zh=f"无法备份案件文件（{detail}），所以没有做任何改动。请检查磁盘空间和文件夹权限后再试。",
        en=f"Could not back up the case file ({detail}), so nothing was changed. "
        "Check the free disk space and the folder's permissions, then try again.",
    )


def database_file(conn: sqlite3.Connection) -> Path | None:
    """The file behind ``conn``'s main database; ``None`` for an in-memory database."""
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file) if file else None
    return None


def case_backup_folder(conn: sqlite3.Connection) -> Path | None:
    """``cases/<id>/backups`` for the case database behind ``conn``; ``None`` for an in-memory database."""
    file = database_file(conn)
    return file.parent / BACKUP_FOLDER if file is not None else None


# -- listing and rotation --------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    """One backup file. ``contacts`` is ``None`` when the file cannot be read."""

    path: Path
    made_at: datetime
    reason: str
    contacts: int | None
    size: int

    @property
    def automatic(self) -> bool:
        return self.reason in ROTATING

    @property
    def usable(self) -> bool:
        return self.contacts is not None


def _parse_name(path: Path) -> tuple[datetime, str, int] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        made_at = datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return made_at, match["reason"], int(match["n"] or 1)


def _backup_files(folder: Path) -> list[tuple[datetime, int, str, Path]]:
    """(made_at, n, reason, path) of every backup in ``folder``, newest first."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for path in entries:
        parsed = _parse_name(path)
        if parsed is None:
            continue
        try:
            st = path.stat()
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode):
            made_at, reason, n = parsed
            # Within one second the file times decide (then the -N suffix).
            found.append(((made_at, st.st_mtime_ns, n), reason, path))
    found.sort(key=lambda f: (f[0], f[2].name), reverse=True)
    return [(key[0], key[2], reason, path) for key, reason, path in found]


def list_backups(case_dir: Path, *, count_contacts: bool = True) -> list[BackupInfo]:
    """The backups of the case in ``case_dir``, newest first, each opened read-only to count its records."""
    infos = []
    for made_at, _n, reason, path in _backup_files(Path(case_dir) / BACKUP_FOLDER):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        contacts = peek(path).contacts if count_contacts else None
        infos.append(BackupInfo(path, made_at, reason, contacts, size))
    return infos


def rotate(folder: Path, reason: str) -> list[Path]:
    """Delete the automatic backups of ``reason`` beyond the newest ``ROTATING[reason]``; return what went."""
    keep = ROTATING.get(reason)
    if keep is None:
        return []
    same = [f for f in _backup_files(Path(folder)) if f[2] == reason]
    removed = []
    for *_rest, path in same[keep:]:
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def newest_backup_time(case_dir: Path) -> datetime | None:
    files = _backup_files(Path(case_dir) / BACKUP_FOLDER)
    return files[0][0] if files else None


def ensure_daily_backup(conn: sqlite3.Connection, *, now: datetime | None = None,
                        max_age: timedelta = timedelta(days=1)) -> Path | None:
    """Back up the case behind ``conn`` when its newest backup is older than ``max_age``.

    Call it when a case is opened. Returns the new backup, or ``None`` when a
    recent one exists. Raises :class:`UserError` when the copy cannot be
    written; the case itself is unharmed, so the caller shows it as a warning.
    """
    file = database_file(conn)
    if file is None:
        return None
    now = now or datetime.now()
    newest = newest_backup_time(file.parent)
    # abs(): a clock set back must not stop backups until it catches up again.
    if newest is not None and abs(now - newest) < max_age:
        return None
    return backup_case_db(conn, file.parent / BACKUP_FOLDER, DAILY)


# -- reading a backup ------------------------------------------------------------


@dataclass(frozen=True)
class Peek:
    """What a database file holds, read without changing it (``problem`` is set when it is unusable)."""

    contacts: int | None
    user_version: int | None
    case_id: str | None
    problem: UserError | None = None


def _open_immutable(path: Path) -> sqlite3.Connection:
    """Read-only, and ``immutable`` so no -wal/-shm is made beside a file that never changes."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    conn.isolation_level = None
    return conn


def peek(path: Path, *, integrity: bool = False) -> Peek:
    """Count the records of the database file ``path`` without changing it.

    With ``integrity`` the whole file is checked (``PRAGMA integrity_check``),
    which reads every page.
    """
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        return Peek(None, None, None, _unreadable_backup(path, str(exc.strerror or exc)))
    if head != b"SQLite format 3\x00":
        return Peek(None, None, None, _unreadable_backup(path, "not a database"))
    try:
        conn = _open_immutable(path)
    except sqlite3.Error as exc:
        return Peek(None, None, None, _unreadable_backup(path, str(exc)))
    try:
        if integrity:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            if rows != [("ok",)]:
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


# -- restoring -------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    contacts: int
    safety_copy: Path | None  # the state just before the restore, itself a backup
    damaged_kept: Path | None = None  # the damaged file set aside instead, when there was one


def restore(case_dir: Path, backup_path: Path) -> RestoreResult:
    """Replace ``case_dir/case.db`` with the backup ``backup_path``, after backing up the current file.

    The case must not be open anywhere (the window closes its session first).
    The backup is checked whole before anything changes; it must belong to this
    case. The restored copy is written beside ``case.db`` with the backup API,
    flushed, and renamed over it, so a crash leaves either the old or the new
    file, never a mix.
    """
    from desktop.store.migrations import LATEST

    case_dir = Path(case_dir)
    backup_path = Path(backup_path)
    db = case_dir / DB_NAME
    info = peek(backup_path, integrity=True)
    if info.problem is not None:
        raise info.problem
    if info.user_version is not None and info.user_version > LATEST:
        raise UserError(
            zh=f"备份文件“{backup_path.name}”是用更新版本的本软件保存的，本软件不能恢复它。请安装最新版本。",
            en=f"The backup file “{backup_path.name}” was saved by a newer version of this app, which this "
            "version cannot restore. Install the latest version.",
        )
    if info.case_id != case_dir.name:
        raise UserError(
            zh=f"备份文件“{backup_path.name}”属于另一个案件（{info.case_id}），不是这个案件（{case_dir.name}）的备份。"
            "为了不把两个人的记录混在一起，没有恢复。",
            en=f"The backup file “{backup_path.name}” belongs to another case ({info.case_id}), not to this one "
            f"({case_dir.name}). To keep two people's records apart, nothing was restored.",
        )
    from desktop.store.recovery import is_damaged, keep_damaged

    safety = kept = None
    if db.exists() and is_damaged(db):
        try:
            kept = keep_damaged(db)  # nothing can be read from it; keep it whole, aside
        except OSError as exc:
            raise case_in_use() from exc
    elif db.exists():
        safety = _take_over(db)
    install_copy(backup_path, db)
    return RestoreResult(backup_path, _check_installed(db), safety, kept)


def _take_over(db: Path) -> Path:
    """Back up the current ``db`` (``before-restore``) and leave it closed with no write-ahead log.

    Switching out of WAL mode fails while any other connection has the file
    open, so this also proves that no window or command is using the case.
    """
    conn = connect(db)
    try:
        conn.execute("PRAGMA busy_timeout = 500")
        safety = backup_case_db(conn, db.parent / BACKUP_FOLDER, BEFORE_RESTORE)
        try:
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlite3.OperationalError:
            mode = "wal"
        if str(mode).lower() != "delete":
            raise case_in_use()
    finally:
        conn.close()
    return safety


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
    tmp = db.with_name(f".{db.name}.restoring-{secrets.token_hex(3)}")
    try:
        src = _open_immutable(source)
        try:
            _copy_database(src, tmp)
        finally:
            src.close()
        for suffix in ("-wal", "-shm"):
            stale = db.with_name(db.name + suffix)
            if stale.exists():
                if suffix == "-wal" and stale.stat().st_size > 0:
                    raise case_in_use()
                stale.unlink()
        os.replace(tmp, db)
        _fsync_dir(db.parent)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        detail = getattr(exc, "strerror", None) or str(exc)
        raise UserError(
            zh=f"无法写入恢复的案件文件（{detail}）。请检查磁盘空间和文件夹权限后再试。",
            en=f"Could not write the restored case file ({detail}). Check the free disk space and the folder's "
            "permissions, then try again.",
        ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise


def _check_installed(db: Path) -> int:
    """Open (and migrate, if the backup is older) the restored file; check it whole; count its records."""
    from desktop.store.migrations import open_case_db

    conn = open_case_db(db)
    try:
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise UserError(
                zh="恢复后的案件文件没有通过完整性检查。恢复前的状态已保存在备份里。",
                en="The restored case file failed its integrity check. The state before the restore is kept "
                "in a backup.",
            )
        return int(conn.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0])
    finally:
        conn.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a folder this way and needs no such step."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
