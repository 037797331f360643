"""Only a 64-digit lowercase SHA-256 may ever name an evidence file."""

from __future__ import annotations

import pytest

from desktop.domain.evidence import is_content_hash


def test_a_real_sha256_is_a_content_hash():
    assert is_content_hash("0123456789abcdef" * 4)


@pytest.mark.parametrize("value", [
    "a" * 64 + "\n",            # a regex with $ accepts this one
    "A" * 64,                   # upper case would make a second name for the same content
    "a" * 63,
    "a" * 65,
    "../" * 14 + "etc/hostname",
    "g" * 64,
    "",
    None,
    b"a" * 64,
    "ａ" * 64,                   # full-width letters
])
def test_anything_else_is_refused(value):
    assert not is_content_hash(value)
