"""Keyword suggestion rules (resources/rules/keywords.toml): every phrase group points to a real rule,
the issue's phrases suggest their rules, and bad entries are reported, not raised.

Ported from the parallel s4-pcore2 branch (it replaces the pointer check that lived in
tests/test_phone_import_store.py).
"""

from __future__ import annotations

import pytest

from desktop.content.loader import load_content
from desktop.domain.suggestions import KeywordRule, suggest_marks

ISSUE_PHRASES = ("起诉", "立案", "传票", "上门", "通讯录", "单位", "家人", "黑名单", "坐牢", "公安", "律师函", "私人账户")


def test_shipped_keyword_rules_load_without_problems_and_point_to_existing_rules(shipped):
    content, problems = shipped
    assert not [p for p in problems if p.file == "rules/keywords.toml"]
    assert len(content.keyword_rules) >= 8
    assert len({k.id for k in content.keyword_rules}) == len(content.keyword_rules)
    for kw in content.keyword_rules:
        assert kw.rule in content.rules, kw.id
        assert kw.phrases and kw.note_zh and kw.note_en, kw.id


@pytest.mark.parametrize("phrase", ISSUE_PHRASES)
def test_every_phrase_the_issue_names_suggests_a_rule(content, phrase):
    assert suggest_marks(f"你好，{phrase}。", content.keyword_rules), phrase


def test_issue_phrases_suggest_their_rules(content):
    rules = content.keyword_rules
    ids = {s.rule_id for s in suggest_marks("再不还款就起诉你，联系你家人和通讯录，明天上门", rules)}
    assert {"false_legal_threats", "third_party_contact", "info_misuse", "home_visit"} <= ids
    assert suggest_marks("晚上一起吃饭吗？😀 𠮷", rules) == ()


def test_keyword_pointing_to_a_missing_rule_is_reported_and_skipped(resources_copy):
    path = resources_copy / "rules" / "keywords.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('rule = "home_visit"', 'rule = "no_such_rule"'),
                    encoding="utf-8")
    content, problems = load_content(resources_copy)
    assert [p.entry for p in problems if p.code == "unknown_rule"] == ["visit_words"]
    assert "visit_words" not in {k.id for k in content.keyword_rules}
    assert content.keyword_rules  # the other entries still load


def test_a_broken_keywords_file_is_a_problem_not_a_crash(resources_copy):
    (resources_copy / "rules" / "keywords.toml").write_text("[[keyword]\nid = ", encoding="utf-8")
    content, problems = load_content(resources_copy)
    assert [p.code for p in problems if p.file == "rules/keywords.toml"] == ["toml_syntax"]
    assert content.keyword_rules == () and content.rules


def test_suggestions_ignore_width_and_case_and_give_one_per_rule():
    rules = (KeywordRule("a", ("起诉", "立案"), "false_legal_threats"), KeywordRule("b", ("APP",), "info_misuse"),
             KeywordRule("c", ("传票",), "false_legal_threats"))
    got = suggest_marks("已经立案，起诉，传票，ａｐｐ", rules)
    assert [(s.rule_id, s.keyword_rule_id, s.phrase) for s in got] == [
        ("false_legal_threats", "a", "起诉"), ("info_misuse", "b", "APP")]
    assert suggest_marks("", rules) == ()
    assert suggest_marks("𠮷😀 你好", rules) == ()
    # Collectors space words out to get past message filters: spaces and zero-width characters don't hide a phrase
    for spaced in ("立 案", "立\u3000案", "立\u200b案", "起 诉"):
        assert [s.rule_id for s in suggest_marks(spaced, rules)] == ["false_legal_threats"], spaced


def test_service_prefixes_are_loaded_from_the_keywords_file(content):
    assert {"95", "400", "106"} <= set(content.service_prefixes)
