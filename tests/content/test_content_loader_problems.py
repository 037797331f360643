"""Broken content is reported with file and entry named, skipped, and never raises.

Each test damages a private copy of the resources in ``tmp_path`` and checks the
problem list and that everything still valid is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.content.loader import load_content
from desktop.content.render import topic_markdown
from desktop.domain.legal import RULE_IDS


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _codes(problems, code):
    return [p for p in problems if p.code == code]


def test_malformed_manifest_reports_file_and_line_and_keeps_the_rest(resources_copy):
    manifest = resources_copy / "guidance" / "topics.toml"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    bad_line = next(i for i, line in enumerate(lines) if line.startswith("title_zh")) + 1
    lines[bad_line - 1] = 'title_zh = "没有结束的引号'
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    content, problems = load_content(resources_copy)
    [syntax] = _codes(problems, "toml_syntax")
    assert syntax.file == "guidance/topics.toml" and syntax.line == bad_line
    assert "guidance/topics.toml" in syntax.message("zh_CN") and "TOML" in syntax.message("en")
    assert content.topics == ()
    assert len(content.rules) == len(RULE_IDS) and content.sources  # unaffected files still load


def test_unknown_source_in_a_rule_drops_only_that_basis(resources_copy):
    _edit(resources_copy / "rules" / "rules.toml", '{ source = "lawyers_law"', '{ source = "no_such_law"')
    content, problems = load_content(resources_copy)
    [problem] = _codes(problems, "unknown_source")
    assert (problem.file, problem.entry) == ("rules/rules.toml", "impersonate_lawyer")
    assert "no_such_law" in problem.zh and "no_such_law" in problem.en
    rule = content.rules["impersonate_lawyer"]
    assert [b.source_id for b in rule.binding] == ["public_security_law_2025"]


def test_rule_left_without_any_basis_is_skipped(resources_copy):
    _edit(resources_copy / "rules" / "rules.toml", '{ source = "cba_guideline_2026", article = "", note_zh = "禁止诱导',
          '{ source = "nowhere", article = "", note_zh = "禁止诱导')
    content, problems = load_content(resources_copy)
    assert "borrow_to_repay" not in content.rules
    assert {p.code for p in problems if p.entry == "borrow_to_repay"} == {"unknown_source", "no_basis", "missing_rule"}


def test_unknown_source_in_topic_manifest(resources_copy):
    _edit(resources_copy / "guidance" / "topics.toml", 'sources = ["mental_health_hotline_notice_2024"]',
          'sources = ["mental_health_hotline_notice_2024", "ghost_source"]')
    content, problems = load_content(resources_copy)
    [problem] = _codes(problems, "unknown_source")
    assert (problem.file, problem.entry) == ("guidance/topics.toml", "self_care")
    assert content.topic("self_care").sources == ("mental_health_hotline_notice_2024",)


def test_missing_translation_is_reported_and_falls_back(resources_copy):
    (resources_copy / "guidance" / "en" / "scams.md").unlink()
    content, problems = load_content(resources_copy)
    [problem] = _codes(problems, "missing_body")
    assert (problem.file, problem.entry) == ("guidance/en/scams.md", "scams")
    page = topic_markdown(content, "scams", "en")
    assert "no English version yet" in page and "警惕骗局" in page


def test_broken_link_is_reported(resources_copy):
    body = resources_copy / "guidance" / "zh_CN" / "self_care.md"
    body.write_text(body.read_text(encoding="utf-8") + "\n见 [别处](topic:nowhere)。\n", encoding="utf-8")
    _, problems = load_content(resources_copy)
    [problem] = _codes(problems, "broken_link")
    assert (problem.file, problem.entry) == ("guidance/zh_CN/self_care.md", "self_care")
    assert "topic:nowhere" in problem.message("en")


@pytest.mark.parametrize("text", ["", "   \n\n", "# 只有标题\n\n## 还是标题\n"])
def test_empty_topic_body_is_reported(resources_copy, text):
    (resources_copy / "guidance" / "en" / "negotiate.md").write_text(text, encoding="utf-8")
    content, problems = load_content(resources_copy)
    [problem] = _codes(problems, "empty_body")
    assert (problem.file, problem.entry) == ("guidance/en/negotiate.md", "negotiate")
    assert content.topic("negotiate") is not None  # the Chinese body still stands


def test_topic_without_any_body_is_skipped_and_links_to_it_break(resources_copy):
    for lang in ("zh_CN", "en"):
        (resources_copy / "guidance" / lang / "call_script.md").unlink()
    content, problems = load_content(resources_copy)
    assert content.topic("call_script") is None
    assert len(_codes(problems, "missing_body")) == 2
    assert any(p.entry == "calm_rights" for p in _codes(problems, "broken_link"))


def test_orphan_markdown_file_is_reported(resources_copy):
    (resources_copy / "guidance" / "en" / "stray.md").write_text("# Stray\n\ntext\n", encoding="utf-8")
    _, problems = load_content(resources_copy)
    [problem] = _codes(problems, "orphan_body")
    assert problem.file == "guidance/en/stray.md"


def test_non_utf8_body_is_reported(resources_copy):
    (resources_copy / "guidance" / "zh_CN" / "self_care.md").write_bytes("照顾好自己".encode("gbk"))
    _, problems = load_content(resources_copy)
    assert [p.file for p in _codes(problems, "unreadable_file")] == ["guidance/zh_CN/self_care.md"]


def test_duplicate_source_id_keeps_the_first(resources_copy):
    path = resources_copy / "sources" / "sources.toml"
    text = path.read_text(encoding="utf-8")
    block = text[text.index('[[source]]\nid = "lawyers_law"'):text.index('[[source]]\nid = "legal_aid_law"')]
    path.write_text(text + "\n" + block.replace('title_en = "Lawyers Law of the PRC"', 'title_en = "Copy"'),
                    encoding="utf-8")
    content, problems = load_content(resources_copy)
    [problem] = _codes(problems, "duplicate_id")
    assert (problem.file, problem.entry) == ("sources/sources.toml", "lawyers_law")
    assert content.sources["lawyers_law"].title_en == "Lawyers Law of the PRC"


def test_unknown_severity_and_kind_are_reported(resources_copy):
    text = (resources_copy / "rules" / "rules.toml").read_text(encoding="utf-8")
    start = text.index('id = "insults"')
    sev = text.index('severity = "medium"', start)
    (resources_copy / "rules" / "rules.toml").write_text(text[:sev] + 'severity = "awful"' + text[sev + 19:],
                                                         encoding="utf-8")
    _edit(resources_copy / "sources" / "sources.toml", 'kind = "government_notice"', 'kind = "rumour"')
    content, problems = load_content(resources_copy)
    unknown = {(p.file, p.entry) for p in _codes(problems, "unknown_value")}
    assert ("rules/rules.toml", "insults") in unknown
    assert ("sources/sources.toml", "credit_repair_notice_2025") in unknown
    assert "insults" not in content.rules and "credit_repair_notice_2025" not in content.sources
    assert [p.entry for p in _codes(problems, "missing_rule")] == ["insults"]


def test_missing_field_is_named(resources_copy):
    _edit(resources_copy / "rules" / "rules.toml", 'label_en = "Verbal abuse / insults"\n', "")
    content, problems = load_content(resources_copy)
    [problem] = _codes(problems, "missing_field")
    assert (problem.entry, "label_en" in problem.zh, "label_en" in problem.en) == ("insults", True, True)
    assert "insults" not in content.rules


def test_critical_rule_without_110_text_gets_the_default(resources_copy):
    text = (resources_copy / "rules" / "rules.toml").read_text(encoding="utf-8")
    start = text.index('id = "violence"')
    end = text.index("binding", start)
    section = text[start:end]
    trimmed = "\n".join(line for line in section.splitlines() if not line.startswith("danger_")) + "\n"
    (resources_copy / "rules" / "rules.toml").write_text(text[:start] + trimmed + text[end:], encoding="utf-8")
    content, problems = load_content(resources_copy)
    assert [p.entry for p in _codes(problems, "missing_danger")] == ["violence"]
    assert "110" in content.rules["violence"].danger("en")


def test_bad_automatic_parameter_is_reported(resources_copy):
    _edit(resources_copy / "rules" / "rules.toml", 'quiet_start = "22:00"', 'quiet_start = "10pm"')
    content, problems = load_content(resources_copy)
    assert [p.entry for p in _codes(problems, "bad_param")] == ["night_call"]
    assert "night_call" not in content.rules


def test_missing_files_are_reported_not_raised(tmp_path):
    content, problems = load_content(tmp_path / "nothing-here")
    assert {p.file for p in _codes(problems, "missing_file")} == {
        "sources/sources.toml", "rules/rules.toml", "rules/rate_references.toml", "guidance/topics.toml",
        "rules/keywords.toml", "phone/recording_names.toml"}
    assert content.rules == {} and content.topics == ()


@pytest.mark.parametrize("garbage", [b"\xff\xfe\x00", b"[[source]]\nid = 3\n", b"source = 5\n", b"[[source]]\n",
                                     b"[[rule]]\nid='x'\nbinding = 'no'\nsoft = [1, {}]\n", b"\x00" * 10])
def test_garbage_files_never_raise(resources_copy, garbage):
    for rel in ("sources/sources.toml", "rules/rules.toml", "rules/rate_references.toml", "guidance/topics.toml"):
        (resources_copy / rel).write_bytes(garbage)
    content, problems = load_content(resources_copy)
    assert problems and content.topics == ()


def test_rate_line_must_be_fixed_or_lpr_based(resources_copy):
    _edit(resources_copy / "rules" / "rate_references.toml", "needs_lpr = true\n", "")
    content, problems = load_content(resources_copy)
    assert [p.entry for p in _codes(problems, "bad_value")] == ["private_lending_4lpr"]
    assert content.rate_reference("private_lending_4lpr") is None
    assert content.rate_reference("court_practice_24") is not None


# ── citations must say when they apply (legal-facts §10.6) ─────────────────────

def test_citation_without_a_condition_is_reported_with_file_and_entry_and_dropped(resources_copy):
    rules = resources_copy / "rules" / "rules.toml"
    _edit(rules, 'note_en = "crime of collecting illegal debts", condition = "debt_illegal", role = "conduct" }',
          'note_en = "crime of collecting illegal debts", role = "conduct" }')
    content, problems = load_content(resources_copy)
    [problem] = _codes(problems, "missing_condition")
    assert (problem.file, problem.entry) == ("rules/rules.toml", "threats")
    assert "condition" in problem.en and "criminal_law" in problem.zh
    assert "rules/rules.toml [threats]" in problem.message("zh_CN")
    threats = content.rules["threats"]
    assert "第二百九十三条之一" not in [b.article for b in threats.binding]  # never reaches a letter
    assert len(threats.binding) >= 3  # the rest of the rule still loads


def test_citation_without_a_role_or_with_an_unknown_condition_is_reported(resources_copy):
    rules = resources_copy / "rules" / "rules.toml"
    _edit(rules, 'note_en = "crime of provoking trouble", condition = "police_report", role = "conduct" }',
          'note_en = "crime of provoking trouble", condition = "police_report" }')
    _edit(rules, 'condition = "lender_cfc", role = "conduct"', 'condition = "lender_whatever", role = "conduct"')
    content, problems = load_content(resources_copy)
    [missing] = _codes(problems, "missing_role")
    assert (missing.file, missing.entry) == ("rules/rules.toml", "threats")
    unknown = [p for p in _codes(problems, "unknown_value") if p.entry == "third_party_contact"]
    assert unknown and "lender_whatever" in unknown[0].en
    assert "第二百九十三条" not in [b.article for b in content.rules["threats"].binding]
    assert "consumer_finance_measures_2024" not in content.rules["third_party_contact"].source_ids


def test_citation_naming_a_source_that_does_not_exist_is_reported(resources_copy):
    _edit(resources_copy / "rules" / "rules.toml", '{ source = "provoking_trouble_interpretation_2013"',
          '{ source = "no_such_interpretation"')
    content, problems = load_content(resources_copy)
    [problem] = _codes(problems, "unknown_source")
    assert (problem.file, problem.entry) == ("rules/rules.toml", "threats")
    assert "no_such_interpretation" in problem.message("en")
    assert "threats" in content.rules
