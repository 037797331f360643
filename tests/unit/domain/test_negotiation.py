"""The negotiation draft: exact JSON round-trips, and tolerance of drafts from other versions."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import UserError
from desktop.domain.negotiation import (
    DOC_CODES,
    HARDSHIP_REASONS,
    REQUESTS,
    Hardship,
    Loan,
    NegotiationDraft,
    PlanRequest,
    SupportingDoc,
)

FEN = st.integers(min_value=0, max_value=10_000_000_000)
DATES = st.none() | st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))
TEXT = st.text(max_size=40)


def codes(known: tuple[str, ...]):
    return st.lists(st.sampled_from(known), unique=True).map(tuple)


loans = st.builds(
    Loan,
    id=st.none() | st.integers(min_value=1, max_value=10**6),
    brand=TEXT,
    contract_lender=TEXT,
    contract_no=TEXT,
    contract_date=DATES,
    amount_borrowed_fen=FEN,
    amount_received_fen=FEN,
    outstanding_principal_fen=FEN,
    outstanding_interest_fen=FEN,
    outstanding_penalty_fen=FEN,
    outstanding_fees_fen=FEN,
    overdue_since=DATES,
    notes=TEXT,
)
drafts = st.builds(
    NegotiationDraft,
    loan_id=st.none() | st.integers(min_value=1, max_value=10**6),
    hardship=st.builds(Hardship, reasons=codes(HARDSHIP_REASONS), description=TEXT),
    docs=st.lists(
        st.builds(
            SupportingDoc,
            code=st.sampled_from(("",) + DOC_CODES),
            label=TEXT,
            attachment_id=st.none() | st.integers(min_value=1, max_value=10**6),
            have_it=st.booleans(),
        ),
        max_size=5,
    ).map(tuple),
    statement=st.dictionaries(st.sampled_from(("income.wages", "housing.rent", "food_household.food")), FEN),
    plan=st.none()
    | st.builds(
        PlanRequest,
        instalments=st.none() | st.integers(min_value=1, max_value=120),
        monthly_fen=st.none() | FEN,
        first_date=DATES,
        requests=codes(REQUESTS),
    ),
    letter_lang=st.sampled_from(("zh_CN", "en")),
    signature_name=TEXT,
    contact_phone=TEXT,
)


@given(drafts)
def test_draft_json_round_trip_is_exact_even_through_json_text(draft):
    """What the tab autosaves reads back to an equal draft, also after json.dumps/loads."""
    data = draft.to_json_dict()
    assert NegotiationDraft.from_json_dict(data) == draft
    assert NegotiationDraft.from_json_dict(json.loads(json.dumps(data, ensure_ascii=False))) == draft


@given(loans)
def test_loan_json_round_trip_is_exact(loan):
    assert Loan.from_json_dict(json.loads(json.dumps(loan.to_json_dict()))) == loan


def test_unknown_keys_and_codes_from_newer_versions_are_ignored():
    """A draft written by a newer version (extra keys, new codes) still opens; what is known survives."""
    data = {
        "schema": 7,
        "loan_id": 3,
        "future_field": {"x": 1},
        "hardship": {"reasons": ["illness", "meteor_strike", "illness"], "description": "住院", "mood": 3},
        "docs": [{"code": "medical_records", "have_it": True, "scanned": True}],
        "plan": {"instalments": 12, "requests": ["freeze_interest", "write_off_everything"], "new": 1},
        "letter_lang": "fr",
    }
    draft = NegotiationDraft.from_json_dict(data)
    assert draft.loan_id == 3
    assert draft.hardship == Hardship(("illness",), "住院")
    assert draft.docs == (SupportingDoc("medical_records", have_it=True),)
    assert draft.plan == PlanRequest(instalments=12, requests=("freeze_interest",))
    assert draft.letter_lang == "zh_CN"


def test_missing_keys_from_older_drafts_take_defaults():
    """An early draft saved after the first step only has a loan id."""
    assert NegotiationDraft.from_json_dict({"loan_id": 5}) == NegotiationDraft(loan_id=5)
    assert NegotiationDraft.from_json_dict({}) == NegotiationDraft()
    assert Loan.from_json_dict({"brand": "借呗"}) == Loan(brand="借呗")


@pytest.mark.parametrize(
    "data",
    [
        {"loan_id": "3"},
        {"hardship": {"reasons": "illness"}},
        {"docs": ["medical_records"]},
        {"statement": {"income.wages": -5}},
        {"statement": {"income.wages": 1.5}},
        {"plan": {"first_date": "next Monday"}},
        {"plan": {"monthly_fen": True}},
        {"signature_name": 12},
        [],
    ],
)
def test_damaged_values_are_a_user_error_naming_the_field(data):
    with pytest.raises(UserError) as info:
        NegotiationDraft.from_json_dict(data)
    assert info.value.zh and info.value.en and info.value.field


def test_damaged_loan_amount_is_a_user_error():
    with pytest.raises(UserError):
        Loan.from_json_dict({"outstanding_principal_fen": -100})


def test_outstanding_total_adds_every_kind_of_charge():
    loan = Loan(
        outstanding_principal_fen=1_500_000,
        outstanding_interest_fen=120_000,
        outstanding_penalty_fen=45_000,
        outstanding_fees_fen=5_000,
    )
    assert loan.outstanding_total_fen == 1_670_000


def test_records_are_frozen_and_hashable_and_the_statement_cannot_change_underneath():
    items = {"income.wages": 300_000}
    draft = NegotiationDraft(statement=items, docs=[SupportingDoc("id_copy")])  # type: ignore[arg-type]
    items["income.wages"] = 1
    assert draft.statement["income.wages"] == 300_000
    assert draft.docs == (SupportingDoc("id_copy"),)
    hash(draft)
    with pytest.raises(AttributeError):
        draft.loan_id = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        draft.statement["income.wages"] = 5  # type: ignore[index]


def test_unknown_codes_in_code_are_a_bug_not_silently_kept():
    with pytest.raises(ValueError):
        Hardship(reasons=("bad_luck",))
    with pytest.raises(ValueError):
        PlanRequest(requests=("forgive_everything",))
    with pytest.raises(ValueError):
        NegotiationDraft(letter_lang="fr")
