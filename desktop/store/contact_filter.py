"""The log list's filter, turned into one SQL WHERE clause (kept apart so the list and the counts agree)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from desktop.domain.contacts import ContactFilter
from desktop.store.db import clean_text

MAX_FILTER_TEXT = 200  # longer text is cut: nobody types more, and LIKE on 5,000 chars is pointless


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def where_clause(flt: ContactFilter) -> tuple[str, tuple]:
    parts, params = [], []
    if flt.deleted_only:
        parts.append("c.deleted_at IS NOT NULL")
    elif not flt.include_deleted:
        parts.append("c.deleted_at IS NULL")
    text = " ".join(clean_text(flt.text).split())[:MAX_FILTER_TEXT].casefold()
    for word in text.split(" ") if text else ():
        parts.append("c.search_text LIKE ? ESCAPE '\\'")
        params.append(f"%{_escape_like(word)}%")
    if flt.channel:
        parts.append("c.channel = ?")
        params.append(flt.channel)
    if flt.no_loan:
        parts.append("c.loan_id IS NULL")
    elif flt.loan_id is not None:
        parts.append("c.loan_id = ?")
        params.append(flt.loan_id)
    if flt.flagged_only:
        parts.append("(EXISTS (SELECT 1 FROM contact_flags f WHERE f.contact_id = c.id) "
                     "OR EXISTS (SELECT 1 FROM contact_marks m WHERE m.contact_id = c.id))")
    if flt.date_from is not None:
        parts.append("c.occurred_at >= ?")
        params.append(datetime.combine(flt.date_from, time()).isoformat())
    if flt.date_to is not None:
        parts.append("c.occurred_at < ?")
        params.append(datetime.combine(flt.date_to + timedelta(days=1), time()).isoformat())
    return (" AND ".join(parts) or "1"), tuple(params)
