"""The negotiation letter (协商还款申请): acknowledges the debt, explains the hardship, asks for a plan."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop.domain.budget import Statement
from desktop.domain.letters.blocks import LetterBlocks
from desktop.domain.letters.common import (
    Letter,
    addressee_line,
    assemble_letter,
    check_blocks,
    clean_user_text,
    join_sentences,
    letter_date,
    numbered_list,
    signature_lines,
)
from desktop.domain.money import format_amount
from desktop.domain.negotiation import DOC_CODES, Loan, NegotiationDraft
from desktop.domain.plan import Instalment


@dataclass(frozen=True)
class StatementSummary:
    """The three totals of a monthly statement the letter quotes (fen a month)."""

    income_fen: int
    spending_fen: int

    @property
    def left_over_fen(self) -> int:
        return self.income_fen - self.spending_fen

    @classmethod
    def from_statement(cls, statement: Statement) -> StatementSummary:
        return cls(statement.total_income, statement.total_spending)


def _loan_facts(blocks: LetterBlocks, loan: Loan) -> str:
    b, lang = blocks.text, blocks.lang
    lines = []
    if brand := clean_user_text(loan.brand):
        lines.append(b("loan.brand", brand=brand))
    if lender := clean_user_text(loan.contract_lender):
        lines.append(b("loan.lender", lender=lender))
    if contract_no := clean_user_text(loan.contract_no):
        lines.append(b("loan.contract_no", contract_no=contract_no))
    if loan.contract_date:
        lines.append(b("loan.contract_date", date=letter_date(blocks, loan.contract_date)))
    if loan.amount_borrowed_fen > 0:
        lines.append(b("loan.borrowed", amount=format_amount(loan.amount_borrowed_fen, lang)))
    if loan.amount_received_fen > 0 and loan.amount_received_fen != loan.amount_borrowed_fen:
        lines.append(b("loan.received", amount=format_amount(loan.amount_received_fen, lang)))
    if loan.overdue_since:
        lines.append(b("loan.overdue_since", date=letter_date(blocks, loan.overdue_since)))
    if loan.outstanding_total_fen > 0:
        lines.append(b("loan.outstanding", total=format_amount(loan.outstanding_total_fen, lang)))
        lines.append(
            b(
                "loan.outstanding_parts",
                principal=format_amount(loan.outstanding_principal_fen, lang),
                interest=format_amount(loan.outstanding_interest_fen, lang),
                penalty=format_amount(loan.outstanding_penalty_fen, lang),
                fees=format_amount(loan.outstanding_fees_fen, lang),
            )
        )
    return "\n".join([b("loan.intro"), *lines]) if lines else ""


def _hardship(blocks: LetterBlocks, draft: NegotiationDraft) -> str:
    description = clean_user_text(draft.hardship.description, one_line=False)
    reasons = [r for r in draft.hardship.reasons if not (r == "other" and description)]
    if not reasons and not description:
        return blocks.text("hardship.none")
    parts = [blocks.text("hardship.intro")] + [blocks.text(f"hardship.{r}") for r in reasons]
    if description:
        parts.append(blocks.text("hardship.description", description=description))
    return join_sentences(blocks, parts)


def _summary(value: StatementSummary | Statement | None) -> StatementSummary | None:
    if isinstance(value, Statement):
        return StatementSummary.from_statement(value)
    return value


def _plan(blocks: LetterBlocks, schedule: Sequence[Instalment], summary: StatementSummary | None) -> str:
    b, lang = blocks.text, blocks.lang
    if not schedule:
        return b("plan.none")
    total = sum(i.amount_fen for i in schedule)
    first = letter_date(blocks, schedule[0].due_date)
    if len(schedule) == 1:
        return b("plan.single", total=format_amount(total, lang), first_date=first)
    regular, last = schedule[0].amount_fen, schedule[-1].amount_fen
    parts = [
        b(
            "plan.instalments",
            count=len(schedule),
            monthly=format_amount(regular, lang),
            first_date=first,
            total=format_amount(total, lang),
        )
    ]
    if last != regular:
        parts.append(b("plan.last", last=format_amount(last, lang)))
    if summary is not None and 0 < max(regular, last) <= summary.left_over_fen:
        parts.append(b("plan.fits"))
    return join_sentences(blocks, parts)


def _enclosures(blocks: LetterBlocks, draft: NegotiationDraft) -> str:
    labels = []
    for doc in draft.docs:
        if not doc.have_it:
            continue
        label = clean_user_text(doc.label) or (blocks.text(f"doc.{doc.code}") if doc.code in DOC_CODES else "")
        if label:
            labels.append(label)
    labels = list(dict.fromkeys(labels))
    if not labels:
        return blocks.text("enclosures.none")
    return numbered_list(blocks, blocks.text("enclosures.intro"), labels)


def build_negotiation_letter(
    draft: NegotiationDraft,
    loan: Loan,
    statement_summary: StatementSummary | Statement | None,
    schedule: Sequence[Instalment] | None,
    blocks: LetterBlocks,
    *,
    today: date,
) -> Letter:
    """The 协商还款申请 for ``loan`` from ``draft``, in ``draft.letter_lang``.

    ``blocks`` must be the negotiation blocks of the draft's letter language
    (anything else is a bug: :class:`ValueError`). ``statement_summary`` and
    ``schedule`` (from :func:`desktop.domain.plan.build_schedule`) may be
    ``None`` while the draft is unfinished; their paragraphs then give way to a
    neutral sentence or are left out. Same inputs, same letter.
    """
    check_blocks(blocks, "negotiation", draft.letter_lang)
    if draft.loan_id is not None and loan.id is not None and draft.loan_id != loan.id:
        raise ValueError(f"the draft is for loan {draft.loan_id}, not {loan.id}")
    b = blocks.text
    summary = _summary(statement_summary)
    requests = draft.plan.requests if draft.plan is not None else ()
    paragraphs = [
        b("salutation", addressee=addressee_line(blocks, loan)),
        b("opening"),
        _loan_facts(blocks, loan),
        _hardship(blocks, draft),
    ]
    if summary is not None and (summary.income_fen or summary.spending_fen):
        income = format_amount(summary.income_fen, blocks.lang)
        spending = format_amount(summary.spending_fen, blocks.lang)
        if summary.left_over_fen > 0:
            left = format_amount(summary.left_over_fen, blocks.lang)
            paragraphs.append(b("statement", income=income, spending=spending, left_over=left))
        else:
            paragraphs.append(b("statement.no_left_over", income=income, spending=spending))
    paragraphs.append(_plan(blocks, list(schedule or ()), summary))
    if requests:
        paragraphs.append(numbered_list(blocks, b("requests.intro"), [b(f"request.{r}") for r in requests]))
    third = "stop_third_party_contact" in requests
    paragraphs.append(b("collection_conduct" if third else "collection_conduct.third_parties"))
    paragraphs.append(_enclosures(blocks, draft))
    if phone := clean_user_text(draft.contact_phone):
        paragraphs.append(b("contact", phone=phone))
    paragraphs += [b("closing"), b("signoff"), signature_lines(blocks, draft.signature_name, today)]
    return assemble_letter(blocks, paragraphs, today)
