"""What a call recording's file name says: the other party and the time, by the phone's naming convention.

The conventions are data (``resources/phone/recording_names.toml``, loaded by
``desktop.content.phone_names``), each with its source; this module only applies them.
The first pattern whose regular expression matches the name without its extension wins.
A name that matches nothing — or a pattern that has no date — leaves the time to the
file's modification date, flagged "time from the file; ask the user".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from desktop.domain.evidence import OPENABLE_TYPES
from desktop.domain.phone_evidence.numbers import logged_number
from desktop.domain.phone_evidence.records import (
    FLAG_DUPLICATE,
    FLAG_EMPTY_FILE,
    FLAG_PATTERN_UNVERIFIED,
    FLAG_TIME_FROM_FILE,
    FLAG_UNREADABLE,
    Recording,
)

CHINA_TIME = timezone(timedelta(hours=8), "CST")
AUDIO_EXTENSIONS = OPENABLE_TYPES["audio"]


@dataclass(frozen=True)
class NamePattern:
    """One phone's naming convention: which groups hold the number, the name, the date and the time."""

    id: str
    brand: str
    regex: re.Pattern[str]
    number_group: str = ""
    name_group: str = ""
    party_group: str = ""  # a group that holds a saved contact's name or, when none, the number
    date_group: str = ""
    date_format: str = ""
    time_group: str = ""
    time_format: str = ""
    verified: bool = True


@dataclass(frozen=True)
class NameFacts:
    """What one name told."""

    pattern: str
    number: str | None
    contact_name: str | None
    started_at: datetime | None


@dataclass(frozen=True)
class FileFacts:
    """One file as the folder reader saw it (``sha256`` is ``""`` and ``error`` set when unreadable)."""

    path: str
    name: str
    size: int
    mtime: datetime | None
    sha256: str
    error: str = ""


def is_audio_name(name: str) -> bool:
    return "." in name and name.rsplit(".", 1)[1].lower() in AUDIO_EXTENSIONS


def read_name(file_name: str, patterns: Iterable[NamePattern], tz: timezone = CHINA_TIME) -> NameFacts | None:
    """The facts in ``file_name`` by the first matching pattern, or ``None``. Never raises."""
    stem = file_name.rsplit(".", 1)[0] if "." in file_name else file_name
    for pattern in patterns:
        match = pattern.regex.fullmatch(stem)
        if match is None:
            continue
        groups = match.groupdict()
        number = name = None
        if pattern.number_group:
            number = _number(groups.get(pattern.number_group))
        if pattern.name_group:
            name = (groups.get(pattern.name_group) or "").strip() or None
        if pattern.party_group:
            party = (groups.get(pattern.party_group) or "").strip()
            as_number = _number(party)
            if as_number:
                number = number or as_number
            elif party:
                name = name or party
        if name is not None and number is not None and _number(name) == number:
            name = None  # MIUI writes the number twice when no contact is saved
        when = _when(groups, pattern, tz)
        if pattern.date_group and when is None:
            continue  # the digits are not a real date: this convention does not fit after all
        return NameFacts(pattern=pattern.id, number=number, contact_name=name, started_at=when)
    return None


def _number(text: str | None) -> str | None:
    if not text:
        return None
    # MIUI writes "+" as "00", "," (pause) as "p" and "*" as "s"; a label instead of digits is not a number
    number, withheld = logged_number(text)
    if withheld or not any(ch.isdigit() for ch in number) or not re.fullmatch(r"\+?[0-9]+", number):
        return None
    return number


def _when(groups: dict[str, str | None], pattern: NamePattern, tz: timezone) -> datetime | None:
    if not pattern.date_group:
        return None
    text, fmt = groups.get(pattern.date_group) or "", pattern.date_format
    if pattern.time_group:
        text, fmt = text + " " + (groups.get(pattern.time_group) or ""), fmt + " " + pattern.time_format
    try:
        return datetime.strptime(text, fmt).replace(tzinfo=tz)
    except ValueError:
        return None


def recordings_from_files(files: Iterable[FileFacts], patterns: tuple[NamePattern, ...],
                          tz: timezone = CHINA_TIME) -> tuple[Recording, ...]:
    """Recordings for the audio files of a folder, in the order given.

    Duplicates (the same content as an earlier file) are kept but flagged, so the
    preview can say so; 0-byte and unreadable files likewise.
    """
    by_id = {p.id: p for p in patterns}
    seen: set[str] = set()
    out = []
    for f in files:
        flags = set()
        facts = read_name(f.name, patterns, tz)
        started = facts.started_at if facts else None
        if facts is not None and not by_id[facts.pattern].verified:
            flags.add(FLAG_PATTERN_UNVERIFIED)
        if started is None:
            flags.add(FLAG_TIME_FROM_FILE)
            started = f.mtime.astimezone(tz) if f.mtime is not None else None
        if f.error:
            flags.add(FLAG_UNREADABLE)
        elif f.size == 0:
            flags.add(FLAG_EMPTY_FILE)
        if f.sha256 and f.sha256 in seen:
            flags.add(FLAG_DUPLICATE)
        if f.sha256:
            seen.add(f.sha256)
        out.append(Recording(path=f.path, name=f.name, size=f.size, sha256=f.sha256,
                             number=facts.number if facts else None,
                             contact_name=facts.contact_name if facts else None, started_at=started,
                             duration_s=None, name_pattern=facts.pattern if facts else None,
                             flags=frozenset(flags)))
    return tuple(out)
