"""The automatic flags on their boundaries, the third-party grades, and properties that must hold for any log.

Counting (legal-facts §1.2b, §10.7): 3 = answered calls *with the borrower* per lender side per day;
6 = *unanswered* calls to the borrower per lender side per day; contacts without a loan are one unknown
lender per day. Grading (legal-facts §8): high / medium / low from what was recorded.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.domain.legal import DISCLOSURE, FREQUENT, NIGHT, THIRD_PARTY
from desktop.domain.rules_engine import (
    HIGH,
    LOW,
    MEDIUM,
    ContactFacts,
    EngineParams,
    compute_flags,
    flags_by_contact,
    grades_by_contact,
)

P = EngineParams()


def call(i, when, *, direction="incoming", answered=True, loan=1, number="13800000000", party="self",
         disclosed=False, channel="call", **kw):
    return ContactFacts(i, when, channel, direction, answered, number, loan, party, disclosed, **kw)


def missed(i, when, **kw):
    return call(i, when, direction="missed", answered=False, **kw)


def third(i, when=None, *, party="family", loan=1, channel="call", **kw):
    return call(i, when or at(10, i % 60), party=party, loan=loan, channel=channel, **kw)


def at(hh, mm, day=3):
    return datetime(2026, 11, day, hh, mm)


def frequent(facts):
    return [f for f in compute_flags(facts, P) if f.rule_id == FREQUENT]


def grade_of(facts, contact_id):
    return grades_by_contact(compute_flags(facts, P)).get(contact_id)


# -- night (boundaries unchanged) ------------------------------------------------------------

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


# -- the 3: answered calls with the borrower -------------------------------------------------

def test_three_answered_calls_with_the_borrower_are_within_the_standard_and_four_are_not():
    three = [call(i, at(9 + i, 0)) for i in range(1, 4)]
    assert not frequent(three)
    four = three + [call(4, at(14, 0))]
    (flag,) = frequent(four)
    assert flag.contact_ids == (1, 2, 3, 4)
    assert flag.kind == "answered" and flag.count == 4
    marks = flags_by_contact(compute_flags(four, P))
    assert FREQUENT in marks[4] and FREQUENT not in marks.get(1, set())
    assert "你接了的电话 4 次" in flag.reason("zh_CN", P) and "行业标准" in flag.reason("zh_CN", P)
    assert "4 answered calls" in flag.reason("en", P)


def test_family_calls_never_count_toward_the_three():
    """Review probe A: three calls with the borrower and one to family is not "4 answered"."""
    facts = [call(i, at(9 + i, 0)) for i in range(1, 4)] + [third(4, at(14, 0), party="family")]
    assert not frequent(facts)
    assert THIRD_PARTY in flags_by_contact(compute_flags(facts, P))[4]


@pytest.mark.parametrize("party", ["family", "employer", "colleague", "friend", "contact", "other"])
def test_no_kind_of_third_party_call_counts_toward_the_three_or_the_six(party):
    facts = [third(i, at(9, i), party=party) for i in range(5)]
    facts += [third(10 + i, at(11, i), party=party, direction="missed", answered=False) for i in range(8)]
    assert not frequent(facts)


def test_the_borrowers_own_outgoing_calls_never_count():
    facts = [call(i, at(9, i), direction="outgoing") for i in range(10)]
    assert not frequent(facts)


def test_answered_calls_are_counted_per_day_and_across_midnight_are_two_days():
    facts = [call(1, at(23, 0, 3)), call(2, at(23, 30, 3)), call(3, at(0, 10, 4)), call(4, at(0, 20, 4))]
    assert not frequent(facts)


def test_calls_about_different_loans_are_counted_apart():
    facts = [call(i, at(9 + i, 0), loan=1 + i % 2) for i in range(6)]
    assert not frequent(facts)


def test_a_call_with_a_length_but_no_answer_recorded_counts_as_answered():
    facts = [call(i, at(9 + i, 0), answered=None, duration_s=90) for i in range(4)]
    (flag,) = frequent(facts)
    assert flag.kind == "answered"


# -- the 6: unanswered attempts ----------------------------------------------------------------

def test_six_unanswered_calls_are_within_the_standard_and_seven_are_not():
    six = [missed(i, at(9, i)) for i in range(6)]
    assert not frequent(six)
    seven = six + [missed(6, at(9, 30))]
    (flag,) = frequent(seven)
    assert flag.kind == "unanswered" and flag.count == 7
    assert flags_by_contact([flag]) == {6: {FREQUENT}}
    assert "你没接的电话 7 次" in flag.reason("zh_CN", P) and "unanswered" in flag.reason("en", P)


def test_answered_calls_never_count_toward_the_six():
    """Review probe B: three answered and four missed meets both standards."""
    facts = [call(i, at(9, i)) for i in range(3)] + [missed(10 + i, at(10, i)) for i in range(4)]
    assert not frequent(facts)
    facts = [call(i, at(9, i)) for i in range(3)] + [missed(10 + i, at(10, i)) for i in range(6)]
    assert not frequent(facts)


def test_an_incoming_call_marked_not_answered_counts_as_unanswered():
    facts = [call(i, at(9, i), answered=False) for i in range(7)]
    (flag,) = frequent(facts)
    assert flag.kind == "unanswered"


def test_calls_without_a_recorded_outcome_count_toward_neither_limit():
    nine = [call(i, at(9, i), answered=None) for i in range(9)]
    assert not frequent(nine)


def test_ten_calls_in_a_day_break_a_limit_however_the_unknown_ones_went():
    """3 answered + 6 unanswered is the most the standards allow together: a tenth call breaks one of them."""
    facts = [call(i, at(9, i), answered=None) for i in range(10)]
    (flag,) = frequent(facts)
    assert flag.kind == "total" and flag.count == 10 and flag.limit == 9
    assert flags_by_contact([flag]) == {9: {FREQUENT}}
    assert "不管接没接" in flag.reason("zh_CN", P)


def test_a_call_marked_both_missed_and_answered_is_an_unknown_outcome():
    facts = [call(i, at(9, i), direction="missed", answered=True) for i in range(7)]
    assert not frequent(facts)


# -- lender side without a loan ------------------------------------------------------------------

def test_rotating_numbers_without_a_loan_are_one_unknown_lender():
    """Review probe D: seven missed calls from seven numbers, no loan, are flagged."""
    facts = [missed(i, at(9, i), loan=None, number=f"1380000000{i}") for i in range(7)]
    (flag,) = frequent(facts)
    assert flag.untagged and flag.kind == "unanswered"
    assert "选上是哪笔贷款" in flag.reason("zh_CN", P) and "choose the loan" in flag.reason("en", P)


def test_contacts_with_no_loan_and_no_number_are_still_counted():
    facts = [call(i, at(9, i), loan=None, number="") for i in range(4)]
    (flag,) = frequent(facts)
    assert flag.untagged


def test_tagged_and_untagged_calls_are_counted_apart():
    facts = [call(i, at(9, i), loan=1) for i in range(3)] + [call(10 + i, at(10, i), loan=None) for i in range(3)]
    assert not frequent(facts)


def test_contacts_without_a_time_are_never_counted_toward_a_day():
    facts = [call(i, None) for i in range(12)] + [missed(20 + i, None) for i in range(12)]
    assert not frequent(facts)
    assert not [f for f in compute_flags(facts, P) if f.rule_id == NIGHT]


# -- disclosure ----------------------------------------------------------------------------------

def test_third_party_and_disclosure():
    facts = [third(1, at(10, 0), party="employer", disclosed=True), call(2, at(11, 0))]
    marks = flags_by_contact(compute_flags(facts, P))
    assert marks[1] == {THIRD_PARTY, DISCLOSURE}
    assert 2 not in marks


def test_debt_disclosed_to_nobody_raises_no_disclosure_flag():
    """A contradictory record (disclosed, yet only the borrower was contacted) cites no disclosure law."""
    assert flags_by_contact(compute_flags([call(1, at(10, 0), disclosed=True)], P)) == {}


def test_disclosure_to_a_listed_person_is_flagged_even_when_the_call_was_with_the_borrower():
    facts = [call(1, at(10, 0), third_party_count=1, third_party_disclosed=True)]
    assert flags_by_contact(compute_flags(facts, P))[1] == {THIRD_PARTY, DISCLOSURE}


# -- third-party grades ------------------------------------------------------------------------

@pytest.mark.parametrize("facts_kw, ground", [
    ({"disclosed": True}, "disclosed"),
    ({"asked_to_pay": True}, "asked_to_pay"),
    ({"third_party_count": 1, "third_party_asked": True}, "asked_to_pay"),
    ({"continued_after_refusal": "yes"}, "continued"),
])
def test_a_recorded_aggravating_fact_grades_high(facts_kw, ground):
    facts = [third(1, reachable="no", **facts_kw)]
    (flag,) = [f for f in compute_flags(facts, P) if f.rule_id == THIRD_PARTY]
    assert flag.grade == HIGH and ground in flag.grounds
    assert flag.reason("zh_CN", P).startswith("严重") and flag.reason("en", P).startswith("High")


def test_three_people_on_one_day_grade_high_and_two_do_not():
    two = [third(1, reachable="yes"), third(2, party="friend", reachable="yes")]
    assert {grade_of(two, 1), grade_of(two, 2)} == {MEDIUM}
    three = two + [third(3, party="colleague", reachable="yes")]
    assert {grade_of(three, i) for i in (1, 2, 3)} == {HIGH}
    assert "3 个人" in [f for f in compute_flags(three, P) if f.rule_id == THIRD_PARTY][0].reason("zh_CN", P)
    listed = [third(1, channel="third_party", party="self", third_party_count=3, reachable="yes")]
    assert grade_of(listed, 1) == HIGH


def test_reachable_and_only_a_message_grades_medium():
    facts = [third(1, reachable="yes", continued_after_refusal="no")]
    (flag,) = [f for f in compute_flags(facts, P) if f.rule_id == THIRD_PARTY]
    assert flag.grade == MEDIUM and flag.grounds == ("reachable",)
    assert "接得到电话" in flag.reason("zh_CN", P)


def test_unreachable_and_one_polite_request_grades_low():
    facts = [third(1, reachable="no", continued_after_refusal="no")]
    (flag,) = [f for f in compute_flags(facts, P) if f.rule_id == THIRD_PARTY]
    assert flag.grade == LOW
    assert "一般" in flag.reason("zh_CN", P) and "industry standards generally allow" in flag.reason("en", P)


@pytest.mark.parametrize("reachable, continued", [
    (None, "no"), ("unknown", "no"), ("no", None), ("no", "unknown"), (None, None), ("unknown", "unknown"),
])
def test_an_unanswered_question_never_grades_below_medium_nor_up_to_high(reachable, continued):
    facts = [third(1, reachable=reachable, continued_after_refusal=continued)]
    assert grade_of(facts, 1) == MEDIUM


def test_unreachable_but_asked_more_than_once_that_day_is_not_low():
    facts = [third(1, reachable="no", continued_after_refusal="no"),
             third(2, when=at(15, 0), reachable="no", continued_after_refusal="no")]
    assert grade_of(facts, 1) == grade_of(facts, 2) == MEDIUM


def test_people_are_counted_per_lender_side_and_day():
    facts = [third(1, loan=1), third(2, loan=2, party="friend"), third(3, loan=None, party="colleague"),
             third(4, when=at(10, 0, day=4), party="employer")]
    assert {grade_of(facts, i) for i in (1, 2, 3, 4)} == {MEDIUM}


def test_a_third_party_mark_on_a_call_with_the_borrower_is_graded_too():
    """The live-call panel's "contacting others" box: the contact was with the borrower, the mark says more."""
    facts = [call(1, at(10, 0), marked_third_party=True)]
    assert grade_of(facts, 1) == MEDIUM
    assert THIRD_PARTY in flags_by_contact(compute_flags(facts, P))[1]
    assert not frequent([call(i, at(10, i), marked_third_party=True) for i in range(3)])


def test_an_unknown_relation_is_neither_the_borrower_nor_a_third_party():
    facts = [call(i, at(9, i), party="") for i in range(5)] + [call(9, at(11, 0), party="someone?")]
    flags = compute_flags(facts, P)
    assert not [f for f in flags if f.rule_id in (FREQUENT, THIRD_PARTY)]


def test_an_undated_third_party_contact_is_graded_on_its_own():
    facts = [third(1, when=None), third(2, when=None), third(3, when=None)]
    facts = [ContactFacts(f.id, None, f.channel, f.direction, f.answered, f.number_norm, f.loan_id,
                          f.contacted_party, f.debt_disclosed, reachable="yes") for f in facts]
    assert {grade_of(facts, i) for i in (1, 2, 3)} == {MEDIUM}


# -- parameters ---------------------------------------------------------------------------------

class _Rule:
    def __init__(self, params):
        self.params = params

    def param(self, name, default=None):
        return self.params.get(name, default)

    def time_param(self, name):
        v = self.params.get(name)
        return time(*map(int, v.split(":"))) if v else None


def test_parameters_come_from_the_rules_data():
    params = EngineParams.from_rules({NIGHT: _Rule({"quiet_start": "21:30", "quiet_end": "07:00"}),
                                      FREQUENT: _Rule({"max_answered_calls_per_day": 2}),
                                      THIRD_PARTY: _Rule({"many_people": 5, "grade_medium_severity": "low"})})
    assert params.quiet_start == time(21, 30) and params.max_answered_per_day == 2
    assert params.max_attempts_per_day == 6 and params.many_people == 5
    assert params.severity_for(MEDIUM) == "low" and params.severity_for(HIGH) == "high"
    assert params.stamp() != P.stamp()


def test_the_shipped_rules_grade_to_the_fact_sheets_severities(content):
    params = EngineParams.from_rules(content.rules)
    assert [params.severity_for(g) for g in (HIGH, MEDIUM, LOW)] == ["high", "medium", "low"]
    assert [params.strength_for(g) for g in (HIGH, MEDIUM, LOW)] == ["law", "industry_standard", "industry_standard"]
    assert params.many_people == 3
    assert params.stamp() == P.stamp()  # the defaults are the shipped values


# -- any log -------------------------------------------------------------------------------------

answers = st.sampled_from([None, "yes", "no", "unknown", "", "garbage"])
any_facts = st.builds(
    ContactFacts,
    id=st.integers(1, 10_000),
    occurred_at=st.one_of(st.none(), st.integers(0, 60 * 24 * 5).map(lambda m: datetime(2026, 11, 1)
                                                                       + timedelta(minutes=m))),
    channel=st.sampled_from(["call", "sms", "chat", "visit", "third_party", "other", ""]),
    direction=st.sampled_from(["incoming", "outgoing", "missed", None, ""]),
    answered=st.sampled_from([True, False, None]),
    number_norm=st.sampled_from(["", "13800000000", "13900000000"]),
    loan_id=st.sampled_from([1, 2, None]),
    contacted_party=st.sampled_from(["self", "family", "employer", "colleague", "friend", "contact", "other", "",
                                     "??"]),
    debt_disclosed=st.booleans(),
    third_party_count=st.integers(-1, 40),
    third_party_disclosed=st.booleans(),
    duration_s=st.one_of(st.none(), st.integers(-5, 10_000)),
    reachable=answers,
    continued_after_refusal=answers,
    asked_to_pay=st.booleans(),
    third_party_asked=st.booleans(),
    marked_third_party=st.booleans(),
)
logs = st.lists(any_facts, max_size=60, unique_by=lambda f: f.id)
_NASTY = [
    ContactFacts(1, None, "", None, None, "", None, "", True, -1, True, -5, "garbage", "", True, True, True),
    ContactFacts(2, datetime(2026, 11, 1, 22, 0), "call", "missed", True, "", None, "self", True, 0, False, 30),
]


@settings(max_examples=200, deadline=None)
@given(logs)
@example(_NASTY)
@example([ContactFacts(i, datetime(2026, 11, 1, 9, i), "call", None, None, "", None, "self", False)
          for i in range(10)])
def test_the_engine_never_crashes_and_every_flag_is_well_formed(facts):
    flags = compute_flags(facts, P)
    ids = {f.id for f in facts}
    for flag in flags:
        assert set(flag.contact_ids) <= ids
        assert flag.reason("zh_CN", P) and flag.reason("en", P)
        if flag.rule_id == THIRD_PARTY:
            assert flag.grade in (HIGH, MEDIUM, LOW)
    graded = grades_by_contact(flags)
    for f in facts:
        # Low only on answers that make it low; high only on a recorded fact.
        if graded.get(f.id) == LOW:
            assert f.reachable == "no" and f.continued_after_refusal == "no"
        if graded.get(f.id) == HIGH:
            assert (f.disclosed_to_others or f.others_asked_to_pay or f.continued_after_refusal == "yes"
                    or any(g.people >= P.many_people for g in flags if f.id in g.contact_ids))
    assert flags_by_contact(compute_flags(list(reversed(facts)), P)) == flags_by_contact(flags)
    assert grades_by_contact(compute_flags(list(reversed(facts)), P)) == graded


@settings(max_examples=100, deadline=None)
@given(logs)
def test_removing_a_contact_never_adds_a_frequency_flag(facts):
    if not facts:
        return
    before = {f.day for f in compute_flags(facts, P) if f.rule_id == FREQUENT}
    after = {f.day for f in compute_flags(facts[1:], P) if f.rule_id == FREQUENT}
    assert after <= before


@settings(max_examples=100, deadline=None)
@given(logs, st.data())
def test_answering_a_question_never_moves_a_grade_past_what_the_answer_allows(facts, data):
    """Filling in an unknown answer can only lower a grade to low by answering "no", or raise it by "yes"."""
    graded = grades_by_contact(compute_flags(facts, P))
    for i, f in enumerate(facts):
        if f.continued_after_refusal in (None, "unknown") and graded.get(f.id) == MEDIUM:
            answered = list(facts)
            answered[i] = ContactFacts(**{**f.__dict__, "continued_after_refusal": "yes"})
            assert grades_by_contact(compute_flags(answered, P))[f.id] == HIGH
