"""Export the contact log as CSV rows that Excel opens and that import back.

The columns are those of design §4, headed in the chosen language; values are
the labels :mod:`desktop.domain.importing.parse` reads back, so export → import
gives the same contacts. Two normalisations happen on the way: ``claimed_org``,
``claimed_name`` and ``claimed_staff_id`` share one column ("对方自称"), and an
unanswered incoming call is written as 未接 (comes back as direction "missed").
Threats, marks, mood and third parties have no column in §4 and are not exported.

Writing the file is :func:`desktop.files.csv_out.write_csv`'s part (the domain does no I/O).

Text a spreadsheet could run as a formula gets a leading apostrophe, which the
importer removes again, exactly (:mod:`desktop.domain.formula_guard`). Every
field is quoted, so a ``;`` in the text cannot split a cell in the many
locales where Excel separates CSV fields with semicolons.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from desktop.domain.contacts import Contact, Direction
from desktop.domain.durations import duration_words
from desktop.domain.formula_guard import guard
from desktop.domain.importing.parse import FIELDS, HEADERS_ZH
from desktop.domain.text import norm_lang
from desktop.domain.vocabulary import CHANNELS, DIRECTIONS, OUTGOING_UNANSWERED, RELATIONS


def export_rows(
    contacts: Iterable[Contact], loan_labels: Mapping[int, str], lang: str = "zh_CN"
) -> tuple[list[str], list[list[str]]]:
    """Headers and one row of strings per contact, in ``lang`` ("zh_CN" or "en").

    A loan id missing from ``loan_labels`` is written as ``#<id>``.
    """
    en = norm_lang(lang) == "en"
    headers = list(FIELDS) if en else [HEADERS_ZH[f] for f in FIELDS]
    rows = []
    for c in contacts:
        loan = "" if c.loan_id is None else loan_labels.get(c.loan_id, f"#{c.loan_id}")
        claimed = " / ".join(p for p in (c.claimed_org, c.claimed_name, c.claimed_staff_id) if p)
        rows.append(
            [
                _time(c.occurred_at),
                CHANNELS[c.channel].word.in_(lang),
                _direction(c.direction, c.answered, lang),
                guard(c.number),
                guard(claimed),
                guard(loan),
                "" if c.duration_s is None else duration_words(c.duration_s, lang),
                RELATIONS[c.contacted_party].word.in_(lang),
                ("yes" if en else "是") if c.debt_disclosed else ("no" if en else "否"),
                guard(c.summary),
                guard(c.notes),
            ]
        )
    return headers, rows


def _time(value: datetime | None) -> str:
    if value is None:
        return ""
    if value.microsecond:
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    return value.strftime("%Y-%m-%d %H:%M:%S" if value.second else "%Y-%m-%d %H:%M")


def _direction(direction: Direction | None, answered: bool | None, lang: str) -> str:
    if direction is None:
        return ""
    if direction is Direction.MISSED or (direction is Direction.INCOMING and answered is False):
        return DIRECTIONS[Direction.MISSED].word.in_(lang)
    if direction is Direction.OUTGOING and answered is False:
        return OUTGOING_UNANSWERED.in_(lang)
    return DIRECTIONS[direction].word.in_(lang)
