"""Phone import, store side: a generated Android export goes in once, all-or-nothing, and never twice."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from desktop.content.loader import load_content
from desktop.domain.phone_evidence.preview import build_preview, plan_import
from desktop.domain.rules_engine import EngineParams
from desktop.paths import resources_dir
from desktop.store.phone_import import import_phone, known_identities, read_phone_source
from desktop.store.session import CaseSession
from tests.phone_data import (
    BASE,
    COLLECTORS,
    Call,
    synthetic_calls,
    synthetic_texts,
    write_recordings,
    write_sbr_calls,
    write_sbr_messages,
)


@pytest.fixture
def content():
    return load_content(resources_dir())[0]


@pytest.fixture
def export_folder(tmp_path) -> Path:
    folder = tmp_path / "手机 导出"
    folder.mkdir()
    calls = synthetic_calls(300, collector_share=0.1)
    write_sbr_calls(folder / "calls-1.xml", calls)
    write_sbr_messages(folder / "sms-1.xml", synthetic_texts(500, collector_share=0.05))
    return folder


def test_collectors_are_pre_ticked_and_personal_numbers_are_not(export_folder, content):
    source = read_phone_source(export_folder, patterns=content.recording_names)
    preview = build_preview(source.exports, source.recordings, keyword_rules=content.keyword_rules,
                            service_prefixes=content.service_prefixes)
    assert set(preview.pre_ticked) == set(COLLECTORS)
    assert preview.groups[0].pre_ticked and all(not g.pre_ticked for g in preview.groups if g.number.startswith("138"))


def test_recording_links_to_the_call_with_the_same_number_and_time():
    from desktop.domain.phone_evidence.preview import link_recordings
    from desktop.domain.phone_evidence.records import PhoneCall, Recording
    call = PhoneCall("95046", BASE, 60, "incoming", "android_sbr")
    other = PhoneCall("95046", BASE + timedelta(hours=1), 60, "incoming", "android_sbr")
    rec = Recording("/x.m4a", "x.m4a", 10, "a" * 64, "95046", None, BASE + timedelta(seconds=30), None, "p")
    links, unmatched = link_recordings([call, other], [rec])
    assert links == {call.identity: rec} and unmatched == []
    lone = Recording("/y.m4a", "y.m4a", 10, "b" * 64, None, None, BASE + timedelta(seconds=20), None, None)
    assert link_recordings([call], [lone])[0] == {call.identity: lone}
    assert link_recordings([call, PhoneCall("1", BASE, 60, "incoming", "android_sbr")], [lone])[1] == [lone]


def test_a_number_counts_the_recordings_of_its_calls_and_those_standing_alone():
    from desktop.domain.phone_evidence.records import PhoneCall, PhoneExport, Recording
    calls = tuple(PhoneCall("95046", BASE + timedelta(hours=i), 60, "incoming", "android_sbr") for i in range(3))
    linked = Recording("/a.m4a", "a.m4a", 10, "a" * 64, "95046", None, BASE + timedelta(seconds=5), 60, "p")
    alone = Recording("/b.m4a", "b.m4a", 10, "b" * 64, "95046", None, BASE + timedelta(days=3), 60, "p")
    preview = build_preview([PhoneExport("android_sbr", calls=calls)], [linked, alone])
    assert preview.recording_count(preview.group("95046")) == 2


def test_import_stores_ticked_numbers_once_with_recordings_hashed(cases, export_folder, content, tmp_path):
    rec_dir = tmp_path / "录音"
    write_recordings(rec_dir, ["95046_20260301160000.m4a"])
    write_sbr_calls(export_folder / "calls-2.xml", [Call("95046", BASE, 120, 1)])
    case = cases.create("手机导入")
    session = CaseSession(cases, case.id, EngineParams())
    source = read_phone_source(export_folder).combine(read_phone_source(rec_dir, patterns=content.recording_names))
    preview = build_preview(source.exports, source.recordings, known_identities=known_identities(session),
                            keyword_rules=content.keyword_rules)
    planned = plan_import(preview, preview.pre_ticked, keyword_rules=content.keyword_rules)
    result = import_phone(session, planned)
    assert result.stored == len(planned) and "已从手机导入" in result.message()
    assert session.contacts._conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == len(planned)
    assert session.contacts._conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 1
    assert len(known_identities(session)) >= len(planned)
    again = build_preview(source.exports, source.recordings, known_identities=known_identities(session),
                          keyword_rules=content.keyword_rules)
    assert plan_import(again, again.pre_ticked) == ()


def test_a_failure_while_copying_leaves_no_file_and_no_record(cases, export_folder, content, tmp_path):
    rec_dir = tmp_path / "录音"
    paths = write_recordings(rec_dir, ["95046_20260301160000.m4a", "95046_20260301170000.m4a"])
    case = cases.create("失败")
    session = CaseSession(cases, case.id, EngineParams())
    source = read_phone_source(rec_dir, patterns=content.recording_names)
    preview = build_preview(source.exports, source.recordings)
    planned = plan_import(preview, ["95046"])
    paths[1].unlink()  # vanished while importing
    before = known_identities(session)
    with pytest.raises(Exception):  # noqa: B017 — the file-gone UserError
        import_phone(session, planned)
    assert known_identities(session) == before
    assert session.contacts._conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0
    assert not session.evidence.folder.exists() or not any(session.evidence.folder.iterdir())


def test_number_formats_group_together_and_withheld_is_never_pre_ticked():
    from desktop.domain.phone import normalise_number
    from desktop.domain.phone_evidence.records import PhoneCall, PhoneMessage
    formats = ["+86 138 0000 0001", "0086-138-0000-0001", "13800000001", "+8613800000001"]
    calls = [PhoneCall(normalise_number(f), BASE + timedelta(minutes=i), 10, "incoming", "android_sbr", raw_number=f)
             for i, f in enumerate(formats)]
    withheld = PhoneMessage("", BASE, "received", "不还钱就起诉你 😀 𠮷", "android_sbr", raw_number="-2")
    from desktop.domain.phone_evidence.records import PhoneExport
    content = load_content(resources_dir())[0]
    preview = build_preview([PhoneExport("android_sbr", calls=tuple(calls), messages=(withheld,))],
                            case_numbers={"138 0000 0001"}, keyword_rules=content.keyword_rules)
    mobile = preview.group("13800000001")
    assert len(mobile.calls) == 4 and mobile.reasons == ("in_case",) and mobile.pre_ticked
    hidden = preview.group("")
    assert hidden.suggestions and not hidden.pre_ticked and preview.pre_ticked == ("13800000001",)


def test_a_truncated_export_keeps_what_was_read_and_says_so(tmp_path):
    path = write_sbr_calls(tmp_path / "calls.xml", synthetic_calls(50))
    path.write_bytes(path.read_bytes()[:-400])
    source = read_phone_source(path)
    assert source.exports[0].calls and source.problems


def test_a_dismissed_suggestion_is_remembered_per_contact(cases):
    from desktop.domain.contacts import Contact
    session = CaseSession(cases, cases.create("忽略").id, EngineParams())
    contact = session.contacts.add(Contact(summary="起诉"))
    session.contacts.dismiss_suggestion(contact.id, "false_legal_threats")
    session.contacts.dismiss_suggestion(contact.id, "false_legal_threats")
    assert session.contacts.dismissed_suggestions(contact.id) == {"false_legal_threats"}
