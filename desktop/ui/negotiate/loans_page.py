"""Step 1 — the loans: a list of the case's loans, and a form to add or change one.

The loan chosen in the list is the one the letter is about. The form keeps
what was typed even when it does not read yet (it is autosaved with the draft
as typed), and saves to the case only when every amount reads.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.domain.money import format_amount
from desktop.domain.negotiation import Loan, NegotiationDraft
from desktop.store.loans import LoanRepository
from desktop.ui.common import messages
from desktop.ui.common.form_parts import BIG_TARGET_PX, HINT_STYLE, clean, field_label
from desktop.ui.common.scrolling import scroll_area
from desktop.ui.negotiate.money_edit import MoneyEdit
from desktop.ui.negotiate.optional_date import OptionalDateEdit

BRANDS = ("借呗", "微粒贷", "京东金条", "美团借钱", "度小满", "360借条", "分期乐", "安逸花", "招联好期贷", "小米/天星金融")
MONEY_FIELDS = ("amount_borrowed_fen", "amount_received_fen", "outstanding_principal_fen",
                "outstanding_interest_fen", "outstanding_penalty_fen", "outstanding_fees_fen")
TEXT_FIELDS = ("brand", "contract_lender", "contract_no", "notes")
DATE_FIELDS = ("contract_date", "overdue_since", "police_report_on")


class LoansPage(QWidget):
    changed = Signal()
    loans_changed = Signal()

    def __init__(self, loans: LoanRepository, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo, self.lang = loans, lang
        self.editing_id: int | None = None
        self._dirty = False
        self._filling = False

        self.list = QListWidget()
        self.list.setObjectName("loanList")
        self.list.setMinimumWidth(200)
        # Lenders' names are long ("某某网络小额贷款有限公司"): wrap them rather than hide them behind a scroll bar.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setSpacing(2)
        self.add_button = QPushButton(self.tr("Add a loan"))
        self.remove_button = QPushButton(self.tr("Remove"))
        for b in (self.add_button, self.remove_button):
            b.setMinimumHeight(BIG_TARGET_PX)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Your loans (the letter is about the one chosen here)")))
        left.itemAt(0).widget().setWordWrap(True)
        left.itemAt(0).widget().setBuddy(self.list)
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)

        self.brand = QComboBox()
        self.brand.setEditable(True)
        self.brand.addItems(BRANDS)
        self.brand.addItem(self.tr("Other"))
        self.brand.setCurrentIndex(-1)
        self.brand.lineEdit().setPlaceholderText(self.tr("The app you borrowed through, or type its name"))
        self.brand.setMinimumHeight(BIG_TARGET_PX)
        self.lender = QLineEdit()
        self.lender.setPlaceholderText(self.tr("e.g. 重庆某某小额贷款有限公司"))
        lender_hint = QLabel(self.tr(
            "The company that actually lent the money can differ from the app. Open the loan in the app "
            "and look for 借款协议 (loan agreement): the 贷款人 or 出资方 named there is who the letter goes to."))
        lender_hint.setWordWrap(True)
        lender_hint.setStyleSheet(HINT_STYLE)
        # What the complaint's route and citations depend on (legal-facts §10.6, §10.8).
        self.lender_type = QComboBox()
        self.lender_type.setObjectName("lenderType")
        for code, text in (("", self.tr("Not chosen yet")), ("bank", self.tr("A bank")),
                           ("consumer_finance", self.tr("A consumer finance company (消费金融公司)")),
                           ("microloan", self.tr("A micro-loan company, incl. online micro-loans (小额贷款公司)")),
                           ("other", self.tr("Other, or I don't know"))):
            self.lender_type.addItem(text, code)
        self.lender_type.setMinimumHeight(BIG_TARGET_PX)
        type_hint = QLabel(self.tr(
            "Look at the lender's name in the contract: “银行” means a bank, “消费金融” a consumer finance company, "
            "“小额贷款” a micro-loan company. It decides where a complaint goes."))
        type_hint.setWordWrap(True)
        type_hint.setStyleSheet(HINT_STYLE)
        self.debt_illegal = QCheckBox(self.tr("The debt itself is illegal (usury or illegal lending, 高利放贷/非法放贷)"))
        self.debt_illegal.setObjectName("debtIllegal")
        self.debt_illegal.setMinimumHeight(BIG_TARGET_PX)
        illegal_hint = QLabel(self.tr(
            "Tick this only if you are sure the lender had no right to lend, e.g. a loan shark. An ordinary loan from "
            "a bank, consumer finance or micro-loan company is not an illegal debt, even if you are overdue. The "
            "letter cites the crime of collecting illegal debts only when this is ticked."))
        illegal_hint.setWordWrap(True)
        illegal_hint.setStyleSheet(HINT_STYLE)
        self.police_report_on = OptionalDateEdit()
        self.police_report_on.setObjectName("policeReportOn")
        police_hint = QLabel(self.tr(
            "If you reported this lender's collectors to the police, the day you did. Keep the receipt (报警回执)."))
        police_hint.setWordWrap(True)
        police_hint.setStyleSheet(HINT_STYLE)
        self.contract_no = QLineEdit()
        self.contract_date = OptionalDateEdit()
        self.money = {name: MoneyEdit(lang) for name in MONEY_FIELDS}
        self.overdue_since = OptionalDateEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(80)
        for w in (self.lender, self.contract_no):
            w.setMinimumHeight(BIG_TARGET_PX)
            w.setMaxLength(200)
        self.form_title = QLabel()
        self.form_title.setStyleSheet("font-weight: bold;")
        self.save_button = QPushButton(self.tr("Save this loan"))
        self.save_button.setObjectName("saveLoanButton")
        self.save_button.setMinimumHeight(BIG_TARGET_PX)
        self.status = QLabel()
        self.status.setStyleSheet(HINT_STYLE)
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows = [
            (self.tr("Lender brand (the app)"), self.brand),
            (self.tr("Lender named in the contract (贷款人/出资方)"), self.lender),
            ("", lender_hint),
            (self.tr("Kind of lender"), self.lender_type),
            ("", type_hint),
            ("", self.debt_illegal),
            ("", illegal_hint),
            (self.tr("Reported to the police on"), self.police_report_on),
            ("", police_hint),
            (self.tr("Contract number"), self.contract_no),
            (self.tr("Contract date"), self.contract_date),
            (self.tr("Amount borrowed"), self.money["amount_borrowed_fen"]),
            (self.tr("Amount actually received"), self.money["amount_received_fen"]),
            (self.tr("Still owed: principal"), self.money["outstanding_principal_fen"]),
            (self.tr("Still owed: interest"), self.money["outstanding_interest_fen"]),
            (self.tr("Still owed: penalty interest"), self.money["outstanding_penalty_fen"]),
            (self.tr("Still owed: fees"), self.money["outstanding_fees_fen"]),
            (self.tr("Overdue since"), self.overdue_since),
            (self.tr("Notes"), self.notes),
        ]
        for text, widget in rows:
            form.addRow(field_label(text) if text else None, widget)
        inner = QWidget()
        right = QVBoxLayout(inner)
        right.addWidget(self.form_title)
        right.addLayout(form)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.status, 1)
        right.addLayout(save_row)
        right.addStretch(1)
        scroll = scroll_area(inner)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(scroll, 3)

        self.add_button.clicked.connect(self.new_loan)
        self.remove_button.clicked.connect(self.remove_loan)
        self.save_button.clicked.connect(self.save_loan)
        self.list.currentItemChanged.connect(self._chosen)
        for edit in (self.lender, self.contract_no):
            edit.textChanged.connect(self._form_edited)
        self.brand.editTextChanged.connect(self._form_edited)
        self.notes.textChanged.connect(self._form_edited)
        self.lender_type.currentIndexChanged.connect(self._form_edited)
        self.debt_illegal.toggled.connect(self._form_edited)
        for w in (self.contract_date, self.overdue_since, self.police_report_on, *self.money.values()):
            w.changed.connect(self._form_edited)
        for name in ("amount_borrowed_fen", "amount_received_fen"):
            self.money[name].edited.connect(self._check_received)
        self._reload_list(None)
        self._show_title()

    # -- the list ----------------------------------------------------------------
    def _reload_list(self, select_id: int | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for loan in self.repo.list():
            label = " / ".join(p for p in (loan.brand, loan.contract_lender) if p) or f"#{loan.id}"
            if loan.outstanding_total_fen:
                label += "\n" + self.tr("owed %1").replace("%1", format_amount(loan.outstanding_total_fen, self.lang))
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, loan.id)
            self.list.addItem(item)
            if loan.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.remove_button.setEnabled(self.selected_loan_id() is not None)

    def selected_loan_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self._dirty and not self.save_loan(quiet=True):
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        loan_id = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self._fill(self.repo.get(loan_id) if loan_id is not None else Loan())
        self.remove_button.setEnabled(loan_id is not None)
        self.changed.emit()

    def new_loan(self) -> None:
        if self._dirty and not self.save_loan(quiet=True):
            return
        self.list.setCurrentItem(None)
        self._fill(Loan())
        self.brand.setFocus()

    def remove_loan(self) -> None:
        loan_id = self.selected_loan_id()
        if loan_id is None:
            return
        if not messages.confirm(self, self.tr("Remove this loan?"),
                                self.tr("The loan disappears from this list. Records that mention it keep "
                                        "the link."), self.tr("Remove")):
            return
        self.repo.delete(loan_id)
        self._dirty = False
        self._reload_list(None)
        self._fill(Loan())
        self.loans_changed.emit()
        self.changed.emit()

    # -- the form ----------------------------------------------------------------
    def _show_title(self) -> None:
        self.form_title.setText(self.tr("New loan") if self.editing_id is None else self.tr("Change this loan"))

    def _fill(self, loan: Loan) -> None:
        self._filling = True
        self.editing_id = loan.id
        self.brand.setEditText(loan.brand)
        self.lender.setText(loan.contract_lender)
        self.contract_no.setText(loan.contract_no)
        self.contract_date.set_value(loan.contract_date)
        for name, edit in self.money.items():
            edit.set_fen(getattr(loan, name))
            edit.set_error("")
        self.overdue_since.set_value(loan.overdue_since)
        self.notes.setPlainText(loan.notes)
        self.lender_type.setCurrentIndex(max(self.lender_type.findData(loan.lender_type), 0))
        self.debt_illegal.setChecked(loan.debt_illegal)
        self.police_report_on.set_value(loan.police_report_on)
        self._filling = False
        self._dirty = False
        self.status.setText("")
        self._show_title()

    def _form_edited(self) -> None:
        if self._filling:
            return
        self._dirty = True
        self.status.setText(self.tr("Not saved yet"))
        self.changed.emit()

    def _check_received(self) -> bool:
        borrowed = self.money["amount_borrowed_fen"].value()
        received = self.money["amount_received_fen"]
        too_much = borrowed is not None and (received.value() or 0) > borrowed
        received.set_error(self.tr("This is more than the amount borrowed. Check both numbers: what arrives "
                                   "in your account is usually the same or less.") if too_much else "")
        return not too_much

    def form_loan(self) -> Loan | None:
        """The loan as the form shows it, or ``None`` (with messages by the fields) when an amount does not read."""
        ok = all([edit.validate() for edit in self.money.values()]) and self._check_received()
        if not ok:
            return None
        return Loan(
            id=self.editing_id,
            brand=clean(self.brand.currentText()).strip(),
            contract_lender=clean(self.lender.text()).strip(),
            contract_no=clean(self.contract_no.text()).strip(),
            contract_date=self.contract_date.value(),
            overdue_since=self.overdue_since.value(),
            notes=clean(self.notes.toPlainText()),
            lender_type=self.lender_type.currentData() or "",
            debt_illegal=self.debt_illegal.isChecked(),
            police_report_on=self.police_report_on.value(),
            **{name: edit.value_or_zero() for name, edit in self.money.items()},
        )

    def save_loan(self, quiet: bool = False) -> bool:
        """Save the form to the case; false (nothing lost, messages by the fields) when it cannot be."""
        loan = self.form_loan()
        if loan is None:
            self.status.setText(self.tr("Some amounts need fixing before the loan can be saved."))
            return False
        if loan.id is None and loan == Loan():
            self._dirty = False
            return True  # an empty new form: nothing to keep
        if not (loan.brand or loan.contract_lender or loan.contract_no):
            self.status.setText(self.tr("Enter the app or the lender's name so you can tell this loan apart."))
            return False
        try:
            saved = self.repo.update(loan) if loan.id is not None else self.repo.add(loan)
        except UserError as exc:
            if not quiet:
                messages.show_error(self, exc)
            return False
        self._dirty = False
        self.editing_id = saved.id
        self._reload_list(saved.id)
        self._show_title()
        self.status.setText(self.tr("Saved."))
        self.loans_changed.emit()
        self.changed.emit()
        return True

    def save_if_dirty(self) -> None:
        if self._dirty:
            self.save_loan(quiet=True)

    # -- the draft ---------------------------------------------------------------
    def load(self, draft: NegotiationDraft, ui: dict) -> None:
        self._reload_list(draft.loan_id)
        loan_id = self.selected_loan_id()
        if loan_id is None and self.list.count() and draft.loan_id is None and not ui.get("dirty"):
            self.list.setCurrentRow(0)
            loan_id = self.selected_loan_id()
        self._fill(self.repo.get(loan_id) if loan_id is not None else Loan())
        if ui.get("dirty"):
            self._restore_typed(ui)

    def _restore_typed(self, ui: dict) -> None:
        self._filling = True
        typed = ui.get("typed", {})
        self.brand.setEditText(str(typed.get("brand", "")))
        self.lender.setText(str(typed.get("contract_lender", "")))
        self.contract_no.setText(str(typed.get("contract_no", "")))
        self.notes.setPlainText(str(typed.get("notes", "")))
        self.lender_type.setCurrentIndex(max(self.lender_type.findData(str(typed.get("lender_type", ""))), 0))
        self.debt_illegal.setChecked(typed.get("debt_illegal") is True)
        for name, edit in self.money.items():
            edit.setText(str(typed.get(name, "")))
            edit.validate()
        for name in DATE_FIELDS:
            getattr(self, name).set_value(_iso_date(typed.get(name)))
        editing = ui.get("editing_id")
        self.editing_id = editing if isinstance(editing, int) else None
        self._show_title()
        self._filling = False
        self._dirty = True
        self.status.setText(self.tr("Not saved yet"))

    def ui_state(self) -> dict:
        if not self._dirty:
            return {}
        typed = {"brand": clean(self.brand.currentText()), "contract_lender": clean(self.lender.text()),
                 "contract_no": clean(self.contract_no.text()), "notes": clean(self.notes.toPlainText()),
                 "lender_type": self.lender_type.currentData() or "", "debt_illegal": self.debt_illegal.isChecked()}
        typed.update({name: edit.text() for name, edit in self.money.items()})
        for name in DATE_FIELDS:
            value = getattr(self, name).value()
            typed[name] = value.isoformat() if value else ""
        return {"dirty": True, "editing_id": self.editing_id, "typed": typed}

    def refresh(self) -> None:
        pass


def _iso_date(text: object) -> date | None:
    try:
        return date.fromisoformat(text) if isinstance(text, str) and text else None
    except ValueError:
        return None
