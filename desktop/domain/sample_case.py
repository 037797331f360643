"""The sample case as records: what ``content.sample_case`` reads and ``store.sample_case`` stores.

The loans have no ids until they are stored, so a contact's ``loan_id`` and the
draft's ``loan_id`` here are the loan's place in :attr:`SampleCase.loans`,
counting from 1; the store maps them to the stored loans' ids.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.contacts import Contact
from desktop.domain.letters.common import Letter
from desktop.domain.negotiation import Loan, NegotiationDraft


@dataclass(frozen=True)
class SampleNegotiation:
    """A finished negotiation: the draft as the Negotiate tab saves it (statement and plan inside) and its letter."""

    draft: NegotiationDraft
    letter: Letter


@dataclass(frozen=True)
class SampleCase:
    """A fictional case in one language, ready to be stored as a new case."""

    alias: str
    notes: str
    loans: tuple[Loan, ...]
    contacts: tuple[Contact, ...]
    negotiation: SampleNegotiation | None = None
