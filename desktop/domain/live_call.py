"""A live call in progress (正在接电话) as a plain record, and its autosaved draft.

The live-call panel keeps what the user has entered so far in a
:class:`LiveCallDraft` and stores it as a JSON dict (``drafts`` kind
``"live_call"``) every few seconds and on every change, so a window closed by
mistake loses nothing. The start time is part of the draft: a continued call
keeps its real start, so the duration stays honest.

Reading a draft is tolerant: it may have been written by another version of
the app or damaged, so a missing or malformed key takes its default instead of
raising. Nothing here knows about Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from desktop.domain.contacts import Channel, Contact, Direction
from desktop.domain.importing.values import MAX_DURATION_S

DRAFT_KIND = "live_call"
DRAFT_VERSION = 1
_TEXT_FIELDS = ("number", "claimed_org", "claimed_name", "claimed_staff_id", "notes")


@dataclass(frozen=True)
class LiveCallDraft:
    """What the user has entered during a live call. ``started_at`` is when the panel opened."""

    started_at: datetime
    number: str = ""
    claimed_org: str = ""
    claimed_name: str = ""
    claimed_staff_id: str = ""
    loan_id: int | None = None
    marks: tuple[str, ...] = ()
    notes: str = ""

    def to_dict(self) -> dict:
        """The JSON-ready dict stored through ``DraftRepository.put("live_call", …)``."""
        return {
            "version": DRAFT_VERSION,
            "started_at": self.started_at.isoformat(timespec="seconds"),
            "number": self.number,
            "claimed_org": self.claimed_org,
            "claimed_name": self.claimed_name,
            "claimed_staff_id": self.claimed_staff_id,
            "loan_id": self.loan_id,
            "marks": list(self.marks),
            "notes": self.notes,
        }

    @property
    def is_empty(self) -> bool:
        """True when nothing but the start time has been entered."""
        return not (
            any(getattr(self, name) for name in _TEXT_FIELDS) or self.marks or self.loan_id is not None
        )

    def to_contact(self, ended_at: datetime) -> Contact:
        """The contact to store: an answered incoming call from the start time, the notes as its summary.

        The duration is the whole seconds from start to ``ended_at``; it is left
        empty (``None``) when that is negative or over 24 hours (a draft
        continued days later), which would not be a believable call length.
        """
        elapsed = int((ended_at - self.started_at).total_seconds())
        duration = elapsed if 0 <= elapsed <= MAX_DURATION_S else None
        return Contact(
            occurred_at=self.started_at,
            channel=Channel.CALL,
            direction=Direction.INCOMING,
            answered=True,
            number=self.number,
            claimed_org=self.claimed_org,
            claimed_name=self.claimed_name,
            claimed_staff_id=self.claimed_staff_id,
            loan_id=self.loan_id,
            duration_s=duration,
            summary=self.notes,
            marks=self.marks,
        )


def new_draft(now: datetime) -> LiveCallDraft:
    """An empty draft starting at ``now`` (to the second)."""
    return LiveCallDraft(started_at=now.replace(microsecond=0))


def draft_from_dict(data: dict | None, *, known_marks: tuple[str, ...] | None = None) -> LiveCallDraft | None:
    """The draft stored in ``data``, or ``None`` when it has no readable start time.

    Unknown keys are ignored, wrong types fall back to defaults, NUL characters
    are dropped, and marks not in ``known_marks`` (when given) are left out.
    """
    if not isinstance(data, dict):
        return None
    try:
        started = datetime.fromisoformat(str(data.get("started_at", "")))
    except ValueError:
        return None
    if started.tzinfo is not None:
        started = started.astimezone().replace(tzinfo=None)
    texts = {}
    for name in _TEXT_FIELDS:
        value = data.get(name, "")
        texts[name] = value.replace("\x00", "") if isinstance(value, str) else ""
    loan = data.get("loan_id")
    loan_id = loan if isinstance(loan, int) and not isinstance(loan, bool) else None
    raw_marks = data.get("marks", [])
    marks: list[str] = []
    if isinstance(raw_marks, list):
        for mark in raw_marks:
            if isinstance(mark, str) and mark not in marks and (known_marks is None or mark in known_marks):
                marks.append(mark)
    return LiveCallDraft(
        started_at=started.replace(microsecond=0), loan_id=loan_id, marks=tuple(marks), **texts
    )


def with_fields(draft: LiveCallDraft, **changes) -> LiveCallDraft:
    """A copy of ``draft`` with ``changes`` applied (the panel's widgets feed this)."""
    return replace(draft, **changes)
