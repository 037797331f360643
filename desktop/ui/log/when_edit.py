"""When a contact happened: date and time with a calendar, a "Now" button, and a gentle future warning.

A time in the future is allowed (the user may be fixing a mistyped date later)
but a note beside the field asks to check it. An unknown time (an imported row
without one) shows as "Not known" and stays ``None`` unless the user sets one;
it is the edit's minimum, so it cannot be confused with a real time.
``now`` is injectable for tests.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.ui.common.form_parts import BIG_TARGET_PX, WARNING_STYLE, message_label

FUTURE_TOLERANCE = timedelta(minutes=1)
EARLIEST = datetime(1990, 1, 1)
DISPLAY_FORMAT = "yyyy-MM-dd HH:mm"


class WhenEdit(QWidget):
    changed = Signal()

    def __init__(self, now: Callable[[], datetime] = datetime.now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self.edit = QDateTimeEdit()
        self.edit.setObjectName("whenEdit")
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DISPLAY_FORMAT)
        self.edit.setMinimumDateTime(QDateTime(EARLIEST))
        self.edit.setSpecialValueText(self.tr("Not known"))
        self.edit.setMinimumHeight(BIG_TARGET_PX)
        self.now_button = QPushButton(self.tr("Now"))
        self.now_button.setObjectName("nowButton")
        self.now_button.setAutoDefault(False)
        self.now_button.setMinimumHeight(BIG_TARGET_PX)
        self.warning = message_label(WARNING_STYLE, "futureWarning")
        self.warning.setText(
            self.tr("This time is in the future. Please check the date and time; you can still save.")
        )
        row = QHBoxLayout()
        row.addWidget(self.edit)
        row.addWidget(self.now_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        self.setFocusProxy(self.edit)
        self.now_button.clicked.connect(lambda: self.set_value(self._now()))
        self.edit.dateTimeChanged.connect(self._changed)

    def value(self) -> datetime | None:
        """The time shown, to the second; ``None`` while it says "Not known"."""
        if self.edit.dateTime() == self.edit.minimumDateTime():
            return None
        return self.edit.dateTime().toPython().replace(microsecond=0)

    def set_value(self, when: datetime | None) -> None:
        self.edit.setDateTime(self.edit.minimumDateTime() if when is None else when.replace(microsecond=0))
        self._changed()

    def text(self) -> str:
        return self.edit.text()

    def _changed(self) -> None:
        when = self.value()
        self.warning.setVisible(when is not None and when > self._now() + FUTURE_TOLERANCE)
        self.changed.emit()
