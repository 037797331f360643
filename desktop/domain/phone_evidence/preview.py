"""The phone-import preview: everything read from a phone, grouped by number, with likely collectors pre-ticked.

Issue 13 items 2–5. Nothing here touches the case: ``build_preview`` is told which
numbers and identities the case already holds, and ``plan_import`` turns the
ticked numbers into the contacts (and recording files) the store then writes.

Pre-ticking is a suggestion with its reasons shown (``reasons``: ``in_case``,
``keyword``, ``service_number``); the withheld-number group (``number == ""``) is
never pre-ticked, so the user decides about it knowingly.

Recordings are linked to calls: the same number, a start within ``tolerance``,
and (when the recording's length is known) durations within max(15 s, 10 %);
a recording whose name has no number links by time (and duration) only when
exactly one call fits. A recording that links to no call becomes a call record
of its own when its number is imported.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from desktop.domain.contacts import Channel, Contact, Direction
from desktop.domain.phone import normalise_number
from desktop.domain.phone_evidence.recording_names import CHINA_TIME
from desktop.domain.phone_evidence.records import (
    FLAG_EMPTY_FILE,
    FLAG_UNREADABLE,
    SOURCE_ANDROID_SBR,
    SOURCE_IPHONE_BACKUP,
    SOURCE_RECORDINGS,
    PhoneCall,
    PhoneExport,
    PhoneMessage,
    ReadProblem,
    Recording,
)
from desktop.domain.suggestions import KeywordRule, Suggestion, suggest_marks

REASON_IN_CASE = "in_case"
REASON_KEYWORD = "keyword"
REASON_SERVICE = "service_number"
REASONS = (REASON_IN_CASE, REASON_KEYWORD, REASON_SERVICE)

DEFAULT_TOLERANCE = timedelta(seconds=120)
"""How far a recording's start (from its name, to the second or minute) may be from the call's start."""
DEFAULT_SERVICE_PREFIXES = ("95", "96", "400", "800", "106")
SAMPLE_CHARS = 60

_ANSWERED_KINDS = {"incoming", "outgoing"}
_SOURCE_NAMES = {
    SOURCE_ANDROID_SBR: ("安卓“SMS Backup & Restore”导出", "Android SMS Backup & Restore export"),
    SOURCE_IPHONE_BACKUP: ("iPhone 电脑备份", "iPhone computer backup"),
    SOURCE_RECORDINGS: ("通话录音文件夹", "call-recordings folder"),
}


@dataclass(frozen=True)
class NumberGroup:
    """Everything from one number. ``recordings`` are those not linked to one of its calls."""

    number: str
    display: str
    contact_name: str
    calls: tuple[PhoneCall, ...]
    messages: tuple[PhoneMessage, ...]
    recordings: tuple[Recording, ...]
    first_at: datetime | None
    last_at: datetime | None
    answered: int
    missed: int
    sample: str
    reasons: tuple[str, ...]
    pre_ticked: bool
    new_count: int
    known_count: int
    suggestions: tuple[Suggestion, ...]
    flags: frozenset[str]

    @property
    def withheld(self) -> bool:
        return self.number == ""

    @property
    def count(self) -> int:
        return len(self.calls) + len(self.messages) + len(self.recordings)


@dataclass(frozen=True)
class PhonePreview:
    """The whole preview. ``links`` maps a call's identity to its recording."""

    groups: tuple[NumberGroup, ...]
    links: Mapping[str, Recording]
    problems: tuple[ReadProblem, ...]
    unmatched_recordings: tuple[Recording, ...]
    calls: int
    messages: int
    recordings: int
    new: int
    known: int
    devices: tuple[str, ...] = ()
    known_identities: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    def group(self, number: str) -> NumberGroup | None:
        key = number if number == "" else normalise_number(number)
        return next((g for g in self.groups if g.number == key), None)

    @property
    def pre_ticked(self) -> tuple[str, ...]:
        return tuple(g.number for g in self.groups if g.pre_ticked)

    def recording_count(self, group: NumberGroup) -> int:
        """The recordings of a number as a user counts them: those linked to its calls and those standing alone."""
        return sum(1 for call in group.calls if call.identity in self.links) + len(group.recordings)


@dataclass(frozen=True)
class PlannedContact:
    """One contact to store, its stable identity, the recording files to attach and the suggestions shown."""

    contact: Contact
    identity: str
    files: tuple[Path, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    file_identities: tuple[str, ...] = field(default=())


def local_naive(when: datetime | None) -> datetime | None:
    """China wall-clock time without a zone, as ``Contact.occurred_at`` keeps it."""
    if when is None:
        return None
    if when.tzinfo is None:
        return when
    return when.astimezone(CHINA_TIME).replace(tzinfo=None)


def is_service_number(number: str, prefixes: Iterable[str] = DEFAULT_SERVICE_PREFIXES) -> bool:
    return bool(number) and any(number.startswith(p) for p in prefixes)


def link_recordings(calls: Iterable[PhoneCall], recordings: Iterable[Recording],
                    tolerance: timedelta = DEFAULT_TOLERANCE) -> tuple[dict[str, Recording], list[Recording]]:
    """``({call identity: recording}, recordings linked to no call)``; each call gets at most one recording."""
    by_number: dict[str, list[PhoneCall]] = {}
    timed: list[PhoneCall] = []
    for call in calls:
        if call.started_at is None:
            continue
        by_number.setdefault(call.number, []).append(call)
        timed.append(call)
    for lst in by_number.values():
        lst.sort(key=lambda c: c.started_at)
    timed.sort(key=lambda c: c.started_at)
    links: dict[str, Recording] = {}
    unmatched: list[Recording] = []
    for rec in recordings:
        if rec.started_at is None or not _usable(rec):
            unmatched.append(rec)
            continue
        number = normalise_number(rec.number) if rec.number else ""
        pool = by_number.get(number, []) if number else timed
        fits = [c for c in _near(pool, rec.started_at, tolerance)
                if c.identity not in links and _duration_fits(c, rec, tolerance)]
        if number and fits:
            best = min(fits, key=lambda c: abs((c.started_at - rec.started_at).total_seconds()))
            links[best.identity] = rec
        elif not number and len(fits) == 1:
            links[fits[0].identity] = rec
        else:
            unmatched.append(rec)
    return links, unmatched


def _usable(rec: Recording) -> bool:
    """A recording that can be evidence: read whole and not empty (a 0-byte file proves nothing)."""
    return bool(rec.sha256) and rec.size > 0 and not (rec.flags & {FLAG_UNREADABLE, FLAG_EMPTY_FILE})


def _near(calls: list[PhoneCall], when: datetime, tolerance: timedelta) -> list[PhoneCall]:
    import bisect
    keys = [c.started_at for c in calls]  # small per number; timed list is bisected once per recording
    lo = bisect.bisect_left(keys, when - tolerance)
    hi = bisect.bisect_right(keys, when + tolerance)
    return calls[lo:hi]


DURATION_SLACK_S = 15
DURATION_SLACK_SHARE = 0.10


def _duration_fits(call: PhoneCall, rec: Recording, tolerance: timedelta) -> bool:
    """Lengths within max(15 s, 10 % of the longer): a recording starts and stops a few seconds off the call.

    (The start ``tolerance`` is for the clock in a name; it says nothing about length —
    with it a 1-minute recording would have linked to a 3-minute call.)
    """
    if rec.duration_s is None:
        return True
    slack = max(DURATION_SLACK_S, DURATION_SLACK_SHARE * max(call.duration_s, rec.duration_s))
    return abs(call.duration_s - rec.duration_s) <= slack


def build_preview(exports: Iterable[PhoneExport], recordings: Iterable[Recording] = (), *,
                  case_numbers: Collection[str] = (), known_identities: Collection[str] = frozenset(),
                  keyword_rules: Iterable[KeywordRule] = (), service_prefixes: Iterable[str] = DEFAULT_SERVICE_PREFIXES,
                  tolerance: timedelta = DEFAULT_TOLERANCE) -> PhonePreview:
    """Group ``exports`` and ``recordings`` by number, link recordings to calls and pre-tick likely collectors.

    Entries seen twice (the same identity from two overlapping exports) are counted once.
    """
    exports = list(exports)
    rules = tuple(keyword_rules)
    prefixes = tuple(service_prefixes)
    in_case = {normalise_number(n) for n in case_numbers if n}
    known = known_identities if isinstance(known_identities, set | frozenset) else frozenset(known_identities)
    calls: dict[str, PhoneCall] = {}
    messages: dict[str, PhoneMessage] = {}
    problems: list[ReadProblem] = []
    devices: list[str] = []
    for export in exports:
        problems.extend(export.problems)
        if export.device and export.device not in devices:
            devices.append(export.device)
        for c in export.calls:
            calls.setdefault(c.identity, c)
        for m in export.messages:
            messages.setdefault(m.identity, m)
    recs: dict[str, Recording] = {}
    for r in recordings:
        recs.setdefault(r.identity, r)
    links, unmatched = link_recordings(calls.values(), recs.values(), tolerance)

    buckets: dict[str, tuple[list, list, list]] = {}
    for c in calls.values():
        buckets.setdefault(c.number, ([], [], []))[0].append(c)
    for m in messages.values():
        buckets.setdefault(m.number, ([], [], []))[1].append(m)
    for r in unmatched:
        buckets.setdefault(normalise_number(r.number) if r.number else "", ([], [], []))[2].append(r)

    groups = [_group(number, *parts, links=links, in_case=in_case, known=known, rules=rules, prefixes=prefixes)
              for number, parts in buckets.items()]
    groups.sort(key=lambda g: (not g.pre_ticked, -len(g.reasons), -g.count, g.withheld, g.number))
    new = sum(g.new_count for g in groups)
    known_total = sum(g.known_count for g in groups)
    return PhonePreview(groups=tuple(groups), links=links, problems=tuple(problems),
                        unmatched_recordings=tuple(unmatched), calls=len(calls), messages=len(messages),
                        recordings=len(recs), new=new, known=known_total, devices=tuple(devices),
                        known_identities=frozenset(known))


def _group(number: str, calls: list[PhoneCall], messages: list[PhoneMessage], recordings: list[Recording], *,
           links: Mapping[str, Recording], in_case: set[str], known: Collection[str],
           rules: tuple[KeywordRule, ...], prefixes: tuple[str, ...]) -> NumberGroup:
    calls.sort(key=lambda c: (c.started_at is None, c.started_at or datetime.min.replace(tzinfo=CHINA_TIME)))
    messages.sort(key=lambda m: (m.sent_at is None, m.sent_at or datetime.min.replace(tzinfo=CHINA_TIME)))
    times = [c.started_at for c in calls if c.started_at] + [m.sent_at for m in messages if m.sent_at]
    times += [r.started_at for r in recordings if r.started_at]
    suggestions: dict[str, Suggestion] = {}
    sample = ""
    for m in messages:
        if m.body and not sample and m.direction == "received":
            sample = m.body
        for s in suggest_marks(m.body, rules):
            suggestions.setdefault(s.rule_id, s)
    if not sample and messages:
        sample = messages[0].body
    if len(sample) > SAMPLE_CHARS:
        sample = sample[:SAMPLE_CHARS] + "…"
    reasons = []
    if number and number in in_case:
        reasons.append(REASON_IN_CASE)
    if number and suggestions:
        reasons.append(REASON_KEYWORD)
    if is_service_number(number, prefixes):
        reasons.append(REASON_SERVICE)
    identities = [c.identity for c in calls] + [m.identity for m in messages] + [r.identity for r in recordings]
    known_count = sum(1 for i in identities if i in known)
    flags: set[str] = set()
    for item in (*calls, *messages, *recordings):
        flags |= item.flags
    for c in calls:
        rec = links.get(c.identity)
        if rec is not None:
            flags |= rec.flags
    raw = next((x.raw_number for x in (*calls, *messages) if x.raw_number), "")
    name = next((x.contact_name for x in (*calls, *messages) if x.contact_name), "")
    name = name or next((r.contact_name for r in recordings if r.contact_name), "")
    return NumberGroup(
        number=number, display=raw or number, contact_name=name, calls=tuple(calls), messages=tuple(messages),
        recordings=tuple(recordings), first_at=min(times) if times else None, last_at=max(times) if times else None,
        answered=sum(1 for c in calls if c.kind in _ANSWERED_KINDS),
        missed=sum(1 for c in calls if c.kind not in _ANSWERED_KINDS),
        sample=sample, reasons=tuple(reasons), pre_ticked=bool(number) and bool(reasons),
        new_count=len(identities) - known_count, known_count=known_count,
        suggestions=tuple(suggestions.values()), flags=frozenset(flags))


def _note(source: str, device: str) -> str:
    zh, en = _SOURCE_NAMES.get(source, ("手机导出", "phone export"))
    where = f"{zh}（{device}）" if device else zh
    return f"从手机导入：{where} / Imported from phone: {en}" + (f" ({device})" if device else "")


def _call_contact(call: PhoneCall, note: str) -> Contact:
    if call.kind == "outgoing":
        direction, answered = Direction.OUTGOING, call.duration_s > 0
    elif call.kind == "incoming":
        direction, answered = Direction.INCOMING, True
    elif call.kind in ("missed", "rejected", "blocked", "voicemail"):
        direction, answered = Direction.MISSED, False
    else:
        direction, answered = None, None
    return Contact(occurred_at=local_naive(call.started_at), channel=Channel.CALL, direction=direction,
                   answered=answered, duration_s=call.duration_s, number=call.number or call.raw_number,
                   claimed_name=call.contact_name, notes=note)


def _message_contact(msg: PhoneMessage, note: str, marks: tuple[str, ...]) -> Contact:
    direction = {"received": Direction.INCOMING, "sent": Direction.OUTGOING}.get(msg.direction)
    return Contact(occurred_at=local_naive(msg.sent_at), channel=Channel.SMS, direction=direction,
                   number=msg.number or msg.raw_number, claimed_name=msg.contact_name, summary=msg.body,
                   notes=note, marks=marks)


def plan_import(preview: PhonePreview, numbers: Collection[str],
                confirmed: Mapping[str, Collection[str]] | None = None,
                keyword_rules: Iterable[KeywordRule] = ()) -> tuple[PlannedContact, ...]:
    """The contacts to store for the ticked ``numbers``, leaving out everything already in the case.

    ``confirmed`` maps a number to the rule ids the user confirmed among its suggestions:
    a message whose text suggests a confirmed rule gets it as a mark; nothing else does.
    ``keyword_rules`` (the same as for the preview) gives each message its own suggestions.
    Known identities (``preview`` was built with them) are skipped; so is a recording
    that could not be read or is empty (it stays in the preview, flagged).
    """
    confirmed = confirmed or {}
    rules = tuple(keyword_rules)
    wanted = {n if n == "" else normalise_number(n) for n in numbers}
    device = preview.devices[0] if len(preview.devices) == 1 else ""
    planned: list[PlannedContact] = []
    seen: set[str] = set()
    for group in preview.groups:
        if group.number not in wanted or group.new_count == 0:
            continue
        ok_rules = set(confirmed.get(group.number, ()))
        known_ids = preview.known_identities
        for call in group.calls:
            if call.identity in known_ids or call.identity in seen:
                continue
            seen.add(call.identity)
            rec = preview.links.get(call.identity)
            files, file_ids = _files(rec)
            planned.append(PlannedContact(_call_contact(call, _note(call.source, device)), call.identity,
                                          files, (), file_ids))
        for msg in group.messages:
            if msg.identity in known_ids or msg.identity in seen:
                continue
            seen.add(msg.identity)
            sugg = suggest_marks(msg.body, rules) if rules else ()
            marks = tuple(s.rule_id for s in sugg if s.rule_id in ok_rules)
            planned.append(PlannedContact(_message_contact(msg, _note(msg.source, device), marks), msg.identity,
                                          (), sugg))
        for rec in group.recordings:
            if rec.identity in known_ids or rec.identity in seen or not _usable(rec):
                continue
            seen.add(rec.identity)
            # The recording's own length is the call's length as far as anyone can show.
            contact = Contact(occurred_at=local_naive(rec.started_at), channel=Channel.CALL,
                              duration_s=rec.duration_s, number=group.number, claimed_name=rec.contact_name or "",
                              notes=_note(SOURCE_RECORDINGS, "") + f"\n{rec.name}")
            planned.append(PlannedContact(contact, rec.identity, (Path(rec.path),), (), (rec.identity,)))
    return tuple(planned)


def _files(rec: Recording | None) -> tuple[tuple[Path, ...], tuple[str, ...]]:
    if rec is None or not _usable(rec):
        return (), ()
    return (Path(rec.path),), (rec.identity,)


