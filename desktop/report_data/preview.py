"""A quick count of what each section of a report will hold, for the Export tab's live preview.

Only counting queries and small reads: no evidence file is hashed and no contact is
loaded in full, so the preview can follow every change of preset or dates.
"""

from __future__ import annotations

from datetime import date

from desktop.domain import legal
from desktop.domain.contacts import ContactFilter
from desktop.domain.errors import UserError
from desktop.domain.negotiation import NegotiationDraft
from desktop.report_data.gather import check_range
from desktop.report_data.model import (
    DOCUMENTS,
    EVIDENCE,
    FLAGGED,
    LETTER,
    LOG,
    PLAN,
    STATEMENT,
    THIRD_PARTIES,
    TIMELINE,
    sections_for,
)

#: Above this many flagged contacts the third-party count is not worked out for the preview.
_MAX_SCAN = 20_000


def preview_counts(
    session,
    *,
    preset: str,
    sections: tuple[str, ...] | list[str] | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[tuple[str, int | None]]:
    """``[(section id, count or None), …]`` in report order; ``None`` = nothing to count.

    Raises :class:`UserError` when the period ends before it starts.
    """
    check_range(date_from, date_to)
    chosen = sections_for(preset, sections)
    flt = ContactFilter(date_from=date_from, date_to=date_to)
    repo = session.contacts
    draft = _draft(session) if {STATEMENT, PLAN, DOCUMENTS} & set(chosen) else None
    out: list[tuple[str, int | None]] = []
    for section in chosen:
        count: int | None = None
        if section in (LOG, TIMELINE):
            count = repo.count(flt)
        elif section == FLAGGED:
            count = repo.count(ContactFilter(date_from=date_from, date_to=date_to, flagged_only=True))
        elif section == THIRD_PARTIES:
            flagged = ContactFilter(date_from=date_from, date_to=date_to, flagged_only=True)
            if repo.count(flagged) <= _MAX_SCAN:
                count = sum(1 for r in repo.page(flagged, 0, _MAX_SCAN) if legal.THIRD_PARTY in r.flags)
        elif section == EVIDENCE:
            files = session.evidence.all()
            if date_from or date_to:
                ids = {r.id for r in repo.page(flt, 0, 10**9)}
                files = [a for a in files if a.contact_id is None or a.contact_id in ids]
            count = len(files)
        elif section == LETTER:
            count = 1 if session.letters.latest("negotiation") is not None else 0
        elif section == STATEMENT:
            count = sum(1 for v in draft.statement.values() if v) if draft else 0
        elif section == PLAN:
            count = (draft.plan.instalments or 0) if draft and draft.plan else 0
        elif section == DOCUMENTS:
            count = len(draft.docs) if draft else 0
        out.append((section, count))
    return out


def _draft(session) -> NegotiationDraft | None:
    try:
        return session.drafts.negotiation()
    except UserError:
        return None
