"""Step 4 — affordability: a monthly income and spending statement, what is left, and how it splits.

The categories are data (``resources/budget/categories.toml``, adapted from the
UK Standard Financial Statement). What is left each month is shared between the
case's loans in proportion to what each is owed, so no lender is offered
everything when there are several.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.budget import CategorySet, Statement, share_pro_rata
from desktop.domain.money import format_amount
from desktop.domain.negotiation import NegotiationDraft
from desktop.ui.common.form_parts import HINT_STYLE
from desktop.ui.common.scrolling import scroll_area
from desktop.ui.negotiate.flow import NegotiationFlow
from desktop.ui.negotiate.money_edit import MoneyEdit

WARN_STYLE = "color: #7a4b00;"


class BudgetPage(QWidget):
    changed = Signal()

    def __init__(self, flow: NegotiationFlow, categories: CategorySet, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow, self.categories, self.lang = flow, categories, lang
        self.items: dict[str, MoneyEdit] = {}
        self.totals: dict[str, QLabel] = {}
        grid = QGridLayout()
        for n, category in enumerate(categories.categories):
            box = QGroupBox(category.label(lang))
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for item in category.items:
                edit = MoneyEdit(lang, placeholder=self.tr("a month"))
                edit.setObjectName(f"budget_{item.code}")
                edit.changed.connect(self._edited)
                self.items[item.code] = edit
                label = QLabel(item.label(lang))
                label.setWordWrap(True)
                form.addRow(label, edit)
            total = QLabel()
            total.setStyleSheet(HINT_STYLE)
            self.totals[category.code] = total
            form.addRow(total)
            grid.addWidget(box, n // 2, n % 2)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        intro = QLabel(self.tr("What comes in and goes out in a normal month. Rough figures are fine; leave out "
                               "what does not apply. Do not count the loans you are negotiating here."))
        intro.setWordWrap(True)
        inner_layout.addWidget(intro)
        inner_layout.addLayout(grid)
        inner_layout.addStretch(1)
        scroll = scroll_area(inner)

        self.summary = QLabel()
        self.summary.setObjectName("budgetSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.warnings = QLabel()
        self.warnings.setObjectName("budgetWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARN_STYLE)
        self.shares = QLabel()
        self.shares.setObjectName("budgetShares")
        self.shares.setWordWrap(True)
        self.shares.setTextFormat(Qt.TextFormat.RichText)
        side = QWidget()
        side.setMinimumWidth(240)
        side.setMaximumWidth(360)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.summary)
        side_layout.addWidget(self.warnings)
        side_layout.addWidget(self.shares)
        side_layout.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 3)
        layout.addWidget(side, 1)
        self.update_summary()

    def _edited(self) -> None:
        self.update_summary()
        self.changed.emit()

    def items_fen(self) -> dict[str, int]:
        """The amounts that read, by item code (empty and zero left out)."""
        return {code: fen for code, edit in self.items.items() if (fen := edit.value())}

    def statement(self) -> Statement:
        return Statement(self.categories, self.items_fen())

    def update_summary(self) -> None:
        statement = self.statement()
        money = lambda fen: format_amount(fen, self.lang)  # noqa: E731
        for category in self.categories.categories:
            self.totals[category.code].setText(
                self.tr("Together: %1").replace("%1", money(statement.category_total(category.code))))
        left = statement.left_over
        rows = [
            (self.tr("Income a month"), money(statement.total_income)),
            (self.tr("Spending a month"), money(statement.total_spending)),
            (self.tr("Left each month"), money(left)),
        ]
        self.summary.setText("<table cellspacing='4'>" + "".join(
            f"<tr><td>{html.escape(k)}</td><td align='right'><b>{html.escape(v)}</b></td></tr>" for k, v in rows)
            + "</table>")
        notes = [n.message(self.lang) for n in statement.warnings()]
        unread = [code for code, edit in self.items.items() if edit.error()]
        if unread:
            notes.append(self.tr("Some amounts do not read yet and are not counted; they are marked in red."))
        self.warnings.setText("\n\n".join(notes))
        self.warnings.setVisible(bool(notes))
        self._update_shares(left)

    def _update_shares(self, left: int) -> None:
        loans = [loan for loan in self.flow.all_loans() if loan.outstanding_total_fen > 0]
        if len(loans) < 2 or left <= 0:
            self.shares.setText("")
            self.shares.hide()
            return
        shares = share_pro_rata(left, {loan.id: loan.outstanding_total_fen for loan in loans})
        heading = self.tr("Shared fairly between your loans")
        explain = self.tr("In proportion to what each is owed:")
        lines = [f"<p><b>{html.escape(heading)}</b><br>{html.escape(explain)}</p><table cellspacing='4'>"]
        for loan in loans:
            name = " / ".join(p for p in (loan.brand, loan.contract_lender) if p) or f"#{loan.id}"
            lines.append(f"<tr><td>{html.escape(name)}</td>"
                         f"<td align='right'>{html.escape(format_amount(shares[loan.id], self.lang))}</td></tr>")
        lines.append("</table>")
        self.shares.setText("".join(lines))
        self.shares.show()

    def share_for(self, loan_id: int | None) -> int:
        """What is left each month for ``loan_id``: its pro-rata share when there are several loans."""
        left = self.statement().left_over
        loans = [loan for loan in self.flow.all_loans() if loan.outstanding_total_fen > 0]
        if left <= 0 or loan_id is None or len(loans) < 2 or loan_id not in {loan.id for loan in loans}:
            return left
        return share_pro_rata(left, {loan.id: loan.outstanding_total_fen for loan in loans})[loan_id]

    def load(self, draft: NegotiationDraft, ui: dict) -> None:
        typed = ui.get("typed", {}) if isinstance(ui.get("typed"), dict) else {}
        for code, edit in self.items.items():
            if code in typed:
                edit.setText(str(typed[code]))
                edit.validate()
            else:
                edit.set_fen(draft.statement.get(code))
        self.update_summary()

    def ui_state(self) -> dict:
        """Only the texts that do not read yet: the rest is in the draft's statement."""
        return {"typed": {code: edit.text() for code, edit in self.items.items() if edit.error()}}

    def refresh(self) -> None:
        self.update_summary()
