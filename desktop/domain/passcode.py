"""Desk mode's passcode: a salted slow hash, a constant-time check, and a throttle for wrong tries.

Plain Python, no Qt: the UI stores the strings this module makes in settings.
The passcode is a privacy screen for a shared computer; it does not encrypt
anything on disk (the lock screen and the passcode dialog say so).

Stored form: ``scrypt$<n>$<r>$<p>$<salt base64>$<hash base64>``. A stored value
that cannot be read (a damaged or hand-edited settings file) matches nothing:
the screen stays locked until an administrator resets the passcode
(``docs/ADMIN.md``) — failing open would defeat the point.

The cost follows OWASP's scrypt guidance (N = 2^17, r = 8, p = 1: about 0.3 s
and 128 MiB per guess on one core of a 2026 desk PC). Values stored with the
older, cheaper cost (N = 2^14) keep working because the stored form carries its
parameters; :func:`rehash` gives the value to store instead once the passcode
has been typed right. A passcode set before the 6-character minimum still
unlocks (refusing it would lock a desk out); the UI asks for a new one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace

from desktop.domain.errors import UserError

MIN_LENGTH = 6
MAX_LENGTH = 64

SCHEME = "scrypt"
N, R, P = 2**17, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
# Parameters accepted when reading a stored value: a hand-edited file must not
# be able to make a check take minutes or gigabytes (twice today's cost at most).
_MAX_MEMORY = 2 * 128 * N * R  # scrypt needs about 128 * n * r bytes
_MAX_P = 16

FREE_TRIES = 3
FIRST_DELAY = 5
MAX_DELAY = 300


def _normal(passcode: str) -> str:
    # The same characters typed through different input methods can arrive
    # composed or decomposed; compare them as one.
    return unicodedata.normalize("NFC", passcode)


def validate(passcode: str) -> str:
    """The passcode as it will be hashed, or a UserError saying what is wrong with it."""
    text = _normal(passcode)
    if len(text) < MIN_LENGTH:
        raise UserError(
            zh=f"密码太短：至少要 {MIN_LENGTH} 个字符，现在是 {len(text)} 个。太短的密码很快就能被猜出来。"
            f"可以用汉字、字母、数字或符号（最多 {MAX_LENGTH} 个），例如一句只有你自己知道的短句。",
            en=f"The passcode is too short: it needs at least {MIN_LENGTH} characters and this one has "
            f"{len(text)}. A short passcode is quickly guessed. Chinese characters, letters, digits and "
            f"symbols all work (up to {MAX_LENGTH}); a short phrase only you know is a good choice.",
            field="passcode",
        )
    if len(text) > MAX_LENGTH:
        raise UserError(
            zh=f"密码太长：最多 {MAX_LENGTH} 个字符，现在是 {len(text)} 个。",
            en=f"The passcode is too long: it can have at most {MAX_LENGTH} characters; this one has {len(text)}.",
            field="passcode",
        )
    return text


def is_too_short(text: str) -> bool:
    """Whether ``text`` (a passcode typed right) is shorter than new passcodes may be."""
    return len(_normal(text)) < MIN_LENGTH


def _hash(text: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        text.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2 * 128 * r * n + 2**20, dklen=HASH_BYTES
    )


def _stored(text: str, salt: bytes | None, n: int) -> str:
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    digest = _hash(text, salt, n, R, P)
    b64 = base64.b64encode
    return f"{SCHEME}${n}${R}${P}${b64(salt).decode('ascii')}${b64(digest).decode('ascii')}"


def hash_passcode(passcode: str, salt: bytes | None = None, *, n: int = N) -> str:
    """The string to store for ``passcode`` (validated first).

    ``n`` is for tests that check matching rather than cost; the app always uses ``N``.
    """
    return _stored(validate(passcode), salt, n)


def rehash(stored: str, typed: str) -> str | None:
    """A value to store instead of ``stored`` when it has a cheaper cost than today's; else None.

    Call only after ``verify(stored, typed)`` succeeded. The length rules are not
    applied: a passcode set under the old rules keeps working until it is changed.
    """
    parsed = _parse(stored)
    if parsed is None:
        return None
    n, r, _p, _salt, _digest = parsed
    if n * r >= N * R:  # memory is what makes a guess dear on a GPU; p adds time only
        return None
    return _stored(_normal(typed), None, N)


def is_set(stored: str) -> bool:
    """Whether a passcode is set. Anything non-empty counts, readable or not (fail closed)."""
    return bool(stored and stored.strip())


def verify(stored: str, candidate: str) -> bool:
    """Whether ``candidate`` is the passcode behind ``stored``; constant-time on the hash."""
    parsed = _parse(stored)
    if parsed is None:
        return False
    n, r, p, salt, expected = parsed
    digest = _hash(_normal(candidate), salt, n, r, p)
    return hmac.compare_digest(digest, expected)


def _parse(stored: str):
    try:
        scheme, n, r, p, salt, digest = stored.strip().split("$")
        n, r, p = int(n), int(r), int(p)
        salt = base64.b64decode(salt, validate=True)
        digest = base64.b64decode(digest, validate=True)
    except (ValueError, AttributeError):
        return None
    if scheme != SCHEME or n < 2 or n & (n - 1) or r < 1 or 128 * n * r > _MAX_MEMORY:
        return None
    if not (1 <= p <= _MAX_P) or len(salt) < 8 or len(digest) < 16:
        return None
    return n, r, p, salt, digest


def wrong_current_error() -> UserError:
    return UserError(zh="当前密码不对。", en="The current passcode is not right.", field="current")


def change(stored: str, current: str, new: str) -> str:
    """The new stored value, after checking the current passcode (when one is set)."""
    if is_set(stored) and not verify(stored, current):
        raise wrong_current_error()
    return hash_passcode(new)


def remove(stored: str, current: str) -> str:
    """The stored value after removing the passcode: "" — only with the right current passcode."""
    if is_set(stored) and not verify(stored, current):
        raise wrong_current_error()
    return ""


@dataclass(frozen=True)
class ThrottleState:
    """Wrong tries in a row, and until when (wall-clock seconds) no try is allowed."""

    failures: int = 0
    blocked_until: int = 0


class Throttle:
    """After ``FREE_TRIES`` wrong tries, each further wrong try doubles the wait (5 s, 10 s … 5 min).

    The state is plain data so it can be kept in settings: restarting the app does
    not reset it. Time is wall-clock (it has to survive a restart); a clock set
    back can never make the wait longer than ``MAX_DELAY``.
    """

    def __init__(self, state: ThrottleState | None = None, clock: Callable[[], float] = time.time) -> None:
        self.state = state or ThrottleState()
        self.clock = clock

    def wait_seconds(self) -> int:
        """Whole seconds until the next try is allowed; 0 when a try is allowed now."""
        remaining = self.state.blocked_until - self.clock()
        if remaining > MAX_DELAY:  # the clock was set back: wait at most the cap from now
            self.state = replace(self.state, blocked_until=math.ceil(self.clock() + MAX_DELAY))
            remaining = MAX_DELAY
        return max(0, math.ceil(remaining))

    def record_failure(self) -> int:
        """Count a wrong try; returns the wait it causes (0 while tries are still free)."""
        failures = self.state.failures + 1
        delay = delay_after(failures)
        blocked = math.ceil(self.clock() + delay) if delay else 0
        self.state = ThrottleState(failures=failures, blocked_until=blocked)
        return delay

    def record_success(self) -> None:
        self.state = ThrottleState()


def delay_after(failures: int) -> int:
    """The wait in seconds after ``failures`` wrong tries in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(MAX_DELAY, FIRST_DELAY * 2 ** min(failures - FREE_TRIES, 16))
