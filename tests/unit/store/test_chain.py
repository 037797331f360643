"""The case's one chain: every save of what the reports present joins it, ``verify`` names each direct change
(adversarial review M1, M2, 6.4), and old cases migrate with their history's hashes untouched."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from desktop.domain.anchor import parse_anchor
from desktop.domain.contacts import Channel, Contact, Direction, Relation
from desktop.domain.negotiation import Loan
from desktop.domain.rules_engine import EngineParams
from desktop.store import record_chain
from desktop.store.safety.verify import verify_case
from desktop.store.schema.migrations import LATEST, open_case_db, user_version
from desktop.store.session import CaseSession

DATA = Path(__file__).resolve().parents[2] / "data"
V2_HEAD = "eb7184e3b089915e2dfbf5adec3303553fe24c3a177066f85772c32294bdf710"  # its 8 contact versions, at 7f338f6


def call(hour: int, **kw) -> Contact:
    kw.setdefault("summary", "来电")
    return Contact(occurred_at=datetime(2026, 11, 3, hour, 0), channel=Channel.CALL, direction=Direction.INCOMING,
                   answered=True, number="138 0013 8000", **kw)


@pytest.fixture
def session(cases):
    case = cases.create("链测试", "说明")
    s = CaseSession(cases, case.id, EngineParams())
    yield s
    s.close()


@pytest.fixture
def filled(session, tmp_path):
    """A case with one of everything the reports present, saved through the app."""
    loan = session.loans.add(Loan(brand="速借花", outstanding_principal_fen=100000))
    first = session.contacts.add(call(23, loan_id=loan.id))
    second = session.contacts.add(call(10, contacted_party=Relation.EMPLOYER, debt_disclosed=True))
    source = tmp_path / "录音.m4a"
    source.write_bytes(b"audio")
    first = session.contacts.update(first, files=[source])
    session.letters.save_version("negotiation", "zh_CN", "申请", "t1")
    session.drafts.put("negotiation", {"loan_id": loan.id})
    session.drafts.put("live_call", {"summary": "还没保存"})
    return session, first, second


def problems(session) -> list[str]:
    return [p.message("en") for p in verify_case(session._conn, session.evidence.folder).problems]


def raw(session, sql: str, params=()) -> None:
    """A hand edit, as with the sqlite3 shell, outside the app."""
    conn = sqlite3.connect(session._conn.execute("PRAGMA database_list").fetchone()[2])
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def test_every_save_through_the_app_joins_the_one_chain_and_verifies(filled):
    session, first, second = filled
    session.contacts.update(replace(session.contacts.get(first.id), summary="改"))
    session.contacts.delete(second.id, "重复")
    session.contacts.restore(second.id)
    session.letters.freeze(session.letters.latest("negotiation").id)
    session.loans.set_cost_inputs(1, {"received": "900"})
    session.loans.delete(1)
    session.drafts.clear("negotiation")
    report = verify_case(session._conn, session.evidence.folder)
    assert report.ok, report.problems
    seqs = [link.seq for link in record_chain.links(session._conn)]
    assert seqs == list(range(1, len(seqs) + 1))  # one sequence across both tables
    assert report.head == record_chain.links(session._conn)[-1].hash == session.contacts.chain_head()
    tables = {link.table for link in record_chain.links(session._conn)}
    assert tables == {"contacts", "case_info", "loans", "attachments", "letters", "drafts"}


def test_saving_the_same_draft_or_inputs_again_adds_nothing(session):
    session.drafts.put("negotiation", {"a": 1})
    before = len(record_chain.links(session._conn))
    session.drafts.put("negotiation", {"a": 1})
    loan = session.loans.add(Loan(brand="x"))
    session.loans.set_cost_inputs(loan.id, {"received": "1"})
    after_loan = len(record_chain.links(session._conn))
    session.loans.set_cost_inputs(loan.id, {"received": "1"})
    assert after_loan == before + 2 and len(record_chain.links(session._conn)) == after_loan


def test_hiding_a_record_directly_is_named(filled):
    session, first, _second = filled
    raw(session, "UPDATE contacts SET deleted_at = '2026-11-04T00:00:00' WHERE id = ?", (first.id,))
    assert any(f"Record #{first.id} is hidden" in p for p in problems(session))


def test_unhiding_a_deleted_record_directly_is_named(filled):
    session, first, _second = filled
    session.contacts.delete(first.id, "误录")
    assert not problems(session)
    raw(session, "UPDATE contacts SET deleted_at = NULL WHERE id = ?", (first.id,))
    assert any("deletes it, but it is visible" in p for p in problems(session))


def test_changing_the_reason_for_a_deletion_directly_is_named(filled):
    session, first, _second = filled
    session.contacts.delete(first.id, "误录")
    raw(session, "UPDATE contacts SET delete_reason = '对方要求' WHERE id = ?", (first.id,))
    assert any("reason for deletion" in p for p in problems(session))


def test_a_record_removed_while_its_versions_remain_is_named(filled):
    session, _first, second = filled
    raw(session, "DELETE FROM contacts WHERE id = ?", (second.id,))  # the shell's foreign keys are off
    assert any(f"Record #{second.id} has been removed from the database directly" in p for p in problems(session))


def test_a_record_written_without_any_version_is_named(filled):
    session, _first, _second = filled
    raw(session, "INSERT INTO contacts (uid, created_at, updated_at, summary) VALUES ('x', '2026', '2026', '假')")
    assert any("has no version in the history chain" in p for p in problems(session))


@pytest.mark.parametrize(("sql", "says"), [
    ("DELETE FROM contact_flags WHERE rule_id = 'night_call'", "stored automatic flags"),
    ("INSERT INTO contact_flags (contact_id, rule_id) VALUES (2, 'insults')", "stored automatic flags"),
    ("UPDATE attachments SET original_name = '别的.m4a'", "Attachment #1 now differs from its last saved version "
                                                          "(original_name)"),
    ("UPDATE attachments SET note = '改'", "(note)"),
    ("UPDATE attachments SET removed_at = '2026-11-05T00:00:00'", "(removed_at)"),
    ("UPDATE loans SET outstanding_principal_fen = 1", "Loan #1 now differs"),
    ("UPDATE loans SET deleted_at = '2026-11-05'", "(deleted_at)"),
    ("DELETE FROM loans", "Loan #1 has been removed from the database directly"),
    ("UPDATE letters SET text = '改过的信'", "Letter #1 now differs"),
    ("UPDATE letters SET frozen_at = '2026-11-05T00:00:00'", "(frozen_at)"),
    ("UPDATE drafts SET data = '{}' WHERE kind = 'negotiation'", "Draft “negotiation” now differs"),
    ("DELETE FROM drafts WHERE kind = 'negotiation'", "Draft “negotiation” has been removed"),
    ("UPDATE case_info SET notes = '改过的说明'", "The case record (name and notes) now differs"),
    ("UPDATE case_info SET alias = '别人'", "(alias)"),
    ("INSERT INTO events (kind, occurred_on, created_at) VALUES ('police', '2026-11-05', '2026')",
     "Case event #1 has no version"),
    ("INSERT INTO drafts (kind, data, updated_at) VALUES ('other', '{}', '2026')", "Draft “other” has no version"),
])
def test_a_direct_edit_of_anything_the_reports_present_is_named(filled, sql, says):
    session, _first, _second = filled
    raw(session, sql)
    found = problems(session)
    assert any(says in p for p in found), found


@pytest.mark.parametrize("sql", [
    "UPDATE drafts SET data = '{\"summary\": \"改\"}' WHERE kind = 'live_call'",
    "UPDATE case_info SET case_id = '20990101-abcdef'",
    "UPDATE contacts SET search_text = ''",
])
def test_what_is_listed_as_not_covered_is_indeed_not_checked(filled, sql):
    session, _first, _second = filled
    raw(session, sql)
    assert not problems(session)


def test_a_rehashed_history_entry_with_a_different_table_name_is_still_matched_to_its_record(filled):
    """Which record an entry belongs to is read from its hashed content, not its plain columns."""
    session, _first, _second = filled
    raw(session, "UPDATE record_versions SET tbl = 'events' WHERE tbl = 'loans'")
    assert not [p for p in problems(session) if "Loan" in p or "event" in p]


def test_the_saved_v1_case_migrates_and_verifies(tmp_path):
    path = tmp_path / "case.db"
    shutil.copyfile(DATA / "case_v1.db", path)
    conn = open_case_db(path)
    try:
        assert user_version(conn) == LATEST
        report = verify_case(conn, tmp_path / "evidence")
        assert report.ok and report.records == 1 and report.versions == 1
    finally:
        conn.close()


def test_the_saved_v2_case_migrates_verifies_and_keeps_its_history_byte_for_byte(tmp_path):
    folder = tmp_path / "case"
    shutil.copytree(DATA / "case_v2", folder)
    before = sqlite3.connect(folder / "case.db")
    old = before.execute("SELECT seq, content, prev_hash, hash FROM contact_versions ORDER BY seq").fetchall()
    before.close()
    conn = open_case_db(folder / "case.db")
    try:
        assert conn.execute("SELECT seq, content, prev_hash, hash FROM contact_versions ORDER BY seq"
                            ).fetchall() == old
        assert old[-1][3] == V2_HEAD
        report = verify_case(conn, folder / "evidence", anchor=parse_anchor(V2_HEAD))
        assert report.ok, report.problems
        loans = conn.execute("SELECT count(*) FROM loans").fetchone()[0]
        # One "migrate" version of every record (v3), and another of each loan when v5 added its columns.
        assert report.head_check.position == len(old)
        assert report.head_check.added_since == report.records + loans
        migrated = [json.loads(r[0]) for r in conn.execute("SELECT content FROM record_versions ORDER BY seq")]
        assert {(m["table"], m["action"]) for m in migrated} == {
            ("case_info", "migrate"), ("loans", "migrate"), ("attachments", "migrate"), ("letters", "migrate"),
            ("drafts", "migrate")}
        assert all(m["key"] != "live_call" for m in migrated)
        assert (folder / "backups").is_dir()  # backed up before the step
        conn.execute("BEGIN IMMEDIATE")  # a save after the migration keeps the old head in the history
        record_chain.append(conn, "case_info", 1, "edit")
        conn.execute("COMMIT")
        assert verify_case(conn, folder / "evidence", anchor=parse_anchor(V2_HEAD)).ok
    finally:
        conn.close()


def test_the_schema_step_works_on_an_empty_database_as_the_bundle_check_runs_it():
    from desktop.store.schema.migrations import LADDER

    fresh = sqlite3.connect(":memory:")
    for step in LADDER:
        step(fresh)
    assert fresh.execute("SELECT count(*) FROM record_versions").fetchone()[0] == 0
    fresh.close()
