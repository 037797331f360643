"""Rows of an iPhone backup's call history and messages, turned into records.

The thin reader (``desktop.store.phone_backup``) fetches the rows; this module knows
what they mean. Layouts, as documented by iLEAPP (github.com/abrignoni/iLEAPP,
``scripts/artifacts/callHistory.py``) and other public readers of iOS backups:

* ``HomeDomain`` ``Library/CallHistoryDB/CallHistory.storedata`` (Core Data): table
  ``ZCALLRECORD`` with ``ZADDRESS`` (text, or a BLOB on some versions), ``ZDATE``
  (seconds since 2001-01-01 UTC), ``ZDURATION`` (seconds), ``ZORIGINATED`` (1 outgoing),
  ``ZANSWERED`` (1 answered), ``ZCALLTYPE`` (1 phone, 8 FaceTime video, 16 FaceTime audio,
  0 a third-party app).
* ``HomeDomain`` ``Library/SMS/sms.db``: ``message`` (``text``, ``attributedBody``, ``date``
  since 2001-01-01 — nanoseconds since iOS 11, seconds before —, ``is_from_me``,
  ``handle_id``, ``service``) and ``handle`` (``ROWID``, ``id`` = the number or address).
  Since iOS 16 ``text`` may be empty and the words sit in ``attributedBody``, an
  ``NSAttributedString`` in Apple's "typedstream" archive.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.domain.phone_evidence.numbers import logged_number
from desktop.domain.phone_evidence.records import (
    FLAG_BODY_UNREADABLE,
    FLAG_NOT_PHONE_CALL,
    FLAG_WITHHELD,
    SOURCE_IPHONE_BACKUP,
    PhoneCall,
    PhoneMessage,
    date_flags,
)

APPLE_EPOCH = datetime(2001, 1, 1, tzinfo=UTC)
_NANOSECOND_DATES_ABOVE = 10**11  # seconds since 2001 stay below this until the year 5170
_PHONE_CALL_TYPES = (None, 1)


def apple_time(value: float | int | None) -> datetime | None:
    """A time stored as seconds (or, when huge, nanoseconds) since 2001-01-01 UTC; ``None`` if unusable."""
    if value is None or isinstance(value, (bytes, str)):
        return None
    try:
        seconds = value / 1e9 if abs(value) > _NANOSECOND_DATES_ABOVE else float(value)
        return APPLE_EPOCH + timedelta(seconds=seconds)
    except (OverflowError, ValueError, TypeError):
        return None


def call_from_row(row_id: int, address: str | bytes | None, date: float | None, duration: float | None,
                  originated: int | None, answered: int | None, call_type: int | None, now: datetime) -> PhoneCall:
    """One ``ZCALLRECORD`` row as a call."""
    number, withheld = logged_number(address)
    when = apple_time(date)
    flags = set(date_flags(when, now))
    if withheld:
        flags.add(FLAG_WITHHELD)
    if call_type not in _PHONE_CALL_TYPES:
        flags.add(FLAG_NOT_PHONE_CALL)
    kind = "outgoing" if originated == 1 else "incoming" if answered == 1 else "missed"
    try:
        seconds = max(0, round(float(duration or 0)))
    except (TypeError, ValueError):
        seconds = 0
    raw = address.decode("utf-8", "replace") if isinstance(address, bytes) else (address or "")
    return PhoneCall(number=number, started_at=when, duration_s=seconds, kind=kind, source=SOURCE_IPHONE_BACKUP,
                     raw_number=raw, source_id=str(row_id), flags=frozenset(flags))


def message_from_row(row_id: int, handle: str | None, text: str | None, attributed: bytes | None,
                     date: float | None, is_from_me: int | None, now: datetime) -> PhoneMessage:
    """One ``message`` row (joined with its ``handle``) as a message."""
    number, withheld = logged_number(handle)
    when = apple_time(date)
    flags = set(date_flags(when, now))
    if withheld:
        flags.add(FLAG_WITHHELD)
    body = text or ""
    if not body and attributed:
        decoded = decode_attributed_body(attributed)
        if decoded is None:
            flags.add(FLAG_BODY_UNREADABLE)
        else:
            body = decoded
    return PhoneMessage(number=number, sent_at=when, direction="sent" if is_from_me == 1 else "received",
                        body=body, source=SOURCE_IPHONE_BACKUP, raw_number=handle or "", source_id=str(row_id),
                        flags=frozenset(flags))


def decode_attributed_body(blob: bytes) -> str | None:
    """The plain text of a typedstream ``NSAttributedString``, or ``None`` when it is not one we can read.

    The string follows the class name ``NSString`` and the bytes ``\\x01\\x94\\x84\\x01+`` (or
    ``\\x01\\x95\\x84\\x01+``): then a length — one byte below 0x80, or 0x81 and two bytes, or
    0x82 and four bytes, little-endian — and that many bytes of UTF-8.
    """
    start = blob.find(b"NSString")
    if start < 0:
        return None
    plus = blob.find(b"\x84\x01+", start)
    if plus < 0 or plus - start > 16:
        return None
    pos = plus + 3
    if pos >= len(blob):
        return None
    lead = blob[pos]
    if lead == 0x81:
        size, pos = int.from_bytes(blob[pos + 1:pos + 3], "little"), pos + 3
    elif lead == 0x82:
        size, pos = int.from_bytes(blob[pos + 1:pos + 5], "little"), pos + 5
    elif lead < 0x80:
        size, pos = lead, pos + 1
    else:
        return None
    raw = blob[pos:pos + size]
    if len(raw) != size:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
