"""Restoring a case from one of its backups (see :mod:`desktop.store.safety.backups`).

The backup is checked whole before anything changes — ``integrity_check``, the
case it belongs to, and, with the same checks a bundle's database gets
(:mod:`desktop.store.safety.db_checks`), exactly the app's schema (no triggers, views or
anything else) and every value in it — the current file is backed up first
(``before-restore``), and the restored copy replaces ``case.db`` atomically with
:func:`desktop.store.safety.db_files.install_copy`, which crash recovery also uses to put a
good copy in place of a damaged file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.store.cases import folder_problem
from desktop.store.db import check_passes, connect
from desktop.store.safety.backups import BACKUP_FOLDER, BEFORE_RESTORE, backup_case_db
from desktop.store.safety.db_checks import DatabaseProblem, check_schema, check_values
from desktop.store.safety.db_files import (
    DB_NAME,
    case_in_use,
    install_copy,
    open_immutable,
    peek,
)
from desktop.store.safety.recovery import is_damaged, keep_damaged
from desktop.store.schema.migrations import LATEST, open_case_db


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
    _check_foreign(backup_path, info.user_version)
    if info.case_id != case_dir.name:
        raise UserError(
            zh=f"备份文件“{backup_path.name}”属于另一个案件（{info.case_id}），不是这个案件（{case_dir.name}）的备份。"
            "为了不把两个人的记录混在一起，没有恢复。",
            en=f"The backup file “{backup_path.name}” belongs to another case ({info.case_id}), not to this one "
            f"({case_dir.name}). To keep two people's records apart, nothing was restored.",
        )
    if (problem := folder_problem(case_dir)) is not None:
        raise problem  # a link would restore into, and back up, another case
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


def _check_foreign(backup_path: Path, version: int) -> None:
    """A restore may be given any file: hold it to a bundle's database checks (schema, every value)."""
    try:
        check_schema(backup_path, version)
        conn = open_immutable(backup_path)
        try:
            check_values(conn)
        finally:
            conn.close()
    except DatabaseProblem as problem:
        raise UserError(
            zh=f"备份文件“{backup_path.name}”不能使用（{problem.zh}）：它不是本软件原样保存的案件文件。没有恢复，也没有改动任何文件。",
            en=f"The backup file “{backup_path.name}” cannot be used ({problem.en}): it is not a case file as "
            "this app saves it. Nothing was restored and no file was changed.",
        ) from problem
    except sqlite3.Error as exc:
        raise UserError(
            zh=f"备份文件“{backup_path.name}”无法读取，可能已损坏。没有恢复，也没有改动任何文件。",
            en=f"The backup file “{backup_path.name}” cannot be read; it may be damaged. Nothing was restored "
            "and no file was changed.",
        ) from exc


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


def _check_installed(db: Path) -> int:
    """Open (and migrate, if the backup is older) the restored file; check it whole; count its records."""
    conn = open_case_db(db)
    try:
        if not check_passes(conn, "integrity_check"):
            raise UserError(
                zh="恢复后的案件文件没有通过完整性检查。恢复前的状态已保存在备份里。",
                en="The restored case file failed its integrity check. The state before the restore is kept "
                "in a backup.",
            )
        return int(conn.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0])
    finally:
        conn.close()
