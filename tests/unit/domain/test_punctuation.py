"""Text built from parts is punctuated the way each language writes it (the one place that decides)."""

from __future__ import annotations

import pytest

from desktop.domain.punctuation import bracketed, clause_separator, list_separator


@pytest.mark.parametrize("lang", ["zh_CN", "zh", "", None, "fr"])
def test_chinese_and_any_unknown_language_get_full_width_punctuation_with_no_spaces(lang):
    assert list_separator(lang).join(["贷款", "期数"]) == "贷款、期数"
    assert clause_separator(lang).join(["时长 3 分钟", "附件 2 个"]) == "时长 3 分钟；附件 2 个"
    assert "联系第三人" + bracketed("中", lang) == "联系第三人（中）"


@pytest.mark.parametrize("lang", ["en", "en_US", "EN"])
def test_english_tags_get_a_comma_a_semicolon_and_a_spaced_bracket(lang):
    assert list_separator(lang).join(["the loan", "the first date"]) == "the loan, the first date"
    assert clause_separator(lang).join(["3 min", "2 files"]) == "3 min; 2 files"
    assert "Contacting others" + bracketed("medium", lang) == "Contacting others (medium)"
