"""A collection contact (催收记录) and its parts, as plain frozen dataclasses.

Stable codes (``"call"``, ``"employer"``) are stored; labels come from the UI's
translations. Times are naive local wall-clock times: the quiet-hours rule is
about the hour on the borrower's clock, not about UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Channel(StrEnum):
    CALL = "call"
    SMS = "sms"
    CHAT = "chat"
    VISIT = "visit"
    THIRD_PARTY = "third_party"
    OTHER = "other"


class Direction(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"
    MISSED = "missed"


class Relation(StrEnum):
    """Who was contacted. ``SELF`` is the borrower; everyone else is a third party."""

    SELF = "self"
    FAMILY = "family"
    EMPLOYER = "employer"
    COLLEAGUE = "colleague"
    FRIEND = "friend"
    CONTACT = "contact"  # someone from the phone's address book
    OTHER = "other"


class Answer(StrEnum):
    """A plain yes / no / don't know; a field holding ``None`` was never answered.

    "Don't know" is kept apart from "not answered" so the form shows the person's
    answer again instead of asking once more; both count as unknown in the rules.
    """

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ThirdParty:
    """A person other than the borrower whom the collector contacted."""

    relation: Relation = Relation.FAMILY
    name: str = ""
    number: str = ""
    debt_disclosed: bool = False
    asked_to_pay: bool = False


@dataclass(frozen=True)
class Contact:
    """One collection contact as the user recorded it. Nothing is required.

    ``id`` is ``None`` until stored. ``answered`` only means something for calls.
    ``marks`` are rule ids the user ticked (see ``resources/rules``).

    Asked only when someone other than the borrower was contacted, to grade that
    contact (legal-facts §8): ``reachable`` — could the borrower be reached by
    phone at the time; ``continued_after_refusal`` — did the collector go on
    after the person contacted said to stop; ``asked_to_pay`` — the collector
    asked ``contacted_party`` (when not the borrower) to pay. ``None`` means not
    answered, and the integrity record leaves a field out until it is set, so
    versions saved before these questions existed hash exactly as they did.
    """

    id: int | None = None
    occurred_at: datetime | None = None
    channel: Channel = Channel.CALL
    direction: Direction | None = None
    answered: bool | None = None
    number: str = ""
    claimed_org: str = ""
    claimed_name: str = ""
    claimed_staff_id: str = ""
    loan_id: int | None = None
    duration_s: int | None = None
    contacted_party: Relation = Relation.SELF
    debt_disclosed: bool = False
    summary: str = ""
    threats: str = ""
    notes: str = ""
    mood: int | None = None  # 0–5, optional
    marks: tuple[str, ...] = ()
    third_parties: tuple[ThirdParty, ...] = field(default_factory=tuple)
    reachable: Answer | None = None
    continued_after_refusal: Answer | None = None
    asked_to_pay: bool = False


# -- the read models the log screen speaks (filled by the store, shown by the UI) --------------
@dataclass(frozen=True)
class ContactFilter:
    text: str = ""
    channel: str | None = None
    loan_id: int | None = None
    no_loan: bool = False
    flagged_only: bool = False
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    include_deleted: bool = False
    deleted_only: bool = False


@dataclass(frozen=True)
class ContactRow:
    """One line of the log list: what the table shows, without the long texts."""

    id: int
    occurred_at: datetime | None
    channel: str
    direction: str | None
    answered: bool | None
    number: str
    number_norm: str
    claimed: str
    loan_id: int | None
    duration_s: int | None
    contacted_party: str
    summary: str
    flags: tuple[str, ...]
    marks: tuple[str, ...]
    deleted: bool
    version: int
    grade: str = ""  # the grade of its third-party flag (high / medium / low), "" if none


@dataclass(frozen=True)
class FlaggedContact:
    """A whole contact with what the store derived for it: its automatic flags, the grade of its
    third-party flag and the hash of its newest version (what the report prints for each contact)."""

    contact: Contact
    flags: tuple[str, ...]
    grade: str = ""  # as ContactRow.grade
    head: str = ""  # the hash of its newest version, "" if it has none


@dataclass(frozen=True)
class LogStats:
    """What the log's summary shows."""

    per_day: dict[date, int]
    per_rule: dict[str, int]
    night: int
    third_party_contacts: int
    third_parties: int
    first: datetime | None
    last: datetime | None
    total: int
