"""The sample case: fictional, realistic, Chinese — data in ``resources/sample/case.toml``.

Contact times are given as days ago, so the sample always looks recent; the
case is created and filled through the same repositories the app uses. The
negotiation is finished too — draft, budget, plan and a saved letter built by
the same pure function the Negotiate tab uses — so a desk can show a client
what the lender's PDF will look like.
"""

from __future__ import annotations

import tomllib
from datetime import date, datetime, time, timedelta
from pathlib import Path

from desktop.domain.budget import Statement, load_categories
from desktop.domain.cases import Case
from desktop.domain.contacts import Channel, Contact, Direction, Relation, ThirdParty
from desktop.domain.errors import UserError
from desktop.domain.letters.blocks import blocks_path, load_blocks
from desktop.domain.letters.negotiation_letter import StatementSummary, build_negotiation_letter
from desktop.domain.negotiation import Hardship, Loan, NegotiationDraft, PlanRequest, SupportingDoc
from desktop.domain.plan import add_months, build_schedule
from desktop.store.cases import CaseRepository
from desktop.store.contacts import ContactRepository
from desktop.store.drafts import DraftRepository
from desktop.store.letters import LetterRepository
from desktop.store.loans import LoanRepository


def create_sample_case(repo: CaseRepository, resources: Path, lang: str, now: datetime | None = None) -> Case:
    """Create a new case filled from the sample data, in the user's language."""
    path = resources / "sample" / "case.toml"
    now = now or datetime.now()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        case = data["case"]
        suffix = "en" if lang == "en" else "zh"
        alias, notes = case[f"alias_{suffix}"], case[f"notes_{suffix}"]
        loans = [_loan(item) for item in data.get("loan", [])]
        contacts = [_contact(item, now) for item in data.get("contact", [])]
        negotiation = data.get("negotiation")
        statement = _statement(negotiation, resources) if negotiation else None
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, UserError) as exc:
        raise UserError(
            zh=f"示例案件的数据文件“{path.name}”缺失或有误，无法载入示例案件。其他功能不受影响。",
            en=f"The sample case file “{path.name}” is missing or damaged, so the sample cannot be loaded. "
            "Everything else still works.",
        ) from exc
    created = repo.create(alias, notes)
    with repo.open(created.id) as conn:
        loan_ids = [LoanRepository(conn).add(loan).id for loan in loans]
        ContactRepository(conn).add_many(
            c if c.loan_id is None else _with_loan(c, loan_ids) for c in contacts)
        if negotiation and statement is not None:
            _store_negotiation(conn, negotiation, statement, loans, loan_ids, suffix, resources, now.date())
    return created


def _statement(negotiation: dict, resources: Path) -> Statement:
    categories = load_categories(resources / "budget" / "categories.toml")
    return Statement(categories, {code: _yuan(v) for code, v in negotiation.get("statement", {}).items()})


def _store_negotiation(conn, negotiation: dict, statement: Statement, loans: list[Loan], loan_ids: list[int],
                       suffix: str, resources: Path, today: date) -> None:
    """The draft as the Negotiate tab saves it, and one saved version of its letter."""
    index = int(negotiation["loan"]) - 1
    loan = loans[index]
    first = add_months(today.replace(day=1), 1).replace(day=int(negotiation["first_payment_day"]))
    plan = PlanRequest(instalments=int(negotiation["instalments"]), monthly_fen=_yuan(negotiation["monthly"]),
                       first_date=first, requests=tuple(negotiation.get("requests", ())))
    letter_lang = "en" if suffix == "en" else "zh_CN"
    draft = NegotiationDraft(
        loan_id=loan_ids[index],
        hardship=Hardship(tuple(negotiation.get("hardship_reasons", ())), negotiation[f"hardship_{suffix}"]),
        docs=tuple(SupportingDoc(code=d["code"], have_it=bool(d.get("have_it"))) for d in negotiation.get("docs", ())),
        statement=dict(statement.items), plan=plan, letter_lang=letter_lang,
        signature_name=negotiation[f"signature_{suffix}"],
    )
    schedule = build_schedule(loan.outstanding_total_fen, plan.instalments, plan.first_date, plan.monthly_fen)
    blocks = load_blocks(blocks_path(resources, letter_lang, "negotiation"))
    letter = build_negotiation_letter(draft, loan, StatementSummary.from_statement(statement), schedule, blocks,
                                      today=today)
    DraftRepository(conn).put("negotiation", draft.to_json_dict())
    LetterRepository(conn).save_version("negotiation", letter_lang, letter.text, letter.template_version)


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


def _with_loan(contact: Contact, loan_ids: list[int]) -> Contact:
    from dataclasses import replace

    return replace(contact, loan_id=loan_ids[contact.loan_id - 1])
