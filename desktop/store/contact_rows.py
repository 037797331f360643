"""How a contact maps to and from its row in ``contacts``: the column list, cleaning, values, and back.

Shared by :class:`desktop.store.contacts.ContactRepository` and the summary
counts in :mod:`desktop.store.log_stats`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from desktop.domain.contacts import Answer, Channel, Contact, Direction, Relation
from desktop.domain.phone import normalise_number
from desktop.store.db import clean_text

COLUMNS = (
    "occurred_at", "channel", "direction", "answered", "number", "number_norm", "claimed_org", "claimed_name",
    "claimed_staff_id", "loan_id", "duration_s", "contacted_party", "debt_disclosed", "summary", "threats",
    "notes", "mood", "search_text", "reachable", "continued_after_refusal", "asked_to_pay",
)


def clean_contact(contact: Contact) -> Contact:
    """Drop characters SQLite or the chain cannot keep faithfully (NUL, lone surrogates)."""
    text = clean_text
    parties = tuple(replace(p, name=text(p.name), number=text(p.number)) for p in contact.third_parties)
    return replace(
        contact,
        number=text(contact.number), claimed_org=text(contact.claimed_org), claimed_name=text(contact.claimed_name),
        claimed_staff_id=text(contact.claimed_staff_id), summary=text(contact.summary),
        threats=text(contact.threats), notes=text(contact.notes), third_parties=parties,
        occurred_at=contact.occurred_at.replace(microsecond=0) if contact.occurred_at else None,
    )


def row_values(c: Contact) -> tuple:
    search = " ".join([c.number, normalise_number(c.number), c.claimed_org, c.claimed_name, c.claimed_staff_id,
                       c.summary, c.threats, c.notes, *(f"{p.name} {p.number}" for p in c.third_parties)])
    return (
        c.occurred_at.isoformat() if c.occurred_at else None, str(c.channel),
        str(c.direction) if c.direction else None, None if c.answered is None else int(c.answered),
        c.number, normalise_number(c.number), c.claimed_org, c.claimed_name, c.claimed_staff_id, c.loan_id,
        c.duration_s, str(c.contacted_party), int(c.debt_disclosed), c.summary, c.threats, c.notes, c.mood,
        search.casefold(),
        str(c.reachable) if c.reachable is not None else None,
        str(c.continued_after_refusal) if c.continued_after_refusal is not None else None,
        int(c.asked_to_pay),
    )


def contact_from_row(row, parties, marks) -> Contact:
    return Contact(
        id=row[0], occurred_at=parse_dt(row[1]), channel=Channel(row[2]),
        direction=Direction(row[3]) if row[3] else None, answered=optional_bool(row[4]), number=row[5],
        claimed_org=row[7], claimed_name=row[8], claimed_staff_id=row[9], loan_id=row[10], duration_s=row[11],
        contacted_party=Relation(row[12]), debt_disclosed=bool(row[13]), summary=row[14], threats=row[15],
        notes=row[16], mood=row[17], marks=marks, third_parties=parties,
        reachable=optional_answer(row[19]), continued_after_refusal=optional_answer(row[20]),
        asked_to_pay=bool(row[21]),
    )


def day_of(contact: Contact) -> date | None:
    return contact.occurred_at.date() if contact.occurred_at else None


def parse_dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def optional_bool(value) -> bool | None:
    return None if value is None else bool(value)


def optional_answer(value: str | None) -> Answer | None:
    return None if value is None else Answer(value)
