"""A call length typed the way people say it ("3:20", "3分20秒", "200"), read back as seconds.

The text is parsed by :func:`desktop.domain.importing.values.parse_duration`, the
same reader the CSV import uses, so both accept the same forms. The reading is
shown beside the field ("= 3分20秒") while typing; a problem is shown only when
the user leaves the field or saves, so half-typed text ("3:") is not scolded.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.durations import duration_words
from desktop.domain.errors import UserError
from desktop.domain.importing.values import parse_duration
from desktop.ui.common.form_parts import BIG_TARGET_PX, ERROR_STYLE, HINT_STYLE, clean, message_label


class DurationEdit(QWidget):
    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.edit = QLineEdit()
        self.edit.setObjectName("durationEdit")
        self.edit.setMaxLength(100)
        self.edit.setMinimumHeight(BIG_TARGET_PX)
        self.edit.setPlaceholderText(self.tr("e.g. 3:20, 3m 20s or 200 (seconds)"))
        self.reading = QLabel()
        self.reading.setObjectName("durationReading")
        self.reading.setStyleSheet(HINT_STYLE)
        row.addWidget(self.edit, 1)
        row.addWidget(self.reading)
        self.error = message_label(ERROR_STYLE, "durationError")
        outer.addLayout(row)
        outer.addWidget(self.error)
        self.edit.textChanged.connect(self._on_text)
        self.edit.editingFinished.connect(self.check)

    def text(self) -> str:
        return clean(self.edit.text())

    def set_seconds(self, seconds: int | None) -> None:
        self.edit.setText("" if seconds is None else duration_words(seconds, self.lang))

    def seconds(self) -> int | None:
        """The length in seconds, ``None`` when blank. Raises :class:`UserError` when unreadable."""
        return parse_duration(self.text())

    def check(self) -> bool:
        """Show the problem with the text, if any, next to the field; True when it is fine."""
        try:
            self.seconds()
        except UserError as exc:
            self.error.setText(exc.message(self.lang))
            self.error.show()
            return False
        self.error.hide()
        return True

    def _on_text(self) -> None:
        self.error.hide()
        try:
            seconds = self.seconds()
        except UserError:
            seconds = None
        self.reading.setText("" if seconds is None else "= " + duration_words(seconds, self.lang))
        self.changed.emit()
