"""One way to let a page scroll: large text on a small screen must never push buttons out of reach."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scroll_area(content: QWidget, *, frame: bool = True, sideways: bool = True, name: str = "") -> QScrollArea:
    """``content`` in a scroll area that resizes it to fit; ``sideways=False`` when its text wraps.

    The area is a Tab stop only when it has a ``name`` (for a screen reader): one around text alone,
    which the keyboard scrolls. Around fields it is not: it scrolls to the field Tab reaches, and a
    stop of its own would be one more nameless, invisible place for the focus to go.
    """
    scroll = QScrollArea()
    if name:
        scroll.setAccessibleName(name)
    else:
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidgetResizable(True)
    if not frame:
        scroll.setFrameShape(QFrame.Shape.NoFrame)
    if not sideways:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    return scroll
