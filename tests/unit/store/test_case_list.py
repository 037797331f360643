"""The case browser's list: fast from the saved lines, never stale for a changed case, and archive."""

from __future__ import annotations

import hashlib
import json
import os
import time
from datetime import datetime, timedelta

import pytest

from desktop.domain.contacts import Channel, Contact
from desktop.domain.errors import UserError
from desktop.store import case_list as case_list_module
from desktop.store.case_list import ARCHIVE_MARKER, CaseListRepository
from desktop.store.cases import CaseNotFound, CaseRepository
from desktop.store.contacts import ContactRepository
from tests.many_cases import make_cases, set_case_info


@pytest.fixture
def listing(cases) -> CaseListRepository:
    return CaseListRepository(cases)


@pytest.fixture
def settled(monkeypatch):
    """Readings count as current at once (the two-second racy window is tested on its own)."""
    monkeypatch.setattr(case_list_module, "RACY_NS", 0)


def _forbid_opening(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a case file was opened")

    monkeypatch.setattr(CaseRepository, "details", refuse)
    monkeypatch.setattr(CaseRepository, "open", refuse)


def test_the_first_listing_reads_every_case_and_later_ones_open_no_case_file(listing, cases, settled, monkeypatch):
    ids = make_cases(cases, ["王女士", "李先生", "😀 𠮷"])
    first = listing.summaries()
    assert sorted(s.alias for s in first) == sorted(["王女士", "李先生", "😀 𠮷"])
    assert all(s.complete and s.contact_count == 3 for s in first)
    _forbid_opening(monkeypatch)
    again = listing.scan()
    assert {s.id for s in again} == set(ids)
    assert all(s.complete for s in again)
    assert {s.id: s for s in again} == {s.id: s for s in first}


def test_a_case_never_read_is_listed_by_its_id_and_marked_incomplete(listing, cases, monkeypatch):
    [case_id] = make_cases(cases, ["王女士"])
    _forbid_opening(monkeypatch)
    [only] = listing.scan()
    assert (only.id, only.alias, only.complete, only.created_at) == (case_id, case_id, False, None)


def test_a_changed_case_is_read_again_and_shows_its_new_figures(listing, cases, settled):
    [case_id] = make_cases(cases, ["王女士"])
    listing.summaries()
    with cases.open(case_id) as conn:
        ContactRepository(conn).add(Contact(occurred_at=datetime(2026, 1, 3, 23, 30), channel=Channel.CALL))
    cases.rename(case_id, "王女士（新）")
    cases.set_notes(case_id, "上次来访：带了借条")
    [stale] = listing.scan()
    assert not stale.complete and stale.alias == "王女士"  # shown as it was, while it is read again
    [fresh] = listing.summaries()
    assert (fresh.alias, fresh.notes, fresh.contact_count, fresh.complete) == ("王女士（新）", "上次来访：带了借条", 4, True)


def test_a_reading_taken_right_after_a_change_is_checked_again(listing, cases, monkeypatch):
    """Within two seconds of the file's last change a write in the same clock tick could go unseen."""
    [case_id] = make_cases(cases, ["王女士"])
    listing.summaries()
    [racy] = listing.scan()
    assert not racy.complete
    stamp = time.time() - 10
    folder = cases.data_dir.case_dir(case_id)
    for path in folder.iterdir():
        os.utime(path, (stamp, stamp))
    monkeypatch.setattr(case_list_module.time, "time_ns", lambda: int((time.time() + 10) * 1e9))
    listing.summaries()
    [settled] = listing.scan()
    assert settled.complete


def test_a_file_swapped_for_another_of_the_same_size_and_time_is_read_again(listing, cases, settled, tmp_path):
    """A restore that keeps size and times still changes the file's identity (inode) or its change time."""
    first, second = make_cases(cases, ["甲", "乙"])
    listing.summaries()
    db = cases.db_path(first)
    info = db.stat()
    copy = tmp_path / "copy.db"
    copy.write_bytes(cases.db_path(second).read_bytes())
    os.utime(copy, ns=(info.st_atime_ns, info.st_mtime_ns))
    os.replace(copy, db)
    entry = {s.id: s for s in listing.scan()}[first]
    assert not entry.complete


def test_last_activity_and_flagged_count(listing, cases, settled):
    case = cases.create("王女士")
    with cases.open(case.id) as conn:
        repo = ContactRepository(conn, clock=lambda: datetime.now() + timedelta(days=3))
        repo.add(Contact(occurred_at=datetime(2026, 1, 3, 23, 30), channel=Channel.CALL))  # a night call: flagged
        repo.add(Contact(occurred_at=datetime(2026, 1, 4, 10, 0), channel=Channel.CALL, marks=("threat",)))
        repo.add(Contact(occurred_at=datetime(2026, 1, 4, 11, 0), channel=Channel.SMS))
    [summary] = listing.summaries()
    assert (summary.contact_count, summary.flagged_count) == (3, 2)
    assert summary.last_activity > summary.created_at + timedelta(days=2)


def test_a_damaged_case_is_listed_with_its_problem_under_its_last_known_name(listing, cases, settled):
    good, bad = make_cases(cases, ["好", "王女士"])
    listing.summaries()
    cases.db_path(bad).write_bytes(b"garbage" * 1000)
    by_id = {s.id: s for s in listing.summaries()}
    assert by_id[good].problem is None
    assert by_id[bad].problem is not None and by_id[bad].alias == "王女士"
    assert "损坏" in by_id[bad].problem.message("zh_CN")
    assert {s.id: s.complete for s in listing.scan()}[bad] is False  # a problem is never remembered as current


def test_a_deleted_case_leaves_the_list_and_the_saved_file(listing, cases, data_dir, settled):
    keep, gone = make_cases(cases, ["留下", "秘密客户"])
    cases.set_notes(gone, "很私密的备注")
    listing.summaries()
    assert "\\u79d8\\u5bc6" in data_dir.case_list_file.read_text(encoding="ascii")
    cases.delete(gone)
    assert [s.id for s in listing.scan()] == [keep]
    saved = data_dir.case_list_file.read_text(encoding="ascii")
    assert gone not in saved and "\\u79d8\\u5bc6" not in saved


def test_a_folder_deleted_between_listing_and_reading_is_dropped(listing, cases):
    keep, gone = make_cases(cases, ["留下", "走了"])
    found = listing.scan()
    cases.delete(gone)
    assert listing.read([s.id for s in found]).count(None) == 1
    assert [s.id for s in listing.summaries()] == [keep]


@pytest.mark.parametrize("content", [b"", b"garbage", b"[]", b'{"format": 99, "cases": {}}',
                                     b'{"format": 1, "cases": {"x": {"sig": "no"}}}', b"\xff\xfe\x00"])
def test_a_damaged_saved_file_is_ignored_and_written_again(listing, cases, data_dir, settled, content):
    make_cases(cases, ["王女士"])
    data_dir.case_list_file.write_bytes(content)
    [summary] = listing.summaries()
    assert summary.alias == "王女士"
    assert json.loads(data_dir.case_list_file.read_text())["format"] == 1


def test_a_line_whose_values_were_tampered_with_is_not_trusted(listing, cases, data_dir, settled):
    [case_id] = make_cases(cases, ["王女士"])
    listing.summaries()
    saved = json.loads(data_dir.case_list_file.read_text())
    saved["cases"][case_id]["contacts"] = "many"
    data_dir.case_list_file.write_text(json.dumps(saved))
    [summary] = listing.scan()
    assert not summary.complete


def test_the_list_works_when_its_file_cannot_be_written(listing, cases, data_dir, monkeypatch):
    make_cases(cases, ["王女士"])

    def refuse(*args):
        raise PermissionError(13, "denied")

    monkeypatch.setattr(case_list_module.os, "replace", refuse)
    assert [s.alias for s in listing.summaries()] == ["王女士"]
    assert not data_dir.case_list_file.exists()
    assert not [p for p in data_dir.root.iterdir() if p.name.endswith(".tmp")]


def test_a_half_written_saved_file_left_by_a_crash_is_removed_later(listing, cases, data_dir, settled):
    make_cases(cases, ["王女士"])
    leftover = data_dir.root / "case-list.json.dead.tmp"
    leftover.write_text("王女士")
    old = time.time() - 2 * 3600
    os.utime(leftover, (old, old))
    fresh = data_dir.root / "case-list.json.live.tmp"
    fresh.write_text("x")
    listing.summaries()
    assert not leftover.exists() and fresh.exists()


# -- archive ---------------------------------------------------------------------

def test_archive_leaves_the_case_whole_and_only_hides_it(listing, cases, data_dir, settled):
    keep, archived = make_cases(cases, ["留下", "归档"])
    db = cases.db_path(archived)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    listing.archive(archived)
    listing.archive(archived)  # twice is harmless
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert (data_dir.case_dir(archived) / ARCHIVE_MARKER).is_file()
    assert "Unarchive" in (data_dir.case_dir(archived) / ARCHIVE_MARKER).read_text(encoding="utf-8")
    assert listing.is_archived(archived) and not listing.is_archived(keep)
    assert [s.id for s in listing.summaries(include_archived=False)] == [keep]
    assert {s.id: s.archived for s in listing.summaries()} == {keep: False, archived: True}
    assert cases.get(archived).alias == "归档"  # still opens
    listing.unarchive(archived)
    listing.unarchive(archived)
    assert {s.id for s in listing.summaries(include_archived=False)} == {keep, archived}


def test_archive_and_unarchive_explain_a_missing_or_unsafe_case(listing, cases, data_dir):
    with pytest.raises(CaseNotFound):
        listing.archive("20250101-nothere")
    with pytest.raises(CaseNotFound):
        listing.unarchive("../../etc")
    real = cases.create("真的")
    link = data_dir.cases / "20250101-linked"
    link.symlink_to(data_dir.case_dir(real.id), target_is_directory=True)
    with pytest.raises(UserError) as info:
        listing.archive("20250101-linked")
    assert "链接" in info.value.message("zh_CN") and "link" in info.value.message("en")
    assert not (data_dir.case_dir(real.id) / ARCHIVE_MARKER).exists()


def test_archive_on_a_folder_that_cannot_be_written_says_so_and_leaves_nothing(listing, cases, data_dir, monkeypatch):
    case = cases.create("王女士")

    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(case_list_module.os, "replace", full)
    with pytest.raises(UserError) as info:
        listing.archive(case.id)
    assert "磁盘已满" in info.value.message("zh_CN") and "disk is full" in info.value.message("en")
    assert sorted(p.name for p in data_dir.case_dir(case.id).iterdir()) == ["case.db", "evidence"]


def test_strange_names_written_by_another_tool_are_listed_as_they_are(listing, cases, settled):
    """An older version or another tool may have stored a 200-character name or rare characters."""
    long_name = ("很长的名字𠮷😀" * 30)[:200]
    ids = make_cases(cases, ["a", "b"])
    set_case_info(cases, ids[0], alias=long_name)
    set_case_info(cases, ids[1], alias="\u202e反向文字 \U0001F9D1\u200d\U0001F33E")
    by_id = {s.id: s.alias for s in listing.summaries()}
    assert by_id[ids[0]] == long_name and len(long_name) == 200
    assert by_id[ids[1]].startswith("\u202e")
    assert {s.id: s.alias for s in listing.scan()} == by_id
