"""On-screen labels for the stable codes stored in the database (house style §3), in the UI language.

The words themselves are in :mod:`desktop.domain.vocabulary`, shared with the
PDF report and the CSV export; this is only the lookup in :func:`desktop.i18n.current`.
"""

from __future__ import annotations

from desktop import i18n
from desktop.domain import vocabulary


def channel(code: str | None) -> str:
    return vocabulary.label(vocabulary.CHANNELS, code, i18n.current())


def direction(code: str | None) -> str:
    return vocabulary.label(vocabulary.DIRECTIONS, code, i18n.current())


def relation(code: str | None) -> str:
    return vocabulary.label(vocabulary.RELATIONS, code, i18n.current())


def duration(seconds: int | None) -> str:
    if seconds is None:
        return ""
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
