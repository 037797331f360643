"""Search is plain, case-insensitive substring matching that never raises and stays fast."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.content.model import Content
from desktop.content.render import topic_markdown
from desktop.content.search import _index, plain_text, search

LANGS = ("zh_CN", "en")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("query", ["", " ", "\n\t  ", "\u3000"])
def test_empty_query_gives_no_hits(content, lang, query):
    assert search(content, lang, query) == []


def test_finds_a_phrase_and_points_at_it(content):
    hits = search(content, "zh_CN", "验证码")
    assert hits and {h.topic_id for h in hits} >= {"call_script", "scams"}
    for hit in hits:
        assert hit.snippet[hit.start:hit.end] == "验证码"


def test_title_hits_come_first(content):
    hits = search(content, "zh_CN", "证据")
    assert hits[0].in_title and hits[0].topic_id == "keep_evidence" and hits[0].title == "保存证据"


def test_case_insensitive_in_english(content):
    hits = search(content, "en", "VERIFICATION CODE")
    assert hits and all(h.snippet[h.start:h.end].lower() == "verification code" for h in hits)


def test_whitespace_in_query_is_collapsed(content):
    assert search(content, "en", "verification   code") == search(content, "en", "verification code")


def test_five_thousand_character_query_is_harmless_and_fast(content):
    started = time.perf_counter()
    for query in ("a" * 5000, "催" * 5000, ("12378 " * 1000)[:5000]):
        assert search(content, "zh_CN", query) == []
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize("query", [".*", "(", ")", "[", "]", "\\", "^$", "a|b", "+?", "{2}", "(?P<x>", "\\d+", "*"])
def test_regex_metacharacters_are_plain_text(content, query):
    for lang in LANGS:
        for hit in search(content, lang, query):
            assert hit.snippet[hit.start:hit.end].lower() == query.lower()


def test_parenthesis_is_found_literally(content):
    hits = search(content, "zh_CN", "(五)")
    assert hits and all(h.snippet[h.start:h.end] == "(五)" for h in hits)


def test_rare_characters_outside_the_bmp(content):
    assert search(content, "zh_CN", "𠮷") == []
    custom = _with_body(content, "self_care", "zh_CN", "# 照顾好自己\n\n𠮷野家的𠮷字也能搜到。\n")
    hits = search(custom, "zh_CN", "𠮷")
    assert len(hits) == 2 and all(h.snippet[h.start:h.end] == "𠮷" for h in hits)


def test_characters_whose_lower_case_is_longer_keep_positions_right(content):
    custom = _with_body(content, "self_care", "en", "# Self care\n\nİİİ Istanbul and zqxw text after.\n")
    [hit] = search(custom, "en", "istanbul")
    assert hit.snippet[hit.start:hit.end] == "Istanbul"
    [hit] = search(custom, "en", "zqxw")
    assert hit.snippet[hit.start:hit.end] == "zqxw" and hit.position == 27


def test_limit_is_respected(content):
    assert len(search(content, "zh_CN", "的", limit=5)) == 5
    assert search(content, "zh_CN", "的", limit=0) == []


def test_generated_pages_are_searchable(content):
    assert any(h.topic_id == "not_allowed" for h in search(content, "zh_CN", "电话轰炸"))
    assert any(h.topic_id == "legal_basis" for h in search(content, "en", "Lawyers Law"))


def test_plain_text_strips_markup():
    text = plain_text("# Title\n\n- **bold** and [link](topic:x)\n\n| a | b |\n| --- | --- |\n| c | d |\n> quote")
    assert text == "Title bold and link a b c d quote"


def _with_body(content: Content, topic_id: str, lang: str, body: str) -> Content:
    bodies = dict(content.bodies)
    bodies[(topic_id, lang)] = body
    return replace(content, bodies=bodies, _cache={})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=200), lang=st.sampled_from(LANGS + ("fr", "")))
def test_search_never_raises(content, query, lang):
    for hit in search(content, lang, query, limit=20):
        assert 0 <= hit.start <= hit.end <= len(hit.snippet)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_piece_of_a_page_is_found_in_that_page(content, data):
    lang = data.draw(st.sampled_from(LANGS))
    doc = data.draw(st.sampled_from(_index(content, lang)))
    start = data.draw(st.integers(0, len(doc.text) - 1))
    piece = doc.text[start:start + data.draw(st.integers(1, 30))].strip()
    if not piece:
        return
    hits = search(content, lang, piece, limit=10_000)
    assert any(h.topic_id == doc.topic_id and not h.in_title for h in hits)
    for hit in hits:
        assert hit.snippet[hit.start:hit.end].lower() == piece.lower()


def test_topic_markdown_is_cached(content):
    assert topic_markdown(content, "scams", "zh_CN") is topic_markdown(content, "scams", "zh_CN")
