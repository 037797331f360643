"""The records a phone export becomes, and what a reader reports about it.

Every call, message and recording carries a **stable identity**: a SHA-256 over the
facts that make it that event (source kind, normalised number, exact time, kind,
duration or text). Reading the same export twice, or an overlapping newer export
of the same phone, gives the same identities, so a later step can tell what is
already in the case (issue 13 item 5). Identities never depend on the order of
entries, the file's name or the time of reading.

Times are timezone-aware. Phone logs store an instant (milliseconds or seconds
since an epoch), kept as UTC; a recording's name holds the phone's wall-clock
time, read in the time zone the caller gives (China Standard Time by default).

Nothing is dropped silently: an entry with a doubtful value is kept and carries a
*flag* (a stable code below) for the preview to mark; a problem with the source as
a whole is a :class:`ReadProblem` in both languages.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from desktop.domain.text import pick

# Where an entry came from (part of its identity: the same call read from two
# different kinds of export is not assumed to be one).
SOURCE_ANDROID_SBR = "android_sbr"
SOURCE_IPHONE_BACKUP = "iphone_backup"
SOURCE_RECORDINGS = "recordings"

CALL_KINDS = ("incoming", "outgoing", "missed", "rejected", "blocked", "voicemail", "unknown")
DIRECTIONS = ("received", "sent", "unknown")

# Flags: stable codes, never translated labels (house style §3).
FLAG_DATE_1970 = "date_1970"            # at or near the epoch: the phone's clock or the export is wrong
FLAG_DATE_FUTURE = "date_future"        # later than the time of reading
FLAG_NO_DATE = "no_date"                # no usable time at all
FLAG_WITHHELD = "number_withheld"       # 未知号码 / private / "-1" / "-2": no number to group by
FLAG_UNKNOWN_TYPE = "unknown_type"      # a type code this app does not know; kind/direction "unknown"
FLAG_BAD_DURATION = "bad_duration"      # duration missing or not a number; 0 kept
FLAG_NOT_SENT = "not_sent"              # a draft, failed, queued or outbox message
FLAG_MMS = "mms"                        # a multimedia message; only its text parts are kept
FLAG_NOT_PHONE_CALL = "not_phone_call"  # FaceTime or an app's call in the iPhone call history
FLAG_BODY_UNREADABLE = "body_unreadable"  # the message text could not be decoded
FLAG_TIME_FROM_FILE = "time_from_file"  # recording: time from the file's date; ask the user
FLAG_PATTERN_UNVERIFIED = "pattern_unverified"  # recording: matched a name pattern without a public source
FLAG_EMPTY_FILE = "empty_file"          # recording: 0 bytes
FLAG_DUPLICATE = "duplicate_content"    # recording: same content as an earlier file in the folder
FLAG_UNREADABLE = "unreadable"          # recording: could not be read

EPOCH_SUSPECT_BEFORE = datetime(1971, 1, 1, tzinfo=UTC)
FUTURE_SLACK = timedelta(days=1)  # phone and computer clocks differ; a day's grace before "future"

Checkpoint = Callable[[], None]
"""Called often during a long read; it raises (any exception) to cancel, and that exception propagates."""
Progress = Callable[[int, int], None]
"""``progress(done, total)`` in the reader's own unit (bytes, rows or files); ``total`` may be 0 when unknown."""


def _identity(*parts: object) -> str:
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _instant_key(when: datetime | None) -> str:
    """Milliseconds since the epoch, the precision every source shares; ``""`` when unknown."""
    if when is None:
        return ""
    return str(round(when.timestamp() * 1000))


def date_flags(when: datetime | None, now: datetime) -> frozenset[str]:
    """The flags a time earns: none, missing, at the epoch, or in the future."""
    if when is None:
        return frozenset({FLAG_NO_DATE})
    if when < EPOCH_SUSPECT_BEFORE:
        return frozenset({FLAG_DATE_1970})
    if when > now + FUTURE_SLACK:
        return frozenset({FLAG_DATE_FUTURE})
    return frozenset()


@dataclass(frozen=True)
class PhoneCall:
    """One call from a phone's call log.

    ``number`` is normalised (``desktop.domain.phone.normalise_number``), ``""`` when
    withheld; ``raw_number`` is exactly what the export said. ``source_id`` is the
    entry's own id in its source when it has one (row id), for messages to the user only.
    """

    number: str
    started_at: datetime | None
    duration_s: int
    kind: str
    source: str
    raw_number: str = ""
    contact_name: str = ""
    source_id: str = ""
    flags: frozenset[str] = field(default_factory=frozenset)

    @property
    def identity(self) -> str:
        return _identity("call", self.source, self.number or self.raw_number, _instant_key(self.started_at),
                         self.kind, self.duration_s)


@dataclass(frozen=True)
class PhoneMessage:
    """One text message (SMS, or the text parts of an MMS / iMessage)."""

    number: str
    sent_at: datetime | None
    direction: str
    body: str
    source: str
    raw_number: str = ""
    contact_name: str = ""
    source_id: str = ""
    flags: frozenset[str] = field(default_factory=frozenset)

    @property
    def identity(self) -> str:
        return _identity("message", self.source, self.number or self.raw_number, _instant_key(self.sent_at),
                         self.direction, self.body)


@dataclass(frozen=True)
class Recording:
    """One call-recording file, with what its name tells (or the file's time when it tells nothing).

    ``identity`` is its content's SHA-256: a recording is the same evidence whatever it is
    called. ``sha256`` is ``""`` only for a file that could not be read (flagged).
    """

    path: str
    name: str
    size: int
    sha256: str
    number: str | None
    contact_name: str | None
    started_at: datetime | None
    duration_s: int | None
    name_pattern: str | None
    flags: frozenset[str] = field(default_factory=frozenset)

    @property
    def identity(self) -> str:
        return _identity("recording", self.sha256) if self.sha256 else _identity("unreadable", self.path)

    @property
    def time_from_file(self) -> bool:
        return FLAG_TIME_FROM_FILE in self.flags


@dataclass(frozen=True)
class ReadProblem:
    """Something wrong with a source as a whole (or a part of it), in both languages.

    ``code`` is stable (``"truncated"``, ``"encrypted"``…); ``where`` names the place
    (``"line 120"``, a file) or is ``""``.
    """

    code: str
    zh: str
    en: str
    where: str = ""

    def message(self, lang: str = "zh_CN") -> str:
        text = pick(lang, self.zh, self.en)
        return f"{self.where}: {text}" if self.where else text


@dataclass(frozen=True)
class PhoneExport:
    """What one reader got out of one source.

    ``complete`` is False when the read stopped early (truncated or damaged input):
    what was read before that point is kept and ``problems`` says why it stopped.
    """

    source: str
    calls: tuple[PhoneCall, ...] = ()
    messages: tuple[PhoneMessage, ...] = ()
    problems: tuple[ReadProblem, ...] = ()
    complete: bool = True
    device: str = ""
