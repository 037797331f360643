"""Loans and letter versions in the store."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.content.sample_case import read_sample_case
from desktop.domain.errors import UserError
from desktop.domain.negotiation import Loan
from desktop.domain.rules_engine import EngineParams
from desktop.store.letters import LetterRepository
from desktop.store.loans import LoanRepository
from desktop.store.sample_case import store_sample


@pytest.fixture
def conn(cases):
    case = cases.create("贷款")
    with cases.open(case.id) as conn:
        yield conn


def test_loans_round_trip_update_and_hide(conn):
    repo = LoanRepository(conn)
    loan = repo.add(Loan(brand="借呗", contract_lender="某某网络小额贷款有限公司", contract_no="HT-1",
                         contract_date=date(2025, 3, 1), amount_borrowed_fen=2_000_000, amount_received_fen=1_880_000,
                         outstanding_principal_fen=1_500_000, overdue_since=date(2026, 8, 1), notes="𠮷"))
    assert repo.get(loan.id) == loan
    repo.update(replace(loan, outstanding_fees_fen=5_000))
    assert repo.get(loan.id).outstanding_fees_fen == 5_000
    assert repo.labels() == {loan.id: "借呗 / 某某网络小额贷款有限公司"}
    repo.delete(loan.id)
    assert repo.list() == [] and repo.labels() == {}
    inputs = {"received": "18,800", "mode": "dated", "dated": "2025-04-01 1,000\n2025-05-01 半", "count": 12}
    repo.set_cost_inputs(loan.id, inputs)
    assert repo.cost_inputs(loan.id) == inputs
    with pytest.raises(UserError):
        repo.get(999)


def test_letters_keep_every_version_and_frozen_ones_stay(conn):
    repo = LetterRepository(conn)
    first = repo.save_version("negotiation", "zh_CN", "第一稿", "zh-1")
    assert repo.save_version("negotiation", "zh_CN", "第一稿", "zh-1").id == first.id  # unchanged: not a new version
    frozen = repo.freeze(first.id)
    assert frozen.frozen and frozen.app_version
    again = repo.save_version("negotiation", "zh_CN", "第一稿", "zh-1")
    assert again.version == 2  # a frozen version is never reused for later edits
    repo.save_version("negotiation", "zh_CN", "第二稿\x00", "zh-1")
    assert [v.text for v in repo.versions("negotiation")] == ["第一稿", "第一稿", "第二稿"]
    assert repo.get(first.id).text == "第一稿" and repo.get(first.id).frozen
    assert repo.latest("complaint") is None


def test_the_sample_case_has_loans_and_flagged_contacts(cases, content):
    from desktop.store.contacts import ContactRepository

    case = store_sample(cases, read_sample_case(content, "zh_CN"), EngineParams())
    assert "虚构" in case.alias
    with cases.open(case.id) as conn:
        assert len(LoanRepository(conn).list()) == 2
        rows = ContactRepository(conn).page(None, 0, 50)
    assert len(rows) == 7
    flags = {f for r in rows for f in r.flags}
    assert {"night_call", "third_party_contact", "debt_disclosure"} <= flags
    assert all(r.loan_id is not None for r in rows)


@pytest.mark.parametrize("stored", ["not json", "[1, 2]", '{"received": [1], "count": true, "lpr": "3.1"}', ""])
def test_unreadable_cost_inputs_come_back_empty_or_cleaned(conn, stored):
    repo = LoanRepository(conn)
    loan = repo.add(Loan(brand="微粒贷"))
    conn.execute("UPDATE loans SET schedule_json = ? WHERE id = ?", (stored, loan.id))
    assert repo.cost_inputs(loan.id) == ({"lpr": "3.1"} if "lpr" in stored else {})


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_sample_case_has_a_finished_negotiation_the_lender_pdf_shows(cases, content, lang, tmp_path):
    """A desk shows a client the end result: the sample's lender PDF has the letter, the budget and the plan."""
    from datetime import date

    from desktop.domain.negotiation import NegotiationDraft
    from desktop.store.drafts import DraftRepository

    case = store_sample(cases, read_sample_case(content, lang), EngineParams())
    with cases.open(case.id) as conn:
        draft = NegotiationDraft.from_json_dict(DraftRepository(conn).get("negotiation"))
        letter = LetterRepository(conn).latest("negotiation")
        loans = LoanRepository(conn).list()
    assert draft.loan_id == loans[0].id
    assert draft.plan.instalments == 21 and draft.plan.first_date > date.today()
    assert draft.statement["income.wages"] == 380000
    assert letter is not None and letter.lang == draft.letter_lang == ("en" if lang == "en" else "zh_CN")
    assert ("协商还款" in letter.text) if lang != "en" else ("instalment" in letter.text.lower())
    assert "800" in letter.text

    from pypdf import PdfReader

    from desktop.cli import main

    out = tmp_path / "lender.pdf"
    assert main(["export", case.id, "--preset", "lender", "-o", str(out), "--lang", lang,
                 "--data-dir", str(cases.data_dir.root)]) == 0
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert letter.text.splitlines()[0].strip()[:6] in text
    assert ("每月" in text or "monthly" in text.lower()) and "3,800" in text
