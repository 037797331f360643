"""What a Negotiate step may ask the tab about the other steps (the ``flow`` each page is given).

:class:`~desktop.ui.negotiate.negotiate_tab.NegotiateTab` answers these questions. The pages
name this Protocol rather than the tab because the tab imports the pages; a test can hand a
page any object with these methods.
"""

from __future__ import annotations

from typing import Protocol

from desktop.domain.budget import Statement
from desktop.domain.negotiation import Loan, NegotiationDraft
from desktop.domain.plan import Instalment


class NegotiationFlow(Protocol):
    """The questions the steps ask each other through the tab."""

    def current_loan(self) -> Loan | None:
        """The loan chosen in the first step, or None."""

    def all_loans(self) -> list[Loan]:
        """Every loan of the case."""

    def cost_inputs(self, loan_id: int) -> dict:
        """The cost step's inputs saved for ``loan_id``."""

    def keep_cost_inputs(self, loan_id: int, inputs: dict) -> None:
        """Save the cost step's inputs for ``loan_id``."""

    def statement(self) -> Statement:
        """The monthly budget as the budget step has it now."""

    def left_for_loan(self) -> int:
        """What the budget leaves each month for the chosen loan, in fen."""

    def schedule(self) -> list[Instalment]:
        """The plan step's instalments."""

    def draft(self) -> NegotiationDraft:
        """The whole negotiation as the steps hold it now."""
