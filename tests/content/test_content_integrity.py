"""The shipped content is complete and consistent: topics, rules, sources, rate lines, links."""

from __future__ import annotations

import re

from desktop.content.loader import TOPIC_LINK_RE
from desktop.content.model import FACTS_RESEARCH_DATE
from desktop.content.render import topic_markdown
from desktop.domain.legal import MARKS, RULE_IDS, SEVERITIES, SOURCE_KINDS, STRENGTH_INDUSTRY, STRENGTH_LAW

TOPIC_IDS = ("calm_rights", "not_allowed", "call_script", "negotiate", "consequences_credit", "complain_help",
             "keep_evidence", "scams", "self_care", "legal_basis")

REQUIRED_SOURCES = (
    "criminal_law", "public_security_law_2025", "civil_code", "pipl", "credit_reporting_regulation",
    "credit_card_measures_2011", "consumer_protection_measures_2022", "consumer_finance_measures_2024",
    "gbt_45251_2025", "cba_guideline_2026", "nifa_convention_2018", "nifa_guideline_2024",
    "private_lending_rules_2020", "spc_financial_trial_opinion_2017", "cash_loan_notice_2017",
    "illegal_lending_opinion_2019", "civil_procedure_interpretation_2022", "evidence_rules_2019",
    "anti_telecom_fraud_law", "lawyers_law", "legal_aid_law", "complaint_handling_measures_2020",
    "soft_violence_opinion_2019", "consumer_rights_law",
)


def test_shipped_content_loads_without_problems(shipped):
    """The real resources produce no problem at all (a problem here is a content bug)."""
    _, problems = shipped
    assert [p.message("en") for p in problems] == []


def test_all_ten_topics_exist_in_order(content):
    assert content.topic_ids == TOPIC_IDS
    assert [t.order for t in content.topics] == sorted(t.order for t in content.topics)


def test_every_topic_has_title_and_body_in_both_languages(content):
    for topic in content.topics:
        assert topic.title_zh.strip() and topic.title_en.strip(), topic.id
        # checked against legal-facts.md: never before its research date, never a made-up format
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", topic.reviewed_on), topic.id
        assert topic.reviewed_on >= FACTS_RESEARCH_DATE, topic.id
        if not topic.generated:
            assert content.bodies.get((topic.id, "zh_CN"), "").strip(), topic.id
            assert content.bodies.get((topic.id, "en"), "").strip(), topic.id
        for lang in ("zh_CN", "en"):
            page = topic_markdown(content, topic.id, lang)
            assert len(page) > 300, (topic.id, lang)


def test_generated_topics_are_marked(content):
    assert content.topic("not_allowed").generated
    assert content.topic("legal_basis").generated


def test_chinese_pages_are_written_in_chinese(content):
    """zh bodies are mostly Chinese and en bodies have no stray Chinese paragraphs of their own."""
    for topic in content.topics:
        zh = content.bodies.get((topic.id, "zh_CN"), "")
        assert len(re.findall(r"[\u4e00-\u9fff]", zh)) > 40, topic.id
        en = content.bodies.get((topic.id, "en"), "")
        assert len(re.findall(r"[\u4e00-\u9fff]", en)) < 40, topic.id


def test_required_source_ids_exist_and_are_well_formed(content):
    for source_id in REQUIRED_SOURCES:
        assert source_id in content.sources, source_id
    for source in content.sources.values():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", source.id)
        assert source.kind in SOURCE_KINDS and source.mark in MARKS
        assert source.title_zh and source.title_en and source.issuer and source.status_zh and source.status_en


def test_public_security_law_is_the_2025_revision(content):
    law = content.sources["public_security_law_2025"]
    assert (law.date, law.in_force) == ("2025-06-27", "2026-01-01")


def test_every_cited_source_exists(content):
    cited = set()
    for rule in content.rules.values():
        cited |= {b.source_id for b in rule.bases}
    for ref in content.rate_references:
        cited |= {b.source_id for b in ref.sources}
    for topic in content.topics:
        cited |= set(topic.sources) | set(topic.articles)
    assert cited <= set(content.sources)


def test_every_cited_article_is_listed_in_the_sources_table(content):
    for rule in content.rules.values():
        for b in rule.bases:
            assert not b.article or b.article in content.sources[b.source_id].articles, (rule.id, b)
    for topic in content.topics:
        for source_id, articles in topic.articles.items():
            assert set(articles) <= set(content.sources[source_id].articles), (topic.id, source_id)


def test_all_24_rules_present_with_labels_severity_and_basis(content):
    assert tuple(content.rules) == RULE_IDS
    for rule in content.rules.values():
        assert rule.label_zh and rule.label_en and rule.explain_zh and rule.explain_en, rule.id
        assert rule.severity in SEVERITIES, rule.id
        assert rule.bases, rule.id


def test_binding_basis_cites_only_binding_sources(content):
    for rule in content.rules.values():
        for basis in rule.binding:
            assert content.sources[basis.source_id].is_binding, (rule.id, basis.source_id)


def test_critical_rules_say_call_110_in_both_languages(content):
    critical = [r for r in content.rules.values() if r.is_critical]
    assert {r.id for r in critical} >= {"home_intrusion", "violence"}
    for rule in critical:
        assert "110" in rule.danger("zh_CN") and "110" in rule.danger("en"), rule.id


def test_common_marks_are_the_live_call_six(content):
    assert {r.id for r in content.common_rules()} == {
        "threats", "insults", "third_party_contact", "debt_disclosure", "false_legal_threats", "impersonate_authority"}


def test_automatic_rules_and_their_parameters(content):
    assert {r.id for r in content.automatic_rules()} == {
        "night_call", "frequent_calls", "third_party_contact", "debt_disclosure"}
    night = content.rules["night_call"]
    assert night.params["quiet_start"] == "22:00" and night.params["quiet_end"] == "08:00"
    assert str(night.time_param("quiet_start")) == "22:00:00"
    calls = content.rules["frequent_calls"]
    assert calls.params["max_answered_calls_per_day"] == 3
    assert calls.params["max_attempts_per_day_per_number"] == 6


def test_time_and_count_flags_are_industry_standard_strength(content):
    """Hours and call counts come only from soft texts, so those flags must not claim to be law."""
    for rule_id in ("night_call", "frequent_calls"):
        rule = content.rules[rule_id]
        assert rule.threshold_basis == "soft"
        assert rule.strength == STRENGTH_INDUSTRY
        assert all(not content.sources[b.source_id].is_binding for b in rule.soft)
    assert content.rules["violence"].strength == STRENGTH_LAW
    assert content.rules["borrow_to_repay"].strength == STRENGTH_INDUSTRY
    assert content.rules["home_visit"].strength == STRENGTH_INDUSTRY


def test_rate_references_carry_their_true_weight(content):
    refs = {r.id: r for r in content.rate_references}
    assert set(refs) == {"court_practice_24", "cash_loan_36", "private_lending_4lpr"}
    court = refs["court_practice_24"]
    assert court.annual_rate_percent == 24 and not court.statutory_cap and court.mark in ("S", "U")
    assert [b.source_id for b in court.sources] == ["spc_financial_trial_opinion_2017"]
    assert {b.source_id for b in refs["cash_loan_36"].sources} >= {"cash_loan_notice_2017", "illegal_lending_opinion_2019"}
    lpr = refs["private_lending_4lpr"]
    assert lpr.needs_lpr and lpr.lpr_multiplier == 4 and lpr.annual_rate_percent is None
    assert lpr.applies_to == "private" and lpr.rate_percent(3.0) == 12.0 and lpr.rate_percent() is None
    assert "private_lending_rules_2020" in {b.source_id for b in lpr.sources}


def test_internal_links_resolve(content):
    known = set(content.topic_ids)
    for topic in content.topics:
        for lang in ("zh_CN", "en"):
            for target in TOPIC_LINK_RE.findall(topic_markdown(content, topic.id, lang)):
                assert target in known, (topic.id, lang, target)


def test_every_page_ends_with_sources_then_disclaimer(content):
    for topic in content.topics:
        zh = topic_markdown(content, topic.id, "zh_CN")
        en = topic_markdown(content, topic.id, "en")
        assert "## 来源" in zh and "## Sources" in en, topic.id
        assert zh.rindex("## 来源") < zh.rindex("不是法律意见")
        assert en.rindex("## Sources") < en.rindex("not legal advice")


def test_not_allowed_page_is_generated_from_every_rule(content):
    zh = topic_markdown(content, "not_allowed", "zh_CN")
    en = topic_markdown(content, "not_allowed", "en")
    for rule in content.rules.values():
        assert f"### {rule.label_zh}" in zh and f"### {rule.label_en}" in en, rule.id
    assert zh.index("## 紧急") < zh.index("## 严重") < zh.index("## 较重") < zh.index("## 一般")
    assert "行业标准（不是法律）" in zh and "industry standard (not law)" in en


def test_legal_basis_page_lists_every_source(content):
    zh = topic_markdown(content, "legal_basis", "zh_CN")
    en = topic_markdown(content, "legal_basis", "en")
    for source in content.sources.values():
        assert source.title_zh in zh and source.title_en in en, source.id
