"""Read-aloud's sentences: every character read once, in order, none too long to say in one breath."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from desktop.domain.sentences import MAX_CHARS, split_sentences


def test_chinese_and_english_end_punctuation_end_a_sentence():
    assert [s.text for s in split_sentences("先别慌。你有权利！对吗？")] == ["先别慌。", "你有权利！", "对吗？"]
    assert [s.text for s in split_sentences("Stay calm. You have rights! OK?")] == ["Stay calm.", "You have rights!",
                                                                                   "OK?"]


def test_a_decimal_point_and_a_closing_quote_stay_with_their_sentence():
    assert [s.text for s in split_sentences("金额 3.5 万元。“别怕。”他说。")] == ["金额 3.5 万元。", "“别怕。”", "他说。"]


def test_blank_text_has_no_sentences():
    assert split_sentences("") == [] and split_sentences(" \n\t ") == []


@given(st.text(alphabet=st.sampled_from("催收电话，。！？,.!? \n某abc3"), max_size=600))
@example("一二三，" * 80)
@example("a" * 400)
def test_sentences_cover_the_text_in_order_without_overlap(text):
    sentences = split_sentences(text)
    position = 0
    for s in sentences:
        assert s.start >= position and s.end > s.start
        assert text[s.start:s.end] == s.text == s.text.strip()
        assert len(s.text) <= MAX_CHARS
        assert text[position:s.start].strip() == ""  # nothing but spaces is skipped
        position = s.end
    assert text[position:].strip() == ""
