"""How a call length in seconds is written: as a clock (``3:20``) or in words (``3分20秒`` / ``3m 20s``).

Two forms because they serve two readers: the clock is compact for table cells,
the report and the running timer of a live call; the words are unambiguous for a
person checking what they typed and for a spreadsheet, which would turn ``3:20``
into a time of day. :func:`desktop.domain.importing.values.parse_duration` reads
both back.
"""

from __future__ import annotations

from desktop.domain.text import norm_lang

_UNITS = ((3600, "小时", "h"), (60, "分", "m"), (1, "秒", "s"))


def duration_clock(seconds: int, *, two_digit_minutes: bool = False) -> str:
    """``200`` → ``"3:20"``; an hour or more → ``"1:02:03"``; a negative value counts as 0.

    ``two_digit_minutes`` gives ``"03:20"``, as a running timer shows so that its
    text does not jump in width when the tenth minute starts.
    """
    minutes, secs = divmod(max(0, int(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}" if two_digit_minutes else f"{minutes}:{secs:02d}"


def duration_words(seconds: int, lang: str) -> str:
    """``200`` → ``"3分20秒"`` / ``"3m 20s"`` in ``lang``; units that are 0 are left out (``0`` → ``"0秒"``)."""
    rest = max(0, int(seconds))
    shown = []
    for size, zh, en in _UNITS:
        count, rest = divmod(rest, size)
        if count:
            shown.append((count, zh, en))
    shown = shown or [(0, "秒", "s")]
    if norm_lang(lang) == "en":
        return " ".join(f"{n}{en}" for n, _, en in shown)
    return "".join(f"{n}{zh}" for n, zh, _ in shown)
