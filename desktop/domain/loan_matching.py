"""Which of a case's loans a text (an imported column, a typed name) names: plain matching, no storage."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping

from desktop.domain.negotiation import Loan


class LoanMatcher:
    """Finds the one loan a text names: exactly first, then ignoring case, width and spaces.

    ``labels`` maps loan ids to their list labels (``LoanRepository.labels()``); ``loans`` are the
    case's loans (``LoanRepository.list()``), whose brand and contract lender are matched too.
    """

    def __init__(self, loans: Iterable[Loan], labels: Mapping[int, str]) -> None:
        names: dict[int, set[str]] = {loan_id: {label} for loan_id, label in labels.items()}
        for loan in loans:
            if loan.id in names:
                names[loan.id].update((loan.brand or "", loan.contract_lender or ""))
        self._exact: dict[str, set[int]] = {}
        self._folded: dict[str, set[int]] = {}
        for loan_id, texts in names.items():
            for text in texts:
                if text and text.strip():
                    self._exact.setdefault(text.strip(), set()).add(loan_id)
                    self._folded.setdefault(fold(text), set()).add(loan_id)
        self._cache: dict[str, int | None] = {}

    def match(self, label: str) -> int | None:
        """The loan id ``label`` names, or ``None`` when it names none or more than one."""
        if label in self._cache:
            return self._cache[label]
        # Several loans with the same exact name is ambiguous: no fallback then.
        found = self._exact.get(label.strip()) or self._folded.get(fold(label), set())
        loan_id = next(iter(found)) if len(found) == 1 else None
        self._cache[label] = loan_id
        return loan_id


def fold(text: str) -> str:
    """``" Ｘ 贷 "`` and ``"x贷"`` fold alike: NFKC, case-folded, no whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())
