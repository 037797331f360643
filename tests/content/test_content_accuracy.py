"""The fact sheet's accuracy rules hold in every piece of user-facing content, zh and en.

Scans the written Markdown, every rendered page (incl. the generated ones) and all
texts of rules, sources and rate lines. Each test names the correction of
legal-facts.md §0 it enforces.
"""

from __future__ import annotations

import re
from dataclasses import fields

import pytest

from desktop.content.render import topic_markdown
from desktop.domain.legal import STRENGTH_INDUSTRY


def _record_texts(record) -> list[str]:
    out = []
    for f in fields(record):
        value = getattr(record, f.name)
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, tuple):
            for item in value:
                out.extend(_record_texts(item) if hasattr(item, "__dataclass_fields__") else
                           [item] if isinstance(item, str) else [])
    return out


@pytest.fixture(scope="module")
def pages(content) -> dict[tuple[str, str], str]:
    return {(t.id, lang): topic_markdown(content, t.id, lang) for t in content.topics for lang in ("zh_CN", "en")}


@pytest.fixture(scope="module")
def all_lines(content, pages) -> list[str]:
    """Every line of every page and every text field of every record."""
    texts = list(pages.values()) + list(content.bodies.values())
    for record in [*content.sources.values(), *content.rules.values(), *content.rate_references, *content.topics]:
        texts.extend(_record_texts(record))
    return [line for text in texts for line in text.splitlines() if line.strip()]


def _sections(markdown: str) -> list[str]:
    """The page cut at its headings: each piece is one section's text."""
    return re.split(r"\n(?=#{1,6} )", markdown)


def test_no_eight_to_nine_pm_rule_anywhere(all_lines):
    """§0.1: no verified source sets 8:00–21:00, so the app never states a 21:00 limit."""
    bad = re.compile(r"21[:：]00|21\s*点|晚上\s*9\s*点|晚\s*9\s*点|晚上九点|\b9\s*(pm|p\.m\.)|21h", re.I)
    assert [line for line in all_lines if bad.search(line)] == []


def test_quiet_hours_and_call_counts_are_presented_as_standards(pages):
    """§0.1: 22:00–08:00 and the 3/6 call counts are industry standards, not statutes."""
    hours = re.compile(r"22[:：]00|晚上10点")
    counts = re.compile(r"(不超过|超过)\s*[36]\s*次|(more than|no more than|at most) [36] ")
    soft_zh = ("标准", "规范")
    soft_en = ("standard", "industry")
    for (topic_id, lang), page in pages.items():
        for section in _sections(page):
            if not (hours.search(section) or counts.search(section)):
                continue
            if topic_id == "call_script":
                # the script only *asks* the collector not to call at night
                for line in section.splitlines():
                    if hours.search(line):
                        assert "请" in line or "Please" in line, line
                continue
            markers = soft_zh if lang == "zh_CN" else soft_en
            assert any(m in section for m in markers), (topic_id, lang, section[:120])
            assert not re.search(r"法律规定.{0,12}(22|10点)|by law.{0,20}22", section), (topic_id, section[:120])


def test_soft_only_rules_never_say_illegal_outright(content):
    """Flags backed only by standards say "may be unlawful", never "illegal"."""
    for rule in content.rules.values():
        if rule.strength != STRENGTH_INDUSTRY:
            continue
        for text in (rule.explain_zh, rule.label_zh):
            for hit in re.finditer("违法", text):
                assert "可能" in text[max(0, hit.start() - 4):hit.start()], (rule.id, text)
        for text in (rule.explain_en, rule.label_en):
            assert not re.search(r"\billegal\b|\bunlawful\b", text) or "may" in text, (rule.id, text)


def test_public_security_law_uses_2025_numbers(content, all_lines):
    """§0.8: the 2025 revision renumbered the articles; old 第四十二条 must never appear."""
    assert [line for line in all_lines if "第四十二条" in line or re.search(r"\b42\s*条|Art\. 42\b", line)] == []
    current = ("第八条", "第二十五条", "第三十条", "第四十七条", "第五十条", "第五十一条", "第五十六条", "第五十八条",
               "第五十九条", "第六十二条", "第六十三条", "第九十条")
    for article in content.sources["public_security_law_2025"].articles:
        assert article.startswith(current), article


def test_article_293_1_is_only_for_illegal_debts(content, all_lines):
    """§0.2: 刑法第293条之一 covers illegal debts (e.g. usury) only, never ordinary lawful debts."""
    for rule in content.rules.values():
        for basis in rule.bases:
            if basis.source_id == "criminal_law" and basis.article == "第二百九十三条之一":
                assert "非法债务" in basis.note_zh and "illegal debt" in basis.note_en, rule.id
    for line in all_lines:
        mentions = "第二百九十三条之一" in line or "293-1" in line or "催收非法债务" in line
        is_source_list = line.startswith(("- 《", "- *"))
        is_bare_article = re.fullmatch(r"第\S+条\S*", line) is not None
        if mentions and not is_source_list and not is_bare_article:
            assert "非法债务" in line or "illegal debt" in line, line


def test_four_times_lpr_is_private_lending_only(all_lines):
    """§0.3: the 4×LPR cap does not apply to licensed lenders."""
    pattern = re.compile(r"4\s*[×x倍]\s*LPR|4 times", re.I)
    for line in all_lines:
        if pattern.search(line):
            assert "民间借贷" in line or "private lending" in line.lower(), line


def test_24_percent_is_court_practice_not_a_statutory_cap(content, all_lines):
    """§0.4: 24% is a court yardstick for licensed lenders, never presented as a statutory cap."""
    for line in all_lines:
        if "24%" in line or "24 %" in line:
            says_court = "法院" in line or "court" in line.lower()
            says_absent = "未见" in line or "no explicit" in line.lower()
            assert says_court or says_absent, line
            assert not re.search(r"(?<!不是)法定上限|(?<!not a )statutory cap", line), line
    court = next(r for r in content.rate_references if r.id == "court_practice_24")
    assert not court.statutory_cap
    assert "非法定上限" in court.weight_zh and "not a statutory cap" in court.weight_en


def test_interest_freeze_and_instalments_are_requests_not_rights(content, all_lines):
    """§0.6: 停息挂账 / 个性化分期 can be asked for; no right to them."""
    for line in all_lines:
        assert not re.search(r"有权.{0,12}(停息|分期|减免)", line), line
        assert not re.search(r"right to .{0,25}(freeze|instal|waive)", line, re.I), line
    zh = content.bodies[("negotiate", "zh_CN")]
    en = content.bodies[("negotiate", "en")]
    assert re.search(r"停息挂账.*个性化分期.*请求.*不是你的权利", zh)
    assert "requests you can make, not rights" in en
    assert "可以" in zh and "may" in en


def test_paid_debt_agents_are_warned_against(content):
    """§4.4: paid 债务优化 / 征信修复 / 代理维权 agents are a trap."""
    zh = content.bodies[("scams", "zh_CN")]
    en = content.bodies[("scams", "en")].lower()
    for term in ("债务优化", "征信修复", "代理维权", "停息挂账"):
        assert term in zh, term
    assert "不要" in zh and "免费" in zh
    for term in ("debt optimisation", "credit repair", "rights-protection"):
        assert term in en, term
    assert "don't pay" in en and "free" in en
    assert "不要花钱" in content.bodies[("negotiate", "zh_CN")]


def test_disclaimer_and_last_checked_date_on_every_page(content, pages):
    for (topic_id, lang), page in pages.items():
        if lang == "zh_CN":
            assert "不是法律意见" in page and "最后核对" in page, topic_id
        else:
            assert "not legal advice" in page and "last checked" in page.lower(), topic_id
        assert content.last_checked in page, (topic_id, lang)


def test_recordings_of_own_calls_are_normally_usable(content):
    """§0.7: phrased with "normally", and the exclusion rule cited is 民诉法解释 第一百零六条."""
    topic = content.topic("keep_evidence")
    assert "civil_procedure_interpretation_2022" in topic.sources
    assert "一般可以作为证据" in content.bodies[("keep_evidence", "zh_CN")]
    assert "can normally be used as evidence" in content.bodies[("keep_evidence", "en")]
    assert "不要把录音" in content.bodies[("keep_evidence", "zh_CN")]


def test_credit_record_facts(content):
    """§0.5: five years after the bad behaviour ends (in practice: settlement); objections answered in 20 days."""
    zh = content.bodies[("consequences_credit", "zh_CN")]
    en = content.bodies[("consequences_credit", "en")]
    assert "5年" in zh and "还清" in zh and "20天" in zh and "已经过了" in zh
    assert "5 years" in en and "pay it off" in en and "20 days" in en and "has passed" in en


def test_call_script_is_complete_on_its_own(content):
    """The script is shown alone in the live-call panel, so it must carry every step."""
    zh = content.bodies[("call_script", "zh_CN")]
    en = content.bodies[("call_script", "en")].lower()
    for term in ("名字", "哪家公司", "工号", "录音", "书面", "家人", "单位", "验证码", "个人账户", "110"):
        assert term in zh, term
    for term in ("name", "which company", "staff number", "record", "in writing", "family", "employer",
                 "verification code", "personal account", "110"):
        assert term in en, term


def test_complaint_channels_in_escalation_order(content):
    """Lender first; then 12378 or 12345 by the kind of lender (G41, facts §10.8); then the other lines."""
    expected = ["12378", "12345", "12363", "12321", "12377", "110", "96110", "12348", "12368", "12356"]
    for lang in ("zh_CN", "en"):
        body = content.bodies[("complain_help", lang)]
        rows = [line for line in body.splitlines() if line.startswith("| ") and "---" not in line][1:]
        assert len(rows) == 11
        assert rows[1].startswith("| 2 |") and rows[2].startswith("| 2 |"), "12378 and 12345 are alternatives"
        assert "贷款方" in rows[0] or "lender" in rows[0]
        found = [re.search(r"\*\*(\d{3,5})\*\*", row).group(1) for row in rows[1:]]
        assert found == expected, lang
