"""Typed reads the UI and the reports use instead of SQL or raw JSON (issue 14 item 1, review §6.1 point 3)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.domain.contacts import Contact
from desktop.domain.errors import UserError
from desktop.domain.loan_matching import LoanMatcher
from desktop.domain.negotiation import Hardship, Loan, NegotiationDraft


def test_the_negotiation_draft_reads_back_typed_and_is_none_when_never_saved(empty_session):
    drafts = empty_session.drafts
    assert drafts.negotiation() is None
    draft = NegotiationDraft(hardship=Hardship(description="失业三个月"))
    drafts.put("negotiation", {**draft.to_json_dict(), "ui": {"step": 2}})
    assert drafts.negotiation() == draft


def test_a_negotiation_draft_that_cannot_be_read_is_said_plainly(empty_session):
    empty_session.drafts.put("negotiation", {"docs": "not a list"})
    with pytest.raises(UserError):
        empty_session.drafts.negotiation()


def test_loan_labels_and_the_matcher_come_from_the_loan_repository(empty_session):
    loans = empty_session.loans
    loan_id = loans.add(Loan(brand="借呗", contract_lender="某某网络小额贷款有限公司")).id
    assert loans.labels() == {loan_id: "借呗 / 某某网络小额贷款有限公司"}
    matcher = LoanMatcher(loans.list(), loans.labels())
    assert matcher.match(" 借呗 ") == loan_id and matcher.match("某某网络小额贷款有限公司") == loan_id
    assert matcher.match("别的") is None


def test_the_log_summary_counts_come_from_the_contact_repository(empty_session):
    contacts = empty_session.contacts
    contacts.add(Contact(occurred_at=datetime(2026, 11, 3, 23, 30), summary="夜里"))
    stats = contacts.stats(date(2026, 11, 1))
    assert stats.total == 1 and stats.night == 1 and stats.per_day == {date(2026, 11, 3): 1}
