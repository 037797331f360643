"""The log's filter bar: text, channel, loan, flagged only, date range."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.domain import vocabulary
from desktop.domain.contacts import ContactFilter
from desktop.ui.common import labels

DEBOUNCE_MS = 120


class LogFilterBar(QWidget):
    changed = Signal(object)  # ContactFilter

    def __init__(self, loans: dict[int, str], parent: QWidget | None = None, today=date.today) -> None:
        super().__init__(parent)
        self.today = today
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLineEdit()
        self.text.setObjectName("filterText")
        self.text.setClearButtonEnabled(True)
        self.text.setMaxLength(500)
        self.text.setPlaceholderText(self.tr("Search number, name, what was said…"))
        self.channel = QComboBox()
        self.channel.setObjectName("filterChannel")
        self.channel.addItem(self.tr("All ways"), None)
        for code in vocabulary.CHANNELS:
            self.channel.addItem(labels.channel(code), code)
        self.loan = QComboBox()
        self.loan.setObjectName("filterLoan")
        self.loan.addItem(self.tr("All loans"), None)
        self.loan.addItem(self.tr("No loan given"), "none")
        for loan_id, label in loans.items():
            self.loan.addItem(label, loan_id)
        self.period = QComboBox()
        self.period.setObjectName("filterPeriod")
        for text, code in ((self.tr("All dates"), "all"), (self.tr("Last 7 days"), 7), (self.tr("Last 30 days"), 30),
                           (self.tr("Last 90 days"), 90), (self.tr("From … to …"), "range")):
            self.period.addItem(text, code)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(self.today()))
            edit.setVisible(False)
        self.date_from.setObjectName("filterFrom")
        self.date_to.setObjectName("filterTo")
        self.range_error = QLabel()
        self.range_error.setObjectName("rangeError")
        self.range_error.setStyleSheet("color: #a33;")
        self.range_error.hide()
        # No labels are shown beside these (the bar must fit one line); screen readers still need names.
        for widget, name in ((self.text, self.tr("Search the records")), (self.channel, self.tr("Way of contact")),
                             (self.loan, self.tr("Loan")), (self.period, self.tr("Dates")),
                             (self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            widget.setAccessibleName(name)
        self.flagged = QCheckBox(self.tr("Only with rule problems"))
        self.flagged.setObjectName("filterFlagged")
        layout.addWidget(self.text, 3)
        layout.addWidget(self.channel)
        layout.addWidget(self.loan)
        layout.addWidget(self.period)
        layout.addWidget(self.date_from)
        layout.addWidget(self.date_to)
        layout.addWidget(self.range_error)
        layout.addWidget(self.flagged)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.emit_now)
        self.text.textChanged.connect(self._timer.start)
        for combo in (self.channel, self.loan, self.period):
            combo.currentIndexChanged.connect(self.emit_now)
        self.date_from.dateChanged.connect(self.emit_now)
        self.date_to.dateChanged.connect(self.emit_now)
        self.flagged.toggled.connect(self.emit_now)

    def current(self) -> ContactFilter:
        loan = self.loan.currentData()
        period = self.period.currentData()
        custom = period == "range"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        date_from = date_to = None
        if custom:
            date_from, date_to = self.date_from.date().toPython(), self.date_to.date().toPython()
            if date_from > date_to:
                self.range_error.setText(self.tr("The start date is after the end date: showing both swapped."))
                self.range_error.show()
                date_from, date_to = date_to, date_from
            else:
                self.range_error.hide()
        else:
            self.range_error.hide()
            if isinstance(period, int):
                date_from = self.today() - timedelta(days=period - 1)
        return ContactFilter(
            text=self.text.text(), channel=self.channel.currentData(),
            loan_id=loan if isinstance(loan, int) else None, no_loan=loan == "none",
            flagged_only=self.flagged.isChecked(), date_from=date_from, date_to=date_to,
        )

    def emit_now(self) -> None:
        self._timer.stop()
        self.changed.emit(self.current())
