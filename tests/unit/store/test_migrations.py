"""The migration ladder: versions, one transaction per step, backups, refusing what it cannot read."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.store.db import CaseDatabaseError, connect
from desktop.store.schema.migrations import LADDER, LATEST, open_case_db, user_version

DATA = Path(__file__).resolve().parents[2] / "data"


def test_new_database_is_at_latest_version_with_wal_and_foreign_keys(tmp_path):
    conn = open_case_db(tmp_path / "case.db")
    assert user_version(conn) == LATEST
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"case_info", "loans", "contacts", "contact_parties", "contact_marks", "contact_versions",
            "attachments", "drafts", "letters", "events"} <= tables
    conn.close()


def test_a_fresh_database_is_not_backed_up(tmp_path):
    open_case_db(tmp_path / "case.db").close()
    assert not (tmp_path / "backups").exists()


def test_saved_v1_database_opens_and_keeps_its_data(tmp_path):
    """tests/data/case_v1.db was saved by version 0.1.0; every later app must open it."""
    path = tmp_path / "case.db"
    shutil.copyfile(DATA / "case_v1.db", path)
    conn = open_case_db(path)
    assert user_version(conn) == LATEST
    assert conn.execute("SELECT alias FROM case_info").fetchone()[0] == "旧版本案件"
    conn.close()


def test_saved_v1_database_migrates_through_a_new_step_after_a_backup(tmp_path):
    path = tmp_path / "case.db"
    shutil.copyfile(DATA / "case_v1.db", path)

    def add_column(conn):
        conn.execute("ALTER TABLE case_info ADD COLUMN extra TEXT NOT NULL DEFAULT 'x'")

    conn = open_case_db(path, ladder=[*LADDER, add_column])
    assert user_version(conn) == LATEST + 1
    assert conn.execute("SELECT alias, extra FROM case_info").fetchone() == ("旧版本案件", "x")
    conn.close()
    backups = list((tmp_path / "backups").glob("*.db"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT alias FROM case_info").fetchone()[0] == "旧版本案件"
    old.close()


def test_a_backup_that_fails_half_way_leaves_no_file_and_no_migration(tmp_path, monkeypatch):
    """The migration's backup goes through the one backup writer: it is written under a hidden temporary
    name (never a real backup's name, even while copying) and removed when the copy fails; the case is
    left as it was and the person reads what went wrong and what to do."""
    import errno

    from desktop.domain.errors import UserError
    from desktop.store.safety import backups

    path = tmp_path / "case.db"
    shutil.copyfile(DATA / "case_v1.db", path)
    half = path.read_bytes()[:4096]
    seen = []

    def disk_fills(conn, target):
        seen.append((target.name, backups.list_backups(tmp_path)))
        target.write_bytes(half)  # half a copy, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "copy_database", disk_fills)
    with pytest.raises(UserError) as info:
        open_case_db(path)
    assert "无法备份" in info.value.message("zh_CN") and "disk space" in info.value.message("en")
    [(name, listed)] = seen
    assert name.startswith(".case-v1-before-migration-") and name.endswith(".partial") and listed == []
    assert list((tmp_path / "backups").iterdir()) == []
    old = sqlite3.connect(path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1  # not migrated: the next try backs up first
    old.close()
    monkeypatch.undo()
    open_case_db(path).close()
    assert [b.reason for b in backups.list_backups(tmp_path)] == ["before-migration"]


def test_a_failing_step_rolls_back_with_its_version_bump(tmp_path):
    path = tmp_path / "case.db"
    open_case_db(path).close()

    def broken(conn):
        conn.execute("ALTER TABLE case_info ADD COLUMN half TEXT")
        raise RuntimeError("step failed half-way")

    with pytest.raises(RuntimeError):
        open_case_db(path, ladder=[*LADDER, broken])
    conn = connect(path)
    assert user_version(conn) == LATEST
    columns = [r[1] for r in conn.execute("PRAGMA table_info(case_info)")]
    assert "half" not in columns
    conn.close()


def test_a_newer_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "case.db"
    open_case_db(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(CaseDatabaseError) as info:
        open_case_db(path)
    assert "更新版本" in info.value.message("zh_CN")
    assert "newer version" in info.value.message("en")
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all", b"\x00" * 4096, b"SQLite format 3\x00" + b"\xff" * 80],
    ids=["text", "zeros", "truncated-header"],
)
def test_a_file_that_is_not_a_usable_database_is_refused_and_kept(tmp_path, content):
    path = tmp_path / "case.db"
    path.write_bytes(content)
    with pytest.raises(CaseDatabaseError) as info:
        open_case_db(path)
    assert "损坏" in info.value.message("zh_CN") or "无法打开" in info.value.message("zh_CN")
    assert path.read_bytes() == content


def test_a_truncated_database_is_refused(tmp_path):
    path = tmp_path / "case.db"
    shutil.copyfile(DATA / "case_v1.db", path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(CaseDatabaseError):
        conn = open_case_db(path)
        conn.execute("SELECT count(*) FROM contacts").fetchall()


def test_loans_of_an_older_database_read_as_not_answered_after_the_loan_facts_step(tmp_path):
    """Schema step v5 adds the loan answers the complaint needs; existing loans read as "not answered"."""
    from datetime import date

    from desktop.domain.negotiation import Loan
    from desktop.store.loans import LoanRepository
    from desktop.store.schema import v1 as schema_v1
    from desktop.store.schema import v2 as schema_v2

    path = tmp_path / "case.db"
    old = open_case_db(path, ladder=[lambda c: [c.execute(s) for s in schema_v1.STATEMENTS],
                                     lambda c: [c.execute(s) for s in schema_v2.STATEMENTS]])
    old.execute("INSERT INTO loans (brand, contract_lender, created_at, updated_at) "
                "VALUES ('借呗', '某某网络小额贷款有限公司', '2026-01-01T00:00:00', '2026-01-01T00:00:00')")
    old.commit()
    old.close()
    conn = open_case_db(path)
    repo = LoanRepository(conn)
    [loan] = repo.list()
    assert (loan.lender_type, loan.debt_illegal, loan.police_report_on) == ("", False, None)
    saved = repo.update(Loan(id=loan.id, brand="借呗", lender_type="microloan", debt_illegal=True,
                             police_report_on=date(2026, 11, 20)))
    assert (saved.lender_type, saved.debt_illegal, saved.police_report_on) == ("microloan", True, date(2026, 11, 20))
    with pytest.raises(sqlite3.IntegrityError):  # the column refuses a code the app does not know
        conn.execute("UPDATE loans SET lender_type = 'pawnshop'")
    conn.close()
