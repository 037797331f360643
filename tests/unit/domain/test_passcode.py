"""Desk mode's passcode: slow salted hash, constant-time check, length rules, and the wrong-try throttle.

Tests about matching hash with ``FAST`` (n = 2^10) so the suite stays quick; the
ones about cost use the real parameters.
"""

from __future__ import annotations

import base64
import hashlib

import pytest

from desktop.domain import passcode as pc
from desktop.domain.errors import UserError

FAST = 2**10


def old_stored(code: str, n: int = 2**14) -> str:
    """A value as the app stored it before review 5.1 (N = 2^14, no 6-character minimum)."""
    salt = b"fixed salt 16 by"
    digest = hashlib.scrypt(code.encode(), salt=salt, n=n, r=8, p=1, dklen=32)
    return f"scrypt${n}$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_new_passcodes_are_stored_as_scrypt_at_owasp_cost_with_parameters_salt_and_hash():
    """Review 5.1: N = 2^17, r = 8, p = 1 (OWASP's scrypt guidance), not the old 2^14."""
    stored = pc.hash_passcode("123456")
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**17), "8", "1")
    salt = base64.b64decode(salt)
    assert len(salt) == 16
    expected = hashlib.scrypt(b"123456", salt=salt, n=2**17, r=8, p=1, maxmem=2**28, dklen=32)
    assert base64.b64decode(digest) == expected
    assert "123456" not in stored
    assert pc.verify(stored, "123456") and not pc.verify(stored, "123457")


def test_the_same_passcode_gets_a_new_salt_each_time():
    assert pc.hash_passcode("same pass", n=FAST) != pc.hash_passcode("same pass", n=FAST)


@pytest.mark.parametrize("code", ["123456", "王小明的密码", "😀😀😀😀😀😀", "𠮷𠮷𠮷𠮷𠮷𠮷", "x" * 64, "  a b "])
def test_right_passcodes_match_and_near_misses_do_not(code):
    stored = pc.hash_passcode(code, n=FAST)
    assert pc.verify(stored, code)
    assert not pc.verify(stored, code + "x")
    assert not pc.verify(stored, code[:-1])
    assert not pc.verify(stored, "")


def test_composed_and_decomposed_characters_are_the_same_passcode():
    composed, decomposed = "café1", "cafe\u03011"
    assert pc.verify(pc.hash_passcode(composed + "23", n=FAST), decomposed + "23")


@pytest.mark.parametrize("code", ["", "123", "1234", "12345", "😀😀😀😀😀", "cafe\u03011"])
def test_a_new_passcode_shorter_than_six_is_refused_with_a_plain_bilingual_message(code):
    """Review 5.1: a 4-digit code fell to an offline search in 103 s."""
    with pytest.raises(UserError) as caught:
        pc.hash_passcode(code, n=FAST)
    assert "至少要 6 个字符" in caught.value.zh and "太短" in caught.value.zh
    assert "at least 6 characters" in caught.value.en and "too short" in caught.value.en
    assert caught.value.field == "passcode"


def test_a_passcode_longer_than_64_is_refused():
    with pytest.raises(UserError) as caught:
        pc.hash_passcode("x" * 65, n=FAST)
    assert "最多 64 个字符" in caught.value.zh and "at most 64 characters" in caught.value.en


def test_length_counts_characters_not_bytes():
    assert pc.validate("𠮷𠮷𠮷𠮷𠮷𠮷") == "𠮷𠮷𠮷𠮷𠮷𠮷"  # 24 bytes of UTF-8, six characters
    assert pc.is_too_short("𠮷𠮷𠮷𠮷𠮷") and not pc.is_too_short("𠮷𠮷𠮷𠮷𠮷𠮷")


def test_an_old_cost_hash_still_verifies_and_is_rehashed_at_todays_cost():
    stored = old_stored("1234")  # too short for a new passcode, but it was set under the old rules
    assert pc.verify(stored, "1234") and not pc.verify(stored, "1235")
    better = pc.rehash(stored, "1234")
    assert better is not None and better.startswith("scrypt$131072$8$1$")
    assert pc.verify(better, "1234") and not pc.verify(better, "12345")
    assert pc.rehash(better, "1234") is None  # already at today's cost


def test_rehash_leaves_alone_what_it_cannot_read():
    assert pc.rehash("garbage", "1234") is None


@pytest.mark.parametrize(
    "stored",
    [
        "garbage",
        "scrypt$16384$8$1$not base64$xx",
        "pbkdf2$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$1048576$64$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",  # 8 GiB
        "scrypt$524288$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",  # 512 MiB
        "scrypt$1000$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",  # not a power of 2
    ],
)
def test_a_damaged_stored_value_matches_nothing_but_still_counts_as_set(stored):
    """Fail closed: a damaged settings file keeps the screen locked until an administrator resets it."""
    assert pc.is_set(stored)
    assert not pc.verify(stored, "1234")


def test_change_and_remove_need_the_current_passcode():
    stored = pc.hash_passcode("old pass", n=FAST)
    with pytest.raises(UserError) as caught:
        pc.change(stored, "wrong", "new pass")
    assert caught.value.field == "current"
    new = pc.change(stored, "old pass", "new pass")
    assert pc.verify(new, "new pass") and not pc.verify(new, "old pass")
    with pytest.raises(UserError):
        pc.remove(new, "old pass")
    assert pc.remove(new, "new pass") == ""
    assert not pc.is_set("")
    assert pc.verify(pc.change("", "", "first one"), "first one")


def test_three_free_tries_then_a_doubling_wait_capped_at_five_minutes():
    assert [pc.delay_after(n) for n in range(1, 12)] == [0, 0, 5, 10, 20, 40, 80, 160, 300, 300, 300]
    assert pc.delay_after(10_000) == 300


def test_the_throttle_counts_waits_and_forgets_on_success():
    clock = Clock()
    throttle = pc.Throttle(clock=clock)
    assert throttle.record_failure() == 0
    assert throttle.record_failure() == 0
    assert throttle.wait_seconds() == 0
    assert throttle.record_failure() == 5
    assert throttle.wait_seconds() == 5
    clock.now += 4.2
    assert throttle.wait_seconds() == 1
    clock.now += 0.8
    assert throttle.wait_seconds() == 0
    assert throttle.record_failure() == 10
    assert throttle.state.failures == 4
    throttle.record_success()
    assert throttle.state == pc.ThrottleState()
    assert throttle.wait_seconds() == 0


def test_the_state_is_plain_data_so_a_restart_keeps_it():
    clock = Clock()
    first = pc.Throttle(clock=clock)
    for _ in range(4):
        first.record_failure()
    restarted = pc.Throttle(pc.ThrottleState(first.state.failures, first.state.blocked_until), clock)
    assert restarted.wait_seconds() == 10
    assert restarted.record_failure() == 20


def test_a_clock_set_back_never_makes_the_wait_longer_than_the_cap():
    clock = Clock()
    throttle = pc.Throttle(pc.ThrottleState(failures=20, blocked_until=int(clock.now) + 86_400), clock)
    assert throttle.wait_seconds() == 300
    clock.now += 300
    assert throttle.wait_seconds() == 0
