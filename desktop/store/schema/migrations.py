"""The migration ladder on ``PRAGMA user_version``.

Each step runs with its version bump in one transaction (so a crash leaves the
file at the old version, untouched). Before the first step on an existing
database the file is backed up by :func:`desktop.store.safety.backups.backup_case_db`
(the backup writer stands below the schema: it imports nothing from here). A database made by a
newer app is refused rather than damaged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.store.db import CaseDatabaseError, check_passes, connect, has_sqlite_header, unusable_database
from desktop.store.safety.backups import BACKUP_FOLDER, BEFORE_MIGRATION, backup_case_db
from desktop.store.schema import v1 as schema_v1
from desktop.store.schema import v2 as schema_v2
from desktop.store.schema import v3 as schema_v3
from desktop.store.schema import v4 as schema_v4
from desktop.store.schema import v5 as schema_v5
from desktop.store.schema import v6 as schema_v6
from desktop.store.schema import v7 as schema_v7

Step = Callable[[sqlite3.Connection], None]


def _statements(stmts: Sequence[str]) -> Step:
    def run(conn: sqlite3.Connection) -> None:
        for stmt in stmts:
            conn.execute(stmt)

    return run


# LADDER[i] brings a database from version i to version i + 1. Never edit a
# released step: add a new one. Keep a database of every released version in
# tests/data/ and migrate it in a test.
LADDER: list[Step] = [
    _statements(schema_v1.STATEMENTS),
    _statements(schema_v2.STATEMENTS),
    schema_v3.migrate,
    # Contacts' third-party answers and graded, stamped flags.
    _statements(schema_v4.STATEMENTS),
    # Loan facts for the complaint (lender type, illegal debt, police report); needs only the v1 loans table.
    schema_v5.migrate,
    # Phone import: imported identities and dismissed suggestions; only creates its own tables.
    _statements(schema_v6.STATEMENTS),
    # The reason of each stored flag (zh, en), so the report reads it; only alters contact_flags (v2).
    _statements(schema_v7.STATEMENTS),
]
LATEST = len(LADDER)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def open_case_db(
    path: Path, *, ladder: Sequence[Step] | None = None, backup_dir: Path | None = None, check: bool = True,
    readonly: bool = False,
):
    """Open (creating if needed), check and migrate a case database; return the connection.

    ``check`` runs SQLite's ``quick_check`` first, so a damaged file is reported
    when the case opens rather than half-way through the user's work. ``readonly``
    (a data folder that cannot be written) opens an existing file without changing it:
    one that would need migrating is refused with a plain message instead.
    Without ``check``
    the caller runs the check itself before anything is written (the window does,
    off the UI thread, once the case is shown: ``session.CaseSession``); a file
    that needs migrating is checked here all the same, because migrating writes
    to it and backs it up first, and a damaged file is never written or copied
    over a good backup.
    """
    ladder = LADDER if ladder is None else ladder
    path = Path(path)
    if path.exists() and path.stat().st_size and not has_sqlite_header(path):
        raise unusable_database(path, sqlite3.DatabaseError("file is not a database"))
    conn = connect(path, readonly=readonly)
    try:
        if check or _needs_migration(conn, len(ladder)):
            _quick_check(conn, path)
        if readonly:
            _check_current(conn, path, len(ladder))
        else:
            migrate(conn, path, ladder=ladder, backup_dir=backup_dir)
    except BaseException:
        conn.close()
        raise
    return conn


def _needs_migration(conn: sqlite3.Connection, latest: int) -> bool:
    """True unless the file is at ``latest`` (or newer, which ``migrate`` refuses); a file it cannot read counts."""
    try:
        return user_version(conn) < latest
    except sqlite3.DatabaseError:
        return True


def migrate(conn: sqlite3.Connection, path: Path, *, ladder: Sequence[Step], backup_dir: Path | None) -> int:
    """Run the missing steps; return the number of steps run."""
    try:
        current = user_version(conn)
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    except sqlite3.DatabaseError as exc:
        raise unusable_database(path, exc) from exc
    latest = len(ladder)
    if current > latest:
        raise CaseDatabaseError(
            zh=f"这个案件是用更新版本的“催收应对助手”保存的（数据版本 {current}，本软件只认识到 {latest}）。"
            "为了不损坏数据，本软件不会打开它。请安装最新版本后再打开。",
            en=f"This case was saved by a newer version of Debt Call Helper (data version {current}; this "
            f"app knows up to {latest}). To avoid damaging it, this app will not open it. Install the latest "
            "version and open it again.",
        )
    if current == latest:
        return 0
    if current > 0 or has_tables:
        backup_before_migration(conn, path, current, backup_dir)
    for version in range(current, latest):
        try:
            conn.execute("BEGIN IMMEDIATE")
            ladder[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return latest - current


def _check_current(conn: sqlite3.Connection, path: Path, latest: int) -> None:
    try:
        current = user_version(conn)
    except sqlite3.DatabaseError as exc:
        raise unusable_database(path, exc) from exc
    if current > latest:
        migrate(conn, path, ladder=LADDER[:latest], backup_dir=None)  # raises the "newer version" message
    if current < latest:
        raise CaseDatabaseError(
            zh="这个案件是用旧版本的本软件保存的，需要先更新它的数据才能打开，而数据文件夹不能写入。"
            "请把数据文件夹放到可以写入的位置后再打开。",
            en="This case was saved by an older version of this app and must be updated before it can be "
            "opened, but the data folder cannot be written. Put the data folder somewhere that can be written "
            "and open it again.",
        )


def backup_before_migration(conn: sqlite3.Connection, path: Path, version: int, backup_dir: Path | None) -> Path:
    """``case-v<version>-before-migration-<stamp>.db``, written by the one backup writer: into a temporary
    file renamed into place, so a crash or a full disk mid-copy leaves no half backup under a real name
    (and no migration: the error is the calm "could not back up, nothing was changed")."""
    return backup_case_db(conn, backup_dir or path.parent / BACKUP_FOLDER, f"v{version}-{BEFORE_MIGRATION}")


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    try:
        passed = check_passes(conn)
    except sqlite3.DatabaseError as exc:
        raise unusable_database(path, exc) from exc
    if not passed:
        raise unusable_database(path, sqlite3.DatabaseError("database disk image is malformed"))
