"""The check code printed on every report: easy to type, and a typo is never taken for a changed history."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop.domain.anchor import check_code, check_head, crc8, parse_anchor
from desktop.domain.errors import UserError
from desktop.domain.integrity import GENESIS, ChainLink, chain_hash

HEAD = "eb7184e3b089915e2dfbf5adec3303553fe24c3a177066f85772c32294bdf710"
HEX = "0123456789ABCDEF"


def test_the_code_is_four_groups_of_four_and_two_check_characters():
    code = check_code(HEAD)
    assert code == "EB71-84E3-B089-915E-5D"
    assert parse_anchor(code).digits == HEAD[:16]


def test_crc8_is_the_standard_polynomial_07():
    assert crc8(b"123456789") == 0xF4  # the catalogued check value of CRC-8 (poly 0x07, init 0)


@pytest.mark.parametrize("typed", ["eb71 84e3 b089 915e 5d", "EB7184E3B089915E5D", "ＥＢ７１－８４Ｅ３－Ｂ０８９－９１５Ｅ－５Ｄ",
                                   " EB71—84E3—B089—915E—5D\n"])
def test_the_code_is_read_however_it_is_typed(typed):
    assert parse_anchor(typed).digits == HEAD[:16]


def test_letters_that_look_like_digits_are_read_as_the_digits():
    code = check_code("10" + HEAD[2:])
    assert code.startswith("10")
    assert parse_anchor("lO" + code[2:]).digits == ("10" + HEAD[2:])[:16]


def test_a_whole_head_is_accepted_too():
    assert parse_anchor(HEAD.upper()).digits == HEAD


@given(st.text(alphabet="0123456789abcdef", min_size=64, max_size=64))
@example(HEAD)
@example(GENESIS)
@example("f" * 64)
def test_every_single_typo_and_every_swap_of_neighbours_is_caught(head):
    code = check_code(head).replace("-", "")
    for i, right in enumerate(code):
        for wrong in HEX:
            if wrong != right:
                with pytest.raises(UserError):
                    parse_anchor(code[:i] + wrong + code[i + 1:])
    for i in range(len(code) - 1):
        if code[i] != code[i + 1]:
            with pytest.raises(UserError):
                parse_anchor(code[:i] + code[i + 1] + code[i] + code[i + 2:])


@pytest.mark.parametrize(("typed", "says"), [
    ("", "check code printed"), ("EB71-84E3-B089-915E", "18 characters"), ("EB71-84E3-B089-915E-5DX", "not “x”"),
    ("EB71-84E3-B089-915E-5C", "typing mistake"),
])
def test_each_wrong_input_says_what_is_wrong(typed, says):
    with pytest.raises(UserError) as info:
        parse_anchor(typed)
    assert says in info.value.message("en")
    assert info.value.message("zh_CN")


def _chain(contents: list[str]) -> list[ChainLink]:
    links, prev = [], GENESIS
    for seq, content in enumerate(contents, 1):
        digest = chain_hash(prev, content)
        links.append(ChainLink(seq, 1, seq, content, prev, digest))
        prev = digest
    return links


def test_a_head_is_found_where_it_stands_and_later_entries_do_not_matter():
    links = _chain(["a", "b", "c", "d"])
    result = check_head(links, parse_anchor(links[1].hash))
    assert result.ok and result.position == 2 and result.added_since == 2
    assert "unchanged" in result.message("en") and "没有被改动" in result.message("zh_CN")
    assert check_head(links, parse_anchor(check_code(links[1].hash))).position == 2


def test_a_head_is_recomputed_from_the_contents_not_read_from_the_stored_hashes():
    links = _chain(["a", "b", "c"])
    earlier = links[2].hash
    edited = [links[0], ChainLink(2, 1, 2, "B", links[1].prev_hash, links[1].hash), links[2]]  # hashes left alone
    result = check_head(edited, parse_anchor(earlier))
    assert not result.ok and result.position is None
    assert "changed or cut" in result.message("en")


def test_a_match_with_a_broken_entry_before_it_is_not_ok():
    links = _chain(["a", "b", "c"])
    result = check_head(links, parse_anchor(links[2].hash), problem_seqs={1})
    assert result.position == 3 and not result.ok and "tampered" in result.message("en")


def test_the_empty_history_is_the_start_of_every_history():
    assert check_head(_chain(["a"]), parse_anchor(GENESIS)).position == 0
