"""The bundle passphrase check (review 3.1): what the first hours of a guessing list try is refused, with advice."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop.domain import passphrase as pp
from desktop.domain.errors import UserError


def refusal(text: str, alias: str = "") -> UserError:
    with pytest.raises(UserError) as caught:
        pp.check(text, alias)
    error = caught.value
    assert error.field == "passphrase"
    # Every refusal says how to make a good one, in both languages.
    assert "三四个互不相关的词" in error.zh and "three or four unrelated words" in error.en
    return error


@pytest.mark.parametrize("text", ["", "12345678", "abc def", "短密码", "123456789"])
def test_shorter_than_ten_characters_is_refused(text):
    error = refusal(text)
    assert "至少要 10 个字符" in error.zh and "at least 10 characters" in error.en


@pytest.mark.parametrize(
    "text",
    [
        "1234567890", "0987654321", "abcdefghij", "ABCDEFGHIJ", "jihgfedcba", "qwertyuiop", "QWERTY12345",
        "asdfghjkl;", "zxcvbnm,./123", "1qaz2wsx3edc", "password12", "Password2024!", "P@ssw0rd123",
        "iloveyou12", "woaini1314", "5201314520", "1111111111", "8888888888", "aaaaaaaaaa", "abcabcabcabc",
        "woaiwoaiwoai", "12121212121", "１２３４５６７８９０", "ｑｗｅｒｔｙｕｉｏｐ", "1234 5678 90",
    ],
)
def test_runs_repeats_and_common_words_are_refused(text):
    error = refusal(text)
    assert "常见的组合" in error.zh and "common pattern" in error.en


@pytest.mark.parametrize("text", ["qzmxvbtrlk", "9371846205", "我的猫喜欢吃鱼和米饭", "QZMXVBTRLKW", "#%&*!?@^~+"])
def test_one_kind_of_character_only_is_refused(text):
    error = refusal(text)
    assert "只用了一种字符" in error.zh and "one kind of character" in error.en


@pytest.mark.parametrize(
    ("text", "alias"),
    [("王女士 2024 案件包", "王女士"), ("my case Wang Nvshi 7", "wang nvshi"), ("ＷＡＮＧ family 1988", "Wang")],
)
def test_the_case_alias_inside_is_refused(text, alias):
    error = refusal(text, alias)
    assert "案件的称呼" in error.zh and "this case's name" in error.en


@pytest.mark.parametrize(
    "text",
    [
        "correct horse battery staple", "blue river lamp 7", "长长的密码 passphrase", "a long passphrase 密码",
        "橘子 火车 月亮 42", "Tr0ub4dor&3xx", "hello world 2024",
    ],
)
def test_unrelated_words_with_spaces_and_a_digit_pass(text):
    pp.check(text, alias="王女士")


def test_a_one_character_alias_is_not_held_against_the_passphrase():
    pp.check("橘子 火车 月亮 42", alias="月")


@given(st.text(min_size=10, max_size=40))
@example("          ")
@example("\u200b" * 12)
@example("ａ" * 10)
@example("1" * 9 + "a")
def test_any_text_is_accepted_or_refused_calmly_and_what_passes_has_ten_characters_and_two_kinds(text):
    try:
        pp.check(text)
    except UserError as error:
        assert error.field == "passphrase" and error.zh and error.en
        return
    assert len(text) >= pp.MIN_LENGTH and len(pp.kinds(text)) >= 2
    assert pp.uncommon_count(text) >= pp.MIN_UNCOMMON
