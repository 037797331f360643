"""Sizing windows to the screen they open on.

A fixed ``resize(940, 780)`` is right on a desk monitor and wrong on the
1366×768 laptops many desks use: a dialog taller than the screen opens with
its Save button below the edge. Every window asks for its preferred size
through :func:`fit_to_screen`, which never exceeds the screen's free area.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.92  # leave room for the title bar and a little desk around the window


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width``×``height``, or less where its screen is smaller."""
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else None) or window.screen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, int(free.width() * SCREEN_SHARE))
        height = min(height, int(free.height() * SCREEN_SHARE))
    window.resize(width, height)
