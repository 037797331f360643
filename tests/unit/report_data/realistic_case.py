"""A realistic case for report tests: three loans, ~30 contacts over three weeks (night calls, a day of
frequent calls, an employer told about the debt, family called), attachments, a negotiation draft and
a letter built from the real letter blocks. Every name and number is made up."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from desktop.domain.contacts import Channel, Contact, Direction, Relation, ThirdParty
from desktop.domain.negotiation import Hardship, Loan, NegotiationDraft, PlanRequest, SupportingDoc
from desktop.domain.rules_engine import EngineParams
from desktop.store.session import CaseSession

ROOT = Path(__file__).resolve().parents[3]
RESOURCES = ROOT / "resources"
NOW = datetime(2026, 11, 28, 10, 0)
START = datetime(2026, 11, 6, 0, 0)
EMPLOYER_NUMBER = "0769-2288 6655"
FAMILY_NUMBER = "139 2233 4455"
STATEMENT = {
    "income.wages": 380000, "income.family_support": 50000, "housing.rent": 120000,
    "utilities.electricity": 15000, "food_household.food": 90000, "transport.public": 20000,
    "communications.phone": 5000,
}


def _call(day: int, hh: int, mm: int, number: str, org: str, summary: str, **kw) -> Contact:
    kw.setdefault("direction", Direction.INCOMING)
    kw.setdefault("answered", kw["direction"] != Direction.MISSED)
    return Contact(occurred_at=START + timedelta(days=day, hours=hh, minutes=mm), channel=Channel.CALL,
                   number=number, claimed_org=org, summary=summary, **kw)


def contacts(loan_a: int, loan_b: int) -> list[Contact]:
    out = []
    collectors = [("0755-8123 4567", "深圳某某资产管理有限公司"), ("400-800-1234", "速借花平台客服"),
                  ("138 0013 8000", "某某信息咨询")]
    for i in range(18):
        number, org = collectors[i % 3]
        out.append(_call(i, 10 + i % 8, (i * 7) % 60, number, org,
                         f"第{i + 1}次来电：问什么时候还款，说今天不还就“走法律程序”。",
                         loan_id=loan_a if i % 2 else loan_b, duration_s=60 + 17 * i, claimed_name="李经理",
                         claimed_staff_id=f"A{1000 + i}", mood=2 + i % 3))
    # night calls
    out += [
        _call(3, 23, 12, "138 0013 8000", "某某信息咨询", "深夜打来，说明天去我家里找我。", loan_id=loan_a,
              duration_s=95, threats="说要上门，让邻居都知道", marks=("threats",), mood=5),
        _call(9, 6, 40, "0755-8123 4567", "深圳某某资产管理有限公司", "早上不到七点打来，没接。",
              direction=Direction.MISSED, loan_id=loan_b),
        _call(15, 22, 30, "138 0013 8000", "某某信息咨询", "又是晚上十点半以后打电话，骂我是老赖。", loan_id=loan_a,
              duration_s=210, marks=("insults",), mood=4),
    ]
    # a day of frequent calls
    out += [_call(12, 9 + k, 5, "0755-8123 4567", "深圳某某资产管理有限公司", f"一天内第{k + 1}次来电。",
                  direction=Direction.MISSED if k % 2 else Direction.INCOMING, loan_id=loan_b) for k in range(8)]
    # employer and family
    out += [
        Contact(occurred_at=START + timedelta(days=10, hours=14, minutes=20), channel=Channel.THIRD_PARTY,
                number="0755-8123 4567", claimed_org="深圳某某资产管理有限公司", loan_id=loan_b,
                contacted_party=Relation.EMPLOYER, debt_disclosed=True,
                summary="打到单位人事部，告诉人事我欠钱不还，让单位督促我还款。",
                third_parties=(ThirdParty(Relation.EMPLOYER, "人事部王主管", EMPLOYER_NUMBER, True, True),),
                marks=("debt_disclosure",), mood=5),
        Contact(occurred_at=START + timedelta(days=11, hours=20, minutes=5), channel=Channel.SMS,
                number="106 9000 1234", summary="短信：“已将您的欠款信息发送给您的紧急联系人。”",
                third_parties=(ThirdParty(Relation.FAMILY, "母亲", FAMILY_NUMBER, True, False),)),
        Contact(occurred_at=START + timedelta(days=18, hours=16), channel=Channel.VISIT,
                claimed_org="自称法院外访人员", summary="两个人到小区门口，说是“法院外访”，拍了我家门牌。",
                threats="说再不还就“上征信黑名单、子女不能上学”", marks=("false_legal_threats", "impersonate_authority")),
    ]
    return out


def build_case(cases, *, alias: str = "王女士（测试）", files: Path | None = None) -> str:
    """Create the case in ``cases`` and return its id."""
    from desktop.content.data_files import letter_blocks_path, read_budget_categories, read_letter_blocks
    from desktop.domain.budget import Statement
    from desktop.domain.letters.negotiation_letter import StatementSummary, build_negotiation_letter
    from desktop.domain.plan import build_schedule

    case = cases.create(alias, "东莞服装厂质检员，6 月起收入下降，两笔网贷逾期。希望停止联系单位，按月分期。")
    session = CaseSession(cases, case.id, EngineParams())
    try:
        loan_a = session.loans.add(Loan(brand="速借花", contract_lender="某某小额贷款有限公司", contract_no="SJH-2025-0012345",
                                        contract_date=date(2025, 3, 2), amount_borrowed_fen=2000000,
                                        amount_received_fen=1800000, outstanding_principal_fen=1250000,
                                        outstanding_interest_fen=86000, outstanding_penalty_fen=42000,
                                        outstanding_fees_fen=12000, overdue_since=date(2026, 8, 15)))
        loan_b = session.loans.add(Loan(brand="好分期", contract_lender="某某消费金融有限公司", contract_no="HFQ88776655",
                                        amount_borrowed_fen=800000, amount_received_fen=800000,
                                        outstanding_principal_fen=520000, outstanding_interest_fen=31000,
                                        overdue_since=date(2026, 9, 1)))
        session.loans.add(Loan(brand="信用卡", contract_lender="某某银行", outstanding_principal_fen=300000))
        saved = session.contacts.add_many(contacts(loan_a.id, loan_b.id))
        folder = files or Path(cases.data_dir.root) / "files"
        folder.mkdir(parents=True, exist_ok=True)
        evidence = []
        for i, (name, body) in enumerate((("通话录音 11-09.m4a", b"\x00fake-audio" * 5000),
                                          ("单位人事聊天截图.png", b"\x89PNG fake screenshot"),
                                          ("上门照片.jpg", b"\xff\xd8 fake photo"))):
            path = folder / name
            path.write_bytes(body + bytes([i]))
            target = saved[3 if i == 0 else (-3 if i == 1 else -1)].id
            session.contacts.update(session.contacts.get(target), files=[path])
            evidence.append(session.evidence.for_contact(target)[-1])
        income = folder / "收入证明.pdf"
        income.write_bytes(b"%PDF-1.4 fake income proof")
        proof = session.evidence.add(income)
        draft = NegotiationDraft(
            loan_id=loan_a.id,
            hardship=Hardship(("income_drop",), "今年 6 月工厂减产，月收入从 6,500 元降到 3,800 元。"),
            docs=(SupportingDoc("income_proof", attachment_id=proof.id, have_it=True),
                  SupportingDoc("bank_statements", have_it=True), SupportingDoc("", "社区出具的困难情况证明")),
            statement=STATEMENT,
            plan=PlanRequest(12, 120000, date(2026, 12, 15), ("stop_third_party_contact", "waive_penalty_and_fees")),
            signature_name="王某某", contact_phone="137 0000 1111",
        )
        session.drafts.put("negotiation", draft.to_json_dict())
        categories = read_budget_categories(RESOURCES / "budget" / "categories.toml")
        statement = Statement(categories, STATEMENT)
        loan = session.loans.get(loan_a.id)
        schedule = build_schedule(loan.outstanding_total_fen, 12, date(2026, 12, 15), 120000)
        blocks = read_letter_blocks(letter_blocks_path(RESOURCES, "zh_CN", "negotiation"))
        letter = build_negotiation_letter(draft, loan, StatementSummary.from_statement(statement), schedule, blocks,
                                          today=date(2026, 11, 28))
        session.letters.save_version("negotiation", "zh_CN", letter.text, letter.template_version)
    finally:
        session.close()
    return case.id
