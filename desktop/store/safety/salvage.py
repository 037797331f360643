"""Reading everything a damaged case file still holds into a fresh, healthy file.

Much damage leaves the tables themselves readable: an index that no longer
matches its table, a scribbled page in the free list. A plain ``SELECT *``
walks a table's own b-tree and never touches its indexes, so when every table
reads to its end, a new file built from the same schema holds every record —
including those saved after the newest backup. That beats any backup, so
recovery tries it first (design §8: "a recovery path that loses nothing it
can keep").

The copy is used only when it is whole: every table read without an error,
``integrity_check`` and ``foreign_key_check`` pass, the history chain and the
current records agree, and every version the newest good backup holds is in
it unchanged. Anything less returns None and recovery falls back to the backup.

The damaged file is never written: opening it would replay its write-ahead log
into it, so it is read from a private copy that is deleted afterwards.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.store.db import check_passes, has_sqlite_header
from desktop.store.safety.db_files import copy_database, open_immutable
from desktop.store.safety.verify import record_problems
from desktop.store.schema.migrations import LATEST, open_case_db

_BATCH = 2000


@dataclass(frozen=True)
class Salvaged:
    path: Path  # the rebuilt file, beside the damaged one; the caller renames it in or deletes it
    contacts: int  # records (not deleted) it holds


def salvage(db: Path, *, must_hold: Path | None = None) -> Salvaged | None:
    """Rebuild ``db`` into a new file beside it; None when the result would not be whole.

    ``must_hold``: a good backup whose every stored version must be in the result.
    The work happens in a private folder inside the case folder, so a crash
    half-way leaves the client's data nowhere else; that folder is removed after.
    """
    db = Path(db)
    out = db.with_name(f".{db.name}.salvage-{secrets.token_hex(3)}")
    try:
        with tempfile.TemporaryDirectory(prefix=".salvage-", dir=db.parent) as private:
            source = _private_copy(db, Path(private))
            rebuilt = Path(private) / "rebuilt.db"
            if source is None or not _rebuild(source, rebuilt):
                return None
            contacts = _whole(rebuilt, must_hold)  # may migrate an older file: in the private folder
            if contacts is None:
                return None
            conn = sqlite3.connect(rebuilt)
            try:
                copy_database(conn, out)
            finally:
                conn.close()
    except (OSError, sqlite3.Error, UnicodeDecodeError):
        with contextlib.suppress(OSError):
            out.unlink(missing_ok=True)
        return None
    return Salvaged(out, contacts)


def _private_copy(db: Path, folder: Path) -> Path | None:
    if not db.is_file():
        return None
    if not has_sqlite_header(db):
        return None
    copy = folder / "case.db"
    shutil.copyfile(db, copy)
    wal = db.with_name(db.name + "-wal")
    if wal.is_file():
        shutil.copyfile(wal, folder / "case.db-wal")
    return copy


def _rebuild(source: Path, out: Path) -> bool:
    """Copy schema and rows of ``source`` into the new file ``out``; False at the first unreadable part."""
    try:
        src = sqlite3.connect(source)
    except sqlite3.Error:
        return False
    dst = None
    try:
        version = int(src.execute("PRAGMA user_version").fetchone()[0])
        if not 1 <= version <= LATEST:
            return False
        schema = src.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        tables = [(name, sql) for kind, name, sql in schema if kind == "table"]
        later = [sql for kind, _name, sql in schema if kind in ("index", "trigger", "view")]
        dst = sqlite3.connect(out)
        dst.isolation_level = None
        dst.execute("PRAGMA foreign_keys = OFF")  # rows arrive table by table; checked as a whole below
        dst.execute("BEGIN")
        for name, sql in tables:
            dst.execute(sql)
            _copy_rows(src, dst, name)
        for sql in later:
            dst.execute(sql)
        dst.execute(f"PRAGMA user_version = {version}")
        dst.execute("COMMIT")
        return True
    except (sqlite3.Error, UnicodeDecodeError):  # text that is not UTF-8 is damage too
        return False
    finally:
        src.close()
        if dst is not None:
            dst.close()


def _copy_rows(src: sqlite3.Connection, dst: sqlite3.Connection, table: str) -> None:
    quoted = '"' + table.replace('"', '""') + '"'
    cursor = src.execute(f"SELECT * FROM {quoted}")
    columns = len(cursor.description)
    insert = f"INSERT INTO {quoted} VALUES ({', '.join('?' * columns)})"
    while rows := cursor.fetchmany(_BATCH):
        dst.executemany(insert, rows)


def _whole(path: Path, must_hold: Path | None) -> int | None:
    """The number of current records when the rebuilt file checks out in every way; else None."""
    conn = open_case_db(path)
    try:
        if not check_passes(conn, "integrity_check"):
            return None
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            return None
        links, _count, problems = record_problems(conn)
        if problems:
            return None
        if must_hold is not None and not _holds_all_of(links, must_hold):
            return None
        return int(conn.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0])
    finally:
        conn.close()


def _holds_all_of(links, backup: Path) -> bool:
    """Every chain entry stored in ``backup`` — contact versions and, from schema v3, the other
    records' versions — is in ``links`` with the same hash (nothing older went missing)."""
    have = {link.seq: link.hash for link in links}
    conn = open_immutable(backup)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in ("contact_versions", "record_versions"):
            if table in tables and not all(
                    have.get(seq) == digest for seq, digest in conn.execute(f"SELECT seq, hash FROM {table}")):
                return False
        return True
    finally:
        conn.close()
