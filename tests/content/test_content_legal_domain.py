"""The domain records: language access, strength, article labels, and the no-Qt/no-sqlite layering."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.content.model import Problem, disclaimer
from desktop.content.render import topic_headings, topic_markdown
from desktop.domain.legal import (
    STRENGTH_INDUSTRY,
    STRENGTH_LAW,
    Basis,
    Rule,
    Source,
    article_label,
    chinese_number,
    frozen_mapping,
)
from desktop.domain.text import norm_lang

ROOT = Path(__file__).resolve().parents[2]


def _rule(**kw) -> Rule:
    base = dict(id="r", label_zh="标签", label_en="Label", explain_zh="解释", explain_en="Explain", severity="high")
    return Rule(**(base | kw))


def test_strength_law_needs_a_binding_basis_for_the_flag_itself():
    assert _rule(binding=(Basis("civil_code"),)).strength == STRENGTH_LAW
    assert _rule(soft=(Basis("gbt_45251_2025"),)).strength == STRENGTH_INDUSTRY
    both_soft_threshold = _rule(binding=(Basis("civil_code"),), soft=(Basis("gbt"),), threshold_basis="soft")
    assert both_soft_threshold.strength == STRENGTH_INDUSTRY


def test_language_access_and_fallback():
    rule = _rule(danger_zh="打110", danger_en="Call 110")
    assert (rule.label("zh_CN"), rule.label("en"), rule.label("en_US"), rule.label("fr")) == ("标签", "Label", "Label", "标签")
    assert rule.danger("en") == "Call 110" and _rule().danger("en") is None
    assert _rule(label_en="").label("en") == "标签"
    assert norm_lang(None) == "zh_CN" and norm_lang("EN") == "en"


def test_rules_are_frozen_and_hashable_with_params():
    rule = _rule(params=frozen_mapping({"quiet_start": "22:00"}))
    with pytest.raises(TypeError):
        rule.params["quiet_start"] = "23:00"  # type: ignore[index]
    assert hash(rule) == hash(_rule(params=frozen_mapping({"quiet_start": "22:00"})))
    assert rule.time_param("quiet_start").hour == 22 and rule.time_param("missing") is None


def test_source_force_and_weakest_mark():
    law = Source("a", "甲", "A", "NPC", "2020", "", (), "law", "V")
    std = Source("b", "乙", "B", "SAC", "2025", "", (), "recommended_national_standard", "S", article_mark="U")
    assert law.force == "binding" and std.force == "soft" and std.weakest_mark == "U"


@pytest.mark.parametrize(("article", "english"), [
    ("第五十条第一款(五)", "Art. 50 para. 1 item 5"), ("第二百五十三条之一", "Art. 253-1"),
    ("第一千零三十三条(一)", "Art. 1033 item 1"), ("第一百零六条", "Art. 106"), ("第十条", "Art. 10"),
    ("第二十条", "Art. 20"), ("第一千一百八十三条", "Art. 1183"), ("附件", "附件"), ("", ""),
])
def test_article_labels_in_english(article, english):
    assert article_label(article, "en") == english
    assert article_label(article, "zh_CN") == article


def test_chinese_numbers():
    assert [chinese_number(t) for t in ("十", "十五", "一百零六", "二百九十三", "一千零三十三", "x", "")] == [
        10, 15, 106, 293, 1033, None, None]


def test_problem_message_names_file_and_entry():
    p = Problem("rules/rules.toml", "night_call", "bad_param", "参数错误", "Bad parameter", line=7)
    assert p.message("zh_CN") == "rules/rules.toml:7 [night_call]: 参数错误"
    assert str(p) == "rules/rules.toml:7 [night_call]: Bad parameter"


def test_disclaimer_has_the_last_checked_date(content):
    assert content.last_checked == max(t.reviewed_on for t in content.topics)
    checked = content.last_checked
    assert "不是法律意见" in disclaimer("zh_CN", content) and checked in disclaimer("zh_CN", content)
    assert "not legal advice" in disclaimer("en") and "2026-11-28" in disclaimer("en")


def test_unknown_topic_raises_key_error(content):
    with pytest.raises(KeyError):
        topic_markdown(content, "no_such_topic", "zh_CN")


def test_headings_for_table_of_contents(content):
    headings = topic_headings(content, "call_script", "zh_CN")
    assert headings[0] == (1, "接电话时怎么说") and (2, "来源") in headings


CONTENT_MODULES = ("__init__", "loader", "model", "records", "render", "search")


@pytest.mark.parametrize("path", ["desktop/domain/legal.py", *(f"desktop/content/{m}.py" for m in CONTENT_MODULES)])
def test_domain_and_content_import_no_qt_or_sqlite(path):
    """House style §1: domain and content are plain Python (no Qt, no sqlite3, no reportlab)."""
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    assert not names & {"PySide6", "PyQt5", "PyQt6", "sqlite3", "reportlab"}
    if path.startswith("desktop/domain"):
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        assert not {m for m in imported if m.startswith("desktop.") and not m.startswith("desktop.domain")}
