"""The negotiation parts of a report: the budget statement, the plan, the documents and the letter.

Read from the case's negotiation draft and its stored letters (see
:func:`desktop.report_data.gather.gather`), with every label in the report's
language. A damaged or half-filled draft gives "not filled in yet" sections,
never an error.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.content.model import Content
from desktop.domain.budget import Statement
from desktop.domain.errors import UserError
from desktop.domain.money import format_amount
from desktop.domain.negotiation import NegotiationDraft
from desktop.domain.plan import build_schedule
from desktop.domain.punctuation import list_separator
from desktop.report_data.model import (
    DocumentEntry,
    LetterInfo,
    LoanEntry,
    PlanInfo,
    StatementInfo,
    StatementLine,
)
from desktop.report_data.texts import phrase


class NegotiationGatherer:
    """Gathers the negotiation sections; ``status`` checks an evidence file (shared with the evidence section)."""

    def __init__(self, session, lang: str, content: Content, status: Callable[[object], str]) -> None:
        self.session, self.lang, self.content, self.status = session, lang, content, status
        self._blocks = None

    def draft(self) -> NegotiationDraft | None:
        try:
            return self.session.drafts.negotiation()
        except UserError:
            return None  # a damaged draft: the sections say nothing is filled in yet

    def _money(self, fen: int) -> str:
        return format_amount(fen, self.lang)

    def block(self, block_id: str, fallback: str) -> str:
        """A label from the negotiation letter's blocks in the report's language."""
        if self._blocks is None:
            try:
                self._blocks = self.content.letter_blocks("negotiation", self.lang)
            except UserError:
                self._blocks = False
        if self._blocks and block_id in self._blocks.blocks:
            return self._blocks.text(block_id)
        return fallback

    def statement(self, draft: NegotiationDraft) -> StatementInfo | None:
        if not draft.statement:
            return None
        try:
            categories = self.content.budget_categories
            known = set(categories.item_codes())
            statement = Statement(categories, {k: v for k, v in draft.statement.items() if k in known})
        except UserError:
            return None
        lines = []
        for category in categories.categories:
            for item in category.items:
                fen = statement.items.get(item.code, 0)
                if fen:
                    lines.append(StatementLine(category.label(self.lang), item.label(self.lang), self._money(fen),
                                                 category.kind))
        if not lines:
            return None
        return StatementInfo(tuple(lines), self._money(statement.total_income), self._money(statement.total_spending),
                               self._money(statement.left_over), statement.left_over, phrase("statement.basis", self.lang))

    def plan(self, draft: NegotiationDraft, loans: tuple[LoanEntry, ...]) -> PlanInfo | None:
        plan = draft.plan
        if plan is None:
            return None
        loan = next((x for x in loans if x.id == draft.loan_id), None)
        requests = tuple(self.block(f"request.{r}", r) for r in plan.requests)
        name = loan.label if loan else ""
        if loan is None or not plan.instalments or plan.first_date is None or loan.outstanding_fen <= 0:
            missing = []
            if loan is None:
                missing.append("贷款" if self.lang != "en" else "the loan")
            elif loan.outstanding_fen <= 0:
                missing.append("欠款金额" if self.lang != "en" else "the amount owed")
            if not plan.instalments:
                missing.append("期数" if self.lang != "en" else "the number of instalments")
            if plan.first_date is None:
                missing.append("首期日期" if self.lang != "en" else "the first date")
            what = ("还没有填写" if self.lang != "en" else "missing: ") + list_separator(self.lang).join(missing)
            return PlanInfo(name, (), "", requests, phrase("plan.incomplete", self.lang, why=what))
        try:
            schedule = build_schedule(loan.outstanding_fen, plan.instalments, plan.first_date, plan.monthly_fen)
        except UserError as exc:
            return PlanInfo(name, (), "", requests, phrase("plan.incomplete", self.lang, why=exc.message(self.lang)))
        rows = tuple((i.n, i.due_date, self._money(i.amount_fen)) for i in schedule)
        summary = phrase("plan.summary", self.lang, n=len(schedule), monthly=self._money(schedule[0].amount_fen),
                    first=schedule[0].due_date.isoformat(), total=self._money(loan.outstanding_fen))
        return PlanInfo(name, rows, summary, requests)

    def documents(self, draft: NegotiationDraft, check_files: bool) -> tuple[DocumentEntry, ...]:
        out = []
        for doc in draft.docs:
            text = doc.label.strip() or self.block(f"doc.{doc.code}", doc.code)
            name = sha = status = ""
            if doc.attachment_id is not None:
                try:
                    att = self.session.evidence.get(doc.attachment_id)
                except UserError:
                    status = "missing"
                else:
                    name, sha = att.original_name, att.sha256
                    status = self.status(att) if check_files else ""
            out.append(DocumentEntry(text, doc.have_it, name, sha, status))
        return tuple(out)

    def letter(self, freeze: bool) -> LetterInfo | None:
        stored = self.session.letters.latest("negotiation")
        if stored is None or not stored.text.strip():
            return None
        if stored.frozen:
            note = phrase("letter.frozen", self.lang, version=stored.version, when=f"{stored.frozen_at:%Y-%m-%d %H:%M}")
        elif freeze:
            note = phrase("letter.will_freeze", self.lang, version=stored.version)
        else:
            note = phrase("letter.draft", self.lang, version=stored.version)
        return LetterInfo(stored.id, stored.version, stored.lang, stored.text, stored.frozen or freeze, note)
