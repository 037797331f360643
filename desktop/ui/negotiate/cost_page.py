"""Step 2 — the true cost: the annual rate from what arrived and what is paid back, beside the reference lines.

Each reference line is shown with its real legal weight (court practice, a
regulatory notice, a judicial interpretation for private lending only); none
is presented as a cap that binds every lender. The 4×LPR line appears only
when the user enters the LPR, and says it does not apply to licensed lenders.

What is typed here belongs to one loan: choosing another loan in step 1 keeps
these numbers with their loan (``loans.schedule_json``) and brings up the other
loan's own, so one loan's schedule is never shown under another's name.
"""

from __future__ import annotations

import html
import re
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.content.model import Content
from desktop.domain.apr import (
    compare_to_references,
    describe_rate,
    parse_lpr,
    rate_from_dated,
    rate_from_regular,
)
from desktop.domain.errors import UserError
from desktop.domain.money import parse_amount
from desktop.domain.negotiation import NegotiationDraft
from desktop.ui.common.form_parts import BIG_TARGET_PX, ERROR_STYLE, HINT_STYLE, field_label
from desktop.ui.common.scrolling import scroll_area
from desktop.ui.negotiate.flow import NegotiationFlow
from desktop.ui.negotiate.money_edit import MoneyEdit
from desktop.ui.negotiate.optional_date import OptionalDateEdit

PERIODS = ("month", "week", "day")
_LINE = re.compile(r"\s*(\S+)[\s,，、;；]+(.+?)\s*")


class CostPage(QWidget):
    changed = Signal()

    def __init__(self, flow: NegotiationFlow, content: Content, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow, self.content, self.lang = flow, content, lang
        self._loan_id: int | None = None  # the loan the numbers on the page belong to
        self.loan_label = QLabel()
        self.loan_label.setWordWrap(True)
        self.received = MoneyEdit(lang)
        self.received.setObjectName("costReceived")
        self.regular_choice = QRadioButton(self.tr("The same amount at regular times"))
        self.dated_choice = QRadioButton(self.tr("Payments on particular dates"))
        self.mode = QButtonGroup(self)
        for b in (self.regular_choice, self.dated_choice):
            b.setMinimumHeight(BIG_TARGET_PX)
            self.mode.addButton(b)
        self.regular_choice.setChecked(True)

        self.payment = MoneyEdit(lang)
        self.payment.setObjectName("costPayment")
        self.count = QSpinBox()
        self.count.setRange(0, 3650)
        self.count.setSpecialValueText(self.tr("not set"))
        self.count.setMinimumHeight(BIG_TARGET_PX)
        self.period = QComboBox()
        for code, text in zip(PERIODS, (self.tr("every month"), self.tr("every week"), self.tr("every day")),
                              strict=True):
            self.period.addItem(text, code)
        self.period.setMinimumHeight(BIG_TARGET_PX)
        self.regular_box = QWidget()
        regular = QHBoxLayout(self.regular_box)
        regular.setContentsMargins(0, 0, 0, 0)
        regular.addWidget(self.payment, 2)
        regular.addWidget(QLabel("×"))
        regular.addWidget(self.count, 1)
        regular.addWidget(self.period, 1)

        self.received_on = OptionalDateEdit()
        self.dated = QPlainTextEdit()
        self.dated.setPlaceholderText(self.tr("One payment a line: date and amount, e.g.\n2026-02-15 1,000\n"
                                              "2026-03-15 1,000"))
        self.dated.setMaximumHeight(140)
        self.dated_box = QWidget()
        dated = QFormLayout(self.dated_box)
        dated.setContentsMargins(0, 0, 0, 0)
        dated.addRow(field_label(self.tr("Date the money arrived")), self.received_on)
        dated.addRow(field_label(self.tr("Payments")), self.dated)

        self.lpr = QLineEdit()
        self.lpr.setPlaceholderText(self.tr("e.g. 3.0"))
        self.lpr.setMaximumWidth(120)
        self.lpr.setMinimumHeight(BIG_TARGET_PX)
        lpr_hint = QLabel(self.tr("Optional. The one-year LPR (%) on the day the contract was made. It is used "
                                  "only for the 4×LPR line, which applies to private lending, not to banks, "
                                  "consumer finance companies or micro-loan companies."))
        lpr_hint.setWordWrap(True)
        lpr_hint.setStyleSheet(HINT_STYLE)

        self.result = QLabel()
        self.result.setObjectName("rateSentence")
        self.result.setWordWrap(True)
        font = self.result.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.result.setFont(font)
        self.problem = QLabel()
        self.problem.setObjectName("rateProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.references = QLabel()
        self.references.setObjectName("rateReferences")
        self.references.setWordWrap(True)
        self.references.setTextFormat(Qt.TextFormat.RichText)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(field_label(self.tr("Amount actually received")), self.received)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.regular_choice)
        mode_row.addWidget(self.dated_choice)
        mode_row.addStretch(1)
        form.addRow(field_label(self.tr("How you repay")), mode_row)
        form.addRow(field_label(self.tr("Each payment")), self.regular_box)
        form.addRow(self.dated_box)
        form.addRow(field_label(self.tr("One-year LPR")), self.lpr)
        form.addRow("", lpr_hint)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        intro = QLabel(self.tr("Work out what this loan really costs a year, from the money that actually "
                               "reached you and what you pay back. Copy the numbers from the lender's app."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.loan_label)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(self.problem)
        layout.addWidget(self.references)
        layout.addStretch(1)
        scroll = scroll_area(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        for w in (self.received, self.payment):
            w.changed.connect(self._edited)
        self.count.valueChanged.connect(self._edited)
        self.period.currentIndexChanged.connect(self._edited)
        self.received_on.changed.connect(self._edited)
        self.dated.textChanged.connect(self._edited)
        self.lpr.textChanged.connect(self._edited)
        self.mode.buttonToggled.connect(lambda _b, on: on and self._edited())
        self._show_mode()

    # -- working it out -------------------------------------------------------------
    def _edited(self) -> None:
        self._show_mode()
        self.recalculate()
        self.changed.emit()

    def _show_mode(self) -> None:
        dated = self.dated_choice.isChecked()
        self.regular_box.setVisible(not dated)
        self.dated_box.setVisible(dated)

    def _say(self, sentence: str = "", problem: str = "", refs: str = "") -> None:
        self.result.setText(sentence)
        self.result.setVisible(bool(sentence))
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.references.setText(refs)
        self.references.setVisible(bool(refs))

    def recalculate(self) -> None:
        received = self.received.value()
        if self.received.error():
            return self._say(problem=self.received.error())
        if not received:
            return self._say(problem=self.tr("Enter the amount that actually reached your account."))
        try:
            result = self._dated(received) if self.dated_choice.isChecked() else self._regular(received)
        except UserError as exc:
            return self._say(problem=exc.message(self.lang))
        if result is None:
            return self._say(problem=self.tr("Enter the payments to see the rate."))
        sentence = describe_rate(result, self.lang)
        if result.is_negative:
            return self._say(problem=sentence)
        self._say(sentence, *self._references(result.nominal_annual))

    def _regular(self, received: int):
        if self.payment.error():
            raise UserError(zh=self.payment.error(), en=self.payment.error())
        amount, count = self.payment.value(), self.count.value()
        if not amount or not count:
            return None
        return rate_from_regular(received, [amount] * count, self.period.currentData())

    def _dated(self, received: int):
        on = self.received_on.value()
        payments = []
        for n, raw in enumerate(self.dated.toPlainText().splitlines(), start=1):
            if not raw.strip():
                continue
            match = _LINE.fullmatch(raw)
            try:
                if match is None:
                    raise ValueError
                day = date.fromisoformat(match.group(1).replace("/", "-"))
                payments.append((day, parse_amount(match.group(2))))
            except (ValueError, UserError) as exc:
                why = exc.message(self.lang) if isinstance(exc, UserError) else ""
                text = self.tr("Line %1 does not read as a date and an amount, like 2026-02-15 1,000.")
                raise _line_error(text.replace("%1", str(n)), why) from exc
        if not payments:
            return None
        if on is None:
            raise _line_error(self.tr("Enter the date the money arrived."), "")
        return rate_from_dated(received, on, payments)

    def _references(self, rate: float) -> tuple[str, str]:
        """The problem with the LPR typed ("" when none), and the reference lines as HTML."""
        lines = self.content.rate_references
        problem = ""
        try:
            compared = {c.id: c for c in compare_to_references(rate, lines, parse_lpr(self.lpr.text()))}
        except UserError as exc:
            compared = {c.id: c for c in compare_to_references(rate, lines, None)}
            problem = exc.message(self.lang)
        heading = self.tr("Reference lines, and what they really are")
        parts = [f"<p><b>{html.escape(heading)}</b></p>"]
        for ref in self.content.rate_references:
            c = compared.get(ref.id)
            if c is None:
                where = self.tr("Enter the LPR above to see this line.")
            elif c.above:
                where = self.tr("Your loan is above this line (%1).").replace("%1", f"{c.threshold * 100:.1f}%")
            else:
                where = self.tr("Your loan is not above this line (%1).").replace("%1", f"{c.threshold * 100:.1f}%")
            weight = self.tr("What it is: %1").replace("%1", ref.weight(self.lang))
            parts.append(
                f"<p><b>{html.escape(ref.label(self.lang))}</b> — {html.escape(where)}<br>"
                f"<i>{html.escape(weight)}</i><br>{html.escape(ref.explain(self.lang))}</p>"
            )
        closing = self.tr("None of these lines is a limit written in law for every lender. A loan above a line "
                          "is worth showing to legal aid (12348) or a lawyer.")
        parts.append(f"<p>{html.escape(closing)}</p>")
        return problem, "".join(parts)

    # -- the draft --------------------------------------------------------------------
    def refresh(self) -> None:
        loan = self.flow.current_loan()
        if (loan.id if loan else None) != self._loan_id:
            self._switch_loan(loan.id if loan else None)
        if loan is None:
            self.loan_label.setText(self.tr("No loan chosen yet: add one in step 1, or just enter the numbers here."))
        else:
            name = " / ".join(p for p in (loan.brand, loan.contract_lender) if p)
            self.loan_label.setText(self.tr("Loan: %1").replace("%1", name))
            if self.received.is_empty() and loan.amount_received_fen:
                self.received.set_fen(loan.amount_received_fen)
            if self.received_on.value() is None and loan.contract_date:
                self.received_on.set_value(loan.contract_date)
        self.recalculate()

    def _switch_loan(self, loan_id: int | None) -> None:
        """Keep the numbers with the loan they were typed for; show ``loan_id``'s own.

        Numbers typed before any loan was chosen stay, for the loan chosen next.
        """
        if self._loan_id is not None:
            self.flow.keep_cost_inputs(self._loan_id, self.inputs())
        stored = self.flow.cost_inputs(loan_id) if loan_id is not None else {}
        if stored or self._loan_id is not None:
            self._set_inputs(stored)
        self._loan_id = loan_id

    def load(self, draft: NegotiationDraft, ui: dict) -> None:
        self._set_inputs(ui)
        # Drafts saved before the numbers were kept per loan hold the chosen loan's numbers.
        loan_id = ui.get("loan_id", draft.loan_id)
        self._loan_id = loan_id if isinstance(loan_id, int) and not isinstance(loan_id, bool) else None

    def _set_inputs(self, ui: dict) -> None:
        self.received.setText(str(ui.get("received", "")))
        self.payment.setText(str(ui.get("payment", "")))
        count = ui.get("count", 0)
        self.count.setValue(count if isinstance(count, int) else 0)
        period = self.period.findData(ui.get("period", "month"))
        self.period.setCurrentIndex(max(period, 0))
        (self.dated_choice if ui.get("mode") == "dated" else self.regular_choice).setChecked(True)
        on = ui.get("received_on")
        try:
            self.received_on.set_value(date.fromisoformat(on) if isinstance(on, str) and on else None)
        except ValueError:
            self.received_on.set_value(None)
        self.dated.setPlainText(str(ui.get("dated", "")))
        self.lpr.setText(str(ui.get("lpr", "")))
        self._show_mode()

    def inputs(self) -> dict:
        """The numbers as typed, for the loan they belong to."""
        on = self.received_on.value()
        return {"received": self.received.text(), "payment": self.payment.text(), "count": self.count.value(),
                "period": self.period.currentData(), "mode": "dated" if self.dated_choice.isChecked() else "regular",
                "received_on": on.isoformat() if on else "", "dated": self.dated.toPlainText(),
                "lpr": self.lpr.text()}

    def ui_state(self) -> dict:
        return {**self.inputs(), "loan_id": self._loan_id}


def _line_error(text: str, why: str) -> UserError:
    message = f"{text} {why}".strip()
    return UserError(zh=message, en=message, field="payments")
