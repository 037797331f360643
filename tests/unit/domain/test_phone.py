"""desktop.domain.phone: numbers as typed become one comparable form, and a masked one for the lender's copy."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.phone import mask_number, normalise_number


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),  # full-width digits
        ("+86 138 1234 5678", "13812345678"),
        ("+86-13812345678", "13812345678"),
        ("0086 13812345678", "13812345678"),
        ("8613812345678", "13812345678"),
        ("(010) 8888-7777", "01088887777"),
        ("（010）8888．7777", "01088887777"),
        ("+86 10 8888 7777", "01088887777"),
        ("+86 (0)10 8888 7777", "01088887777"),
        ("95188", "95188"),
        ("+86 95188", "95188"),
        ("400-800-1234", "4008001234"),
        ("400 800 1234", "4008001234"),
        ("+1 (415) 555-0123", "+14155550123"),
        ("  wxid_Abc123  ", "wxid_Abc123"),
        ("138****5678", "138****5678"),
        ("", ""),
        ("   ", ""),
        (None, ""),
    ],
)
def test_normalise_number(typed, normal):
    assert normalise_number(typed) == normal


def test_86_prefix_is_only_stripped_from_mobile_numbers():
    """ "86…" without + could be a real number; only 86 followed by a mobile number is a country code."""
    assert normalise_number("861088887777") == "861088887777"
    assert normalise_number("86138123456789") == "86138123456789"


@pytest.mark.parametrize(
    ("typed", "masked"),
    [
        ("13812345678", "138****5678"),
        ("+86 138-1234-5678", "138****5678"),
        ("010-8888-7777", "010****7777"),
        ("95188", "95188"),  # public service numbers stay readable
        ("400-800-1234", "4008001234"),
        ("+1 415 555 0123", "+141****0123"),
        ("wxid_abc", "w******c"),
        ("ab", "**"),
        ("", ""),
    ],
)
def test_mask_number(typed, masked):
    assert mask_number(typed) == masked


def test_masking_hides_the_middle_of_every_long_number():
    for typed in ("13812345678", "02188887777", "8613912345678"):
        masked = mask_number(typed)
        assert "*" in masked and masked[-4:] == normalise_number(typed)[-4:]


@given(st.one_of(st.text(), st.text(alphabet="0123456789+-() .０１２３８６（）　"), st.none()))
def test_normalise_and_mask_never_raise(text):
    normal = normalise_number(text)
    assert isinstance(normal, str) and isinstance(mask_number(text), str)
    assert normalise_number(normal) == normal, "normalising is idempotent"
