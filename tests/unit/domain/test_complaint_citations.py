"""Which articles a complaint cites, for which recorded facts (legal-facts §10.6, review L2–L11).

Every test builds a real complaint from the shipped rules, sources and letter
blocks, and checks the articles in it: a conduct rule is cited only where its
condition holds, information texts never are, and a letter to a regulator never
asks it to meet the lender's 15/30/60-day deadlines.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.content.data_files import letter_blocks_path, read_letter_blocks
from desktop.content.loader import load_content
from desktop.domain.contacts import Channel, Contact, Relation, ThirdParty
from desktop.domain.legal import LENDER_TYPES, article_label, citation_facts
from desktop.domain.letters.complaint import CHANNELS, build_complaint, regulator_channels
from desktop.domain.negotiation import Loan

RESOURCES = Path(__file__).resolve().parents[3] / "resources"
TODAY = date(2026, 12, 1)
LANGS = ("zh_CN", "en")
THREAT_DAY = datetime(2026, 11, 20, 21, 10)


@pytest.fixture(scope="module")
def content():
    content, _problems = load_content(RESOURCES)
    return content


@pytest.fixture(scope="module")
def blocks():
    return {lang: read_letter_blocks(letter_blocks_path(RESOURCES, lang, "complaint")) for lang in LANGS}


def loan(**kw) -> Loan:
    base = Loan(id=1, brand="分期乐", contract_lender="某某消费金融有限公司", lender_type="consumer_finance")
    return replace(base, **kw)


def contact(*marks: str, cid: int = 1, when: datetime | None = THREAT_DAY, **kw) -> Contact:
    return Contact(id=cid, occurred_at=when, channel=Channel.CALL, answered=True, marks=marks, **kw)


def letter(content, blocks, contacts, the_loan, *, channel="lender", lang="zh_CN", flags=None, grades=None):
    # Third-party contact is claimed as a breach of law only when graded high (facts §8): these
    # tests are about the citation conditions, so their third-party contacts are graded high.
    grades = {c.id: "high" for c in contacts} if grades is None else grades
    return build_complaint(list(contacts), content.rules, content.sources, the_loan, channel=channel, lang=lang,
                           blocks=blocks[lang], today=TODAY, flags=flags or {}, grades=grades)


def rule_line(text: str, label: str) -> str:
    return next(line for line in text.split("\n") if re.match(rf"\d+\. {re.escape(label)}：", line))


# ── 刑法 293之一 and 293 ─────────────────────────────────────────────────────────

@pytest.mark.parametrize("rule_id", ["threats", "home_intrusion", "stalking"])
def test_293_1_is_absent_unless_the_user_marked_the_debt_illegal(content, blocks, rule_id):
    label = content.rules[rule_id].label("zh_CN")
    ordinary = rule_line(letter(content, blocks, [contact(rule_id)], loan()).text, label)
    assert "第二百九十三条之一" not in ordinary
    illegal = rule_line(letter(content, blocks, [contact(rule_id)], loan(debt_illegal=True)).text, label)
    assert "第二百九十三条之一" in illegal
    assert "第二百九十三条之一" not in letter(content, blocks, [contact(rule_id)], None).text  # no loan: unknown


def test_293_is_absent_unless_the_threats_went_on_after_a_recorded_police_report(content, blocks):
    label = content.rules["threats"].label("zh_CN")

    def threats_line(the_loan, when=THREAT_DAY):
        return rule_line(letter(content, blocks, [contact("threats", when=when)], the_loan).text, label)

    assert not re.search(r"第二百九十三条(?!之一)", threats_line(loan()))
    assert "第二百九十三条、" not in threats_line(loan(police_report_on=date(2026, 11, 25)))  # reported later
    assert "第二百九十三条" not in threats_line(loan(police_report_on=date(2026, 11, 1)), when=None)  # undated
    after = threats_line(loan(police_report_on=date(2026, 11, 20)))  # the same day counts
    assert re.search(r"第二百九十三条(?!之一)", after)
    assert "第二百九十三条之一" not in after
    full = letter(content, blocks, [contact("threats")], loan(police_report_on=date(2026, 11, 20))).text
    assert "报警情况：我已于2026年11月20日" in full


# ── texts nobody "violates" ──────────────────────────────────────────────────────

ALL_RULES_FACTS = list(itertools.product(("",) + LENDER_TYPES, (False, True), (None, date(2026, 11, 1))))


@pytest.mark.parametrize(("lender_type", "illegal", "reported"), ALL_RULES_FACTS)
def test_no_letter_cites_50_2_or_pipl_66_69_whatever_was_recorded(content, blocks, lender_type, illegal, reported):
    contacts = [contact(rule_id, cid=i, third_parties=(ThirdParty(Relation.FAMILY, debt_disclosed=True),))
                for i, rule_id in enumerate(content.rules, start=1)]
    contacts.append(contact("insults", cid=999))
    the_loan = loan(lender_type=lender_type, debt_illegal=illegal, police_report_on=reported)
    for lang in LANGS:
        for channel in CHANNELS:
            text = letter(content, blocks, contacts, the_loan, channel=channel, lang=lang).text
            if lang == "zh_CN":
                assert "第五十条第二款" not in text
                assert "第六十六条" not in text and "第六十九条" not in text
                assert "违法" not in text
            else:
                assert "Art. 50 para. 2" not in text
                assert "Art. 66 " not in text and "Art. 69 " not in text


def test_info_misuse_cites_the_conduct_articles_of_the_pipl(content, blocks):
    line = rule_line(letter(content, blocks, [contact("info_misuse")], loan()).text,
                     content.rules["info_misuse"].label("zh_CN"))
    assert "《个人信息保护法》第十条、第二十三条" in line
    assert "第六十六条" not in line and "第六十九条" not in line


# ── 民法典 1024 ──────────────────────────────────────────────────────────────────

def test_1024_appears_only_with_an_insult_mark(content, blocks):
    rules = content.rules
    scare = rule_line(letter(content, blocks, [contact("false_legal_threats")], loan()).text,
                      rules["false_legal_threats"].label("zh_CN"))
    assert "第一千零二十四条" not in scare
    disclosed = letter(content, blocks, [contact("debt_disclosure")], loan()).text
    assert "第一千零二十四条" not in disclosed
    insulted = letter(content, blocks, [contact("false_legal_threats", "insults")], loan()).text
    assert "第一千零二十四条" in rule_line(insulted, rules["false_legal_threats"].label("zh_CN"))
    assert "第一千零二十四条" in rule_line(insulted, rules["insults"].label("zh_CN"))


# ── sector rules say whom they bind ──────────────────────────────────────────────

def test_sector_rules_are_cited_only_for_the_lenders_they_bind_and_say_so(content, blocks):
    label = content.rules["threats"].label("zh_CN")
    for lender_type in ("bank", "consumer_finance"):
        line = rule_line(letter(content, blocks, [contact("threats")], loan(lender_type=lender_type)).text, label)
        assert "《银行保险机构消费者权益保护管理办法》（适用于银行和消费金融公司）" in line
    for lender_type in ("microloan", "other", ""):
        line = rule_line(letter(content, blocks, [contact("threats")], loan(lender_type=lender_type)).text, label)
        assert "银行保险机构消费者权益保护管理办法" not in line
    third = content.rules["third_party_contact"].label("zh_CN")
    cfc = rule_line(letter(content, blocks, [contact("third_party_contact")], loan()).text, third)
    assert "《消费金融公司管理办法》（适用于消费金融公司）" in cfc
    assert "信用卡" not in cfc  # the app never asks whether the debt is a credit card


def test_false_legal_threats_is_an_industry_line_for_a_micro_lender(content, blocks):
    rule = content.rules["false_legal_threats"]
    line = rule_line(letter(content, blocks, [contact("false_legal_threats")], loan(lender_type="microloan")).text,
                     rule.label("zh_CN"))
    assert "可能违反" not in line and "行业标准或自律规范" in line
    bank = rule_line(letter(content, blocks, [contact("false_legal_threats")], loan(lender_type="bank")).text,
                     rule.label("zh_CN"))
    assert bank.startswith(f"1. {rule.label('zh_CN')}：可能违反《银行保险机构消费者权益保护管理办法》")


# ── every citation of every rule, against its condition ──────────────────────────

@pytest.mark.parametrize(("lender_type", "illegal", "reported"), ALL_RULES_FACTS)
@pytest.mark.parametrize("insult", [False, True])
def test_each_binding_article_appears_exactly_when_its_condition_holds(content, blocks, lender_type, illegal,
                                                                      reported, insult):
    the_loan = loan(lender_type=lender_type, debt_illegal=illegal, police_report_on=reported)
    for rule in content.rules.values():
        if rule.threshold_basis == "soft":
            continue  # hour and count rules cite the law only when repeated (tested in test_letters)
        marks = (rule.id, "insults") if insult else (rule.id,)
        text = letter(content, blocks, [contact(*marks)], the_loan).text
        line = rule_line(text, rule.label("zh_CN"))
        facts = citation_facts(lender_type=lender_type, debt_illegal=illegal, police_report_on=reported,
                               dates=[THREAT_DAY.date()], marks=[marks])
        cited = {(b.source_id, b.article) for b in rule.binding
                 if b.cited_as_conduct(facts) and not content.sources[b.source_id].is_judicial}
        for basis in rule.binding:
            if not basis.article:
                continue
            title = content.sources[basis.source_id].short("zh_CN")
            pattern = rf"《{re.escape(title)}》[^《]*?{re.escape(article_label(basis.article, 'zh_CN'))}(?!之)"
            present = re.search(pattern, line) is not None
            assert present == ((basis.source_id, basis.article) in cited), (rule.id, basis, line)


# ── routes and deadlines ─────────────────────────────────────────────────────────

def test_routes_by_lender_type():
    assert regulator_channels("bank") == ("12378",)
    assert regulator_channels("consumer_finance") == ("12378",)
    assert regulator_channels("microloan") == ("local_regulator",)
    assert regulator_channels("other") == ("12378", "local_regulator")
    assert regulator_channels("") == ("12378", "local_regulator")


@pytest.mark.parametrize("lang", LANGS)
def test_regulator_letters_never_ask_the_regulator_for_15_30_or_60_days(content, blocks, lang):
    contacts = [contact("threats"), contact("debt_disclosure", cid=2)]
    for channel in ("12378", "local_regulator"):
        text = letter(content, blocks, contacts, loan(), channel=channel, lang=lang).text
        for days in ("15", "30", "60"):
            assert not re.search(rf"(?<!\d){days}\s*(日|天|days)", text), (channel, days)
        assert blocks[lang].text("asks.intro.regulator") in text
    lender = letter(content, blocks, contacts, loan(), channel="lender", lang=lang).text
    assert re.search(r"15\s*(日|days)", lender)  # the lender's own deadlines, as a general practice


def test_the_micro_lender_route_writes_to_the_local_regulator(content, blocks):
    micro = loan(brand="借呗", contract_lender="某某网络小额贷款有限公司", lender_type="microloan")
    text = letter(content, blocks, [contact("threats")], micro, channel="local_regulator").text
    assert text.split("\n\n")[1].startswith("致地方金融管理部门")
    assert "12378" not in text and "国家金融监督管理总局" not in text
    assert "某某网络小额贷款有限公司" in text and "恳请把投诉转给该机构处理" in text
    en = letter(content, blocks, [contact("threats")], micro, channel="local_regulator", lang="en").text
    assert "local financial regulatory authority" in en and "12378" not in en


def test_sample_case_letter_cites_nothing_whose_condition_is_unknown(content, blocks):
    """The sample's contacts, as the app loads them: no illegal-debt, police or insult answers."""
    from desktop.content.sample_case import read_sample_case

    sample = read_sample_case(content, "zh_CN", datetime(2026, 12, 1, 12, 0))
    first = replace(sample.loans[0], id=1)
    contacts = [replace(c, id=i) for i, c in enumerate(sample.contacts, start=1)]
    contacts = [c for c in contacts if c.loan_id == 1]
    text = letter(content, blocks, contacts, first, channel="12378",
                  flags={3: ["third_party_contact", "debt_disclosure"], 2: ["night_call"]}).text
    for absent in ("第二百九十三条", "第一千零二十四条", "第五十条第二款", "第六十六条", "第六十九条", "信用卡"):
        assert absent not in text
    assert "致国家金融监督管理总局" in text


def test_repeated_message_article_needs_more_than_one_recorded_contact(content, blocks):
    """治安 第五十条第一款(五) is about sending threatening or insulting messages 多次 (repeatedly)."""
    label = content.rules["threats"].label("zh_CN")
    once = rule_line(letter(content, blocks, [contact("threats")], loan()).text, label)
    assert "第五十条第一款(一)" in once and "第五十条第一款(五)" not in once
    twice = rule_line(letter(content, blocks, [contact("threats"), contact("threats", cid=2)], loan()).text, label)
    assert "第五十条第一款(五)" in twice
