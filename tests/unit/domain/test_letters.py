"""Letters: the negotiation letter and the complaint, built purely from data and paragraph blocks."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop.content.data_files import letter_blocks_path, read_letter_blocks
from desktop.domain.contacts import Channel, Contact, Relation, ThirdParty
from desktop.domain.errors import UserError
from desktop.domain.legal import Basis, Rule, Source
from desktop.domain.letters.blocks import SCHEMAS, LetterBlocks
from desktop.domain.letters.complaint import CHANNELS, SUMMARY_LIMIT, build_complaint
from desktop.domain.letters.negotiation_letter import StatementSummary, build_negotiation_letter
from desktop.domain.negotiation import (
    DOC_CODES,
    HARDSHIP_REASONS,
    REQUESTS,
    Hardship,
    Loan,
    NegotiationDraft,
    PlanRequest,
    SupportingDoc,
)
from desktop.domain.plan import Instalment, build_schedule

RESOURCES = Path(__file__).resolve().parents[3] / "resources"
TODAY = date(2026, 12, 1)
LANGS = ("zh_CN", "en")

PLACEHOLDER = re.compile(r"\{[A-Za-z_]*\}")
THREATS_ZH = (
    "起诉",
    "诉讼",
    "法院",
    "律师",
    "曝光",
    "媒体",
    "投诉",
    "举报",
    "报警",
    "12378",
    "监管",
    "否则",
    "后果",
    "违法",
    "追究",
)
THREATS_EN = (
    "sue",
    "court",
    "lawyer",
    "legal action",
    "expose",
    "media",
    "complain",
    "report you",
    "police",
    "regulator",
    "otherwise",
    "consequences",
    "illegal",
)
RIGHTS_ZH = ("有权", "必须", "应当", "应该", "要求", "权利", "依法享有")
RIGHTS_EN = ("entitled", "must", "right to", "demand", "insist", "have to", "required")


def blocks(kind: str, lang: str) -> LetterBlocks:
    return read_letter_blocks(letter_blocks_path(RESOURCES, lang, kind))


@pytest.fixture(scope="module")
def all_blocks() -> dict[tuple[str, str], LetterBlocks]:
    return {(kind, lang): blocks(kind, lang) for kind in SCHEMAS for lang in LANGS}


LOAN = Loan(
    id=1,
    brand="分期乐",
    contract_lender="某某消费金融有限公司",
    contract_no="HT2024-0001",
    contract_date=date(2024, 3, 5),
    amount_borrowed_fen=2_000_000,
    amount_received_fen=1_880_000,
    outstanding_principal_fen=1_500_000,
    outstanding_interest_fen=120_000,
    outstanding_penalty_fen=45_000,
    outstanding_fees_fen=5_000,
    overdue_since=date(2026, 6, 15),
)


def full_draft(lang: str) -> NegotiationDraft:
    return NegotiationDraft(
        loan_id=1,
        hardship=Hardship(("unemployment", "illness"), "今年5月公司裁员；7月母亲住院做手术。"),
        docs=(
            SupportingDoc("unemployment_proof", have_it=True),
            SupportingDoc("medical_records", have_it=True),
            SupportingDoc("income_proof", have_it=False),
            SupportingDoc(label="社区开具的困难证明", have_it=True),
        ),
        statement={"income.wages": 330_000},
        plan=PlanRequest(24, 70_000, date(2027, 1, 15), REQUESTS),
        letter_lang=lang,
        signature_name="王女士",
        contact_phone="138 0000 0000",
    )


SCHEDULE = build_schedule(1_670_000, 24, date(2027, 1, 15), 70_000)
SUMMARY = StatementSummary(income_fen=330_000, spending_fen=240_000)


def negotiation(lang: str, all_blocks, **changes):
    draft = full_draft(lang)
    if changes:
        draft = NegotiationDraft(**{**draft.__dict__, **changes})
    return build_negotiation_letter(
        draft, LOAN, SUMMARY, SCHEDULE, all_blocks[("negotiation", lang)], today=TODAY
    )


def assert_clean(text: str) -> None:
    assert not PLACEHOLDER.search(text), "a {placeholder} leaked into the letter"
    assert "{" not in text and "}" not in text
    assert "None" not in text


# ── Blocks ────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("kind", sorted(SCHEMAS))
@pytest.mark.parametrize("lang", LANGS)
def test_shipped_blocks_load_complete_with_a_template_version(kind, lang):
    loaded = blocks(kind, lang)
    assert (loaded.kind, loaded.lang) == (kind, lang)
    assert set(loaded.blocks) == set(SCHEMAS[kind])
    assert loaded.template_version


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "negotiation.toml"
    path.write_text(body, encoding="utf-8")
    return path


def shipped_negotiation_with(replace: str = "", by: str = "") -> str:
    text = letter_blocks_path(RESOURCES, "zh_CN", "negotiation").read_text(encoding="utf-8")
    assert replace in text
    return text.replace(replace, by, 1)


@pytest.mark.parametrize(
    ("replace", "by", "detail"),
    [
        ('statement = "', 'statement = "{secret} ', "{secret}"),
        ('statement = "', 'statement = "{income:>10} ', "{income}"),
        ('statement = "', 'statement = "{income!r} ', "{income}"),
        ('statement = "', 'statement = "{ ', "statement"),
        ('"plan.fits" = "', '"plan.fit" = "', "plan.fit"),
        ('"plan.fits" = "这个', '"plan.fits" = "" #', "plan.fits"),
        ('closing = "', 'closing = 3 #"', "closing"),
        ('template_version = "negotiation/zh_CN/1"', "", "template_version"),
        ('kind = "negotiation"', 'kind = "poem"', "poem"),
        ('lang = "zh_CN"', 'lang = "fr"', "fr"),
        ("[blocks]", "[blocks", "TOML"),
    ],
)
def test_bad_block_files_are_refused_with_a_clear_user_error(tmp_path, replace, by, detail):
    with pytest.raises(UserError) as info:
        read_letter_blocks(write(tmp_path, shipped_negotiation_with(replace, by)))
    assert detail in info.value.en
    assert "negotiation.toml" in info.value.zh


def test_a_missing_block_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError):
        read_letter_blocks(tmp_path / "nothing.toml")


def test_nested_tables_work_like_dotted_keys(tmp_path):
    text = shipped_negotiation_with('"plan.fits" = "', '[blocks.plan]\nfits = "')
    # Everything after the moved key now lands in [blocks.plan]; move it to the end instead.
    head, tail = text.split("[blocks.plan]\n", 1)
    fits_line, rest = tail.split("\n", 1)
    loaded = read_letter_blocks(write(tmp_path, head + rest + "\n[blocks.plan]\n" + fits_line + "\n"))
    assert loaded.blocks["plan.fits"] == blocks("negotiation", "zh_CN").blocks["plan.fits"]


# ── The negotiation letter ────────────────────────────────────────────────────


def test_zh_negotiation_letter_has_the_key_content(all_blocks):
    letter = negotiation("zh_CN", all_blocks)
    text = letter.text
    assert letter.title == "协商还款申请" and text.startswith("协商还款申请")
    assert "某某消费金融有限公司" in text and "分期乐" in text and "HT2024-0001" in text
    assert "承认这笔欠款" in text and "愿意偿还" in text
    assert "16,700.00 元" in text  # outstanding and plan total
    assert "18,800.00 元" in text  # received differs from borrowed: shown
    assert "3,300.00 元" in text and "2,400.00 元" in text and "900.00 元" in text
    assert "分 24 期" in text and "700.00 元" in text and "2027年1月15日" in text
    assert "最后一期为 600.00 元" in text
    assert "失去了工作" in text and "母亲住院" in text
    assert "失业证明" in text and "病历" in text and "社区开具的困难证明" in text
    assert "收入证明" not in text  # not in hand yet: not enclosed
    assert "遵守法律法规和行业规范" in text
    assert "家人" in text and "工作单位" in text
    assert "申请人：王女士" in text and "日期：2026年12月1日" in text
    assert "138 0000 0000" in text
    assert letter.lang == "zh_CN" and letter.kind == "negotiation" and letter.built_on == TODAY
    assert letter.template_version == "negotiation/zh_CN/1"
    assert letter.text == "\n\n".join((letter.title,) + letter.paragraphs)
    assert_clean(text)


def test_en_negotiation_letter_has_the_key_content(all_blocks):
    text = negotiation("en", all_blocks).text
    assert "Request to agree a repayment plan" in text
    assert "某某消费金融有限公司 (分期乐)" in text
    assert "I accept that I owe this debt" in text
    assert "¥16,700.00" in text and "¥900.00" in text and "24 monthly instalments of ¥700.00" in text
    assert "15 January 2027" in text and "Date: 1 December 2026" in text
    assert "waive the penalty interest" in text and "stop adding new interest" in text
    assert "contact only me" in text
    assert_clean(text)


@pytest.mark.parametrize("lang", LANGS)
def test_negotiation_letter_threatens_nothing(all_blocks, lang):
    """No "otherwise I will complain/sue/expose you": the letter asks, it does not threaten."""
    text = negotiation(lang, all_blocks).text
    user_text = "今年5月公司裁员；7月母亲住院做手术。"
    text = text.replace(user_text, "")
    words = THREATS_ZH if lang == "zh_CN" else THREATS_EN
    found = [w for w in words if w.lower() in text.lower()]
    assert not found, f"threatening words in the negotiation letter: {found}"


@pytest.mark.parametrize("lang", LANGS)
def test_requests_are_worded_as_requests_never_as_rights(all_blocks, lang):
    letter = negotiation(lang, all_blocks)
    text = letter.text.lower()
    words = RIGHTS_ZH if lang == "zh_CN" else RIGHTS_EN
    found = [w for w in words if w in text]
    assert not found, f"rights/demand wording in the negotiation letter: {found}"
    requests = next(p for p in letter.paragraphs if "1. " in p and ("请求" in p or "requests" in p))
    if lang == "zh_CN":
        assert "恳请" in requests or "希望" in requests
    else:
        assert "grateful" in requests


@pytest.mark.parametrize("lang", LANGS)
def test_a_fresh_draft_gives_a_neutral_letter_without_gaps(all_blocks, lang):
    """No plan, no statement, no documents, no name yet: neutral sentences, nothing leaks."""
    draft = NegotiationDraft(letter_lang=lang)
    bare_loan = Loan()
    letter = build_negotiation_letter(
        draft, bare_loan, None, None, all_blocks[("negotiation", lang)], today=TODAY
    )
    b = all_blocks[("negotiation", lang)].blocks
    for block_id in ("plan.none", "hardship.none", "enclosures.none", "addressee.unknown", "signature.blank"):
        assert b[block_id].replace("{addressee}", "") in letter.text or b[block_id] in letter.text
    assert b["loan.intro"] not in letter.text  # nothing known about the loan: no empty list
    assert b["requests.intro"] not in letter.text
    assert b["collection_conduct.third_parties"] in letter.text  # the third-party ask is never lost
    assert_clean(letter.text)


def test_statement_without_money_left_says_so_instead_of_a_negative_amount(all_blocks):
    draft = full_draft("zh_CN")
    letter = build_negotiation_letter(
        draft,
        LOAN,
        StatementSummary(200_000, 260_000),
        None,
        all_blocks[("negotiation", "zh_CN")],
        today=TODAY,
    )
    assert "目前每月没有剩余" in letter.text
    assert "-" not in "".join(p for p in letter.paragraphs if "收支" in p)
    assert "能够持续做到" not in letter.text


def test_single_payment_plan_and_brand_only_addressee(all_blocks):
    loan = Loan(id=1, brand="借呗")
    schedule = build_schedule(500_000, 1, date(2027, 2, 1))
    letter = build_negotiation_letter(
        full_draft("zh_CN"), loan, None, schedule, all_blocks[("negotiation", "zh_CN")], today=TODAY
    )
    assert "尊敬的“借呗”的贷款方：" in letter.text
    assert "在2027年2月1日一次性还款 5,000.00 元" in letter.text


def test_stop_third_party_request_is_not_asked_twice(all_blocks):
    b = all_blocks[("negotiation", "zh_CN")].blocks
    with_request = negotiation("zh_CN", all_blocks).text
    assert (
        b["collection_conduct"] in with_request and b["collection_conduct.third_parties"] not in with_request
    )
    without = negotiation("zh_CN", all_blocks, plan=PlanRequest(24, 70_000, date(2027, 1, 15), ())).text
    assert b["collection_conduct.third_parties"] in without and b["requests.intro"] not in without


def test_statement_object_is_accepted_as_the_summary(all_blocks):
    from desktop.content.data_files import read_budget_categories
    from desktop.domain.budget import Statement

    categories = read_budget_categories(RESOURCES / "budget" / "categories.toml")
    statement = Statement(categories, {"income.wages": 330_000, "housing.rent": 240_000})
    draft = full_draft("zh_CN")
    b = all_blocks[("negotiation", "zh_CN")]
    assert build_negotiation_letter(
        draft, LOAN, statement, SCHEDULE, b, today=TODAY
    ) == build_negotiation_letter(draft, LOAN, SUMMARY, SCHEDULE, b, today=TODAY)


def test_blocks_of_the_wrong_kind_or_language_are_a_bug(all_blocks):
    with pytest.raises(ValueError):
        build_negotiation_letter(
            full_draft("en"), LOAN, None, None, all_blocks[("negotiation", "zh_CN")], today=TODAY
        )
    with pytest.raises(ValueError):
        build_negotiation_letter(
            full_draft("zh_CN"), LOAN, None, None, all_blocks[("complaint", "zh_CN")], today=TODAY
        )
    with pytest.raises(ValueError):
        build_negotiation_letter(
            full_draft("zh_CN"), Loan(id=2), None, None, all_blocks[("negotiation", "zh_CN")], today=TODAY
        )


def test_the_same_inputs_give_the_same_letter(all_blocks):
    """A pure function: no clock, no randomness, no hidden state."""
    first, second = negotiation("zh_CN", all_blocks), negotiation("zh_CN", all_blocks)
    assert first == second and first.text == second.text
    assert negotiation("zh_CN", all_blocks).built_on == TODAY


SAFE_TEXT = st.text(
    alphabet=st.characters(blacklist_characters="{}", blacklist_categories=("Cs",)), max_size=30
)
AMOUNT = st.integers(min_value=0, max_value=10_000_000_000)


@st.composite
def schedules(draw):
    if draw(st.booleans()):
        return None
    count = draw(st.integers(min_value=0, max_value=130))
    start = draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1)))
    return [
        Instalment(n + 1, start, draw(st.integers(min_value=1, max_value=10_000_000_000)))
        for n in range(min(count, 3))
    ] + [Instalment(n + 1, start, 1) for n in range(3, count)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    lang=st.sampled_from(LANGS),
    loan=st.builds(
        Loan,
        brand=SAFE_TEXT,
        contract_lender=SAFE_TEXT,
        contract_no=SAFE_TEXT,
        contract_date=st.none() | st.dates(),
        amount_borrowed_fen=AMOUNT,
        amount_received_fen=AMOUNT,
        outstanding_principal_fen=AMOUNT,
        outstanding_interest_fen=AMOUNT,
        outstanding_penalty_fen=AMOUNT,
        outstanding_fees_fen=AMOUNT,
        overdue_since=st.none() | st.dates(),
    ),
    reasons=st.lists(st.sampled_from(HARDSHIP_REASONS), unique=True).map(tuple),
    description=SAFE_TEXT,
    docs=st.lists(
        st.builds(
            SupportingDoc,
            code=st.sampled_from(("", "unknown_code") + DOC_CODES),
            label=SAFE_TEXT,
            have_it=st.booleans(),
        ),
        max_size=4,
    ).map(tuple),
    requests=st.none() | st.lists(st.sampled_from(REQUESTS), unique=True).map(tuple),
    summary=st.none() | st.builds(StatementSummary, AMOUNT, AMOUNT),
    schedule=schedules(),
    name=SAFE_TEXT,
    phone=SAFE_TEXT,
    today=st.dates(),
)
def test_random_drafts_never_crash_and_never_leak_placeholders(
    all_blocks, lang, loan, reasons, description, docs, requests, summary, schedule, name, phone, today
):
    user_text = [loan.brand, loan.contract_lender, loan.contract_no, description, name, phone]
    user_text += [d.label for d in docs]
    assume(not any("None" in t for t in user_text))
    draft = NegotiationDraft(
        hardship=Hardship(reasons, description),
        docs=docs,
        plan=PlanRequest(requests=requests) if requests is not None else None,
        letter_lang=lang,
        signature_name=name,
        contact_phone=phone,
    )
    try:
        letter = build_negotiation_letter(
            draft, loan, summary, schedule, all_blocks[("negotiation", lang)], today=today
        )
    except UserError:
        return
    assert_clean(letter.text)
    assert all(p.strip() for p in letter.paragraphs)
    again = build_negotiation_letter(
        draft, loan, summary, schedule, all_blocks[("negotiation", lang)], today=today
    )
    assert again == letter


# ── The complaint ─────────────────────────────────────────────────────────────

SOURCES = {
    "civil_code": Source(
        "civil_code",
        "中华人民共和国民法典",
        "Civil Code of the PRC",
        "全国人大",
        "2020",
        "2021-01-01",
        ("第一千零三十三条(一)", "第一千零三十二条"),
        "law",
        "V",
        short_zh="民法典",
        short_en="Civil Code",
    ),
    "credit_card_measures_2011": Source(
        "credit_card_measures_2011",
        "商业银行信用卡业务监督管理办法",
        "Credit Card Measures",
        "银监会",
        "2011",
        "2011",
        ("第六十八条",),
        "departmental_rule",
        "S",
        short_zh="信用卡业务监督管理办法",
        short_en="Credit Card Measures",
    ),
    "gbt_45251_2025": Source(
        "gbt_45251_2025",
        "GB/T 45251-2025",
        "GB/T 45251-2025",
        "SAMR",
        "2025-02-28",
        "2025-02-28",
        (),
        "recommended_national_standard",
        "S",
        short_zh="国家标准GB/T 45251-2025",
        short_en="National standard GB/T 45251-2025",
    ),
    "cba_guideline_2026": Source(
        "cba_guideline_2026",
        "金融机构个人消费类贷款催收工作指引（试行）",
        "CBA guideline",
        "中国银行业协会",
        "2026-01-30",
        "",
        (),
        "industry_self_regulation",
        "S",
        short_zh="银行业协会催收工作指引（2026）",
        short_en="CBA collection guideline (2026)",
    ),
    "beijing_fraud_alert_2026": Source(
        "beijing_fraud_alert_2026",
        "北京金融监管局风险提示",
        "Beijing alert",
        "北京金融监管局",
        "2026-03",
        "",
        (),
        "government_notice",
        "S",
    ),
}
NIGHT = Rule(
    "night_call",
    "夜间催收",
    "Night-time collection",
    "",
    "",
    "medium",
    binding=(Basis("civil_code", "第一千零三十三条(一)"),),
    soft=(Basis("gbt_45251_2025"), Basis("cba_guideline_2026"), Basis("beijing_fraud_alert_2026")),
    automatic=True,
    threshold_basis="soft",
)
DISCLOSURE = Rule(
    "debt_disclosure",
    "泄露债务信息",
    "Disclosing the debt to others",
    "",
    "",
    "high",
    binding=(Basis("civil_code", "第一千零三十二条"), Basis("credit_card_measures_2011", "第六十八条", condition="credit_card")),
    soft=(Basis("gbt_45251_2025"),),
)
THIRD_PARTY = Rule(
    "third_party_contact",
    "联系第三人",
    "Contacting third parties",
    "",
    "",
    "high",
    binding=(Basis("civil_code", "第一千零三十三条(一)"),),
    soft=(Basis("cba_guideline_2026"),),
    automatic=True,
)
BORROW = Rule(
    "borrow_to_repay",
    "诱导以贷养贷",
    "Pushing new borrowing",
    "",
    "",
    "medium",
    soft=(Basis("cba_guideline_2026"),),
)
RULES = {r.id: r for r in (NIGHT, DISCLOSURE, THIRD_PARTY, BORROW)}

NIGHT_CALL = Contact(
    id=1,
    occurred_at=datetime(2026, 11, 3, 23, 30),
    channel=Channel.CALL,
    answered=True,
    number="17012345678",
    claimed_org="某某资产管理公司",
    summary="晚上11点半打来电话催我还款。",
)
EMPLOYER = Contact(
    id=2,
    occurred_at=datetime(2026, 11, 5, 10, 5),
    channel=Channel.THIRD_PARTY,
    contacted_party=Relation.EMPLOYER,
    debt_disclosed=True,
    summary="打电话到我公司，告诉人事我欠钱不还。",
    marks=("debt_disclosure",),
)
FLAGS = {1: ["night_call"], 2: ["third_party_contact"]}


def complaint(all_blocks, lang="zh_CN", channel="lender", contacts=(NIGHT_CALL, EMPLOYER), **kw):
    kw.setdefault("flags", FLAGS)
    # EMPLOYER's debt was told to the employer: the engine grades that third-party contact high.
    kw.setdefault("grades", {c.id: "high" for c in contacts if c.contacted_party != Relation.SELF})
    return build_complaint(
        list(contacts),
        RULES,
        SOURCES,
        LOAN,
        channel=channel,
        lang=lang,
        blocks=all_blocks[("complaint", lang)],
        today=TODAY,
        **kw,
    )


def rule_line(letter, label: str) -> str:
    return next(
        line
        for p in letter.paragraphs
        for line in p.split("\n")
        if re.match(rf"\d+\. {re.escape(label)}", line)
    )


def test_zh_complaint_lists_the_right_rules_and_separates_law_from_industry_standard(all_blocks):
    letter = complaint(all_blocks)
    text = letter.text
    assert letter.title == "关于不当催收行为的投诉"
    assert "致某某消费金融有限公司（分期乐）投诉处理部门" in text
    assert "2026年11月3日 23:30" in text and "2026年11月5日 10:05" in text
    assert "从2026年11月3日到2026年11月5日，我共记录了 2 次" in text
    assert "夜间催收：1 次" in text and "泄露债务信息：1 次" in text and "联系第三人：1 次" in text
    assert "打电话给我" in text and "联系了我的工作单位" in text and "对方向他人透露了我的欠款情况" in text
    night = rule_line(letter, "夜间催收")
    assert "不符合国家标准GB/T 45251-2025，银行业协会催收工作指引（2026）等行业标准或自律规范" in night
    assert "违反" not in night and "违法" not in night
    assert "北京金融监管局" not in night  # an alert is not a standard
    disclosure = rule_line(letter, "泄露债务信息")
    assert "可能违反《民法典》第一千零三十二条" in disclosure
    assert "信用卡" not in disclosure  # the app never knows the debt is a credit card: that rule is not cited
    assert "也不符合国家标准GB/T 45251-2025" in disclosure
    assert "可能违反《民法典》第一千零三十三条(一)" in rule_line(letter, "联系第三人")
    assert "违法" not in text
    assert "15日" in text and "30日" in text and "60日" in text and "一般做法" in text
    assert "以书面形式" in text and "不再联系我的家人、同事、工作单位等第三人" in text
    assert "我并不否认欠款" in text
    assert_clean(text)


def test_en_complaint_uses_may_breach_only_for_law(all_blocks):
    letter = complaint(all_blocks, lang="en")
    assert "may breach Art. 1032 of the Civil Code" in rule_line(letter, "Disclosing the debt to others")
    night = rule_line(letter, "Night-time collection")
    assert "does not meet these industry standards and self-regulation texts: National standard GB/T 45251-2025" in night
    assert "breach" not in night
    assert "illegal" not in letter.text.lower()
    assert "3 November 2026, 23:30" in letter.text and "contacted my employer" in letter.text
    assert "15 days" in letter.text and "general practice" in letter.text
    assert_clean(letter.text)


@pytest.mark.parametrize("lang", LANGS)
def test_12378_version_names_the_lender_and_says_it_was_contacted_first_only_if_so(all_blocks, lang):
    b = all_blocks[("complaint", lang)].blocks
    first = complaint(all_blocks, lang=lang, channel="12378", lender_contacted_first=True)
    assert b["salutation.12378"] in first.text and "某某消费金融有限公司" in first.text
    assert b["contacted_first"] in first.text
    assert b["asks.intro.regulator"] in first.text and b["ask.deadline.12378"] in first.text
    not_first = complaint(all_blocks, lang=lang, channel="12378")
    assert b["contacted_first"] not in not_first.text
    lender = complaint(all_blocks, lang=lang, channel="lender", lender_contacted_first=True)
    assert b["contacted_first"] not in lender.text and b["ask.deadline.lender"] in lender.text


def test_12378_needs_a_named_lender(all_blocks):
    with pytest.raises(UserError) as info:
        build_complaint(
            [NIGHT_CALL],
            RULES,
            SOURCES,
            Loan(),
            channel="12378",
            lang="zh_CN",
            blocks=all_blocks[("complaint", "zh_CN")],
            today=TODAY,
        )
    assert info.value.field == "contract_lender"


def test_no_contacts_is_a_user_error_and_a_bad_channel_a_bug(all_blocks):
    with pytest.raises(UserError):
        complaint(all_blocks, contacts=())
    with pytest.raises(ValueError):
        complaint(all_blocks, channel="weibo")


def test_repeated_night_calls_mention_the_law_only_as_possible_when_repeated(all_blocks):
    second = Contact(id=3, occurred_at=datetime(2026, 11, 4, 6, 40), channel=Channel.SMS)
    letter = complaint(
        all_blocks, contacts=(NIGHT_CALL, second), flags={1: ["night_call"], 3: ["night_call"]}
    )
    night = rule_line(letter, "夜间催收")
    assert "反复发生的，还可能违反《民法典》第一千零三十三条(一)" in night
    assert "夜间催收：2 次" in letter.text


def test_marks_and_flags_combine_unknown_rules_are_skipped_and_summaries_are_trimmed(all_blocks):
    long = Contact(
        id=9,
        occurred_at=None,
        channel=Channel.CALL,
        answered=False,
        summary="骂" * 500,
        marks=("borrow_to_repay", "rule_from_the_future"),
        third_parties=(ThirdParty(Relation.FAMILY, asked_to_pay=True),),
    )
    letter = complaint(all_blocks, contacts=(long,), flags={9: ["night_call", "also_unknown"]})
    incident = next(p for p in letter.paragraphs if p.startswith("1. 时间未记录"))
    assert "打电话给我的家人" in incident and "电话未接通" in incident and "要求他人替我还款" in incident
    assert "涉及：夜间催收、诱导以贷养贷" in incident
    summary_line = next(line for line in incident.split("\n") if line.startswith("经过："))
    assert len(summary_line) == len("经过：") + SUMMARY_LIMIT and summary_line.endswith("…")
    assert "诱导以贷养贷：不符合银行业协会催收工作指引（2026）等行业标准或自律规范" in letter.text
    assert "rule_from_the_future" not in letter.text and "also_unknown" not in letter.text
    assert "我记录了下面这次催收联系。" in letter.text


def test_contacts_are_listed_in_time_order(all_blocks):
    letter = complaint(all_blocks, contacts=(EMPLOYER, NIGHT_CALL))
    incidents = [p for p in letter.paragraphs if re.match(r"\d+\. 2026年", p)]
    assert incidents[0].startswith("1. 2026年11月3日") and incidents[1].startswith("2. 2026年11月5日")


def test_complaint_is_pure(all_blocks):
    assert complaint(all_blocks) == complaint(all_blocks)


def test_complaint_from_the_shipped_rules_and_sources(all_blocks):
    """The real rule set: the night call is an industry-standard flag, the employer disclosure a legal one."""
    from desktop.content.loader import load_content

    content, _problems = load_content(RESOURCES)
    needed = {"night_call", "debt_disclosure", "third_party_contact"}
    if not needed <= set(content.rules):
        pytest.skip("shipped rules not loadable right now")
    for lang in LANGS:
        letter = build_complaint(
            [NIGHT_CALL, EMPLOYER],
            content.rules,
            content.sources,
            LOAN,
            channel="12378",
            lang=lang,
            blocks=all_blocks[("complaint", lang)],
            today=TODAY,
            flags=FLAGS,
            grades={EMPLOYER.id: "high"},  # the debt was told to the employer
        )
        rules = content.rules
        night = rule_line(letter, rules["night_call"].label(lang))
        disclosure = rule_line(letter, rules["debt_disclosure"].label(lang))
        third = rule_line(letter, rules["third_party_contact"].label(lang))
        if lang == "zh_CN":
            assert "行业标准或自律规范" in night and "违反" not in night
            assert "可能违反《民法典》" in disclosure and "可能违反《民法典》" in third
            assert "违法" not in letter.text
        else:
            assert "industry standards" in night and "breach" not in night
            assert "may breach" in disclosure and "Civil Code" in disclosure and "may breach" in third
        assert_clean(letter.text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    lang=st.sampled_from(LANGS),
    channel=st.sampled_from(CHANNELS),
    contacts=st.lists(
        st.builds(
            Contact,
            id=st.none() | st.integers(min_value=1, max_value=5),
            occurred_at=st.none() | st.datetimes(),
            channel=st.sampled_from(list(Channel)),
            answered=st.none() | st.booleans(),
            number=SAFE_TEXT,
            claimed_org=SAFE_TEXT,
            contacted_party=st.sampled_from(list(Relation)),
            debt_disclosed=st.booleans(),
            summary=SAFE_TEXT,
            threats=SAFE_TEXT,
            marks=st.lists(st.sampled_from(list(RULES) + ["unknown"]), max_size=3).map(tuple),
            third_parties=st.lists(
                st.builds(
                    ThirdParty,
                    relation=st.sampled_from(list(Relation)),
                    debt_disclosed=st.booleans(),
                    asked_to_pay=st.booleans(),
                ),
                max_size=2,
            ).map(tuple),
        ),
        max_size=4,
    ),
    flags=st.dictionaries(
        st.integers(min_value=1, max_value=5), st.lists(st.sampled_from(list(RULES)), max_size=2)
    ),
    lender=SAFE_TEXT,
    name=SAFE_TEXT,
)
def test_random_complaints_never_crash_and_never_leak_placeholders(
    all_blocks, lang, channel, contacts, flags, lender, name
):
    assume(not any("None" in t for c in contacts for t in (c.number, c.claimed_org, c.summary, c.threats)))
    assume("None" not in lender and "None" not in name)
    try:
        letter = build_complaint(
            contacts,
            RULES,
            SOURCES,
            Loan(contract_lender=lender),
            channel=channel,
            lang=lang,
            blocks=all_blocks[("complaint", lang)],
            today=TODAY,
            flags=flags,
            signature_name=name,
        )
    except UserError:
        return
    assert_clean(letter.text)
    if lang == "zh_CN":
        assert "违法" not in letter.text


def test_user_text_loses_control_characters_and_blank_lines(all_blocks):
    draft = NegotiationDraft(
        hardship=Hardship((), "第一行\r\n\r\n\n  第二行\x00\x1b  "), signature_name="王\t女士\n"
    )
    letter = build_negotiation_letter(
        draft, LOAN, None, None, all_blocks[("negotiation", "zh_CN")], today=TODAY
    )
    assert "具体情况是：第一行\n第二行" in letter.text
    assert "申请人：王 女士\n" in letter.text
    assert "\x00" not in letter.text and "\x1b" not in letter.text


def test_a_low_graded_third_party_contact_is_left_out_and_others_show_their_grade(all_blocks):
    """Review L9: only third-party contacts graded high or medium are complained about, each with its grade."""
    polite = replace(EMPLOYER, marks=(), debt_disclosed=False)
    letter = complaint(all_blocks, contacts=(NIGHT_CALL, polite), grades={2: "low"})
    assert "联系第三人" not in letter.text
    letter = complaint(all_blocks, contacts=(NIGHT_CALL, polite), grades={2: "medium"})
    assert "涉及：联系第三人（较重）" in letter.text and "联系第三人：1 次" in letter.text
    english = complaint(all_blocks, lang="en", contacts=(NIGHT_CALL, EMPLOYER), grades={2: "high"})
    assert "Contacting third parties (High)" in english.text


def test_debt_told_to_nobody_is_not_written_as_disclosed_to_others(all_blocks):
    contradictory = replace(NIGHT_CALL, debt_disclosed=True, asked_to_pay=True)
    letter = complaint(all_blocks, contacts=(contradictory,), flags={})
    assert "对方向他人透露了我的欠款情况" not in letter.text and "要求他人替我还款" not in letter.text


def test_only_a_third_party_contact_graded_high_is_said_to_breach_the_law(all_blocks):
    """Facts §8: a medium grade is 'may be improper' against the standards; its letter line cites no law."""
    polite = replace(EMPLOYER, marks=(), debt_disclosed=False)
    def line(letter):
        return next(x for x in letter.text.splitlines() if re.match(r"\d+\. 联系第三人：", x))

    medium = line(complaint(all_blocks, contacts=(NIGHT_CALL, polite), grades={2: "medium"}))
    assert "可能违反" not in medium and "民法典" not in medium and "不符合" in medium
    unknown = line(complaint(all_blocks, contacts=(NIGHT_CALL, polite), grades={}))
    assert "可能违反" not in unknown  # an unknown grade is never taken as high
    assert "可能违反" in line(complaint(all_blocks, contacts=(NIGHT_CALL, EMPLOYER), grades={2: "high"}))
