"""Storing the sample case (read by ``desktop.content.sample_case``) as a new case, through the repositories."""

from __future__ import annotations

import contextlib
from dataclasses import replace

from desktop.domain.cases import Case
from desktop.domain.contacts import Contact
from desktop.domain.rules_engine import EngineParams
from desktop.domain.sample_case import SampleCase
from desktop.store.cases import CaseRepository
from desktop.store.contacts import ContactRepository
from desktop.store.drafts import DraftRepository
from desktop.store.letters import LetterRepository
from desktop.store.loans import LoanRepository


def store_sample(cases: CaseRepository, sample: SampleCase, params: EngineParams) -> Case:
    """Create a new case holding ``sample``: its loans, its contacts, the negotiation draft and one letter version.

    ``params`` are the app's (flags counted as in any other case). All or nothing: if a write fails
    part-way (a full disk), the half-made case is removed again and the error goes on.
    """
    created = cases.create(sample.alias, sample.notes)
    try:
        with cases.open(created.id) as conn:
            loan_ids = [LoanRepository(conn).add(loan).id for loan in sample.loans]
            ContactRepository(conn, params).add_many(_with_loan(c, loan_ids) for c in sample.contacts)
            if sample.negotiation is not None:
                draft, letter = sample.negotiation.draft, sample.negotiation.letter
                draft = replace(draft, loan_id=loan_ids[draft.loan_id - 1])
                DraftRepository(conn).put("negotiation", draft.to_json_dict())
                LetterRepository(conn).save_version("negotiation", draft.letter_lang, letter.text,
                                                    letter.template_version)
    except BaseException:
        with contextlib.suppress(Exception):
            cases.delete(created.id)
        raise
    return created


def _with_loan(contact: Contact, loan_ids: list[int]) -> Contact:
    """``contact`` with its loan's place in the sample (from 1) turned into the stored loan's id."""
    return contact if contact.loan_id is None else replace(contact, loan_id=loan_ids[contact.loan_id - 1])
