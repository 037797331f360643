"""Recovery of a damaged case file: the damaged file is kept aside, the newest good backup comes back."""

from __future__ import annotations

import os
from datetime import datetime

import pytest

from desktop.domain.contacts import Contact
from desktop.domain.errors import UserError
from desktop.store.contacts import ContactRepository
from desktop.store.db import CaseDatabaseError
from desktop.store.safety.backups import MANUAL, backup_case_db, case_backup_folder
from desktop.store.safety.recovery import find_good_backup, is_damaged, recover
from desktop.store.safety.verify import verify_case
from desktop.store.schema.migrations import open_case_db


@pytest.fixture
def case(cases):
    return cases.create("恢复测试")


@pytest.fixture
def case_dir(cases, case):
    return cases.data_dir.case_dir(case.id)


def add_and_back_up(cases, case_id, n):
    with cases.open(case_id) as conn:
        ContactRepository(conn).add_many(Contact(summary=f"第 {i} 条") for i in range(n))
        return backup_case_db(conn, case_backup_folder(conn), MANUAL)


def truncate(path, keep):
    with open(path, "r+b") as fh:
        fh.truncate(keep)


def corrupt_pages(path):
    data = bytearray(path.read_bytes())
    for at in range(4096, len(data), 4096):  # every page but the first: its b-tree page header scribbled over
        data[at:at + 60] = b"\xa5" * 60
    path.write_bytes(bytes(data))


def settle(cases, case_id):
    """Checkpoint and close, so the main file holds everything (as after the app closes)."""
    with cases.open(case_id) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


DAMAGES = {
    "not a database": lambda p: p.write_bytes(b"This is not SQLite at all." * 200),
    "truncated": lambda p: truncate(p, 4096 + 10),
    "pages overwritten": corrupt_pages,
    "empty header": lambda p: p.write_bytes(b"\x00" * 8192),
}


@pytest.mark.parametrize("damage", DAMAGES, ids=list(DAMAGES))
def test_a_damaged_file_is_kept_and_the_newest_good_backup_restored(cases, case, case_dir, damage):
    add_and_back_up(cases, case.id, 2)
    add_and_back_up(cases, case.id, 3)  # the newest backup: 5 records
    settle(cases, case.id)
    db = case_dir / "case.db"
    DAMAGES[damage](db)
    damaged_bytes = db.read_bytes()
    with pytest.raises(CaseDatabaseError):
        open_case_db(db).close()
    assert is_damaged(db)
    plan = find_good_backup(case_dir)
    assert plan is not None and plan.contacts == 5
    result = recover(case_dir, now=datetime(2026, 11, 3, 21, 5))
    assert result.recovered and result.contacts == 5 and result.backup.path == plan.path
    assert result.damaged_kept.name == "case.db.damaged-20261103-210500"
    assert result.damaged_kept.read_bytes() == damaged_bytes
    with cases.open(case.id) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert ContactRepository(conn).count() == 5
        assert verify_case(conn, cases.evidence_dir(case.id)).ok
    assert "5" in result.message("en") and "damaged" in result.message("en")
    assert "损坏" in result.message("zh_CN")


def test_a_damaged_newest_backup_is_skipped_for_an_older_good_one(cases, case, case_dir):
    add_and_back_up(cases, case.id, 1)
    newest = add_and_back_up(cases, case.id, 1)
    os.utime(newest)
    corrupt_pages(newest)
    newest.write_bytes(newest.read_bytes()[:5000])
    settle(cases, case.id)
    (case_dir / "case.db").write_bytes(b"x" * 10_000)
    result = recover(case_dir)
    assert result.recovered and result.contacts == 1 and result.backup.path != newest


def test_without_a_good_backup_nothing_is_changed_and_the_result_says_so(cases, case, case_dir):
    db = case_dir / "case.db"
    db.write_bytes(b"x" * 10_000)
    result = recover(case_dir)
    assert not result.recovered and result.damaged_kept is None
    assert db.read_bytes() == b"x" * 10_000
    assert "no usable backup" in result.message("en") and "没有可以使用的备份" in result.message("zh_CN")


def test_the_write_ahead_log_goes_aside_with_the_damaged_file(cases, case, case_dir):
    add_and_back_up(cases, case.id, 1)
    settle(cases, case.id)
    db = case_dir / "case.db"
    (case_dir / "case.db-wal").write_bytes(b"wal bytes")
    (case_dir / "case.db-shm").write_bytes(b"shm bytes")
    db.write_bytes(b"junk" * 3000)
    result = recover(case_dir, now=datetime(2026, 1, 2, 3, 4, 5))
    kept = result.damaged_kept
    assert (case_dir / f"{kept.name}-wal").read_bytes() == b"wal bytes"
    assert (case_dir / f"{kept.name}-shm").read_bytes() == b"shm bytes"
    assert not (case_dir / "case.db-wal").exists() or (case_dir / "case.db-wal").stat().st_size == 0


def test_a_healthy_file_is_not_replaced(cases, case, case_dir):
    add_and_back_up(cases, case.id, 1)
    with pytest.raises(UserError):
        recover(case_dir)
    assert not list(case_dir.glob("case.db.damaged-*"))


def test_backups_of_another_case_are_never_used(cases, case, case_dir):
    other = cases.create("别人")
    foreign = add_and_back_up(cases, other.id, 4)
    (case_dir / "backups").mkdir()
    foreign.rename(case_dir / "backups" / foreign.name)
    (case_dir / "case.db").write_bytes(b"x" * 10_000)
    assert find_good_backup(case_dir) is None
    assert not recover(case_dir).recovered
