"""Backups of a case: taken with the backup API, listed with counts, rotated, restored atomically."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain.contacts import Contact
from desktop.domain.errors import UserError
from desktop.store.contacts import ContactRepository
from desktop.store.safety.backups import (
    BEFORE_IMPORT,
    BEFORE_MIGRATION,
    BEFORE_RESTORE,
    DAILY,
    KEEP_AUTOMATIC,
    MANUAL,
    backup_case_db,
    case_backup_folder,
    ensure_daily_backup,
    list_backups,
    rotate,
)
from desktop.store.safety.db_files import peek
from desktop.store.safety.restore import restore
from desktop.store.safety.verify import verify_case
from desktop.store.schema.migrations import LATEST, open_case_db

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def case(cases):
    return cases.create("备份测试")


@pytest.fixture
def case_dir(cases, case):
    return cases.data_dir.case_dir(case.id)


def add_contacts(cases, case_id, n, summary="记录"):
    with cases.open(case_id) as conn:
        ContactRepository(conn).add_many(Contact(summary=f"{summary} {i}") for i in range(n))


def count(cases, case_id):
    with cases.open(case_id) as conn:
        return ContactRepository(conn).count()


def fake_backup(folder: Path, reason: str, when: datetime, source: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"case-{reason}-{when:%Y%m%d-%H%M%S}.db"
    shutil.copyfile(source, path)
    return path


def test_a_backup_is_a_consistent_single_file_copy_including_the_write_ahead_log(cases, case, case_dir):
    add_contacts(cases, case.id, 3)
    with cases.open(case.id) as conn:
        ContactRepository(conn).add(Contact(summary="still in the WAL"))
        path = backup_case_db(conn, case_backup_folder(conn), MANUAL)
    assert path.parent == case_dir / "backups" and path.name.startswith("case-manual-")
    assert not path.with_name(path.name + "-wal").exists()
    with open(path, "rb") as fh:
        assert fh.read(20)[18:20] == b"\x01\x01"  # rollback journal: readable on its own
    info = peek(path, integrity=True)
    assert (info.contacts, info.case_id, info.problem) == (4, case.id, None)
    assert sorted(os.listdir(path.parent)) == [path.name]  # peeking left no -wal/-shm


def test_list_backups_gives_date_reason_count_and_size_newest_first(cases, case, case_dir):
    add_contacts(cases, case.id, 2)
    with cases.open(case.id) as conn:
        first = backup_case_db(conn, case_backup_folder(conn), MANUAL)
    add_contacts(cases, case.id, 1)
    with cases.open(case.id) as conn:
        second = backup_case_db(conn, case_backup_folder(conn), BEFORE_IMPORT)
    (case_dir / "backups" / "notes.txt").write_text("not a backup")
    found = list_backups(case_dir)
    assert [b.path for b in found] == [second, first]
    assert [(b.reason, b.contacts) for b in found] == [(BEFORE_IMPORT, 3), (MANUAL, 2)]
    assert found[0].size == second.stat().st_size
    assert abs(found[0].made_at - datetime.now()) < timedelta(minutes=1)
    assert found[0].automatic and not found[1].automatic


def test_a_damaged_backup_is_listed_without_a_count(case_dir, cases, case):
    with cases.open(case.id) as conn:
        path = backup_case_db(conn, case_backup_folder(conn), MANUAL)
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    [info] = list_backups(case_dir)
    assert info.contacts is None and not info.usable


def test_pre_migration_backups_are_recognised_and_never_rotated(tmp_path):
    case_dir = tmp_path / "c"
    case_dir.mkdir()
    shutil.copyfile(DATA / "case_v1.db", case_dir / "case.db")
    open_case_db(case_dir / "case.db").close()
    [info] = list_backups(case_dir)
    assert info.reason == BEFORE_MIGRATION and info.contacts is not None
    rotate(case_dir / "backups", BEFORE_MIGRATION)
    assert info.path.exists()


def test_daily_backup_only_when_the_newest_is_older_than_a_day(cases, case, case_dir):
    with cases.open(case.id) as conn:
        made = ensure_daily_backup(conn)
        assert made is not None and made.name.startswith("case-daily-")
        assert ensure_daily_backup(conn) is None
        assert ensure_daily_backup(conn, now=datetime.now() + timedelta(hours=23)) is None
        later = ensure_daily_backup(conn, now=datetime.now() + timedelta(days=1, minutes=1))
    assert later is not None and later != made


def test_automatic_backups_rotate_to_seven_per_kind_and_others_are_kept(cases, case, case_dir):
    source = cases.db_path(case.id)
    folder = case_dir / "backups"
    start = datetime(2026, 1, 1, 9, 0, 0)
    daily = [fake_backup(folder, DAILY, start + timedelta(days=i), source) for i in range(10)]
    imports = [fake_backup(folder, BEFORE_IMPORT, start + timedelta(days=i, hours=1), source) for i in range(9)]
    kept_kinds = [fake_backup(folder, r, start, source) for r in (MANUAL, BEFORE_RESTORE)]
    kept_kinds.append(fake_backup(folder, "v1-before-migration", start, source))
    assert len(rotate(folder, DAILY)) == 3
    assert len(rotate(folder, BEFORE_IMPORT)) == 2
    assert rotate(folder, MANUAL) == [] and rotate(folder, BEFORE_RESTORE) == []
    assert [p.exists() for p in daily] == [False] * 3 + [True] * KEEP_AUTOMATIC
    assert [p.exists() for p in imports] == [False] * 2 + [True] * KEEP_AUTOMATIC
    assert all(p.exists() for p in kept_kinds)


def test_taking_a_backup_rotates_its_own_kind(cases, case, case_dir):
    source = cases.db_path(case.id)
    folder = case_dir / "backups"
    old = [fake_backup(folder, DAILY, datetime(2025, 1, 1 + i), source) for i in range(KEEP_AUTOMATIC)]
    with cases.open(case.id) as conn:
        new = ensure_daily_backup(conn)
    assert new.exists() and not old[0].exists() and all(p.exists() for p in old[1:])


def test_a_backup_that_cannot_be_written_is_a_user_error_and_leaves_no_partial_file(cases, case, case_dir):
    blocker = case_dir / "backups"
    blocker.write_text("a file where the folder should be")
    with cases.open(case.id) as conn, pytest.raises(UserError) as err:
        backup_case_db(conn, blocker, MANUAL)
    assert "back up" in err.value.en


def test_restore_brings_back_the_old_records_and_backs_up_the_current_state_first(cases, case, case_dir):
    add_contacts(cases, case.id, 2)
    with cases.open(case.id) as conn:
        old = backup_case_db(conn, case_backup_folder(conn), MANUAL)
    add_contacts(cases, case.id, 5, "later")
    result = restore(case_dir, old)
    assert result.contacts == 2 and count(cases, case.id) == 2
    assert result.safety_copy is not None and result.safety_copy.name.startswith("case-before-restore-")
    assert peek(result.safety_copy).contacts == 7
    # the later state can itself be restored: nothing was lost
    assert restore(case_dir, result.safety_copy).contacts == 7
    with cases.open(case.id) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert verify_case(conn, cases.evidence_dir(case.id)).ok
    assert not list(case_dir.glob(".case.db.restoring-*"))


def test_restore_removes_a_stale_wal_so_it_is_not_replayed_into_the_restored_file(cases, case, case_dir):
    add_contacts(cases, case.id, 1)
    with cases.open(case.id) as conn:
        old = backup_case_db(conn, case_backup_folder(conn), MANUAL)
    add_contacts(cases, case.id, 3)
    restore(case_dir, old)
    assert not (case_dir / "case.db-wal").exists() or (case_dir / "case.db-wal").stat().st_size == 0
    assert count(cases, case.id) == 1


def test_restore_refuses_while_the_case_is_open_elsewhere(cases, case, case_dir):
    with cases.open(case.id) as conn:
        old = backup_case_db(conn, case_backup_folder(conn), MANUAL)
    add_contacts(cases, case.id, 2)
    other = cases.open(case.id).conn
    try:
        ContactRepository(other).count()
        with pytest.raises(UserError) as err:
            restore(case_dir, old)
        assert "in use" in err.value.en
        assert ContactRepository(other).count() == 2
    finally:
        other.close()
    assert count(cases, case.id) == 2


def test_restore_refuses_another_cases_backup(cases, case, case_dir):
    other = cases.create("另一个人")
    with cases.open(other.id) as conn:
        foreign = backup_case_db(conn, case_backup_folder(conn), MANUAL)
    add_contacts(cases, case.id, 1)
    with pytest.raises(UserError) as err:
        restore(case_dir, foreign)
    assert "another case" in err.value.en
    assert count(cases, case.id) == 1


@pytest.mark.parametrize("content", [b"", b"hello", b"SQLite format 3\x00" + b"\x00" * 100])
def test_restore_refuses_a_file_that_is_not_a_good_backup_and_changes_nothing(cases, case, case_dir, tmp_path, content):
    add_contacts(cases, case.id, 1)
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    with pytest.raises(UserError):
        restore(case_dir, bad)
    assert count(cases, case.id) == 1
    assert not (case_dir / "backups").exists()


def test_restore_over_a_damaged_file_keeps_the_damaged_file(cases, case, case_dir):
    add_contacts(cases, case.id, 2)
    with cases.open(case.id) as conn:
        good = backup_case_db(conn, case_backup_folder(conn), MANUAL)
    (case_dir / "case.db").write_bytes(b"garbage" * 100)
    result = restore(case_dir, good)
    assert result.damaged_kept is not None and result.damaged_kept.read_bytes() == b"garbage" * 100
    assert count(cases, case.id) == 2


def test_restore_of_an_older_schema_backup_migrates_it(tmp_path):
    case_dir = tmp_path / "cases" / "old"
    case_dir.mkdir(parents=True)
    src = sqlite3.connect(DATA / "case_v1.db")
    case_id = src.execute("SELECT case_id FROM case_info").fetchone()[0]
    src.close()
    case_dir = case_dir.rename(tmp_path / "cases" / case_id)
    shutil.copyfile(DATA / "case_v1.db", case_dir / "case.db")
    open_case_db(case_dir / "case.db").close()
    [pre] = list_backups(case_dir)
    result = restore(case_dir, pre.path)
    assert result.contacts == pre.contacts
    assert peek(case_dir / "case.db").user_version == LATEST
