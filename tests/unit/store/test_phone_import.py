"""Storing a phone import: all or nothing, recordings as hashed evidence, identities so a re-import adds nothing.

Ported from the parallel s4-pcore2 branch onto main's ``store.phone_import``.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain.errors import UserError
from desktop.domain.phone_evidence.preview import build_preview, plan_import
from desktop.domain.phone_evidence.records import (
    SOURCE_ANDROID_SBR,
    PhoneCall,
    PhoneExport,
    PhoneMessage,
    Recording,
)
from desktop.domain.rules_engine import EngineParams
from desktop.store.phone_import import import_phone, known_identities
from desktop.store.session import CaseSession

T0 = datetime(2026, 3, 2, 14, 30, tzinfo=UTC)  # 22:30 China time: a night call
N = "13800000001"


@pytest.fixture
def session(cases):
    s = CaseSession(cases, cases.create("手机导入").id, EngineParams())
    yield s
    s.close()


def _recording(tmp_path: Path, name: str, data: bytes, at=T0, number=N) -> Recording:
    path = tmp_path / "rec" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return Recording(path=str(path), name=name, size=len(data), sha256=hashlib.sha256(data).hexdigest(),
                     number=number, contact_name=None, started_at=at, duration_s=60, name_pattern="x")


def _plan(session, tmp_path, n_calls=5):
    calls = tuple(PhoneCall(N, T0 + timedelta(minutes=i), 60, "incoming", SOURCE_ANDROID_SBR) for i in range(n_calls))
    msgs = (PhoneMessage(N, T0, "received", "明天上门", SOURCE_ANDROID_SBR),)
    recs = [_recording(tmp_path, "a.m4a", b"x" * 1000),
            _recording(tmp_path, "b.m4a", b"y" * 500, T0 + timedelta(hours=5))]
    preview = build_preview([PhoneExport(SOURCE_ANDROID_SBR, calls, msgs)], recs, case_numbers=(),
                            known_identities=known_identities(session), keyword_rules=())
    return plan_import(preview, [N])


def _db_file(session) -> Path:
    return Path(next(r[2] for r in session.contacts._conn.execute("PRAGMA database_list") if r[1] == "main"))


def _snapshot(session) -> tuple:
    """The case database's bytes (WAL folded in) and every file name in the evidence folder."""
    conn = session.contacts._conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = session.evidence.folder
    evidence = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    return hashlib.sha256(_db_file(session).read_bytes()).hexdigest(), evidence


def _count(session, table: str) -> int:
    return session.contacts._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608


def test_import_stores_contacts_attaches_hashed_recordings_and_a_second_import_adds_nothing(session, tmp_path):
    planned = _plan(session, tmp_path)
    assert len(planned) == 7  # 5 calls (one with a recording), 1 message, 1 recording of its own
    result = import_phone(session, planned)
    assert (result.stored, result.recordings) == (7, 2)
    assert "7" in result.message("zh_CN") and "7" in result.message("en")
    atts = session.evidence.all()
    assert sorted(a.sha256 for a in atts) == sorted(hashlib.sha256(d).hexdigest() for d in (b"x" * 1000, b"y" * 500))
    assert all(session.evidence.status(a) == "ok" for a in atts)
    # main also keeps the linked recording's own identity, so it never comes back as a call of its own
    assert len(known_identities(session)) == 7 + 1
    ids = [r[0] for r in session.contacts._conn.execute("SELECT id FROM contacts")]
    assert any("night_call" in session.contacts.flags_for(cid) for cid in ids)
    assert _plan(session, tmp_path) == ()
    assert import_phone(session, planned).stored == 0
    assert _count(session, "contacts") == 7 and _count(session, "attachments") == 2


@pytest.mark.parametrize("cancel_at", ["copying", "writing"])
def test_cancel_leaves_the_case_byte_identical_and_no_stray_file_in_evidence(session, tmp_path, cancel_at):
    planned = _plan(session, tmp_path, n_calls=450)
    n_files = sum(len(p.files) for p in planned)
    assert n_files == 2
    before = _snapshot(session)
    seen = {"n": 0}
    # The store asks once per file while copying, then once per contact while writing.
    stop_at = 2 if cancel_at == "copying" else n_files + 200

    def checkpoint():
        seen["n"] += 1
        if seen["n"] == stop_at:
            raise KeyboardInterrupt("cancelled")

    with pytest.raises(KeyboardInterrupt):
        import_phone(session, planned, checkpoint=checkpoint)
    assert seen["n"] == stop_at
    assert _snapshot(session) == before
    assert known_identities(session) == frozenset()


def test_a_recording_that_vanished_before_copying_is_a_plain_error_and_stores_nothing(session, tmp_path):
    planned = _plan(session, tmp_path)
    before = _snapshot(session)
    (tmp_path / "rec" / "b.m4a").unlink()
    with pytest.raises(UserError, match="b.m4a") as err:
        import_phone(session, planned)
    assert "Traceback" not in str(err.value)
    assert _snapshot(session) == before


def test_dismissed_suggestions_are_remembered_per_contact(session, tmp_path):
    import_phone(session, _plan(session, tmp_path))
    (cid,) = session.contacts._conn.execute("SELECT MIN(id) FROM contacts").fetchone()
    session.contacts.dismiss_suggestion(cid, "home_visit")
    session.contacts.dismiss_suggestion(cid, "home_visit")
    assert session.contacts.dismissed_suggestions(cid) == {"home_visit"}


def test_a_reopened_case_still_knows_what_was_imported(cases, tmp_path):
    case_id = cases.create("重开").id
    first = CaseSession(cases, case_id, EngineParams())
    import_phone(first, _plan(first, tmp_path))
    first.close()
    again = CaseSession(cases, case_id, EngineParams())
    try:
        assert len(known_identities(again)) == 7 + 1  # 7 contacts and the linked recording
        assert N in again.contacts.numbers()
        assert _plan(again, tmp_path) == ()
    finally:
        again.close()
