"""The guidance rows of the December 2026 legal review stay fixed (legal-review-2026-12.md, facts §10).

One test per review row (G…, S…, RR…) or issue item: the claim the review found
wrong or overstated is absent, and the fact that replaced it is present, in zh_CN
and en alike, tied to a source the page cites.
"""

from __future__ import annotations

import re

import pytest

from desktop.content.render import topic_markdown
from desktop.content.search import search

LANGS = ("zh_CN", "en")


def _body(content, topic_id: str, lang: str) -> str:
    return content.bodies[(topic_id, lang)]


def _section(markdown: str, heading_part: str) -> str:
    """The text of the first ``##`` section whose heading contains ``heading_part``."""
    for piece in re.split(r"\n(?=## )", markdown):
        first = piece.splitlines()[0]
        if first.startswith("## ") and heading_part in first:
            return piece
    raise AssertionError(f"no section with {heading_part!r}")


def _cites(content, topic_id: str, source_id: str, article: str = "") -> bool:
    topic = content.topic(topic_id)
    if source_id not in topic.sources:
        return False
    return not article or article in topic.articles.get(source_id, ())


# ── calm_rights ─────────────────────────────────────────────────────────────────

def test_g7_asking_who_calls_is_not_sold_as_a_legal_right(content):
    """G7: no law gives a right to a collector's name and staff number; only industry rules ask them to identify."""
    zh, en = _body(content, "calm_rights", "zh_CN"), _body(content, "calm_rights", "en")
    rights_zh, rights_en = _section(zh, "你有这些权利"), _section(en, "Your rights")
    assert "工号" not in rights_zh and "staff number" not in rights_en
    assert "知道对方是谁" not in zh and "To know who is calling" not in en
    assert "行业规范要求" in zh and "Industry rules say" in en
    assert _cites(content, "calm_rights", "nifa_convention_2018", "第十五条")


def test_g11_call_counts_are_per_lender_and_the_six_are_unanswered_calls_to_your_number(content):
    """G11: 3 answered calls with you per lender; 6 unanswered calls to the same number of yours."""
    zh, en = _body(content, "calm_rights", "zh_CN"), _body(content, "calm_rights", "en")
    assert "同一个号码打不通时" not in zh
    assert "同一家贷款方" in zh and "跟你本人接通" in zh and "打你的同一个号码、你没接的" in zh
    assert "from one lender" in en and "with you yourself" in en and "same number of yours when you don't answer" in en


def test_g4_the_guarantor_is_the_exception_to_not_telling_others(content):
    assert "担保人" in _section(_body(content, "calm_rights", "zh_CN"), "你有这些权利")
    assert "guarantor" in _section(_body(content, "calm_rights", "en"), "Your rights")


def test_plain_words_national_standard_is_said_to_be_recommended_not_mandatory(content):
    """Review §4: 「国家推荐标准」 is jargon; say it is a national standard, recommended, not mandatory."""
    for topic in content.topics:
        body = content.bodies.get((topic.id, "zh_CN"), "")
        assert "国家推荐标准" not in body, topic.id
    assert "国家标准（推荐执行，不是强制的）" in _body(content, "calm_rights", "zh_CN")
    assert "recommended, not mandatory" in _body(content, "calm_rights", "en")


def test_item3_withdrawing_the_address_book_permission(content):
    """Facts §10.9: consent can be withdrawn (个保法 15), no refusal of service (16); the address book is not necessary."""
    zh = _section(_body(content, "calm_rights", "zh_CN"), "通讯录")
    en = _section(_body(content, "calm_rights", "en"), "contacts")
    assert "权限" in zh and "撤回" in zh and "删除" in zh and "不会让欠款消失" in zh
    assert "permission" in en and "withdraw" in en and "delete" in en and "does not cancel the debt" in en
    assert _cites(content, "calm_rights", "pipl", "第十五条") and _cites(content, "calm_rights", "pipl", "第十六条")
    assert _cites(content, "calm_rights", "app_necessary_info_rules_2021")  # S7: cited at last


# ── call_script ─────────────────────────────────────────────────────────────────

def test_g16_other_people_heading_is_a_request_not_a_ban(content):
    """G16: standards allow contacting others when you are unreachable, so the script asks, it does not forbid."""
    assert "不许联系别人" not in _body(content, "call_script", "zh_CN")
    assert "## 4. 请对方不要联系别人" in _body(content, "call_script", "zh_CN")
    assert "No contact with other people" not in _body(content, "call_script", "en")
    assert "## 4. Ask them not to contact other people" in _body(content, "call_script", "en")


def test_g18_a_visit_alone_is_not_a_110_case_but_refusing_to_leave_or_forcing_in_is(content):
    zh, en = _body(content, "call_script", "zh_CN"), _body(content, "call_script", "en")
    assert "有人到了你家门口，**马上打110**" not in zh and "someone is at your door, **call 110" not in en
    assert re.search(r"不肯走.*闯进来.*110", zh) and re.search(r"won't leave.*get in.*110", en)
    assert _cites(content, "call_script", "public_security_law_2025", "第四十七条(三)")


# ── negotiate ───────────────────────────────────────────────────────────────────

def test_g20_the_lender_is_called_the_lender_not_the_platform(content):
    """G20 / review §4: one word for the lender (贷款方), explained once as the contract's 贷款人/出资方."""
    assert content.topic("negotiate").title_zh == "与贷款方协商还款"
    for topic in content.topics:
        body = content.bodies.get((topic.id, "zh_CN"), "")
        for line in body.splitlines():
            if "平台" in line:
                assert "商业平台" in line, (topic.id, line)  # 黑猫投诉 is a website, not a lender
    for topic_id in ("calm_rights", "negotiate"):
        zh = _body(content, topic_id, "zh_CN")
        assert re.search(r"贷款人.*出资方.*贷款方|贷款方.*贷款人.*出资方", zh), topic_id


def test_g22_a_deal_got_with_forged_proof_is_revocable_not_void(content):
    """G22 / facts §10.5: 民法典 第一百四十八条 (read in LawRefBook/Laws): fraud makes an act revocable."""
    zh, en = _body(content, "negotiate", "zh_CN"), _body(content, "negotiate", "en")
    assert "协商也会作废" not in zh and "voids any deal" not in en
    assert "撤销" in zh and "cancel your agreement" in en
    assert _cites(content, "negotiate", "civil_code", "第一百四十八条")


def test_g23_interest_freeze_is_explained_where_it_first_appears(content):
    """停息挂账 is glossed at its first use on each page that uses it."""
    for topic_id in ("negotiate", "scams"):
        zh = _body(content, topic_id, "zh_CN")
        first = zh.index("停息挂账")
        assert "（停止算利息" in zh[first:first + 12], topic_id
        en = _body(content, topic_id, "en")
        freeze = en.lower().index("interest-freeze" if topic_id == "scams" else "interest freeze")
        assert "no more interest" in en[freeze:freeze + 60], topic_id
    assert "目前**没有找到**" in _body(content, "negotiate", "zh_CN")
    assert "we have **found no** rule" in _body(content, "negotiate", "en")


def test_g24_individual_credit_card_plan_stops_collection_and_bars_new_cards(content):
    zh, en = _body(content, "negotiate", "zh_CN"), _body(content, "negotiate", "en")
    assert "停止催收" in zh and "不再申请信用卡" in zh
    assert "stop collection" in en and "not to apply for new credit cards" in en


def test_g26_the_15_day_deadline_is_for_complaints_not_negotiation_requests(content):
    zh = _section(_body(content, "negotiate", "zh_CN"), "现实的期待")
    en = _section(_body(content, "negotiate", "en"), "Realistic expectations")
    assert "说的是**投诉**，不是协商申请" in zh
    assert "is about **complaints**, not requests to negotiate" in en


def test_g27_item3_limitation_period_is_three_years_and_what_restarts_it(content):
    """Facts §10.4: 民法典 188 (3 years) and 195 (a demand or an acknowledgement restarts it), in one sentence."""
    zh = [line for line in _body(content, "negotiate", "zh_CN").splitlines() if "诉讼时效" in line]
    en = [line for line in _body(content, "negotiate", "en").splitlines() if "limitation period" in line]
    assert len(zh) == 1 and len(en) == 1
    first_zh = zh[0].split("。")[0]
    assert "3年" in first_zh and "催要" in first_zh and "承认欠款" in first_zh and "从头算" in first_zh
    first_en = en[0].split(". ")[0]
    assert "3 years" in first_en and "asks you to pay" in first_en and "admit the debt" in first_en
    assert "start again" in first_en
    assert "躲起来" in zh[0] and "hide" in en[0]  # never a hint that hiding lets the period run out
    assert _cites(content, "negotiate", "civil_code", "第一百八十八条")
    assert _cites(content, "negotiate", "civil_code", "第一百九十五条")


# ── consequences_credit and scams: when the scare lines become true (item 2) ─────

SCARE_HEADING_ZH = "什么时候可能成真"
SCARE_HEADING_EN = "when it could become true"


def test_g38_scare_lines_are_false_while_only_overdue(content):
    zh = _section(_body(content, "consequences_credit", "zh_CN"), SCARE_HEADING_ZH)
    en = _section(_body(content, "consequences_credit", "en"), SCARE_HEADING_EN)
    assert "这些说法常被用来吓唬人" not in _body(content, "consequences_credit", "zh_CN")
    assert "只是逾期的时候，这些话是吓唬人的" in zh and "While you are only overdue" in en
    assert "“一辈子黑名单”是假的" in zh and '"Blacklisted for life" is false' in en


def test_g38_item2_says_when_jail_blacklist_and_school_become_real(content):
    """Facts §10.1–10.2: after an ignored judgment (失信, 限高 incl. private schools, 刑法 313); 恶意透支 (刑法 196)."""
    zh = _section(_body(content, "consequences_credit", "zh_CN"), SCARE_HEADING_ZH)
    en = _section(_body(content, "consequences_credit", "en"), SCARE_HEADING_EN)
    for fact in ("有钱却不还", "失信被执行人名单", "限制你高消费", "高收费的私立学校", "拒不执行判决",
                 "恶意透支", "两次有效催收", "3个月", "5万元", "换号码", "不要换手机号，不要躲起来"):
        assert fact in zh, fact
    for fact in ("can pay but don't", "dishonest judgment debtors", "high-fee private schools",
                 "refusing to execute a judgment", "malicious overdraft", "two valid demands", "3 months",
                 "50,000 yuan", "Changing your number", "don't change your phone number and don't disappear"):
        assert fact in en, fact
    topic = "consequences_credit"
    assert _cites(content, topic, "criminal_law", "第一百九十六条")
    assert _cites(content, topic, "criminal_law", "第三百一十三条")
    assert _cites(content, topic, "credit_card_crime_interpretation", "第六条")
    assert _cites(content, topic, "credit_card_crime_interpretation", "第八条")
    assert _cites(content, topic, "high_consumption_restriction_rules", "第三条")
    assert _cites(content, topic, "dishonest_debtor_list_rules")


def test_g31_item2_real_court_or_arbitration_papers_must_be_answered_and_checked_via_12368(content):
    """Facts §10.3: default judgment (民事诉讼法 第一百四十七条, read in the 2023 text); check via 12368, not the message."""
    zh = _section(_body(content, "consequences_credit", "zh_CN"), "一定要回应")
    en = _section(_body(content, "consequences_credit", "en"), "always respond")
    assert "缺席判决" in zh and "仲裁" in zh and "期限" in zh and "12368" in zh and "不要**用文书或短信" in zh
    assert "default judgment" in en and "arbitration" in en and "deadline" in en and "12368" in en
    assert "**Don't** use numbers or links printed in the paper or the message" in en
    assert _cites(content, "consequences_credit", "civil_procedure_law", "第一百四十七条")


def test_item3_internet_courts_and_arbitration_in_one_paragraph(content):
    zh = [line for line in _body(content, "consequences_credit", "zh_CN").splitlines() if "互联网法院" in line]
    en = [line for line in _body(content, "consequences_credit", "en").splitlines() if "internet court" in line]
    assert len(zh) == 1 and len(en) == 1
    assert "仲裁" in zh[0] and "强制执行" in zh[0] and "短信" in zh[0]
    assert "arbitration" in en[0] and "enforced" in en[0] and "text message" in en[0]
    assert _cites(content, "consequences_credit", "internet_court_provisions_2018", "第二条")
    assert _cites(content, "consequences_credit", "arbitration_law")


def test_g59_scam_text_scare_words_are_not_all_fake(content):
    """G59: a lawsuit is real; the scam list sends the reader to the page that says when each line is true."""
    zh = next(line for line in _body(content, "scams", "zh_CN").splitlines() if "上失信名单" in line)
    en = next(line for line in _body(content, "scams", "en").splitlines() if "defaulter blacklist" in line)
    assert "(topic:consequences_credit)" in zh and "真会发生" in zh
    assert "(topic:consequences_credit)" in en and "can really happen" in en


@pytest.mark.parametrize(("lang", "query"), [
    ("zh_CN", "坐牢"), ("zh_CN", "孩子不能上学"), ("zh_CN", "孩子上学"), ("zh_CN", "黑名单"),
    ("en", "jail"), ("en", "blacklist"), ("en", "children"),
])
def test_item2_a_frightened_borrower_finds_the_answer_with_the_learn_search(content, lang, query):
    """Done-when of issue #12: the Learn search leads from the scare words to when they are false and when true."""
    hits = [h for h in search(content, lang, query) if h.topic_id == "consequences_credit"]
    assert hits, query
    heading = SCARE_HEADING_ZH if lang == "zh_CN" else SCARE_HEADING_EN
    page = topic_markdown(content, "consequences_credit", lang)
    scare = next(line for line in page.splitlines() if line.startswith("## ") and heading in line)
    # the section's own heading carries the words people are told, so a hit lands on it
    words = ("坐牢", "黑名单", "孩子不能上学") if lang == "zh_CN" else ("Jail", "blacklist", "children")
    assert all(word in scare for word in words)


# ── complain_help ───────────────────────────────────────────────────────────────

def test_g41_item3_complaint_route_follows_the_kind_of_lender(content):
    """Facts §10.8: 12378 for banks and consumer finance companies; local regulator or 12345 for 小贷 [S/U]."""
    zh, en = _body(content, "complain_help", "zh_CN"), _body(content, "complain_help", "en")
    row_12378 = next(line for line in zh.splitlines() if "**12378**" in line)
    assert "持牌机构" not in row_12378 and "银行或消费金融公司" in row_12378
    row_12345 = next(line for line in zh.splitlines() if "**12345**" in line)
    assert "小额贷款公司" in row_12345 and "地方金融管理部门" in row_12345 and "待核实" in row_12345
    en_12345 = next(line for line in en.splitlines() if "**12345**" in line)
    assert "micro-loan company" in en_12345 and "local financial regulator" in en_12345 and "not yet verified" in en_12345
    kind_zh, kind_en = _section(zh, "贷款方是哪一类"), _section(en, "What kind of lender")
    for word in ("贷款人", "银行", "消费金融", "小额贷款", "12378", "12345"):
        assert word in kind_zh, word
    for word in ("lender", "bank", "consumer finance", "micro-loan", "12378", "12345"):
        assert word in kind_en, word
    for source_id in ("hotline_12378", "hotline_12345", "local_financial_regulator"):
        assert _cites(content, "complain_help", source_id), source_id
    assert content.sources["local_financial_regulator"].mark == "U"


HOTLINE_SOURCES = {
    "12378": "hotline_12378", "12363": "hotline_12363", "12321": "hotline_12321", "12377": "hotline_12377",
    "96110": "hotline_96110", "12348": "hotline_12348", "12368": "hotline_12368", "12345": "hotline_12345",
    "400-810-8866": "credit_reference_center", "12356": "mental_health_hotline_notice_2024",
}


def test_g46_every_hotline_number_in_guidance_is_sourced_on_its_page(content):
    """G46: a page that prints a help-line number cites the source entry for that number."""
    for topic in content.topics:
        for lang in LANGS:
            body = content.bodies.get((topic.id, lang), "")
            for number, source_id in HOTLINE_SOURCES.items():
                if re.search(rf"(?<![\d-]){re.escape(number)}(?![\d-])", body):
                    assert source_id in topic.sources, (topic.id, lang, number)
    for source_id in HOTLINE_SOURCES.values():
        source = content.sources[source_id]
        assert source.kind == "government_notice" and source.mark in ("S", "U"), source_id


def test_g47_report_early_because_a_police_warning_matters_is_sourced(content):
    """G47: 寻衅滋事解释 第一条第三款: debt-dispute threats are generally not the crime unless they go on after police action."""
    zh = _section(_body(content, "complain_help", "zh_CN"), "报警")
    en = _section(_body(content, "complain_help", "en"), "police")
    assert "警方先前的批评、制止，对后面认定很重要" not in zh
    assert "一般不算寻衅滋事罪" in zh and "警察批评、制止过以后对方还继续" in zh
    assert "generally not the crime" in en and "after the police have criticised or stopped it" in en
    assert _cites(content, "complain_help", "provoking_trouble_interpretation_2013", "第一条第三款")


def test_g50_free_document_drafting_is_not_promised_to_everyone(content):
    """法律援助法 22–23 (re-read in LawRefBook/Laws): consultation is open; other help depends on eligibility."""
    zh = _section(_body(content, "complain_help", "zh_CN"), "法律援助")
    en = _section(_body(content, "complain_help", "en"), "legal aid")
    assert "任何人都可以得到免费的法律咨询和代写文书" not in zh
    assert "Anyone can get free legal advice and help drafting documents" not in en
    assert "要看你符不符合申请条件" in zh and "depends on whether you qualify" in en
    assert _cites(content, "complain_help", "legal_aid_law", "第二十三条")


def test_g52_a_court_injunction_is_applied_for_and_examined(content):
    """G52: 民法典 第九百九十七条: you may apply with evidence; the court examines; nothing 'at once'."""
    zh, en = _body(content, "complain_help", "zh_CN"), _body(content, "complain_help", "en")
    assert "让对方马上停止" not in zh and "makes the other side stop at once" not in en
    assert "申请法院禁令" in zh and "法院审查后决定" in zh and "难以弥补" in zh
    assert "ask the court for an order" in en and "the court examines it and decides" in en
    assert _cites(content, "complain_help", "civil_code", "第九百九十七条")


# ── self_care, keep_evidence, not_allowed, legal_basis ────────────────────────────

def test_g60_family_told_not_to_be_scared_and_to_call_110_for_safety_threats_in_both_languages(content):
    """G60 / review §2.3: zh said 'ignore threats', en 'don't be scared'; both now say the same, with 110."""
    zh = next(line for line in _body(content, "self_care", "zh_CN").splitlines() if "如果有人打电话说你欠钱" in line)
    en = next(line for line in _body(content, "self_care", "en").splitlines() if "if someone calls saying" in line)
    assert "不要理会威胁" not in zh and "别被吓住" in zh and "110" in zh
    assert "don't let threats scare them" in en and "110" in en


def test_plain_words_recording_exclusion_rule(content):
    """Review §4 sentence 1: the 民诉法解释 106 test in everyday words."""
    zh = _body(content, "keep_evidence", "zh_CN")
    assert "禁止性规定" not in zh and "公序良俗" not in zh
    assert "你录自己接的电话，一般不算这种" in zh
    assert "prohibitive provision" not in _body(content, "keep_evidence", "en")


def test_plain_words_no_developer_talk_in_not_allowed_intro(content):
    assert "同一份数据" not in _body(content, "not_allowed", "zh_CN")
    assert "same data" not in _body(content, "not_allowed", "en")


def test_plain_words_legal_basis_terms_are_explained(content):
    zh, en = _body(content, "legal_basis", "zh_CN"), _body(content, "legal_basis", "en")
    assert "有约束力" not in zh and "必须遵守" in zh and "转述" in zh and "实际工作中会照着办" in zh
    assert "must be obeyed" in en and "retold" in en and "followed in practice" in en


# ── sources and rate lines ───────────────────────────────────────────────────────

def test_s1_criminal_law_is_listed_as_amended_up_to_amendment_twelve(content):
    law = content.sources["criminal_law"]
    assert "修正案（十二）" in law.title_zh and "Amendment XII" in law.title_en
    assert (law.date, law.in_force) == ("1997-03-14", "1997-10-01")
    assert "2024-03-01" in law.status_zh and "2024-03-01" in law.status_en
    assert "修正案（十一）" in law.status_zh and "非法债务" in law.status_zh  # where 293之一 came from


def test_s4_civil_code_dates(content):
    code = content.sources["civil_code"]
    assert (code.date, code.in_force) == ("2020-05-28", "2021-01-01")


def test_s6_pboc_measures_note_the_2023_reform(content):
    source = content.sources["pboc_consumer_measures_2020"]
    assert "2023" in source.status_zh and "待核实" in source.status_zh
    assert "2023" in source.status_en and "unverified" in source.status_en


def test_new_sources_say_how_far_they_were_checked(content):
    """Texts read in LawRefBook/Laws are V; texts read only in an older version say so and stay S."""
    assert content.sources["credit_card_crime_interpretation"].mark == "V"
    assert content.sources["internet_court_provisions_2018"].mark == "V"
    for source_id in ("high_consumption_restriction_rules", "dishonest_debtor_list_rules"):
        source = content.sources[source_id]
        assert source.mark == "S" and "修改后的文本未读" in source.status_zh, source_id
    arbitration = content.sources["arbitration_law"]
    assert arbitration.articles == () and arbitration.weakest_mark == "U"


def test_rr3_the_36_percent_line_says_its_private_lending_rule_changed_in_2020(content):
    ref = content.rate_reference("cash_loan_36")
    assert "2020年已经改了" in ref.explain_zh and "changed in 2020" in ref.explain_en
    assert "private_lending_rules_2020" in {b.source_id for b in ref.sources}


def test_plain_words_24_percent_line(content):
    """Review §4 sentence 3: short words, and still 'court practice, not a cap, may not agree, unverified'."""
    ref = content.rate_reference("court_practice_24")
    assert "持牌机构" not in ref.explain_zh and "调减" not in ref.explain_zh
    for part in ("法院", "不是法律定死的上限", "不一定同意", "还没核对"):
        assert part in ref.explain_zh, part
    for part in ("court", "not a cap fixed by law", "may not agree", "not checked"):
        assert part in ref.explain_en, part
