"""Automatic flags: which recorded contacts break the rules' numeric or factual triggers.

Pure and Qt-free. Parameters come from the rules data (``resources/rules``):
quiet hours, answered calls per day, attempts per day. The engine only sees
the facts it needs about each contact, so the store can feed it one day at a
time (frequency is counted per calendar day) or the whole case.

*Lender side*: calls are counted per loan when the contact names one, else per
normalised number. Calls the borrower made (outgoing) are never counted against
the collector.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time

NIGHT = "night_call"
FREQUENT = "frequent_calls"
THIRD_PARTY = "third_party_contact"
DISCLOSURE = "debt_disclosure"
AUTOMATIC_RULES = (NIGHT, FREQUENT, THIRD_PARTY, DISCLOSURE)


@dataclass(frozen=True)
class ContactFacts:
    """What the engine needs to know about one contact."""

    id: int
    occurred_at: datetime | None
    channel: str  # "call", "sms", …
    direction: str | None  # "incoming", "outgoing", "missed" or None
    answered: bool | None
    number_norm: str
    loan_id: int | None
    contacted_party: str  # "self" or a third party's relation
    debt_disclosed: bool
    third_party_count: int = 0
    third_party_disclosed: bool = False

    @property
    def by_collector(self) -> bool:
        return self.direction != "outgoing"

    @property
    def is_call_attempt(self) -> bool:
        return self.channel == "call" and self.by_collector

    @property
    def is_answered_call(self) -> bool:
        if not self.is_call_attempt or self.direction == "missed":
            return False
        return self.answered is not False

    @property
    def side(self) -> tuple[str, object] | None:
        if self.loan_id is not None:
            return ("loan", self.loan_id)
        if self.number_norm:
            return ("number", self.number_norm)
        return None


@dataclass(frozen=True)
class EngineParams:
    quiet_start: time = time(22, 0)
    quiet_end: time = time(8, 0)
    max_answered_per_day: int = 3
    max_attempts_per_day: int = 6

    @classmethod
    def from_rules(cls, rules: Mapping[str, object]) -> EngineParams:
        """Read the parameters from loaded rules (``desktop.domain.legal.Rule``); defaults where absent."""
        params = cls()
        night = rules.get(NIGHT)
        frequent = rules.get(FREQUENT)
        values = {}
        if night is not None:
            values["quiet_start"] = night.time_param("quiet_start") or params.quiet_start
            values["quiet_end"] = night.time_param("quiet_end") or params.quiet_end
        if frequent is not None:
            values["max_answered_per_day"] = int(frequent.param("max_answered_calls_per_day", 3))
            values["max_attempts_per_day"] = int(frequent.param("max_attempts_per_day_per_number", 6))
        return cls(**{**params.__dict__, **values})

    def is_quiet(self, moment: time) -> bool:
        """Inside quiet hours: [start, end) across midnight (22:00 yes, 07:59 yes, 08:00 no)."""
        if self.quiet_start <= self.quiet_end:
            return self.quiet_start <= moment < self.quiet_end
        return moment >= self.quiet_start or moment < self.quiet_end


@dataclass(frozen=True)
class Flag:
    """One automatic finding: a rule, the contacts it rests on, and a short reason."""

    rule_id: str
    contact_ids: tuple[int, ...]
    day: date | None
    count: int = 1
    kind: str = ""  # for frequent calls: "answered" or "attempts"
    limit: int = 0  # for frequent calls: how many were within the standard

    @property
    def marked_ids(self) -> tuple[int, ...]:
        """The contacts that carry the flag's chip: for frequency, those past the limit."""
        return self.contact_ids[self.limit:] if self.rule_id == FREQUENT else self.contact_ids

    def reason(self, lang: str, params: EngineParams) -> str:
        start, end = params.quiet_start.strftime("%H:%M"), params.quiet_end.strftime("%H:%M")
        zh = lang != "en"
        if self.rule_id == NIGHT:
            return f"在 {start}–{end} 之间联系" if zh else f"contact between {start} and {end}"
        if self.rule_id == FREQUENT and self.kind == "answered":
            return (f"{self.day} 当天同一贷款方接通的催收电话 {self.count} 次（行业标准：不超过 {params.max_answered_per_day} 次）"
                    if zh else f"{self.count} answered calls from one lender side on {self.day} "
                    f"(industry standard: at most {params.max_answered_per_day})")
        if self.rule_id == FREQUENT:
            return (f"{self.day} 当天同一贷款方拨打 {self.count} 次（行业标准：不超过 {params.max_attempts_per_day} 次）"
                    if zh else f"{self.count} call attempts from one lender side on {self.day} "
                    f"(industry standard: at most {params.max_attempts_per_day})")
        if self.rule_id == THIRD_PARTY:
            return "联系了您以外的人" if zh else "someone other than you was contacted"
        return "向他人透露了欠款" if zh else "the debt was disclosed to someone else"


def compute_flags(facts: Iterable[ContactFacts], params: EngineParams) -> list[Flag]:
    """All automatic flags for ``facts``. Frequency is judged per calendar day and lender side."""
    flags: list[Flag] = []
    answered: dict[tuple, list[tuple[datetime, int]]] = defaultdict(list)
    attempts: dict[tuple, list[tuple[datetime, int]]] = defaultdict(list)
    for f in facts:
        day = f.occurred_at.date() if f.occurred_at else None
        if f.occurred_at is not None and f.by_collector and params.is_quiet(f.occurred_at.time()):
            flags.append(Flag(NIGHT, (f.id,), day))
        if f.contacted_party != "self" or f.channel == "third_party" or f.third_party_count > 0:
            flags.append(Flag(THIRD_PARTY, (f.id,), day))
        if f.debt_disclosed or f.third_party_disclosed:
            flags.append(Flag(DISCLOSURE, (f.id,), day))
        side = f.side
        if day is None or side is None:
            continue
        if f.is_call_attempt:
            attempts[(day, side)].append((f.occurred_at, f.id))
        if f.is_answered_call:
            answered[(day, side)].append((f.occurred_at, f.id))
    for kind, groups, limit in (
        ("answered", answered, params.max_answered_per_day),
        ("attempts", attempts, params.max_attempts_per_day),
    ):
        for (day, _side), calls in sorted(groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
            if len(calls) > limit:
                ids = tuple(contact_id for _, contact_id in sorted(calls))
                flags.append(Flag(FREQUENT, ids, day, len(ids), kind, limit))
    return flags


def flags_by_contact(flags: Iterable[Flag]) -> dict[int, set[str]]:
    """contact id → the automatic rule ids that rest on it."""
    out: dict[int, set[str]] = defaultdict(set)
    for flag in flags:
        for contact_id in flag.marked_ids:
            out[contact_id].add(flag.rule_id)
    return dict(out)
