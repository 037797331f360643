"""The December 2026 review's engine rows (E2, E3, E4, R6, L9), on the shipped rules and letter blocks.

Each test reruns the review's probe (appendix A–D) or its finding against the real data, so the
miscounting or overclaiming it found cannot come back. R4 ("high if it continues after a complaint")
stays a note: the app records no complaint date the engine could compare with.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.content.data_files import letter_blocks_path, read_letter_blocks
from desktop.domain.contacts import Answer, Channel, Contact, Direction, Relation
from desktop.domain.legal import FREQUENT, NIGHT, THIRD_PARTY
from desktop.domain.letters.complaint import build_complaint
from desktop.domain.rules_engine import (
    ContactFacts,
    EngineParams,
    compute_flags,
    flags_by_contact,
    grades_by_contact,
)
from tests.content.conftest import RESOURCES


@pytest.fixture(scope="module")
def params(content):
    return EngineParams.from_rules(content.rules)


def facts(i, minute, *, party="self", answered=True, direction="incoming", loan=1, number="13800000000"):
    return ContactFacts(i, datetime(2026, 11, 3, 10, minute), "call", direction, answered, number, loan, party,
                        False)


def frequent(found):
    return [f for f in found if f.rule_id == FREQUENT]


def test_probe_a_a_call_to_family_is_not_one_of_the_borrowers_three_answered_calls_e3(params):
    found = compute_flags([facts(i, i) for i in range(3)] + [facts(9, 30, party="family")], params)
    assert not frequent(found)
    assert THIRD_PARTY in flags_by_contact(found)[9]


def test_probe_b_answered_calls_are_not_attempts_toward_the_six_e2(params):
    found = compute_flags([facts(i, i) for i in range(3)]
                          + [facts(10 + i, 20 + i, answered=False, direction="missed") for i in range(4)], params)
    assert not frequent(found)


def test_probe_c_the_night_boundaries_are_unchanged_e1(params):
    times = [(21, 30), (22, 0), (7, 59), (8, 0)]
    found = compute_flags([ContactFacts(i, datetime(2026, 11, 3, hh, mm), "call", "incoming", True, "", 1, "self",
                                        False) for i, (hh, mm) in enumerate(times)], params)
    assert sorted(c for f in found if f.rule_id == NIGHT for c in f.contact_ids) == [1, 2]


def test_probe_d_rotating_numbers_without_a_loan_are_caught_e4(params):
    found = compute_flags([facts(i, i, answered=False, direction="missed", loan=None, number=f"13{i}00000000")
                           for i in range(7)], params)
    (flag,) = frequent(found)
    assert flag.untagged and "选上是哪笔贷款" in flag.reason("zh_CN", params)


def test_the_frequent_calls_explanation_speaks_of_answered_and_unanswered_calls_r3(content, params):
    """The flag's own reason names the kind of call it counted (the rule text belongs to the rules data)."""
    found = compute_flags([facts(i, i, answered=False, direction="missed") for i in range(7)], params)
    (flag,) = frequent(found)
    assert "没接" in flag.reason("zh_CN", params) and "unanswered" in flag.reason("en", params)


def test_a_third_party_contact_is_not_always_high_and_law_r6(content, params):
    polite = ContactFacts(1, datetime(2026, 11, 3, 10, 0), "call", "incoming", True, "", 1, "family", False,
                          reachable="no", continued_after_refusal="no")
    unknown = ContactFacts(2, datetime(2026, 11, 4, 10, 0), "call", "incoming", True, "", 1, "family", False)
    grades = grades_by_contact(compute_flags([polite, unknown], params))
    assert grades == {1: "low", 2: "medium"}
    assert params.strength_for("low") == params.strength_for("medium") == "industry_standard"
    assert params.severity_for("low") == "low" and params.severity_for("high") == "high"


def _complaint(contacts, grades, lang="zh_CN"):
    from desktop.content.loader import load_content

    content, _ = load_content(RESOURCES)
    return build_complaint(contacts, content.rules, content.sources, None, channel="lender", lang=lang,
                           blocks=read_letter_blocks(letter_blocks_path(RESOURCES, lang, "complaint")), today=date(2026, 11, 28),
                           flags={c.id: [THIRD_PARTY] for c in contacts}, grades=grades)


def test_letters_complain_only_about_high_and_medium_third_party_contacts_with_the_grade_l9():
    polite = Contact(id=1, occurred_at=datetime(2026, 11, 3, 10, 0), channel=Channel.CALL,
                     direction=Direction.INCOMING, contacted_party=Relation.FAMILY, reachable=Answer.NO,
                     continued_after_refusal=Answer.NO, summary="我手机坏了，他们打给我哥问我在哪。")
    reachable = Contact(id=2, occurred_at=datetime(2026, 11, 4, 10, 0), channel=Channel.CALL,
                        direction=Direction.INCOMING, contacted_party=Relation.FRIEND, reachable=Answer.YES)
    letter = _complaint([polite, reachable], {1: "low", 2: "medium"})
    text = letter.text
    assert "联系第三人/爆通讯录：1 次" in text
    assert "涉及：联系第三人/爆通讯录（较重）" in text
    assert "（一般）" not in text
    only_low = _complaint([polite], {1: "low"}).text
    assert "联系第三人" not in only_low and "可能违反" not in only_low
    english = _complaint([polite, reachable], {1: "low", 2: "medium"}, lang="en").text
    assert "(Medium)" in english and "(Low)" not in english
