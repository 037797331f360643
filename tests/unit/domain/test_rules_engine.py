"""The automatic flags on their boundaries, and properties that must hold for any log."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.rules_engine import (
    DISCLOSURE,
    FREQUENT,
    NIGHT,
    THIRD_PARTY,
    ContactFacts,
    EngineParams,
    compute_flags,
    flags_by_contact,
)

P = EngineParams()


def call(i, when, *, direction="incoming", answered=True, loan=1, number="13800000000", party="self",
         disclosed=False, channel="call"):
    return ContactFacts(i, when, channel, direction, answered, number, loan, party, disclosed)


def at(hh, mm, day=3):
    return datetime(2026, 11, day, hh, mm)


@pytest.mark.parametrize(
    "moment, night",
    [(at(21, 59), False), (at(22, 0), True), (at(23, 30), True), (at(0, 0), True), (at(7, 59), True),
     (at(8, 0), False), (at(12, 0), False)],
)
def test_quiet_hours_boundaries(moment, night):
    flags = flags_by_contact(compute_flags([call(1, moment)], P))
    assert (NIGHT in flags.get(1, set())) is night


def test_a_call_the_borrower_made_at_night_is_not_flagged():
    assert flags_by_contact(compute_flags([call(1, at(23, 0), direction="outgoing")], P)) == {}


def test_night_applies_to_messages_and_visits_too():
    facts = [call(1, at(23, 0), channel="sms", direction=None), call(2, at(6, 0), channel="visit", direction=None)]
    flags = flags_by_contact(compute_flags(facts, P))
    assert NIGHT in flags[1] and NIGHT in flags[2]


def test_the_fourth_answered_call_of_a_day_is_flagged_and_the_third_is_not():
    three = [call(i, at(9 + i, 0)) for i in range(1, 4)]
    assert FREQUENT not in str(compute_flags(three, P))
    four = three + [call(4, at(14, 0))]
    (flag,) = [f for f in compute_flags(four, P) if f.rule_id == FREQUENT]
    assert flag.contact_ids == (1, 2, 3, 4)
    assert flag.kind == "answered" and flag.count == 4
    marks = flags_by_contact(compute_flags(four, P))
    assert FREQUENT in marks[4] and FREQUENT not in marks.get(1, set())
    assert "行业标准" in flag.reason("zh_CN", P)


def test_answered_calls_are_counted_per_day_and_across_midnight_are_two_days():
    facts = [call(1, at(23, 0, 3)), call(2, at(23, 30, 3)), call(3, at(0, 10, 4)), call(4, at(0, 20, 4))]
    assert not [f for f in compute_flags(facts, P) if f.rule_id == FREQUENT]


def test_calls_about_different_loans_are_counted_apart():
    facts = [call(i, at(9 + i, 0), loan=1 + i % 2) for i in range(6)]
    assert not [f for f in compute_flags(facts, P) if f.rule_id == FREQUENT]


def test_without_a_loan_calls_from_the_same_number_are_counted_together():
    facts = [call(i, at(9 + i, 0), loan=None, number="+86 138-0000-0000" if i % 2 else "13800000000")
             for i in range(4)]
    facts = [ContactFacts(f.id, f.occurred_at, f.channel, f.direction, f.answered, "13800000000", None, "self", False)
             for f in facts]
    assert [f for f in compute_flags(facts, P) if f.rule_id == FREQUENT]


def test_seven_attempts_are_flagged_six_are_not():
    six = [call(i, at(9, i), answered=False, direction="missed") for i in range(6)]
    assert not [f for f in compute_flags(six, P) if f.rule_id == FREQUENT]
    seven = six + [call(6, at(9, 30), answered=False, direction="missed")]
    (flag,) = [f for f in compute_flags(seven, P) if f.rule_id == FREQUENT]
    assert flag.kind == "attempts"


def test_third_party_and_disclosure():
    facts = [call(1, at(10, 0), party="employer", disclosed=True), call(2, at(11, 0))]
    marks = flags_by_contact(compute_flags(facts, P))
    assert marks[1] == {THIRD_PARTY, DISCLOSURE}
    assert 2 not in marks


def test_parameters_come_from_the_rules_data():
    class R:
        def __init__(self, params):
            self.params = params

        def param(self, name, default=None):
            return self.params.get(name, default)

        def time_param(self, name):
            v = self.params.get(name)
            return time(*map(int, v.split(":"))) if v else None

    params = EngineParams.from_rules({NIGHT: R({"quiet_start": "21:30", "quiet_end": "07:00"}),
                                      FREQUENT: R({"max_answered_calls_per_day": 2})})
    assert params.quiet_start == time(21, 30) and params.max_answered_per_day == 2
    assert params.max_attempts_per_day == 6


facts_strategy = st.lists(
    st.builds(
        lambda i, minutes, direction, answered, loan: call(
            i, datetime(2026, 11, 1) + timedelta(minutes=minutes), direction=direction, answered=answered, loan=loan),
        st.integers(1, 10_000), st.integers(0, 60 * 24 * 5),
        st.sampled_from(["incoming", "outgoing", "missed", None]), st.sampled_from([True, False, None]),
        st.sampled_from([1, 2, None]),
    ),
    max_size=60, unique_by=lambda f: f.id,
)


@settings(max_examples=150, deadline=None)
@given(facts_strategy)
def test_flags_only_name_known_contacts_and_are_order_independent(facts):
    flags = compute_flags(facts, P)
    ids = {f.id for f in facts}
    assert all(set(flag.contact_ids) <= ids for flag in flags)
    assert flags_by_contact(compute_flags(list(reversed(facts)), P)) == flags_by_contact(flags)


@settings(max_examples=100, deadline=None)
@given(facts_strategy)
def test_removing_a_contact_never_adds_a_frequency_flag(facts):
    if not facts:
        return
    before = {f.day for f in compute_flags(facts, P) if f.rule_id == FREQUENT}
    after = {f.day for f in compute_flags(facts[1:], P) if f.rule_id == FREQUENT}
    assert after <= before
