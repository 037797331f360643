"""Dates and times as people write them in China: :func:`parse_datetime`."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from desktop.domain.errors import UserError
from desktop.domain.importing.values import Notice, Parsed, echo_value, fold_text

_EXCEL_EPOCH = datetime(1899, 12, 30)
_SERIAL_RANGE = (32874, 73051)  # 1990-01-01 .. 2100-01-01 as Excel serial days
_STAMP_RANGE = (946_684_800, 4_102_444_800)  # 2000 .. 2100 as Unix seconds
_YEARS = (1990, 2100)
_WEEKDAY = re.compile(
    r"[(\[]?(?:星期|周|礼拜)[一二三四五六日天1-7][)\]]?|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?,?"
)
_ISO_FAST = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})[ T]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?")
_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_NO_YEAR = re.compile(r"\d{1,2}\s*[月/-]\s*\d{1,2}\s*[日号]?")
_TIME = re.compile(
    r"(?P<pre>上午|早上|早晨|凌晨|中午|下午|傍晚|晚上|夜里|夜间|半夜|am|pm|a\.m\.|p\.m\.)?\s*"
    r"(?P<h>\d{1,2})\s*(?::|时|点)\s*(?:(?P<half>半)|(?P<mi>\d{1,2})\s*分?)?\s*"
    r"(?::?\s*(?P<s>\d{1,2})(?:[.,](?P<f>\d{1,6}))?\s*秒?)?\s*"
    r"(?P<post>am|pm|a\.m\.|p\.m\.)?\s*(?P<tz>z|[+-]\d{2}:?\d{2})?"
)
_PM = ("下午", "傍晚", "pm", "p.m.")
_NIGHT = ("晚上", "夜里", "夜间", "半夜")
_AM = ("上午", "早上", "早晨", "凌晨", "am", "a.m.")


def _bad_time(text: str) -> UserError:
    return UserError(
        f"无法识别的时间“{echo_value(text)}”。请写成 2026-11-03 21:05 或 2026年11月3日 21:05 这样的格式。",
        f'"{echo_value(text)}" is not a date and time that can be read. Write it like 2026-11-03 21:05.',
    )


def parse_datetime(text: str | None, *, now: datetime | None = None) -> Parsed[datetime | None]:
    """Read a date and time as people write them in China; ``None`` for a blank cell.

    Accepts ``2026-11-03 21:05``, ``2026/11/3 21:05``, ``2026年11月3日 21点05分``,
    ``2026-11-03T21:05:00``, ``2026.11.3 21:05``, seconds and fractions optional,
    下午/晚上 and AM/PM, a weekday, full-width digits, Excel serial numbers
    (``46329.875``), ``20261103``, and Unix timestamps (seconds or milliseconds).
    A date without a time gives 00:00 and a warning; a time in the future a
    warning. Raises :class:`UserError` for anything else, including impossible
    dates such as 2026-02-30.
    """
    if text is None or not str(text).strip():
        return Parsed(None)
    raw = str(text)
    value, date_only = None, False
    fast = _ISO_FAST.fullmatch(raw.strip())
    if fast:  # the common case, exported by this app and by most tools
        try:
            value = datetime(*map(int, fast.groups(default="0")))
        except ValueError:
            value = None  # the slow path explains what is wrong
    if value is None:
        t = _WEEKDAY.sub(" ", fold_text(raw)).strip()
        value, date_only = _parse_numeric_date(t) if t.replace(".", "", 1).isdigit() else (None, False)
        if value is None:
            value, date_only = _parse_written_date(t, raw)
    if not _YEARS[0] <= value.year < _YEARS[1]:
        raise UserError(
            f"时间“{echo_value(raw)}”的年份 {value.year} 看起来不对，请检查。",
            f'The year {value.year} in "{echo_value(raw)}" looks wrong; please check it.',
        )
    notes: list[Notice] = []
    if date_only:
        notes.append(
            Notice(
                f"“{echo_value(raw)}”只有日期没有具体时间，按 00:00 记录；夜间联系等判断需要具体时间。",
                f'"{echo_value(raw)}" has a date but no time, so 00:00 was used; checks such as night-time contact need the time.',
            )
        )
    if value > (now or datetime.now()):
        notes.append(
            Notice(
                f"时间 {value:%Y-%m-%d %H:%M} 在将来，请检查是否写错。",
                f"The time {value:%Y-%m-%d %H:%M} is in the future; please check it.",
            )
        )
    return Parsed(value, tuple(notes))


def _parse_numeric_date(t: str) -> tuple[datetime | None, bool]:
    """Excel serials, compact dates and Unix timestamps; ``None`` if it is none of them."""
    number = float(t)
    if _SERIAL_RANGE[0] <= number < _SERIAL_RANGE[1] and ("." in t or len(t) == 5):
        seconds = round(number * 86400)
        return _EXCEL_EPOCH + timedelta(seconds=seconds), seconds % 86400 == 0
    if "." in t:
        return None, False
    try:
        if len(t) == 8:
            return datetime.strptime(t, "%Y%m%d"), True
        if len(t) in (12, 14):
            return datetime.strptime(t, "%Y%m%d%H%M" if len(t) == 12 else "%Y%m%d%H%M%S"), False
    except ValueError:
        raise _bad_time(t) from None
    if len(t) in (10, 13):
        seconds = int(t) / (1000 if len(t) == 13 else 1)
        if _STAMP_RANGE[0] <= seconds < _STAMP_RANGE[1]:
            return datetime.fromtimestamp(seconds), False
    return None, False


def _parse_written_date(t: str, raw: str) -> tuple[datetime, bool]:
    m = _YMD.match(t)
    if m:
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    else:
        m = _DMY.match(t)
        if not m:
            if _NO_YEAR.match(t) or _TIME.fullmatch(t):
                raise UserError(
                    f"“{echo_value(raw)}”缺少年份或日期。请写完整，例如 2026-11-03 21:05。",
                    f'"{echo_value(raw)}" has no year or no date. Write the full date, like 2026-11-03 21:05.',
                )
            raise _bad_time(raw)
        a, b, year = int(m[1]), int(m[2]), int(m[3])
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            month, day = a, b
        else:
            raise UserError(
                f"“{echo_value(raw)}”的日和月分不清（{a} 月 {b} 日，还是 {b} 月 {a} 日？）。请把年份写在前面，例如 2026-11-03。",
                f'In "{echo_value(raw)}" the day and month are ambiguous. Put the year first, like 2026-11-03.',
            )
    rest = t[m.end() :].strip(" t,")
    hour = minute = second = micro = 0
    next_day = False
    date_only = not rest
    tz = None
    if rest:
        tm = _TIME.fullmatch(rest)
        if not tm:
            raise _bad_time(raw)
        hour = int(tm["h"])
        minute = 30 if tm["half"] else int(tm["mi"] or 0)
        second = int(tm["s"] or 0)
        micro = int((tm["f"] or "0").ljust(6, "0"))
        hour, next_day = _apply_marker(tm["pre"] or tm["post"], hour)
        if hour > 23 or minute > 59 or second > 59:
            raise UserError(
                f"“{echo_value(raw)}”里的时刻不存在（小时 0–23，分、秒 0–59）。",
                f'The time of day in "{echo_value(raw)}" does not exist (hours 0–23, minutes and seconds 0–59).',
            )
        tz = tm["tz"]
    try:
        value = datetime(year, month, day, hour, minute, second, micro)
    except ValueError:
        raise UserError(
            f"日期“{echo_value(raw)}”不存在（例如 2 月没有 30 日），请检查。",
            f'The date "{echo_value(raw)}" does not exist (February has no 30th, for example); please check it.',
        ) from None
    if next_day:
        value += timedelta(days=1)
    if tz:
        value = _to_local(value, tz)
    return value, date_only


def _apply_marker(marker: str | None, hour: int) -> tuple[int, bool]:
    """The 24-hour clock from 下午/晚上/凌晨/PM…; ``True`` when 晚上12点 means the midnight ending that day."""
    if marker is None or hour > 12:
        return hour, False
    if marker in _NIGHT:
        if hour == 12:
            return 0, True
        return (hour + 12, False) if hour >= 5 else (hour, False)
    if marker in _PM or (marker == "中午" and hour < 6):
        return (hour + 12 if hour < 12 else hour), False
    if marker in _AM and hour == 12:
        return 0, False
    return hour, False


def _to_local(value: datetime, tz: str) -> datetime:
    """A time written with a UTC offset, as naive local wall-clock time."""
    from datetime import timezone

    if tz == "z":
        offset = timedelta(0)
    else:
        digits = tz[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        offset = -offset if tz[0] == "-" else offset
    return value.replace(tzinfo=timezone(offset)).astimezone().replace(tzinfo=None)
