"""A tab page that builds its real content the first time it is shown (start-up builds nothing hidden)."""

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
            self.inner = self._factory()
            self.layout().addWidget(self.inner)
        return self.inner

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.ensure_built()
        super().showEvent(event)
