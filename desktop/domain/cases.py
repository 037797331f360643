"""A case (案件): one client's folder of records. Only an alias is kept — never a required real name."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime

from desktop.domain.errors import UserError

MAX_ALIAS = 100


@dataclass(frozen=True)
class Case:
    id: str
    alias: str
    created_at: datetime
    notes: str = ""


@dataclass(frozen=True)
class CaseSummary:
    """A line of the case list. ``problem`` is set when the case cannot be opened as it is.

    The case browser's columns come after it: ``last_activity`` is when something was last saved in
    the case (a record, a loan, a draft, a letter, an attachment, or its creation); ``flagged_count``
    counts the live records with a rule problem (the Log's "only with rule problems"). ``complete`` is
    False while those figures come from an older reading of a case that has changed since (the browser
    shows them as being checked).
    ``contact_count`` is None when the list was made without counting (the case bar's quick list).
    """

    id: str
    alias: str
    created_at: datetime | None
    contact_count: int | None
    problem: UserError | None = None
    notes: str = ""
    last_activity: datetime | None = None
    flagged_count: int = 0
    archived: bool = False
    complete: bool = True


def clean_alias(text: str) -> str:
    """Trim and check an alias; raise :class:`UserError` with a fix-it message if unusable."""
    text = "".join(ch for ch in (text or "") if unicodedata.category(ch) not in ("Cc", "Cs") or ch == " ")
    text = " ".join(text.split())
    if not text:
        raise UserError(
            zh="请给案件起一个称呼，例如“王女士”或“案件1”。不需要填写真实姓名。",
            en="Please give the case a short name, such as “Ms Wang” or “Case 1”. A real name is not needed.",
            field="alias",
        )
    if len(text) > MAX_ALIAS:
        raise UserError(
            zh=f"案件称呼太长了（{len(text)} 个字），请缩短到 {MAX_ALIAS} 个字以内。",
            en=f"The case name is too long ({len(text)} characters). Please keep it under {MAX_ALIAS}.",
            field="alias",
        )
    return text


def clean_notes(text: str) -> str:
    """Notes keep line breaks but lose NUL and other control characters."""
    return "".join(
        ch for ch in (text or "") if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs")
    )
