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
