"""What a value stored in an Excel cell means: the number formats that show dates, times and
durations, Excel's serial dates, and the text a cell stands for in an import table.

Apart from :mod:`desktop.files.xlsx` because it is a different concept: that module reads the
workbook's zip and XML safely; this one knows Excel's conventions for the values inside, the
same whatever reads them (the tests compare it with openpyxl's reading).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Literal

WINDOWS_EPOCH = datetime(1899, 12, 30)
MAC_EPOCH = datetime(1904, 1, 1)
# Built-in number formats that show dates or times: 14–22 and 45–47 everywhere, 27–36 and 50–58 in the
# Chinese (and other East Asian) versions of Excel, which store them by id only (ECMA-376 §18.8.30).
_BUILTIN_DATES = frozenset((*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)))
_BUILTIN_DURATIONS = frozenset((46,))  # [h]:mm:ss
# As openpyxl decides: text in quotes and [locale] parts aside, any d m h y s not escaped makes a date.
_FORMAT_NOISE = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_DATE_LETTER = re.compile(r"(?<![_\\])[dmhysDMHYS]")
_DURATION_FORMAT = re.compile(r"\[hh?\](:mm(:ss(\.0*)?)?)?|\[mm?\](:ss(\.0*)?)?|\[ss?\](\.0*)?", re.I)


def format_kind(fmt_id: int, code: str | None) -> Literal["date", "duration"] | None:
    """Whether number format ``fmt_id`` (with its ``code`` when the workbook declares one) shows
    a date or time, a duration, or neither."""
    if code is None:
        if fmt_id in _BUILTIN_DATES:
            return "duration" if fmt_id in _BUILTIN_DURATIONS else "date"
        return None
    first = code.split(";")[0]
    if _DURATION_FORMAT.search(first):
        return "duration"
    if _DATE_LETTER.search(_FORMAT_NOISE.sub("", first)):
        return "date"
    return None


def number(raw: str) -> int | float | None:
    """A ``<v>`` number as openpyxl reads it: a float when it has a point or an exponent, else an int."""
    text = raw.strip()
    try:
        return float(text) if ("." in text or "e" in text or "E" in text) else int(text)
    except ValueError:  # also an int of more than 4,300 digits
        return None


def from_serial(value: float, epoch: datetime, *, duration: bool) -> datetime | time | timedelta:
    """An Excel serial as openpyxl converts it: a duration, a time of day (under 1), or a date and time."""
    if duration:
        td = timedelta(days=value)
        if td.microseconds:  # to the millisecond, as Excel shows it
            td = timedelta(seconds=td.total_seconds() // 1, microseconds=round(td.microseconds, -3))
        return td
    day, fraction = divmod(value, 1)
    diff = timedelta(milliseconds=round(fraction * 86_400_000))
    if 0 <= value < 1 and diff.days == 0:
        hours, rest = divmod(diff.seconds, 3600)
        return time(hours, rest // 60, rest % 60, diff.microseconds)
    if 0 < value < 60 and epoch == WINDOWS_EPOCH:
        day += 1  # Excel's 29 February 1900, which never was
    return epoch + timedelta(days=day) + diff


def cell_text(value: object) -> str:
    """A cell value as text: ISO dates, whole numbers without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        if value.hour == value.minute == value.second == value.microsecond == 0:
            return value.date().isoformat()  # a date-only cell
        return value.isoformat(sep=" ", timespec="microseconds" if value.microsecond else "seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="seconds")
    if isinstance(value, timedelta):
        total = int(round(value.total_seconds()))
        sign, total = ("-", -total) if total < 0 else ("", total)
        return f"{sign}{total // 3600}:{total % 3600 // 60:02d}:{total % 60:02d}"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))  # phone numbers typed as numbers: 13812345678.0
        return repr(value)
    return str(value)
