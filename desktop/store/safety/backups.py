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
* ``case-v<N>-before-migration-<stamp>.db`` (asked for by ``schema/migrations.py``),
  ``case-before-restore-<stamp>.db``, ``case-manual-<stamp>.db`` — never
  deleted by the app: they are rare, and each is the only copy of a state the
  user may need to return to.

Restoring lives in :mod:`desktop.store.safety.restore` and reading a database file
without changing it (:func:`peek`) in :mod:`desktop.store.safety.db_files`; both are
re-exported here, where callers have always found them.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import stat
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.store.safety.db_files import copy_database, error_detail, peek, replacing_or

BACKUP_FOLDER = "backups"

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
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"case-{reason}-{stamp}.db"
        n = 2
        while target.exists():
            target = folder / f"case-{reason}-{stamp}-{n}.db"
            n += 1
    except OSError as exc:
        raise _cannot_back_up(error_detail(exc)) from exc
    with replacing_or(target, _cannot_back_up, partial=target.with_name(f".{target.name}.partial")) as partial:
        copy_database(conn, partial)
    rotate(folder, reason)
    return target


def _cannot_back_up(detail: str) -> UserError:
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


def back_up_case(cases, case_id: str, reason: str) -> Path:
    """Back up a case that may not be open in this thread (``cases``: its ``CaseRepository``): a connection of its own."""
    with cases.open(case_id) as conn:
        return backup_case_db(conn, case_backup_folder(conn), reason)


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
