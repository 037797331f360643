"""Money parsing and formatting: what people type becomes exact fen, or a clear bilingual error."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import UserError
from desktop.domain.money import MAX_FEN, format_amount, parse_amount


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("1,234.50", 123450),
        ("１２３", 12300),
        ("１，２３４．５", 123450),
        ("¥1,000", 100000),
        ("￥1,000", 100000),
        ("1000元", 100000),
        ("1 000", 100000),
        ("1\u3000000", 100000),
        ("  42  ", 4200),
        ("1.5万", 1500000),
        ("2万元", 2000000),
        ("0.000001万", 1),
        ("人民币500元", 50000),
        ("RMB 12.3", 1230),
        ("500块", 50000),
        (".5", 50),
        ("5.", 500),
        ("0", 0),
        ("+7", 700),
        ("100000000", MAX_FEN),
        ("1\u200b000", 100000),
    ],
)
def test_accepts_the_ways_people_write_amounts(text, fen):
    assert parse_amount(text) == fen


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("", "请填写金额"),
        ("   ", "请填写金额"),
        ("-5", "负数"),
        ("－5", "负数"),
        ("¥-5", "负数"),
        ("1.234", "两位小数"),
        ("1.2345678万", "六位小数"),
        ("abc", "看不懂"),
        ("1e5", "看不懂"),
        ("12a", "看不懂"),
        ("1-2", "看不懂"),
        ("1\x00", "控制字符"),
        ("1,23", "每三位"),
        ("1,5", "每三位"),
        ("12,3456", "每三位"),
        ("100000000.01", "1 亿元"),
        ("2万万", "看不懂"),
        ("9" * 60, "太长"),
    ],
)
def test_refuses_bad_amounts_with_a_clear_message_in_both_languages(text, hint):
    with pytest.raises(UserError) as info:
        parse_amount(text, field="amount")
    err = info.value
    assert hint in err.zh
    assert err.en and err.en != err.zh
    assert err.field == "amount"


def test_refuses_non_text_as_a_bug():
    with pytest.raises(TypeError):
        parse_amount(12)  # type: ignore[arg-type]


@given(st.text(max_size=30))
def test_any_text_gives_fen_or_a_user_error(text):
    try:
        fen = parse_amount(text)
    except UserError as err:
        assert err.zh and err.en
    else:
        assert type(fen) is int
        assert 0 <= fen <= MAX_FEN


@given(st.integers(min_value=0, max_value=MAX_FEN))
def test_formatted_amounts_parse_back_to_the_same_fen(fen):
    assert parse_amount(format_amount(fen, "zh_CN")) == fen
    assert parse_amount(format_amount(fen, "en")) == fen


def test_format_style_per_language():
    assert format_amount(123450, "zh_CN") == "1,234.50 元"
    assert format_amount(123450, "en") == "¥1,234.50"
    assert format_amount(5, "en") == "¥0.05"
    assert format_amount(-123450, "zh_CN") == "-1,234.50 元"
    assert format_amount(-5, "en") == "-¥0.05"
    assert format_amount(0) == "0.00 元"


def test_format_refuses_floats():
    with pytest.raises(TypeError):
        format_amount(1.5)  # type: ignore[arg-type]
