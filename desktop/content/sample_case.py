"""The sample case: fictional, realistic, Chinese — data in ``resources/sample/case.toml``.

Contact times are given as days ago, so the sample always looks recent. The
negotiation is finished too — draft, budget, plan and a letter built by the
same pure function the Negotiate tab uses — so a desk can show a client what
the lender's PDF will look like. This module only reads: it returns a
:class:`~desktop.domain.sample_case.SampleCase`, and the composition root stores
it (``desktop.store.sample_case.store_sample``).
"""

from __future__ import annotations

import tomllib
from datetime import date, datetime, time, timedelta
from pathlib import Path

from desktop.content.model import Content
from desktop.domain.budget import Statement
from desktop.domain.contacts import Channel, Contact, Direction, Relation, ThirdParty
from desktop.domain.errors import UserError
from desktop.domain.letters.negotiation_letter import StatementSummary, build_negotiation_letter
from desktop.domain.negotiation import Hardship, Loan, NegotiationDraft, PlanRequest, SupportingDoc
from desktop.domain.plan import add_months, build_schedule
from desktop.domain.sample_case import SampleCase, SampleNegotiation

SAMPLE_FILE = "sample/case.toml"


def read_sample_case(content: Content, lang: str, now: datetime | None = None) -> SampleCase:
    """The sample case in the user's language, its contacts dated back from ``now``.

    :class:`UserError` when ``case.toml`` is missing or damaged; a missing or broken
    letter-blocks or categories file gives that file's own calm message. Nothing is stored.
    """
    now = now or datetime.now()
    suffix = "en" if lang == "en" else "zh"
    letter_lang = "en" if suffix == "en" else "zh_CN"
    # Read before the sample itself, so their own message names the broken file.
    categories = content.budget_categories
    blocks = content.letter_blocks("negotiation", letter_lang)
    path = Path(content.resources_dir or ".") / SAMPLE_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        case = data["case"]
        alias, notes = case[f"alias_{suffix}"], case[f"notes_{suffix}"]
        loans = tuple(_loan(item) for item in data.get("loan", []))
        contacts = tuple(_contact(item, now) for item in data.get("contact", []))
        for contact in contacts:
            _check_loan_place(contact.loan_id, loans)
        negotiation = data.get("negotiation")
        finished = None
        if negotiation:
            statement = Statement(categories, {code: _yuan(v) for code, v in negotiation.get("statement", {}).items()})
            draft = _draft(negotiation, statement, suffix, letter_lang, now.date())
            loan = loans[_check_loan_place(draft.loan_id, loans) - 1]
            plan = draft.plan
            schedule = build_schedule(loan.outstanding_total_fen, plan.instalments, plan.first_date, plan.monthly_fen)
            letter = build_negotiation_letter(draft, loan, StatementSummary.from_statement(statement), schedule,
                                              blocks, today=now.date())
            finished = SampleNegotiation(draft, letter)
    except (OSError, tomllib.TOMLDecodeError, KeyError, IndexError, TypeError, ValueError, UserError) as exc:
        raise UserError(
            zh=f"示例案件的数据文件“{path.name}”缺失或有误，无法载入示例案件。其他功能不受影响。",
            en=f"The sample case file “{path.name}” is missing or damaged, so the sample cannot be loaded. "
            "Everything else still works.",
        ) from exc
    return SampleCase(alias, notes, loans, contacts, finished)


def _draft(negotiation: dict, statement: Statement, suffix: str, letter_lang: str, today: date) -> NegotiationDraft:
    """The draft as the Negotiate tab saves it; its ``loan_id`` is the loan's place in the file (from 1)."""
    first = add_months(today.replace(day=1), 1).replace(day=int(negotiation["first_payment_day"]))
    plan = PlanRequest(instalments=int(negotiation["instalments"]), monthly_fen=_yuan(negotiation["monthly"]),
                       first_date=first, requests=tuple(negotiation.get("requests", ())))
    return NegotiationDraft(
        loan_id=int(negotiation["loan"]),
        hardship=Hardship(tuple(negotiation.get("hardship_reasons", ())), negotiation[f"hardship_{suffix}"]),
        docs=tuple(SupportingDoc(code=d["code"], have_it=bool(d.get("have_it"))) for d in negotiation.get("docs", ())),
        statement=dict(statement.items), plan=plan, letter_lang=letter_lang,
        signature_name=negotiation[f"signature_{suffix}"],
    )


def _check_loan_place(place: int | None, loans: tuple[Loan, ...]) -> int | None:
    """``place`` (a loan's place in the file, from 1), or ValueError if there is no such loan: found before
    anything is stored, so a wrong number never leaves half a sample case behind."""
    if place is not None and not 1 <= place <= len(loans):
        raise ValueError(f"no loan {place}")
    return place


def _yuan(value) -> int:
    return round(float(value) * 100)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _loan(item: dict) -> Loan:
    return Loan(
        brand=item.get("brand", ""), contract_lender=item.get("contract_lender", ""),
        contract_no=item.get("contract_no", ""), contract_date=_date(item.get("contract_date")),
        amount_borrowed_fen=_yuan(item.get("amount_borrowed", 0)),
        amount_received_fen=_yuan(item.get("amount_received", 0)),
        outstanding_principal_fen=_yuan(item.get("outstanding_principal", 0)),
        outstanding_interest_fen=_yuan(item.get("outstanding_interest", 0)),
        outstanding_penalty_fen=_yuan(item.get("outstanding_penalty", 0)),
        outstanding_fees_fen=_yuan(item.get("outstanding_fees", 0)),
        overdue_since=_date(item.get("overdue_since")),
        lender_type=item.get("lender_type", ""),
    )


def _contact(item: dict, now: datetime) -> Contact:
    when = datetime.combine((now - timedelta(days=int(item["days_ago"]))).date(), time.fromisoformat(item["time"]))
    direction = item.get("direction")
    return Contact(
        occurred_at=when, channel=Channel(item.get("channel", "call")),
        direction=Direction(direction) if direction else None,
        answered=(direction != "missed") if direction else None,
        number=item.get("number", ""), claimed_org=item.get("claimed_org", ""),
        claimed_name=item.get("claimed_name", ""), loan_id=int(item.get("loan", 0)) or None,
        duration_s=item.get("duration"), contacted_party=Relation(item.get("contacted_party", "self")),
        debt_disclosed=bool(item.get("debt_disclosed", False)), summary=item.get("summary", ""),
        threats=item.get("threats", ""), marks=tuple(item.get("marks", ())),
        third_parties=tuple(
            ThirdParty(Relation(p["relation"]), p.get("name", ""), p.get("number", ""),
                       bool(p.get("debt_disclosed")), bool(p.get("asked_to_pay")))
            for p in item.get("parties", ())
        ),
    )

