"""Cases as folders: ``cases/<id>/case.db`` and ``cases/<id>/evidence/``.

No query can mix two clients because each client's records live in their own
database file. A case is created in a hidden temporary folder and renamed into
place, so a crash never leaves a half-made case in the list; listing the cases
removes such hidden leftovers once nothing has touched them for an hour.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from desktop.domain.cases import Case, CaseSummary, clean_alias, clean_notes
from desktop.domain.errors import UserError
from desktop.paths import DataDir
from desktop.store.db import transaction
from desktop.store.migrations import open_case_db

DB_NAME = "case.db"
# Hidden folders left by a create, an import or a delete that did not finish (a crash, a file held open).
STAGING_PREFIXES = (".new-", ".import-", ".deleted-")
STALE_AFTER = 3600.0  # seconds without a change; an import still running writes far more often


def _now() -> str:
    return datetime.now().isoformat()


class CaseNotFound(UserError):
    def __init__(self, case_id: str) -> None:
        super().__init__(
            zh=f"找不到案件“{case_id}”。可以用“python -m desktop cases”查看所有案件的编号。",
            en=f"There is no case “{case_id}”. Run “python -m desktop cases” to list the case ids.",
        )


class CaseRepository:
    """Create, list, rename, open and delete the cases in one data folder."""

    def __init__(self, data_dir: DataDir) -> None:
        self.data_dir = data_dir

    # -- listing -------------------------------------------------------------
    def list(self, *, quick: bool = False) -> list[CaseSummary]:
        """Every case, oldest first; one that cannot be used is listed with its ``problem``.

        ``quick`` (the window's case bar) skips the work that grows with each case: the
        whole-file check and counting the records (``contact_count`` is then None). A file
        that is not a case or whose information cannot be read is still listed with its
        problem; damage only the whole-file check finds shows when the case is opened (the
        window checks it then and offers the recovery).
        """
        if not self.data_dir.cases.is_dir():
            return []
        self.cleanup_staging()
        found = []
        for folder in self.data_dir.cases.iterdir():
            if folder.name.startswith(".") or not (folder / DB_NAME).is_file():
                continue
            found.append(self._summary(folder, quick))
        found.sort(key=lambda s: (s.created_at or datetime.min, s.id))
        return found

    def _summary(self, folder: Path, quick: bool = False) -> CaseSummary:
        try:
            conn = open_case_db(folder / DB_NAME, check=not quick)
        except UserError as exc:
            return CaseSummary(folder.name, folder.name, None, 0, problem=exc)
        try:
            info = _read_info(conn)
            count = None if quick else conn.execute(
                "SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            return CaseSummary(folder.name, folder.name, None, 0, problem=UserError(zh=str(exc), en=str(exc)))
        finally:
            conn.close()
        return CaseSummary(info.id, info.alias, info.created_at, count)

    def cleanup_staging(self, max_age: float | None = None, *, now: float | None = None) -> list[str]:
        """Remove the hidden staging folders nothing has changed for ``max_age`` seconds; return their names.

        Only folders named ``.new-*``, ``.import-*`` or ``.deleted-*`` are candidates — a case folder's
        name never starts with a dot — and one counts as stale only when neither it nor anything inside
        it changed (or, for the folder itself, was renamed) within ``max_age``, so an import still
        writing (in another window or on the command line) and a case deleted a minute ago are left
        alone. Links are never followed. Failures are ignored: this runs while listing the cases, which
        must not fail because of a leftover.
        """
        cutoff = (time.time() if now is None else now) - (STALE_AFTER if max_age is None else max_age)
        removed = []
        with contextlib.suppress(OSError):
            for entry in os.scandir(self.data_dir.cases):
                if not entry.name.startswith(STAGING_PREFIXES):
                    continue
                with contextlib.suppress(OSError):
                    if entry.is_dir(follow_symlinks=False) and _unchanged_since(entry.path, cutoff):
                        shutil.rmtree(entry.path)
                        removed.append(entry.name)
        return removed

    def exists(self, case_id: str) -> bool:
        return _safe_id(case_id) and (self.data_dir.case_dir(case_id) / DB_NAME).is_file()

    # -- changes -------------------------------------------------------------
    def create(self, alias: str, notes: str = "") -> Case:
        alias = clean_alias(alias)
        notes = clean_notes(notes)
        self.data_dir.ensure()
        case_id = f"{datetime.now():%Y%m%d}-{secrets.token_hex(3)}"
        staging = self.data_dir.cases / f".new-{case_id}"
        try:
            (staging / "evidence").mkdir(parents=True)
            conn = open_case_db(staging / DB_NAME)
            try:
                with transaction(conn):
                    conn.execute(
                        "INSERT INTO case_info (id, case_id, alias, created_at, notes) VALUES (1, ?, ?, ?, ?)",
                        (case_id, alias, _now(), notes),
                    )
            finally:
                conn.close()
            staging.rename(self.data_dir.case_dir(case_id))
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise UserError(
                zh=f"无法在数据文件夹里新建案件（{exc.strerror or exc}）。请检查磁盘空间和文件夹权限。",
                en=f"Could not create the case in the data folder ({exc.strerror or exc}). "
                "Check the free disk space and the folder's permissions.",
            ) from exc
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return self.get(case_id)

    def get(self, case_id: str) -> Case:
        with self.open(case_id) as conn:
            return _read_info(conn)

    def rename(self, case_id: str, alias: str) -> Case:
        alias = clean_alias(alias)
        with self.open(case_id) as conn, transaction(conn):
            conn.execute("UPDATE case_info SET alias = ? WHERE id = 1", (alias,))
        return self.get(case_id)

    def set_notes(self, case_id: str, notes: str) -> Case:
        with self.open(case_id) as conn, transaction(conn):
            conn.execute("UPDATE case_info SET notes = ? WHERE id = 1", (clean_notes(notes),))
        return self.get(case_id)

    def delete(self, case_id: str) -> None:
        """Remove the case folder with everything in it. The caller has asked the user first."""
        if not self.exists(case_id):
            raise CaseNotFound(case_id)
        folder = self.data_dir.case_dir(case_id)
        # Rename first so a half-finished delete (a file held open on Windows)
        # never leaves a broken case in the list.
        doomed = self.data_dir.cases / f".deleted-{case_id}-{secrets.token_hex(2)}"
        try:
            folder.rename(doomed)
        except OSError as exc:
            raise UserError(
                zh="无法删除这个案件：它的文件正被其他程序使用。请关闭打开着这个案件文件的程序后再试。",
                en="Could not delete this case: its files are in use by another program. "
                "Close any program that has them open and try again.",
            ) from exc
        shutil.rmtree(doomed, ignore_errors=True)

    # -- access for the other repositories ------------------------------------
    def open(self, case_id: str, *, check: bool = True) -> _CaseConnection:
        """The case's database; ``check=False`` leaves the whole-file check to the caller (see ``open_case_db``)."""
        if not self.exists(case_id):
            raise CaseNotFound(case_id)
        return _CaseConnection(open_case_db(self.data_dir.case_dir(case_id) / DB_NAME, check=check))

    def info(self, conn: sqlite3.Connection) -> Case:
        """The case information in an open case database (``get`` opens the file for it)."""
        return _read_info(conn)

    def evidence_dir(self, case_id: str) -> Path:
        return self.data_dir.case_dir(case_id) / "evidence"

    def db_path(self, case_id: str) -> Path:
        return self.data_dir.case_dir(case_id) / DB_NAME


class _CaseConnection:
    """``with repo.open(id) as conn:`` closes the connection afterwards."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        return self.conn

    def __exit__(self, *exc) -> None:
        self.conn.close()


def _read_info(conn: sqlite3.Connection) -> Case:
    row = conn.execute("SELECT case_id, alias, created_at, notes FROM case_info WHERE id = 1").fetchone()
    if row is None:
        raise UserError(zh="案件文件缺少案件信息。", en="The case file has no case information.")
    return Case(id=row[0], alias=row[1], created_at=datetime.fromisoformat(row[2]), notes=row[3])


def _unchanged_since(folder: str, cutoff: float) -> bool:
    """True when ``folder`` and everything under it were last changed before ``cutoff``.

    ``st_ctime`` counts too: a rename (``.deleted-*``) keeps the folder's modification time but
    changes its ctime on POSIX. (On Windows ctime is the creation time; there a ``.deleted-*`` folder is
    judged by what the unfinished delete removed from it, which changed its folders' times.) Anything
    that cannot be read raises, so it is kept.
    """
    for root, dirs, files in os.walk(folder, onerror=_raise):
        for path in [root] + [os.path.join(root, name) for name in dirs + files]:
            info = os.stat(path, follow_symlinks=False)
            if max(info.st_mtime, info.st_ctime) >= cutoff:
                return False
    return True


def _raise(exc: OSError) -> None:
    raise exc


def _safe_id(case_id: str) -> bool:
    """A case id is a plain folder name: nothing that could walk out of ``cases/``."""
    return bool(case_id) and all(ch.isalnum() or ch in "-_" for ch in case_id) and not case_id.startswith(".")
