"""Step 5 — the plan: instalments, monthly amount and first date, the full schedule, and the requests.

The plan repays what the chosen loan still owes. It is checked against what is
left each month (step 4); the requests are worded as requests the lender may
or may not accept, never as rights.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.domain.money import format_amount
from desktop.domain.negotiation import REQUESTS, NegotiationDraft, PlanRequest
from desktop.domain.plan import MAX_INSTALMENTS, Instalment, build_schedule, check_plan, plan_warnings
from desktop.ui.common.form_parts import BIG_TARGET_PX, ERROR_STYLE, HINT_STYLE, field_label
from desktop.ui.negotiate.flow import NegotiationFlow
from desktop.ui.negotiate.money_edit import MoneyEdit
from desktop.ui.negotiate.optional_date import OptionalDateEdit

REQUEST_LABELS = {
    "stop_third_party_contact": QT_TRANSLATE_NOOP(
        "PlanPage", "Ask them to stop contacting my family, friends, colleagues and employer"),
    "waive_penalty_and_fees": QT_TRANSLATE_NOOP("PlanPage", "Ask them to waive the penalty interest and fees"),
    "freeze_interest": QT_TRANSLATE_NOOP("PlanPage", "Ask them to stop adding interest while I repay"),
}
OK_STYLE = "color: #1d5e20;"
WARN_STYLE = "color: #7a4b00;"


class ScheduleModel(QAbstractTableModel):
    """The plan's instalments: number, due date, amount (read-only)."""

    HEADERS = (QT_TRANSLATE_NOOP("ScheduleModel", "No."), QT_TRANSLATE_NOOP("ScheduleModel", "Due on"),
               QT_TRANSLATE_NOOP("ScheduleModel", "Amount"))

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[Instalment] = []

    def set_rows(self, rows: list[Instalment]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 — Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 — Qt override
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(row.n), row.due_date.isoformat(), format_amount(row.amount_fen, self.lang))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return QCoreApplication.translate("ScheduleModel", self.HEADERS[section])
        return None


class PlanPage(QWidget):
    changed = Signal()

    def __init__(self, flow: NegotiationFlow, lang: str, today=date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow, self.lang, self.today = flow, lang, today
        self.schedule: list[Instalment] = []
        self.total_label = QLabel()
        self.total_label.setObjectName("planTotal")
        self.total_label.setWordWrap(True)
        self.instalments = QSpinBox()
        self.instalments.setObjectName("planInstalments")
        self.instalments.setRange(0, MAX_INSTALMENTS)
        self.instalments.setSpecialValueText(self.tr("not set"))
        self.instalments.setSuffix(self.tr(" months"))
        self.instalments.setMinimumHeight(BIG_TARGET_PX)
        self.monthly = MoneyEdit(lang, placeholder=self.tr("leave empty to split evenly"))
        self.monthly.setObjectName("planMonthly")
        self.first_date = OptionalDateEdit()
        self.error = QLabel()
        self.error.setObjectName("planError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.fit = QLabel()
        self.fit.setObjectName("planFit")
        self.fit.setWordWrap(True)
        self.notices = QLabel()
        self.notices.setObjectName("planNotices")
        self.notices.setWordWrap(True)
        self.notices.setStyleSheet(WARN_STYLE)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(field_label(self.tr("Number of monthly instalments")), self.instalments)
        form.addRow(field_label(self.tr("Monthly amount")), self.monthly)
        form.addRow(field_label(self.tr("First payment on")), self.first_date)

        self.requests = {code: QCheckBox(QCoreApplication.translate("PlanPage", REQUEST_LABELS[code]))
                         for code in REQUESTS}
        requests_box = QGroupBox(self.tr("What you would like to ask for (optional)"))
        requests_layout = QVBoxLayout(requests_box)
        for code, box in self.requests.items():
            box.setObjectName(f"request_{code}")
            box.setMinimumHeight(BIG_TARGET_PX)
            requests_layout.addWidget(box)
            box.toggled.connect(self._edited)
        note = QLabel(self.tr("These are requests. The lender may agree or refuse: no rule obliges an online "
                              "lender to grant them, so the letter asks politely and claims nothing."))
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        requests_layout.addWidget(note)

        self.model = ScheduleModel(lang, self)
        self.table = QTableView()
        self.table.setObjectName("scheduleTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumWidth(260)

        left = QVBoxLayout()
        left.addWidget(self.total_label)
        left.addLayout(form)
        left.addWidget(self.error)
        left.addWidget(self.fit)
        left.addWidget(self.notices)
        left.addWidget(requests_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(field_label(self.tr("The full schedule"), self.table))
        right.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

        self.instalments.valueChanged.connect(self._edited)
        self.monthly.changed.connect(self._edited)
        self.first_date.changed.connect(self._edited)
        self.recalculate()

    def _edited(self) -> None:
        self.recalculate()
        self.changed.emit()

    @staticmethod
    def _show(label: QLabel, text: str, style: str | None = None) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        if style is not None:
            label.setStyleSheet(style)

    def recalculate(self) -> None:
        self.schedule = []
        for label in (self.error, self.fit, self.notices):
            self._show(label, "")
        loan = self.flow.current_loan()
        total = loan.outstanding_total_fen if loan is not None else 0
        if not total:
            self.total_label.setText(self.tr("Enter what the loan still owes in step 1; the plan repays that."))
            self.model.set_rows([])
            return
        self.total_label.setText(self.tr("The plan repays what the loan still owes: %1.")
                                 .replace("%1", format_amount(total, self.lang)))
        count, first, monthly = self.instalments.value(), self.first_date.value(), self.monthly.value()
        if self.monthly.error():
            self._show(self.error, self.tr("The monthly amount does not read yet; see the message under it."),
                       ERROR_STYLE)
            self.model.set_rows([])
            return
        if not count or first is None:
            self._show(self.error, self.tr("Choose the number of instalments and the first payment date to "
                                           "see the schedule."), HINT_STYLE)
            self.model.set_rows([])
            return
        try:
            self.schedule = build_schedule(total, count, first, monthly)
            notices = plan_warnings(total, count, first, monthly, today=self.today())
        except UserError as exc:
            self._show(self.error, exc.message(self.lang), ERROR_STYLE)
            self.model.set_rows([])
            return
        self.model.set_rows(self.schedule)
        self._show(self.notices, "\n\n".join(n.message(self.lang) for n in notices))
        statement = self.flow.statement()
        if statement is None or not (statement.total_income or statement.total_spending):
            self._show(self.fit, self.tr("Fill in step 4 to check whether this plan fits your month."), HINT_STYLE)
            return
        check = check_plan(max(i.amount_fen for i in self.schedule), self.flow.left_for_loan())
        self._show(self.fit, check.notice.message(self.lang), OK_STYLE if check.fits else WARN_STYLE)

    def plan_request(self) -> PlanRequest:
        return PlanRequest(instalments=self.instalments.value() or None, monthly_fen=self.monthly.value(),
                           first_date=self.first_date.value(),
                           requests=tuple(c for c, box in self.requests.items() if box.isChecked()))

    def load(self, draft: NegotiationDraft, ui: dict) -> None:
        plan = draft.plan or PlanRequest()
        self.instalments.setValue(plan.instalments or 0)
        typed = ui.get("monthly")
        if isinstance(typed, str) and typed:
            self.monthly.setText(typed)
            self.monthly.validate()
        else:
            self.monthly.set_fen(plan.monthly_fen)
        self.first_date.set_value(plan.first_date)
        for code, box in self.requests.items():
            box.setChecked(code in plan.requests)
        self.recalculate()

    def ui_state(self) -> dict:
        return {"monthly": self.monthly.text()} if self.monthly.error() else {}

    def refresh(self) -> None:
        self.recalculate()
