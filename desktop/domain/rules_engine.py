"""Automatic flags: which recorded contacts break the rules' numeric or factual triggers.

Pure and Qt-free. Parameters come from the rules data (``resources/rules``):
quiet hours, answered calls per day, unanswered attempts per day, how many
people count as "many". The engine only sees the facts it needs about each
contact, so the store can feed it one day at a time (counts are per calendar
day) or the whole case.

How calls are counted (legal-facts §1.2b, §10.7):

* **3** — calls *with the borrower* that were answered, per lender side per day
  (GB/T 45251-2025: "effective calls" with the debtor). A call to a relative,
  colleague or anyone else is a third-party contact, never one of the 3.
* **6** — *unanswered* calls to the borrower per lender side per day (CBA 2026:
  attempts to the same number when nobody answers). Answered calls never count
  toward the 6. "Per number" is the borrower's number: the user records calls
  to one phone, so per number is per lender side.
* A call whose outcome was not recorded counts toward neither limit, but when a
  day holds more calls than both limits together (3 + 6), one of them is broken
  whichever way the unknown calls went, and that is flagged.
* *Lender side*: the loan the contact names. Collectors rotate caller numbers,
  so contacts without a loan are grouped per day as one unknown lender, not per
  caller number (and the user is invited to tag the loan). Calls the borrower
  made (outgoing) never count against the collector.

A third-party contact is graded high / medium / low (legal-facts §8). Only what
the user recorded raises the grade to high; an unanswered question never lowers
it below medium, so "low" needs every answer that makes it low.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime, time

from desktop.domain.legal import DISCLOSURE, FREQUENT, NIGHT, THIRD_PARTY
from desktop.domain.text import pick

AUTOMATIC_RULES = (NIGHT, FREQUENT, THIRD_PARTY, DISCLOSURE)

HIGH, MEDIUM, LOW = "high", "medium", "low"
GRADES = (HIGH, MEDIUM, LOW)
"""Grades of a third-party contact, most serious first."""

ENGINE_VERSION = "3"
"""Bumped whenever the counting, the grading or the words of :meth:`Flag.reason` change, so stored flags and
their stored reasons are recomputed (see :meth:`EngineParams.stamp`). "3": reasons are stored with the flags."""

THIRD_PARTY_RELATIONS = frozenset({"family", "employer", "colleague", "friend", "contact", "other"})
UNTAGGED = ("untagged",)
"""The lender side of every contact that names no loan."""

ANSWERED, UNANSWERED = "answered", "unanswered"


@dataclass(frozen=True)
class ContactFacts:
    """What the engine needs to know about one contact.

    Anything may be missing or odd (no time, no loan, no number, an unknown
    relation, contradictory answers): the engine then counts conservatively.
    ``reachable`` and ``continued_after_refusal`` are ``"yes"``, ``"no"``,
    ``"unknown"`` or ``None`` (not answered).
    """

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
    duration_s: int | None = None
    reachable: str | None = None
    continued_after_refusal: str | None = None
    asked_to_pay: bool = False  # the contacted party (not the borrower) was asked to pay
    third_party_asked: bool = False  # someone in the list of other people was asked to pay
    marked_third_party: bool = False  # the user ticked "contacting others" on this record

    @property
    def by_collector(self) -> bool:
        return self.direction != "outgoing"

    @property
    def party_is_third(self) -> bool:
        """The contacted party is a known relation other than the borrower."""
        return self.contacted_party in THIRD_PARTY_RELATIONS

    @property
    def someone_else_reached(self) -> bool:
        """The main contact went to someone other than the borrower (a relation, or the "contacted others" channel)."""
        return self.party_is_third or self.channel == "third_party"

    @property
    def is_third_party_contact(self) -> bool:
        return self.someone_else_reached or (self.third_party_count or 0) > 0 or self.marked_third_party

    @property
    def people(self) -> int:
        """How many people other than the borrower this contact reached (at least one if it reached anyone)."""
        listed = max(self.third_party_count or 0, 0)
        count = listed + (1 if self.someone_else_reached and (self.party_is_third or not listed) else 0)
        return max(count, 1) if self.is_third_party_contact else 0

    @property
    def disclosed_to_others(self) -> bool:
        """The debt was told to someone other than the borrower. "Disclosed to nobody" does not count."""
        return bool(self.third_party_disclosed or (self.debt_disclosed and self.someone_else_reached))

    @property
    def others_asked_to_pay(self) -> bool:
        return bool(self.third_party_asked or (self.asked_to_pay and self.someone_else_reached))

    @property
    def is_borrower_call(self) -> bool:
        """A collector's call to the borrower: the only calls the 3 and the 6 are about."""
        return self.channel == "call" and self.by_collector and self.contacted_party == "self"

    @property
    def outcome(self) -> str | None:
        """``"answered"``, ``"unanswered"`` or ``None`` when the record does not say (or contradicts itself)."""
        missed = self.direction == "missed" or self.answered is False
        picked = self.answered is True or (self.answered is None and (self.duration_s or 0) > 0)
        if missed == picked:
            return None
        return UNANSWERED if missed else ANSWERED

    @property
    def side(self) -> tuple:
        return ("loan", self.loan_id) if self.loan_id is not None else UNTAGGED


@dataclass(frozen=True)
class EngineParams:
    quiet_start: time = time(22, 0)
    quiet_end: time = time(8, 0)
    max_answered_per_day: int = 3
    max_attempts_per_day: int = 6  # unanswered attempts
    many_people: int = 3
    grade_high_severity: str = "high"
    grade_medium_severity: str = "medium"
    grade_low_severity: str = "low"
    grade_high_strength: str = "law"
    grade_medium_strength: str = "industry_standard"
    grade_low_strength: str = "industry_standard"

    @classmethod
    def from_rules(cls, rules: Mapping[str, object]) -> EngineParams:
        """Read the parameters from loaded rules (``desktop.domain.legal.Rule``); defaults where absent."""
        params = cls()
        night = rules.get(NIGHT)
        frequent = rules.get(FREQUENT)
        third = rules.get(THIRD_PARTY)
        values = {}
        if night is not None:
            values["quiet_start"] = night.time_param("quiet_start") or params.quiet_start
            values["quiet_end"] = night.time_param("quiet_end") or params.quiet_end
        if frequent is not None:
            values["max_answered_per_day"] = int(frequent.param("max_answered_calls_per_day", 3))
            values["max_attempts_per_day"] = int(frequent.param("max_attempts_per_day_per_number", 6))
        if third is not None:
            values["many_people"] = int(third.param("many_people", params.many_people))
            for grade in GRADES:
                for what in ("severity", "strength"):
                    name = f"grade_{grade}_{what}"
                    values[name] = str(third.param(name, getattr(params, name)))
        return cls(**{**params.__dict__, **values})

    def is_quiet(self, moment: time) -> bool:
        """Inside quiet hours: [start, end) across midnight (22:00 yes, 07:59 yes, 08:00 no)."""
        if self.quiet_start <= self.quiet_end:
            return self.quiet_start <= moment < self.quiet_end
        return moment >= self.quiet_start or moment < self.quiet_end

    def severity_for(self, grade: str) -> str:
        """The severity a third-party contact of ``grade`` is shown with (medium for an unknown grade)."""
        return getattr(self, f"grade_{grade}_severity", self.grade_medium_severity)

    def strength_for(self, grade: str) -> str:
        """``"law"`` or ``"industry_standard"`` for a third-party contact of ``grade``."""
        return getattr(self, f"grade_{grade}_strength", self.grade_medium_strength)

    def stamp(self) -> str:
        """Names the engine version and every parameter: stored flags made with another stamp are stale."""
        values = "|".join(f"{f.name}={getattr(self, f.name)}" for f in fields(self))
        return f"engine {ENGINE_VERSION}|{values}"


GRADE_LABELS = {HIGH: ("严重", "High"), MEDIUM: ("较重", "Medium"), LOW: ("一般", "Low")}

# Why a third-party contact got its grade, in plain words (zh, en).
_GROUNDS = {
    "disclosed": ("告诉了别人你欠钱", "the debt was told to someone else"),
    "asked_to_pay": ("让别人替你还钱", "someone else was asked to pay"),
    "many_people": ("当天联系了你以外的 {people} 个人", "{people} people other than you were contacted that day"),
    "continued": ("别人说了别再打以后还继续", "it went on after the person said to stop"),
    "reachable": ("你当时接得到电话，他们却去找别人", "you could be reached, yet they went to someone else"),
    "reachable_unknown": ("还不知道你当时能不能接到电话", "it is not yet known whether you could be reached"),
    "continued_unknown": ("还不知道别人说了别再打以后他们是否还继续",
                          "it is not yet known whether it went on after the person said to stop"),
    "more_than_once": ("当天不止一次找别人", "they went to others more than once that day"),
    "unreachable_once": ("你当时确实联系不上，他们只礼貌地找过一次人；行业标准一般允许这样做",
                         "you truly could not be reached and they asked someone once, politely; industry standards "
                         "generally allow this"),
}


def grade_label(grade: str, lang: str) -> str:
    return pick(lang, *GRADE_LABELS.get(grade, GRADE_LABELS[MEDIUM]))


@dataclass(frozen=True)
class Flag:
    """One automatic finding: a rule, the contacts it rests on, and a short reason."""

    rule_id: str
    contact_ids: tuple[int, ...]
    day: date | None
    count: int = 1
    kind: str = ""  # frequent calls: "answered", "unanswered" or "total"; third party: its grade
    limit: int = 0  # for frequent calls: how many were within the standard
    untagged: bool = False  # frequent calls: counted as one unknown lender (no loan chosen)
    grounds: tuple[str, ...] = ()  # third party: why it got its grade
    people: int = 0  # third party: people other than the borrower reached that day by that lender side

    @property
    def grade(self) -> str | None:
        """High / medium / low for a third-party flag, else ``None``."""
        return self.kind if self.rule_id == THIRD_PARTY else None

    @property
    def marked_ids(self) -> tuple[int, ...]:
        """The contacts that carry the flag's chip: for frequency, those past the limit."""
        return self.contact_ids[self.limit:] if self.rule_id == FREQUENT else self.contact_ids

    def reason(self, lang: str, params: EngineParams) -> str:
        start, end = params.quiet_start.strftime("%H:%M"), params.quiet_end.strftime("%H:%M")
        zh = lang != "en"
        if self.rule_id == NIGHT:
            return f"在 {start}–{end} 之间联系" if zh else f"contact between {start} and {end}"
        if self.rule_id == FREQUENT:
            return self._frequent_reason(zh, params)
        if self.rule_id == THIRD_PARTY:
            words = [_GROUNDS[g][0 if zh else 1].format(people=self.people) for g in self.grounds if g in _GROUNDS]
            label = grade_label(self.kind, lang)
            if zh:
                return f"{label}：联系了你以外的人" + (f"（{'；'.join(words)}）" if words else "")
            return f"{label}: someone other than you was contacted" + (f" ({'; '.join(words)})" if words else "")
        return "向他人透露了欠款" if zh else "the debt was disclosed to someone else"

    def _frequent_reason(self, zh: bool, params: EngineParams) -> str:
        a, u = params.max_answered_per_day, params.max_attempts_per_day
        if self.kind == ANSWERED:
            text = (f"{self.day} 当天同一贷款方打给你、你接了的电话 {self.count} 次（行业标准：不超过 {a} 次）" if zh
                    else f"{self.count} answered calls to you from one lender side on {self.day} "
                    f"(industry standard: at most {a})")
        elif self.kind == UNANSWERED:
            text = (f"{self.day} 当天同一贷款方打给你、你没接的电话 {self.count} 次（行业标准：没接通时不超过 {u} 次）"
                    if zh else f"{self.count} unanswered calls to you from one lender side on {self.day} "
                    f"(industry standard: at most {u} when unanswered)")
        else:
            text = (f"{self.day} 当天同一贷款方打给你 {self.count} 次，有的没记下接没接；不管接没接，都超过了行业标准"
                    f"（接了的不超过 {a} 次，没接的不超过 {u} 次）" if zh
                    else f"{self.count} calls to you from one lender side on {self.day}, some without a record of "
                    f"whether you answered; either way this is more than the industry standard allows "
                    f"(at most {a} answered and {u} unanswered)")
        if self.untagged:
            text += ("。这些记录没有选贷款，算作同一家“未标明的贷款方”；如果其实来自不同的贷款方，请在记录里选上是哪笔贷款"
                     if zh else ". These records name no loan, so they count as one unknown lender; if they came "
                     "from different lenders, choose the loan in each record")
        return text


def compute_flags(facts: Iterable[ContactFacts], params: EngineParams) -> list[Flag]:
    """All automatic flags for ``facts``. Frequency is judged per calendar day and lender side."""
    facts = list(facts)
    flags: list[Flag] = []
    calls: dict[tuple, dict[str | None, list[tuple[datetime, int]]]] = defaultdict(lambda: defaultdict(list))
    third: dict[tuple, list[ContactFacts]] = defaultdict(list)
    for f in facts:
        day = f.occurred_at.date() if f.occurred_at else None
        if f.occurred_at is not None and f.by_collector and params.is_quiet(f.occurred_at.time()):
            flags.append(Flag(NIGHT, (f.id,), day))
        if f.disclosed_to_others:
            flags.append(Flag(DISCLOSURE, (f.id,), day))
        if f.is_third_party_contact:
            # Undated contacts cannot be put on a day: each is judged on its own.
            third[(day, f.side) if day is not None else ("undated", f.id)].append(f)
        if day is not None and f.is_borrower_call:
            calls[(day, f.side)][f.outcome].append((f.occurred_at, f.id))
    for group in third.values():
        people, count = sum(f.people for f in group), len(group)
        for f in group:
            grade, grounds = _grade(f, people, count, params)
            day = f.occurred_at.date() if f.occurred_at else None
            flags.append(Flag(THIRD_PARTY, (f.id,), day, kind=grade, grounds=grounds, people=people))
    flags += _frequency_flags(calls, params)
    return flags


def _grade(f: ContactFacts, people: int, contacts: int, params: EngineParams) -> tuple[str, tuple[str, ...]]:
    """The grade of one third-party contact, given the people and contacts of its day and lender side.

    High needs a recorded fact; low needs every answer that makes it low; an
    unanswered question therefore leaves it at medium, never lower.
    """
    high = []
    if f.disclosed_to_others:
        high.append("disclosed")
    if f.others_asked_to_pay:
        high.append("asked_to_pay")
    if people >= params.many_people:
        high.append("many_people")
    if f.continued_after_refusal == "yes":
        high.append("continued")
    if high:
        return HIGH, tuple(high)
    if f.reachable == "yes":
        return MEDIUM, ("reachable",)
    if f.reachable != "no":
        return MEDIUM, ("reachable_unknown",)
    if f.continued_after_refusal != "no":
        return MEDIUM, ("continued_unknown",)
    if contacts > 1 or people > 1:
        return MEDIUM, ("more_than_once",)
    return LOW, ("unreachable_once",)


def _frequency_flags(calls: dict, params: EngineParams) -> list[Flag]:
    flags = []
    both = params.max_answered_per_day + params.max_attempts_per_day
    for (day, side), by_outcome in sorted(calls.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        untagged = side == UNTAGGED
        found = False
        for kind, limit in ((ANSWERED, params.max_answered_per_day), (UNANSWERED, params.max_attempts_per_day)):
            group = by_outcome.get(kind, [])
            if len(group) > limit:
                ids = tuple(contact_id for _, contact_id in sorted(group))
                flags.append(Flag(FREQUENT, ids, day, len(ids), kind, limit, untagged))
                found = True
        everything = [c for group in by_outcome.values() for c in group]
        if not found and len(everything) > both:
            ids = tuple(contact_id for _, contact_id in sorted(everything))
            flags.append(Flag(FREQUENT, ids, day, len(ids), "total", both, untagged))
    return flags


def flags_by_contact(flags: Iterable[Flag]) -> dict[int, set[str]]:
    """contact id → the automatic rule ids that rest on it."""
    out: dict[int, set[str]] = defaultdict(set)
    for flag in flags:
        for contact_id in flag.marked_ids:
            out[contact_id].add(flag.rule_id)
    return dict(out)


def grades_by_contact(flags: Iterable[Flag]) -> dict[int, str]:
    """contact id → the grade of its third-party flag (only contacts that have one)."""
    return {cid: flag.kind for flag in flags if flag.rule_id == THIRD_PARTY for cid in flag.contact_ids}
