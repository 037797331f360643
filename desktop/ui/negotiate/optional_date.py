"""A date picker that can also be "not filled in" (a QDateEdit cannot be empty on its own).

The lowest date shows as the special text "not set"; picking from the calendar
or typing a date sets it, and "Clear" goes back to not set.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QPushButton, QWidget

from desktop.ui.common.form_parts import BIG_TARGET_PX

_UNSET = QDate(1999, 12, 31)


class OptionalDateEdit(QWidget):
    """``value()`` is a :class:`datetime.date` or ``None``; ``changed`` fires on every change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit()
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(_UNSET)
        self.edit.setMaximumDate(QDate(2100, 12, 31))
        self.edit.setSpecialValueText(self.tr("not set"))
        self.edit.setMinimumHeight(BIG_TARGET_PX)
        self.edit.setDate(_UNSET)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setMinimumHeight(BIG_TARGET_PX)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        # The calendar opens on today rather than on the "not set" date.
        self.edit.calendarWidget().setSelectedDate(QDate.currentDate())

    def value(self) -> date | None:
        qd = self.edit.date()
        if qd == _UNSET or not qd.isValid():
            return None
        return date(qd.year(), qd.month(), qd.day())

    def set_value(self, value: date | None) -> None:
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else _UNSET)
