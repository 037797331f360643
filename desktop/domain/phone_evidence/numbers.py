"""A caller's number as a phone logged it: normalised, or recognised as withheld.

Android writes a withheld caller as ``-1`` (unknown), ``-2`` (private) or ``-3``
(payphone) and SMS Backup & Restore may write ``null``; iPhones leave the address
empty. None of these is a number to group calls by, so they become ``""`` with the
:data:`~desktop.domain.phone_evidence.records.FLAG_WITHHELD` flag, and the raw text
is kept for the preview.
"""

from __future__ import annotations

from desktop.domain.phone import normalise_number

_WITHHELD = frozenset({"", "-1", "-2", "-3", "-4", "null", "unknown", "private", "anonymous", "restricted",
                       "withheld", "未知", "未知号码", "私人号码", "隐藏号码"})


def logged_number(raw: str | bytes | None) -> tuple[str, bool]:
    """``(normalised number, withheld?)`` for a number as the phone stored it. Never raises."""
    if isinstance(raw, bytes):  # iPhone call history stores ZADDRESS as a BLOB on some versions
        raw = raw.decode("utf-8", "replace")
    text = (raw or "").strip()
    if text.lower() in _WITHHELD:
        return "", True
    number = normalise_number(text)
    return number, not number
