"""Validators over any text: a value or a UserError with a message in both languages, nothing else."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.cases import MAX_ALIAS, clean_alias
from desktop.domain.errors import UserError
from desktop.domain.importing.datetimes import parse_datetime
from desktop.domain.importing.values import (
    parse_channel,
    parse_direction,
    parse_duration,
    parse_relation,
    parse_yes_no,
)
from desktop.domain.money import parse_amount
from tests.fuzz import fuzz_settings

# Text that looks like what people type, mixed with anything at all.
_PIECES = st.sampled_from(["1", "0", "9", ",", ".", "万", "元", "¥", "￥", "人民币", "-", "−", " ", "１", "：", ":",
                           "年", "月", "日", "点", "分", "秒", "下午", "PM", "T", "/", "e", "E", "+", "\x00", "\u3000",
                           "半", "小时", "约", "来电", "本人", "是", "否", "𠮷", "😀", "\ud800", "NaN", "inf"])
TEXT = st.one_of(st.text(max_size=60), st.lists(_PIECES, max_size=12).map("".join),
                 st.integers().map(str), st.floats(allow_nan=True).map(str))


def _explained(exc: UserError) -> None:
    assert isinstance(exc.zh, str) and exc.zh.strip()
    assert isinstance(exc.en, str) and exc.en.strip()


@fuzz_settings()
@given(TEXT)
def test_parse_amount_returns_fen_or_explains(text):
    try:
        fen = parse_amount(text)
    except UserError as exc:
        _explained(exc)
    else:
        assert isinstance(fen, int) and 0 <= fen <= 100_000_000 * 100


@fuzz_settings()
@given(TEXT)
def test_clean_alias_returns_a_usable_name_or_explains(text):
    try:
        alias = clean_alias(text)
    except UserError as exc:
        _explained(exc)
    else:
        assert alias and alias == alias.strip() and len(alias) <= MAX_ALIAS


@fuzz_settings()
@given(st.sampled_from([parse_duration, parse_channel, parse_direction, parse_relation, parse_yes_no]),
       st.one_of(st.none(), TEXT))
def test_import_value_parsers_return_a_value_or_explain(parser, text):
    try:
        parser(text)
    except UserError as exc:
        _explained(exc)


@fuzz_settings()
@given(st.one_of(st.none(), TEXT))
def test_parse_datetime_returns_a_value_or_explains(text):
    try:
        parse_datetime(text)
    except UserError as exc:
        _explained(exc)
