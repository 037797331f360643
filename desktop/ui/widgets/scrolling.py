"""One way to let a page scroll: large text on a small screen must never push buttons out of reach."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scroll_area(content: QWidget, *, frame: bool = True, sideways: bool = True) -> QScrollArea:
    """``content`` in a scroll area that resizes it to fit; ``sideways=False`` when its text wraps."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    if not frame:
        scroll.setFrameShape(QFrame.Shape.NoFrame)
    if not sideways:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    return scroll
