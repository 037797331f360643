"""The phone import's preview and plan: grouping, pre-ticks, recording links, identities, known vs new.

Ported from the parallel s4-pcore2 branch onto main's ``preview`` module.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.domain.contacts import Channel, Direction
from desktop.domain.phone import normalise_number
from desktop.domain.phone_evidence.preview import build_preview, link_recordings, local_naive, plan_import
from desktop.domain.phone_evidence.records import (
    FLAG_WITHHELD,
    SOURCE_ANDROID_SBR,
    PhoneCall,
    PhoneExport,
    PhoneMessage,
    Recording,
)
from desktop.domain.suggestions import KeywordRule

RULES = (KeywordRule("sue", ("起诉", "立案"), "false_legal_threats"),
         KeywordRule("contacts", ("通讯录",), "third_party_contact"))
PREFIXES = ("95", "400", "106")
T0 = datetime(2026, 3, 2, 14, 30, tzinfo=UTC)  # 22:30 in China


def call(number, at=T0, kind="incoming", dur=60, name=""):
    return PhoneCall(number=normalise_number(number), started_at=at, duration_s=dur, kind=kind,
                     source=SOURCE_ANDROID_SBR, raw_number=number, contact_name=name)


def msg(number, body, at=T0, direction="received"):
    return PhoneMessage(number=normalise_number(number), sent_at=at, direction=direction, body=body,
                        source=SOURCE_ANDROID_SBR, raw_number=number,
                        flags=frozenset({FLAG_WITHHELD}) if not number else frozenset())


def rec(path, number, at=T0, dur=60, sha="a"):
    return Recording(path=path, name=path, size=10, sha256=sha * 64, number=number, contact_name=None,
                     started_at=at, duration_s=dur, name_pattern="x")


def preview(calls=(), messages=(), recordings=(), *, case=(), known=()):
    return build_preview([PhoneExport(SOURCE_ANDROID_SBR, tuple(calls), tuple(messages))], recordings,
                         case_numbers=frozenset(case), known_identities=frozenset(known), keyword_rules=RULES,
                         service_prefixes=PREFIXES)


def test_numbers_in_every_format_fall_into_one_group():
    p = preview([call("+86 138-0000-0001"), call("0086 13800000001", T0 + timedelta(hours=1)),
                 call("138 0000 0001", T0 + timedelta(hours=2)), call("138-0000-0001", T0 + timedelta(hours=3))])
    assert [(g.number, len(g.calls)) for g in p.groups] == [("13800000001", 4)]


def test_pre_ticks_case_numbers_keywords_and_service_senders_but_never_withheld():
    p = preview([call("13800000001"), call("", kind="missed"), call("13800000009")],
                [msg("13800000002", "再不还就起诉你"), msg("95046", "您的账单已逾期"), msg("", "起诉你")],
                case=("13800000001",))
    by = {g.number: g for g in p.groups}
    assert by["13800000001"].reasons == ("in_case",) and by["13800000001"].pre_ticked
    assert by["13800000002"].reasons == ("keyword",) and by["13800000002"].pre_ticked
    assert by["95046"].reasons == ("service_number",) and by["95046"].pre_ticked
    # main gives the withheld group no reason at all (there is no number to call a collector's);
    # its words still show as suggestions so the user can decide knowingly.
    assert by[""].withheld and not by[""].pre_ticked and by[""].suggestions
    assert not by["13800000009"].pre_ticked
    assert p.groups[-1].number == "13800000009"  # likely collectors first
    assert [s.rule_id for s in by["13800000002"].suggestions] == ["false_legal_threats"]
    assert set(p.pre_ticked) == {"13800000001", "13800000002", "95046"}


def test_recording_links_to_the_call_of_its_number_within_tolerance():
    c1, c2 = call("13800000001"), call("13800000001", T0 + timedelta(minutes=30))
    r = rec("a.m4a", "13800000001", T0 + timedelta(seconds=40), 58)
    links, unlinked = link_recordings([c1, c2], [r])
    assert links == {c1.identity: r} and unlinked == []


def test_a_recording_links_only_when_the_durations_are_close():
    """Within max(15 s, 10 %): a 1-minute recording is not the evidence of a 3-minute call."""
    short, long_ = call("13800000001", dur=180), call("13800000001", T0 + timedelta(hours=2), dur=655)
    assert link_recordings([short], [r := rec("a.m4a", "13800000001", T0, 60)]) == ({}, [r])
    assert link_recordings([short], [r := rec("b.m4a", "13800000001", T0, 166)]) == ({short.identity: r}, [])
    at = T0 + timedelta(hours=2)
    assert link_recordings([long_], [r := rec("c.m4a", "13800000001", at, 600)]) == ({long_.identity: r}, [])
    assert link_recordings([long_], [r := rec("d.m4a", "13800000001", at, 580)]) == ({}, [r])
    assert link_recordings([long_], [r := rec("e.m4a", "13800000001", at, None)]) == ({long_.identity: r}, [])


def test_numberless_recording_links_only_when_exactly_one_call_fits():
    c1, c2 = call("13800000001"), call("13800000002", T0 + timedelta(seconds=30))
    r = rec("b.m4a", None, T0 + timedelta(seconds=10), 60)
    assert link_recordings([c1, c2], [r]) == ({}, [r])
    assert link_recordings([c1], [r]) == ({c1.identity: r}, [])


def test_recording_with_no_fitting_call_becomes_a_call_record_of_its_own():
    r = rec("c.m4a", "13800000003", T0, 300)
    p = preview([call("13800000003", T0 + timedelta(hours=3))], recordings=[r])
    g = p.group("13800000003")
    assert len(g.recordings) == 1 and g.new_count == 2
    planned = plan_import(p, ["13800000003"])
    own = [x for x in planned if x.files]
    assert len(own) == 1 and own[0].contact.channel is Channel.CALL and own[0].contact.duration_s == 300
    assert own[0].identity == r.identity


def test_a_linked_recording_is_planned_as_the_calls_file():
    c = call("13800000001")
    r = rec("a.m4a", "13800000001", T0 + timedelta(seconds=5), 62)
    planned = plan_import(preview([c], recordings=[r]), ["13800000001"])
    assert [(x.identity, [f.name for f in x.files]) for x in planned] == [(c.identity, ["a.m4a"])]


def test_plan_maps_calls_and_messages_to_contacts_in_china_time_with_a_source_note():
    c = call("13800000001", kind="missed", dur=0)
    m = msg("13800000001", "起诉你，还要打你通讯录")
    p = preview([c], [m])
    planned = plan_import(p, ["13800000001"], {"13800000001": {"false_legal_threats"}}, keyword_rules=RULES)
    kinds = {x.contact.channel: x for x in planned}
    call_c, sms = kinds[Channel.CALL].contact, kinds[Channel.SMS].contact
    assert call_c.occurred_at == datetime(2026, 3, 2, 22, 30) and call_c.occurred_at.tzinfo is None
    assert call_c.direction is Direction.MISSED and call_c.answered is False
    assert "SMS Backup & Restore" in call_c.notes
    assert sms.summary == m.body and sms.direction is Direction.INCOMING
    assert sms.marks == ("false_legal_threats",)  # only the confirmed one, not third_party_contact
    assert {s.rule_id for s in kinds[Channel.SMS].suggestions} == {"false_legal_threats", "third_party_contact"}


def test_known_identities_are_counted_and_never_planned_again():
    c1, c2 = call("13800000001"), call("13800000001", T0 + timedelta(hours=1))
    p = preview([c1, c2], known=(c1.identity,))
    g = p.group("13800000001")
    assert (g.new_count, g.known_count, p.new, p.known) == (1, 1, 1, 1)
    assert [x.identity for x in plan_import(p, ["13800000001"])] == [c2.identity]
    assert plan_import(p, ["nobody"]) == ()


def test_the_same_event_in_two_overlapping_exports_is_counted_once():
    c, newer = call("13800000001"), call("13800000001", T0 + timedelta(days=1))
    older = PhoneExport(SOURCE_ANDROID_SBR, (c,))
    later = PhoneExport(SOURCE_ANDROID_SBR, (c, newer))
    p = build_preview([older, later], [], case_numbers=(), known_identities=(), keyword_rules=RULES)
    assert p.calls == 2 and len(p.groups[0].calls) == 2
    assert len(plan_import(p, ["13800000001"])) == 2


def test_many_entries_from_one_number_stay_one_group():
    calls = [call("13800000001", T0 + timedelta(minutes=i)) for i in range(100_000)]
    p = preview(calls)
    assert len(p.groups) == 1 and len(p.groups[0].calls) == 100_000 and p.new == 100_000


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=12), st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2100, 1, 1)))
@example("", datetime(1970, 1, 1))
@example("+86 138-0000-0001", datetime(2099, 12, 31, 23, 59))
@example("𠮷😀", datetime(2099, 12, 31))
@example("0086 95046", datetime(1970, 1, 1, 0, 0, 1))
def test_any_number_and_time_previews_and_plans_without_raising(raw, when):
    at = when.replace(tzinfo=UTC)
    p = preview([call(raw, at)], [msg(raw, "𠮷 起诉", at)])
    numbers = [g.number for g in p.groups]
    planned = plan_import(p, numbers)
    assert len(planned) == 2
    assert all(x.contact.occurred_at == local_naive(at) for x in planned)
