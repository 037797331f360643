"""Recovering a case whose database file is damaged.

When ``open_case_db`` refuses a case file because it is damaged (not a
database, truncated, failing ``quick_check``) — or the check the window runs
just after showing a case finds it so (``session.CaseSession.start_check``) —
:func:`recover` keeps the damaged
file aside — renamed to ``case.db.damaged-<timestamp>`` together with its
``-wal``/``-shm``, never deleted — and puts a healthy file in its place: first
choice, a rebuild of everything the damaged file still holds when all of it
can be read (:mod:`desktop.store.safety.salvage`: nothing is lost); otherwise the
newest backup that passes ``PRAGMA integrity_check``. Nothing is changed when
neither is possible: the result says so and the damaged file stays where it is.

The window asks first: :func:`plan_recovery` says which way it would go (a
repair with how many records, or which backup), and the plan is then carried
out or discarded.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.domain.text import Bilingual
from desktop.files.atomic import fsync_dir
from desktop.store.db import check_passes, has_sqlite_header
from desktop.store.safety.backups import BackupInfo, list_backups
from desktop.store.safety.db_files import DB_NAME, install_copy, peek
from desktop.store.safety.salvage import Salvaged, salvage
from desktop.store.schema.migrations import LATEST, open_case_db


@dataclass(frozen=True)
class RecoveryResult(Bilingual):
    recovered: bool
    backup: BackupInfo | None  # the backup restored
    damaged_kept: Path | None  # where the damaged file now is
    contacts: int  # records in the restored case
    zh: str
    en: str
    repaired: bool = False  # rebuilt from the damaged file itself, every record kept


@dataclass(frozen=True)
class RecoveryPlan:
    """What :func:`recover` would do: repair from the damaged file, else restore ``backup``, else nothing."""

    salvaged: Salvaged | None
    backup: BackupInfo | None

    @property
    def possible(self) -> bool:
        return self.salvaged is not None or self.backup is not None

    def discard(self) -> None:
        """Not going ahead: remove the rebuilt file."""
        if self.salvaged is not None:
            self.salvaged.path.unlink(missing_ok=True)


def plan_recovery(case_dir: Path) -> RecoveryPlan:
    """Look for the best way back; a repair is prepared beside the case file, to be used or discarded."""
    case_dir = Path(case_dir)
    backup = find_good_backup(case_dir)
    rebuilt = salvage(case_dir / DB_NAME, must_hold=backup.path if backup else None)
    return RecoveryPlan(rebuilt, backup)


def is_damaged(db: Path) -> bool:
    """True when ``db`` is missing, empty of SQLite, or fails ``quick_check`` (not when it is merely too new)."""
    db = Path(db)
    if not db.is_file():
        return True
    try:
        if not has_sqlite_header(db):
            return True
    except OSError:
        return False  # unreadable (permissions) is not damage: recovery would not help
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return True
    try:
        return not check_passes(conn)
    except sqlite3.DatabaseError as exc:
        return "locked" not in str(exc).lower() and "unable to open" not in str(exc).lower()
    finally:
        conn.close()


def find_good_backup(case_dir: Path) -> BackupInfo | None:
    """The newest backup of the case that opens, belongs to it and passes ``integrity_check``."""
    case_dir = Path(case_dir)
    for info in list_backups(case_dir, count_contacts=False):
        checked = peek(info.path, integrity=True)
        if checked.problem is not None or checked.case_id != case_dir.name:
            continue
        if checked.user_version is None or checked.user_version > LATEST:
            continue
        return BackupInfo(info.path, info.made_at, info.reason, checked.contacts, info.size)
    return None


def keep_damaged(db: Path, now: datetime | None = None) -> Path:
    """Rename ``db`` and its ``-wal``/``-shm`` to ``<name>.damaged-<timestamp>[-wal|-shm]``; return the new name.

    The log files keep SQLite's naming, so opening the kept file still sees
    whatever its write-ahead log held.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    kept = db.with_name(f"{db.name}.damaged-{stamp}")
    n = 2
    while kept.exists():
        kept = db.with_name(f"{db.name}.damaged-{stamp}-{n}")
        n += 1
    # The log files first: a crash in between leaves the main file where the
    # app looks for it, and its log beside the kept name rather than replayed.
    for suffix in ("-wal", "-shm"):
        part = db.with_name(db.name + suffix)
        if part.exists():
            os.replace(part, kept.with_name(kept.name + suffix))
    if db.exists():
        os.replace(db, kept)
    return kept


def recover(case_dir: Path, *, plan: RecoveryPlan | None = None, now: datetime | None = None) -> RecoveryResult:
    """Keep the damaged ``case.db`` aside and put a repaired file, or else the newest good backup, in its place."""
    case_dir = Path(case_dir)
    db = case_dir / DB_NAME
    if not is_damaged(db):
        if plan is not None:
            plan.discard()
        raise UserError(
            zh="这个案件文件没有损坏，所以没有做任何改动。如果它打不开，请查看提示里说的原因。",
            en="This case file is not damaged, so nothing was changed. If it does not open, see the reason "
            "given in the message.",
        )
    plan = plan or plan_recovery(case_dir)
    if not plan.possible:
        return RecoveryResult(
            False, None, None, 0,
            zh="这个案件的文件已损坏，里面的记录也无法完整读出，而且没有可以使用的备份。损坏的文件没有被改动，也没有被删除。"
            "请把这个案件文件夹复制一份，交给技术人员尝试找回记录。",
            en="This case's file is damaged, its records cannot all be read, and there is no usable backup. The "
            "damaged file has not been changed or deleted. Copy this case's folder and give it to someone "
            "technical to try to get the records back.",
        )
    try:
        kept = keep_damaged(db, now) if db.exists() else None
        if plan.salvaged is not None:
            os.replace(plan.salvaged.path, db)
            fsync_dir(case_dir)
        else:
            install_copy(plan.backup.path, db)
        contacts = _count(db)
    except OSError as exc:
        plan.discard()
        raise UserError(
            zh=f"无法恢复这个案件（{exc.strerror or exc}）。请检查磁盘空间和文件夹权限后再试。",
            en=f"Could not recover this case ({exc.strerror or exc}). Check the free disk space and the "
            "folder's permissions, then try again.",
        ) from exc
    kept_name = kept.name if kept else "-"
    if plan.salvaged is not None:
        return RecoveryResult(
            True, None, kept, contacts,
            zh=f"已修复这个案件：损坏的文件里的 {contacts} 条记录全部读出，没有丢失。损坏的原文件保存为“{kept_name}”，没有删除。",
            en=f"The case was repaired: all {contacts} records were read from the damaged file; nothing was lost. "
            f"The damaged original was kept as “{kept_name}”, not deleted.",
            repaired=True,
        )
    backup = plan.backup
    when = backup.made_at.strftime("%Y-%m-%d %H:%M")
    return RecoveryResult(
        True, backup, kept, contacts,
        zh=f"已从 {when} 的备份恢复了这个案件（{contacts} 条记录）。损坏的文件保存为“{kept_name}”，没有删除；"
        "备份之后新记的内容可能要从它找回，或重新记录。",
        en=f"The case was restored from the backup of {when} ({contacts} records). The damaged file was kept "
        f"as “{kept_name}”, not deleted; anything recorded after that backup may have to be recovered from it "
        "or entered again.",
    )


def _count(db: Path) -> int:
    conn = open_case_db(db)
    try:
        if not check_passes(conn, "integrity_check"):
            raise UserError(zh="恢复后的案件文件没有通过完整性检查。", en="The recovered case file failed its integrity check.")
        return int(conn.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0])
    finally:
        conn.close()

