"""A case session opened with ``check_later``: nothing is written before the whole-file check passed.

The window shows a case from a cheap open and checks the file afterwards on a thread
(``store.session``); these tests hold the write block to its word without Qt.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time

import pytest

from desktop.domain.contacts import Contact
from desktop.domain.rules_engine import EngineParams
from desktop.store import session as session_module
from desktop.store.contacts import ContactRepository
from desktop.store.db import CaseDatabaseError
from desktop.store.safety.recovery import is_damaged
from desktop.store.session import CaseSession

PAGE = 4096


def case_with_contacts(cases, n: int = 400):
    case = cases.create("检查测试")
    with cases.open(case.id) as conn:
        ContactRepository(conn).add_many(Contact(summary=f"第 {i} 条，" + "内容" * 40) for i in range(n))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return case


def damage_deep_pages(db) -> None:
    """Scribble over the last pages (contacts and their versions), leaving the header and case_info readable:
    the cheap open works, only the whole-file check finds the damage."""
    conn = sqlite3.connect(db)
    keep = {1} | {r[0] for r in conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'case_info'")}
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    for page in range(pages - 6, pages + 1):
        if page not in keep:
            data[(page - 1) * PAGE:(page - 1) * PAGE + 16] = b"\xff" * 16
    db.write_bytes(bytes(data))
    assert is_damaged(db)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_save_before_the_check_waits_for_it_and_a_damaged_file_is_never_written(cases, data_dir):
    case = case_with_contacts(cases)
    db = data_dir.case_dir(case.id) / "case.db"
    damage_deep_pages(db)
    before = digest(db)
    session = CaseSession(cases, case.id, EngineParams(), check_later=True)
    try:
        with pytest.raises(sqlite3.OperationalError):  # SQLite itself refuses a write that skips the gate
            session._conn.execute("UPDATE case_info SET notes = 'x'")
        with pytest.raises(CaseDatabaseError):  # the check was not even started: the save runs it, then refuses
            session.contacts.add(Contact(summary="不应写入"))
        with pytest.raises(CaseDatabaseError):
            session.drafts.put("negotiation", {"step": 1})
    finally:
        session.close()
    assert digest(db) == before
    assert not (db.parent / "backups").exists()


def test_a_save_made_while_the_check_runs_lands_only_after_it_passed(cases, monkeypatch):
    case = case_with_contacts(cases, 5)
    release, events = threading.Event(), []
    real_check = session_module.check_passes

    def slow_check(conn, *args):
        release.wait(10)
        events.append("checked")
        return real_check(conn, *args)

    monkeypatch.setattr(session_module, "check_passes", slow_check)
    session = CaseSession(cases, case.id, EngineParams(), check_later=True)
    done = threading.Event()
    session.start_check(lambda _s: done.set())
    threading.Timer(0.2, release.set).start()
    started = time.perf_counter()
    session.contacts.add(Contact(summary="检查期间保存"))  # what a fast click on Save does
    events.append("saved")
    assert time.perf_counter() - started >= 0.15
    assert events == ["checked", "saved"]
    assert session.contacts.count() == 6
    assert done.wait(10)
    session.close()


def test_closing_the_case_stops_a_check_still_running(cases, monkeypatch):
    case = case_with_contacts(cases, 5)
    session = CaseSession(cases, case.id, EngineParams(), check_later=True)
    reported = []
    session.start_check(reported.append)
    session.close()
    session.join_check(10)
    assert session.checked and reported in ([], [session])  # it may have finished before the close
