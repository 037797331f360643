"""The rules rows of the December 2026 legal review: each wrong claim stays gone, the right fact stays.

Row ids (R3, R12, S9, L14 …) are those of ``shared/reviews/legal-review-2026-12.md``.
"""

from __future__ import annotations

import re

from desktop.content.render import rules_markdown, topic_markdown
from desktop.domain.legal import (
    STRENGTH_INDUSTRY,
    STRENGTH_LAW,
    STRENGTH_SECTOR,
    CitationFacts,
    strength_label,
)


def _basis(content, rule_id, source_id, article=""):
    return next(b for b in content.rules[rule_id].bases if b.source_id == source_id and b.article == article)


def _rule_block(page: str, label: str) -> str:
    start = page.index(f"### {label}\n")
    end = page.find("\n### ", start + 1)
    return page[start:end if end > 0 else None]


def test_r3_the_six_call_limit_is_for_unanswered_calls(content):
    rule = content.rules["frequent_calls"]
    assert "你没接的" in rule.explain("zh_CN") and "一天内向同一个号码拨打超过6次" not in rule.explain("zh_CN")
    assert "unanswered attempts" in rule.explain("en") and "same lender side" not in rule.explain("en")


def test_r6_third_party_grading_is_three_short_lines(content):
    rule = content.rules["third_party_contact"]
    zh = rule.severity_note("zh_CN").splitlines()
    assert [line[:3] for line in zh] == ["算严重", "算较重", "算一般"]
    assert "属于“严重”；如果" not in rule.severity_note("zh_CN")
    assert len(rule.severity_note("en").splitlines()) == 3
    block = _rule_block(topic_markdown(content, "not_allowed", "zh_CN"), rule.label("zh_CN"))
    assert "*算较重：你本来接得到电话，他们却去找别人带话。*" in block


def test_r11_l3_293_only_after_police_and_its_limit_is_said(content):
    b293 = _basis(content, "threats", "criminal_law", "第二百九十三条")
    assert b293.condition == "police_report" and b293.is_conduct
    assert "一般不算" in b293.condition_label("zh_CN") and "有关部门" in b293.condition_label("zh_CN")
    assert _basis(content, "threats", "provoking_trouble_interpretation_2013", "第一条第三款").role == "information"


def test_l2_293_1_only_for_illegal_debts_everywhere(content):
    for rule in content.rules.values():
        for b in rule.bases:
            if b.article == "第二百九十三条之一":
                assert b.condition == "debt_illegal", rule.id
                assert "不合法" in b.condition_label("zh_CN") and "illegal" in b.condition_label("en")


def test_r12_scare_lines_say_when_they_become_true(content):
    rule = content.rules["false_legal_threats"]
    zh, en = rule.explain("zh_CN"), rule.explain("en")
    assert "只是逾期的时候" in zh and "法院判决以后" in zh and "失信名单" in zh and "限制高消费" in zh
    assert "要按时回应" in zh and "12368" in zh and "不要被吓住" in zh
    assert "court judgment" in en and "answered in time" in en and "don't be frightened" in en
    assert "这些话常被用来吓唬人，不要被吓住。真的法院文书可以打12368核实。" not in zh


def test_r13_l6_false_legal_threats_is_a_sector_rule_and_1024_needs_insults(content):
    rule = content.rules["false_legal_threats"]
    assert rule.strength == STRENGTH_SECTOR
    assert rule.strength_for("bank") == STRENGTH_LAW and rule.strength_for("consumer_finance") == STRENGTH_LAW
    assert rule.strength_for("microloan") == STRENGTH_INDUSTRY
    assert _basis(content, "false_legal_threats", "consumer_protection_measures_2022").condition == "lender_bank_or_cfc"
    assert _basis(content, "false_legal_threats", "civil_code", "第一千零二十四条").condition == "insult_or_defamation"
    assert "只管某些贷款方" in strength_label(STRENGTH_SECTOR, "zh_CN")


def test_l6_1024_is_conditional_except_where_the_rule_is_itself_an_insult(content):
    for rule in content.rules.values():
        for b in rule.binding:
            if b.source_id == "civil_code" and b.article == "第一千零二十四条":
                expected = "always" if rule.id in ("insults", "insulting_images") else "insult_or_defamation"
                assert b.condition == expected, rule.id


def test_r15_fake_documents_no_longer_cites_the_posting_clause(content):
    rule = content.rules["fake_documents"]
    notes = [b.note("zh_CN") for b in rule.soft]
    assert not any("张贴" in n for n in notes) and any("冒用司法机关名义" in n for n in notes)


def test_r17_extra_fees_is_industry_standard_and_cites_no_irrelevant_conduct_law(content):
    rule = content.rules["extra_fees"]
    assert rule.strength == STRENGTH_INDUSTRY
    assert all(not b.is_conduct for b in rule.binding)
    assert "第六百七十条" not in [b.article for b in rule.binding]
    assert "依据是行业规范" in rule.explain("zh_CN")


def test_r19_no_identification_is_industry_standard(content):
    rule = content.rules["no_identification"]
    assert rule.strength == STRENGTH_INDUSTRY
    [outsourcing] = rule.binding
    assert outsourcing.role == "information" and "不是要求催收员报身份" in outsourcing.note("zh_CN")


def test_l4_l5_police_powers_fines_and_burden_of_proof_are_information(content):
    for rule in content.rules.values():
        for b in rule.binding:
            if (b.source_id, b.article) in {("public_security_law_2025", "第五十条第二款"), ("pipl", "第六十六条"),
                                            ("pipl", "第六十九条")}:
                assert b.role == "information", (rule.id, b.article)
                assert not b.cited_as_conduct(CitationFacts("bank", True, True, True))


def test_s9_the_soft_violence_opinion_is_a_judicial_opinion_not_a_government_tip(content):
    page = topic_markdown(content, "not_allowed", "zh_CN")
    block = _rule_block(page, content.rules["soft_violence_display"].label("zh_CN"))
    judicial = next(line for line in block.splitlines() if line.startswith("- **司法机关意见"))
    assert "软暴力意见" in judicial
    assert not any("软暴力意见" in line for line in block.splitlines() if "其他参考" in line)
    en = topic_markdown(content, "not_allowed", "en")
    assert "Judicial opinions" in _rule_block(en, content.rules["property_damage"].label("en"))


def test_sector_rules_say_which_lenders_they_bind_on_the_learn_page(content):
    page = topic_markdown(content, "not_allowed", "zh_CN")
    block = _rule_block(page, content.rules["third_party_contact"].label("zh_CN"))
    assert "信用卡业务监督管理办法 第六十八条（不得向与债务无关的第三人催收；只管银行的信用卡业务）" in block
    assert "消费金融公司管理办法（不得向与债务无关的第三人催收；只管消费金融公司）" in block


def test_l14_and_en_labels_read_from_the_borrowers_side(content):
    assert content.rules["home_intrusion"].label("en") == "Entering the home without consent / refusing to leave"
    for rule in content.rules.values():
        assert "your" not in rule.label("en").lower(), rule.id  # labels are quoted in the borrower's own letter


def test_rules_60_61_and_175_say_the_same_in_both_languages(content):
    third = content.rules["third_party_contact"]
    assert "担保人" in third.explain("zh_CN") and "guarantor" in third.explain("en")
    scare = content.rules["false_legal_threats"]
    assert "不要被吓住" in scare.explain("zh_CN") and "don't be frightened" in scare.explain("en")


def test_unidiomatic_english_is_gone_from_the_rules_page(content):
    page = rules_markdown(content, "en")  # the generated part (the written intro has Markdown links)
    assert "lender side" not in page
    assert not re.search(r"\([^()]*\([^()]*\)\)", page), "nested parentheses"
    assert "picking quarrels" not in page


def test_plain_words_on_the_rules_page(content):
    for lang in ("zh_CN", "en"):
        page = topic_markdown(content, "not_allowed", lang)
        assert "依据的性质" not in page and "时间或次数的界限来自行业标准" not in page
    zh = topic_markdown(content, "not_allowed", "zh_CN")
    assert "这条规定有多硬" in zh and "晚上几点、一天几次，这些数字来自行业标准，不是法律" in zh
    for rule in content.rules.values():
        assert "国家推荐标准" not in rule.explain("zh_CN"), rule.id
    assert "国家标准（推荐执行，不是强制的）" in content.rules["night_call"].explain("zh_CN")


def test_l13_the_english_negotiation_letter_asks_no_more_than_the_chinese_one():
    from pathlib import Path

    from desktop.content.data_files import letter_blocks_path, read_letter_blocks

    resources = Path(__file__).resolve().parents[2] / "resources"
    zh = read_letter_blocks(letter_blocks_path(resources, "zh_CN", "negotiation")).text("request.waive_penalty_and_fees")
    en = read_letter_blocks(letter_blocks_path(resources, "en", "negotiation")).text("request.waive_penalty_and_fees")
    assert "减免" in zh and en.startswith("To reduce or waive")
