"""A tab page that builds its real content the first time it is shown (start-up builds nothing hidden).

The content sits in a scroll area: a tab taller than the screen (the Export
tab at 150 % text on a 1366×768 laptop) scrolls instead of pushing the window's
minimum height past the screen and its last buttons out of reach.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self.inner: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure_built(self) -> QWidget:
        if self.inner is None:
            from desktop.ui.common.accessible import name_fields_from_labels
            from desktop.ui.common.scrolling import scroll_area

            self.inner = self._factory()
            name_fields_from_labels(self.inner)
            self.layout().addWidget(scroll_area(self.inner, frame=False))
        return self.inner

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.ensure_built()
        super().showEvent(event)
