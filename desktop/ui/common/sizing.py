"""Sizing help for dialogs whose text wraps.

Qt does not give a top-level window the height its word-wrapped labels need
for their width, so long text (and big text sizes) got cut off. This asks the
layout for the height at the dialog's width and grows the dialog to it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_to_wrapped_text(dialog: QWidget, min_width: int) -> None:
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = max(dialog.width(), min_width)
    height = layout.totalHeightForWidth(width)
    if height > 0:
        dialog.setMinimumHeight(height)
        dialog.resize(width, max(height, dialog.height()))
