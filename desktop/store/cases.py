"""Cases as folders: ``cases/<id>/case.db`` and ``cases/<id>/evidence/``.

No query can mix two clients because each client's records live in their own
database file. A case is created in a hidden temporary folder and renamed into
place, so a crash never leaves a half-made case in the list.
"""

from __future__ import annotations

import secrets
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.domain.cases import Case, CaseSummary, clean_alias, clean_notes
from desktop.domain.errors import UserError
from desktop.paths import DataDir
from desktop.store.db import transaction
from desktop.store.migrations import open_case_db

DB_NAME = "case.db"


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
    def list(self) -> list[CaseSummary]:
        if not self.data_dir.cases.is_dir():
            return []
        found = []
        for folder in self.data_dir.cases.iterdir():
            if folder.name.startswith(".") or not (folder / DB_NAME).is_file():
                continue
            found.append(self._summary(folder))
        found.sort(key=lambda s: (s.created_at or datetime.min, s.id))
        return found

    def _summary(self, folder: Path) -> CaseSummary:
        try:
            conn = open_case_db(folder / DB_NAME)
        except UserError as exc:
            return CaseSummary(folder.name, folder.name, None, 0, problem=exc)
        try:
            info = _read_info(conn)
            count = conn.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            return CaseSummary(folder.name, folder.name, None, 0, problem=UserError(zh=str(exc), en=str(exc)))
        finally:
            conn.close()
        return CaseSummary(info.id, info.alias, info.created_at, count)

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
    def open(self, case_id: str) -> _CaseConnection:
        if not self.exists(case_id):
            raise CaseNotFound(case_id)
        return _CaseConnection(open_case_db(self.data_dir.case_dir(case_id) / DB_NAME))

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


def _safe_id(case_id: str) -> bool:
    """A case id is a plain folder name: nothing that could walk out of ``cases/``."""
    return bool(case_id) and all(ch.isalnum() or ch in "-_" for ch in case_id) and not case_id.startswith(".")
