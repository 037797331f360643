"""Desk mode's passcode: a salted slow hash, a constant-time check, and a throttle for wrong tries.

Plain Python, no Qt: the UI stores the strings this module makes in settings.
The passcode is a privacy screen for a shared computer; it does not encrypt
anything on disk (the lock screen and the passcode dialog say so).

Stored form: ``scrypt$<n>$<r>$<p>$<salt base64>$<hash base64>``. A stored value
that cannot be read (a damaged or hand-edited settings file) matches nothing:
the screen stays locked until an administrator resets the passcode
(``docs/ADMIN.md``) — failing open would defeat the point.
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

MIN_LENGTH = 4
MAX_LENGTH = 64

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
# Parameters accepted when reading a stored value: a hand-edited file must not
# be able to make a check take minutes or gigabytes.
_MAX_MEMORY = 64 * 2**20  # scrypt needs about 128 * n * r bytes
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
    if not MIN_LENGTH <= len(text) <= MAX_LENGTH:
        raise UserError(
            zh=f"密码需要 {MIN_LENGTH} 到 {MAX_LENGTH} 个字符（可以用汉字、字母、数字或符号），"
            f"现在是 {len(text)} 个。",
            en=f"A passcode needs {MIN_LENGTH} to {MAX_LENGTH} characters (Chinese characters, letters, "
            f"digits or symbols); this one has {len(text)}.",
            field="passcode",
        )
    return text


def _hash(text: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        text.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2 * 128 * r * n + 2**20, dklen=HASH_BYTES
    )


def hash_passcode(passcode: str, salt: bytes | None = None) -> str:
    """The string to store for ``passcode`` (validated first)."""
    text = validate(passcode)
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    digest = _hash(text, salt, N, R, P)
    b64 = base64.b64encode
    return f"{SCHEME}${N}${R}${P}${b64(salt).decode('ascii')}${b64(digest).decode('ascii')}"


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
