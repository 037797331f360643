"""The third-party questions in the store: the schema step, the chain staying byte-identical, graded flags.

The step named schema_v4 adds three contact fields, a grade on stored flags and a stamp that makes a case
recompute its flags when it was saved by another engine. Versions saved before the step must still verify.
"""

from __future__ import annotations

import json
import shutil
import uuid
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from desktop.domain.contacts import Answer, Channel, Contact, Direction, Relation, ThirdParty
from desktop.domain.integrity import GENESIS, canonical, chain_hash, contact_content
from desktop.domain.legal import THIRD_PARTY
from desktop.domain.rules_engine import EngineParams
from desktop.store.contacts import ContactRepository
from desktop.store.safety.verify import verify_case
from desktop.store.schema.migrations import LADDER, LATEST, open_case_db, user_version
from desktop.store.session import CaseSession

DATA = Path(__file__).resolve().parents[2] / "data"

FAMILY_CALL = Contact(
    id=7, occurred_at=datetime(2026, 11, 3, 21, 5), channel=Channel.THIRD_PARTY, number="138 0000 0000", loan_id=2,
    contacted_party=Relation.FAMILY, debt_disclosed=True, summary="打给我妈妈", marks=("third_party_contact",),
    third_parties=(ThirdParty(Relation.FRIEND, "老张", "139", False, True),),
)
VERSION = {"uid": "u1", "version": 1, "action": "create", "saved_at": datetime(2026, 11, 3, 21, 6)}


def test_a_contact_without_the_new_answers_hashes_exactly_as_before_they_existed():
    """The digest was computed with contact_content as it was before this change (commit 7f338f6)."""
    content = canonical(contact_content(FAMILY_CALL, **VERSION))
    assert chain_hash(GENESIS, content) == "8ac0945bfd471a4fa402715fc559d558b3c1139573219ee6cc39b4fa83ff39ec"
    assert not {"reachable", "continued_after_refusal", "asked_to_pay"} & set(json.loads(content))


def test_the_answers_enter_the_integrity_record_only_once_set():
    answered = replace(FAMILY_CALL, reachable=Answer.NO, continued_after_refusal=Answer.UNKNOWN, asked_to_pay=True)
    content = contact_content(answered, **VERSION)
    assert (content["reachable"], content["continued_after_refusal"], content["asked_to_pay"]) == (
        "no", "unknown", True)
    assert "asked_to_pay" not in contact_content(replace(FAMILY_CALL, reachable=Answer.YES), **VERSION)


def _save_as_version_2_did(conn, contact: Contact) -> None:
    """Store a contact the way the app did before the step: v1/v2 columns only, its version in the chain."""
    uid = uuid.uuid4().hex
    now = datetime(2026, 11, 4, 8, 0)
    cur = conn.execute(
        "INSERT INTO contacts (uid, version, created_at, updated_at, occurred_at, channel, direction, answered, "
        "number, number_norm, loan_id, duration_s, contacted_party, debt_disclosed, summary) "
        "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)",
        (uid, now.isoformat(), now.isoformat(), contact.occurred_at.isoformat(), str(contact.channel),
         str(contact.direction) if contact.direction else None,
         None if contact.answered is None else int(contact.answered), contact.number,
         contact.number.replace(" ", ""), contact.duration_s, str(contact.contacted_party),
         int(contact.debt_disclosed), contact.summary))
    stored = replace(contact, id=cur.lastrowid, loan_id=None)
    for i, p in enumerate(stored.third_parties):
        conn.execute("INSERT INTO contact_parties (contact_id, position, relation, name, number, debt_disclosed, "
                     "asked_to_pay) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (stored.id, i, str(p.relation), p.name, p.number, int(p.debt_disclosed), int(p.asked_to_pay)))
    for mark in stored.marks:
        conn.execute("INSERT INTO contact_marks (contact_id, rule_id) VALUES (?, ?)", (stored.id, mark))
    content = canonical(contact_content(stored, uid=uid, version=1, action="create", saved_at=now))
    row = conn.execute("SELECT hash FROM contact_versions ORDER BY seq DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    conn.execute("INSERT INTO contact_versions (contact_id, version, action, saved_at, content, prev_hash, hash) "
                 "VALUES (?, 1, 'create', ?, ?, ?, ?)", (stored.id, now.isoformat(), content, prev,
                                                          chain_hash(prev, content)))
    # the old engine's flags: every third-party contact "high", no grade column yet
    conn.execute("INSERT INTO contact_flags (contact_id, rule_id) VALUES (?, ?)", (stored.id, THIRD_PARTY))


def test_an_old_case_with_contacts_migrates_verifies_and_gets_graded_flags(cases):
    """tests/data/case_v1.db brought to version 2, given contacts as that app saved them, then opened now."""
    case = cases.create("旧案件")
    path = cases.db_path(case.id)
    shutil.copyfile(DATA / "case_v1.db", path)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    conn = open_case_db(path, ladder=LADDER[:2])
    conn.execute("UPDATE case_info SET case_id = ?", (case.id,))
    with conn:
        _save_as_version_2_did(conn, replace(FAMILY_CALL, id=None))
        _save_as_version_2_did(conn, Contact(occurred_at=datetime(2026, 11, 3, 9, 0), channel=Channel.CALL,
                                             direction=Direction.INCOMING, answered=True, number="138 0000 0000"))
    conn.close()

    session = CaseSession(cases, case.id, EngineParams())
    try:
        assert user_version(session._conn) == LATEST
        report = verify_case(session._conn, session.evidence.folder)
        assert not report.problems and report.versions == 2 + report.records  # the records' own "migrate" versions (v3)
        rows = {r.id: r for r in session.contacts.page(None, 0, 10)}
        family = next(r for r in rows.values() if r.contacted_party == "family")
        # recomputed on open: the debt was told to the family, so high (and disclosure is flagged too)
        assert family.grade == "high" and set(family.flags) == {THIRD_PARTY, "debt_disclosure"}
        # v7: each flag carries its reason, filled in by that recount (the engine stamp changed with the step)
        assert session.contacts.flag_reasons("en")[family.id, "debt_disclosure"] == \
            "the debt was disclosed to someone else"
        assert session.contacts.flag_reasons("zh_CN")[family.id, THIRD_PARTY].startswith("严重")
        stamp = session._conn.execute("SELECT stamp FROM flag_state").fetchone()[0]
        assert stamp == session.contacts.params.stamp()
    finally:
        session.close()


@pytest.fixture
def repo(cases):
    case = cases.create("测试")
    with cases.open(case.id) as conn:
        yield ContactRepository(conn)


def family_call(hh=10, **kw):
    return Contact(occurred_at=datetime(2026, 11, 3, hh, 0), channel=Channel.CALL, direction=Direction.INCOMING,
                   answered=True, contacted_party=Relation.FAMILY, **kw)


def test_answers_round_trip_and_an_edit_regrades_the_contact(repo):
    saved = repo.add(family_call())
    assert repo.get(saved.id).reachable is None
    assert repo.grades_for([saved.id]) == {saved.id: "medium"}
    low = repo.update(replace(saved, reachable=Answer.NO, continued_after_refusal=Answer.NO))
    assert repo.get(saved.id) == low
    assert repo.grades_for([saved.id]) == {saved.id: "low"}
    assert repo.page(None, 0, 5)[0].grade == "low"
    repo.update(replace(low, continued_after_refusal=Answer.YES))
    assert repo.grades_for([saved.id]) == {saved.id: "high"}
    asked = repo.update(replace(low, asked_to_pay=True))
    assert repo.get(saved.id).asked_to_pay and repo.grades_for([saved.id]) == {saved.id: "high"}
    assert repo.history(saved.id)[-1].content["asked_to_pay"] is True
    assert asked.asked_to_pay
    assert not verify_case(repo._conn, Path("/nonexistent")).problems


def test_a_third_contact_the_same_day_regrades_the_earlier_ones(repo):
    first = repo.add(family_call(10, reachable=Answer.YES))
    second = repo.add(family_call(11, reachable=Answer.YES, third_parties=(ThirdParty(Relation.FRIEND),)))
    assert set(repo.grades_for([first.id, second.id]).values()) == {"high"}  # 3 people that day


def test_flags_from_other_parameters_are_recomputed_once(repo):
    ids = [repo.add(Contact(occurred_at=datetime(2026, 11, 3, 9, i), channel=Channel.CALL,
                            direction=Direction.INCOMING, answered=True)).id for i in range(3)]
    assert repo.ensure_flags_current() is False  # the first contacts claimed the empty case's flags
    strict = ContactRepository(repo._conn, replace(EngineParams(), max_answered_per_day=2))
    assert strict.ensure_flags_current() is True
    assert "frequent_calls" in strict.flags_for(ids[2])


def test_a_new_case_filled_outside_a_session_does_not_recompute_on_open(repo):
    """The first contacts of an empty case set the stamp, so a big generated case opens without a recount."""
    repo.add(Contact(occurred_at=datetime(2026, 11, 3, 9, 0)))
    assert repo.ensure_flags_current() is False
