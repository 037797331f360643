"""The complaint draft: about chosen collection contacts, to the lender or to the regulator for its kind.

The flagged contacts (automatic flags or the person's own marks) are chosen to
start with. The regulator route follows the loan's kind of lender (legal-facts
§10.8): 12378 for banks and consumer finance companies, the local financial
regulator (or 12345) for micro-loan companies, both with an explanation when the
kind is not known. The dialog also says which answers from the loan page the
citations depend on. The text is built by :func:`desktop.domain.letters.complaint.build_complaint`,
shown for editing, and can be saved as a version (kind ``"complaint"``) and copied.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.content.model import Content
from desktop.domain.errors import UserError
from desktop.domain.legal import THIRD_PARTY
from desktop.domain.letters.common import Letter
from desktop.domain.letters.complaint import build_complaint, regulator_channels
from desktop.domain.negotiation import Loan
from desktop.domain.punctuation import bracketed, list_separator
from desktop.domain.rules_engine import LOW, grade_label
from desktop.store.session import CaseSession
from desktop.ui.common import labels, messages
from desktop.ui.common.form_parts import BIG_TARGET_PX, ERROR_STYLE, HINT_STYLE, clean, field_label
from desktop.ui.common.screen_fit import fit_to_screen

MAX_CONTACTS = 500


class ComplaintDialog(QDialog):
    def __init__(self, parent: QWidget | None, session: CaseSession, content: Content, loan: Loan | None, *,
                 lang: str, letter_lang: str = "zh_CN", signature_name: str = "", contact_phone: str = "",
                 today=date.today) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Complaint draft"))
        self.session, self.content, self.loan, self.lang, self.today = session, content, loan, lang, today
        self.signature_name, self.contact_phone = signature_name, contact_phone
        self.letter: Letter | None = None

        self.contacts = QListWidget()
        self.contacts.setObjectName("complaintContacts")
        self._fill_contacts()
        self.lender_choice = QRadioButton(self.tr("The lender's own complaint channel"))
        self.regulator_choice = QRadioButton(self.tr("12378, the financial regulator's consumer hotline "
                                                     "(banks, consumer finance companies)"))
        self.local_choice = QRadioButton(self.tr("The local financial regulator (地方金融管理局) or 12345 "
                                                 "(micro-loan companies)"))
        self.local_choice.setObjectName("localRegulatorChoice")
        self.channel = QButtonGroup(self)
        for b in (self.lender_choice, self.regulator_choice, self.local_choice):
            b.setMinimumHeight(BIG_TARGET_PX)
            self.channel.addButton(b)
        self.lender_choice.setChecked(True)
        routes = regulator_channels(loan.lender_type if loan else "")
        self.regulator_choice.setVisible("12378" in routes)
        self.local_choice.setVisible("local_regulator" in routes)
        self.route_hint = QLabel(self._route_text(loan.lender_type if loan else ""))
        self.route_hint.setObjectName("routeHint")
        self.route_hint.setWordWrap(True)
        self.route_hint.setStyleSheet(HINT_STYLE)
        self.facts_hint = QLabel(self._facts_text(loan))
        self.facts_hint.setObjectName("citationFacts")
        self.facts_hint.setWordWrap(True)
        self.facts_hint.setStyleSheet(HINT_STYLE)
        self.contacted_first = QCheckBox(self.tr("I complained to the lender first"))
        self.contacted_first.setObjectName("contactedFirst")
        self.letter_lang = QComboBox()
        self.letter_lang.addItem(self.tr("Chinese (中文)"), "zh_CN")
        self.letter_lang.addItem(self.tr("English"), "en")
        self.letter_lang.setCurrentIndex(max(self.letter_lang.findData(letter_lang), 0))
        hint = QLabel(self.tr("Usually you complain to the lender first and give it 15 days to answer; if it "
                              "does not help, complain to the regulator and say so."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)

        self.preview = QPlainTextEdit()
        self.preview.setObjectName("complaintPreview")
        self.preview.setAccessibleName(self.tr("Text of the complaint"))
        self.problem = QLabel()
        self.problem.setObjectName("complaintProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        self.status = QLabel()
        self.status.setStyleSheet(HINT_STYLE)
        self.save_button = QPushButton(self.tr("Save this version"))
        self.copy_button = QPushButton(self.tr("Copy to clipboard"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        for b in (self.save_button, self.copy_button):
            b.setMinimumHeight(BIG_TARGET_PX)
            buttons.addWidget(b)
        buttons.addWidget(self.status, 1)
        self.close_button.setMinimumHeight(BIG_TARGET_PX)
        buttons.addWidget(self.close_button)

        left = QVBoxLayout()
        left.addWidget(field_label(self.tr("Which contacts to complain about"), self.contacts))
        left.addWidget(self.contacts, 1)
        left.addWidget(field_label(self.tr("Send it to")))
        left.addWidget(self.lender_choice)
        left.addWidget(self.regulator_choice)
        left.addWidget(self.local_choice)
        left.addWidget(self.route_hint)
        left.addWidget(self.contacted_first)
        left.addWidget(hint)
        left.addWidget(self.facts_hint)
        lang_row = QHBoxLayout()
        lang_row.addWidget(field_label(self.tr("Language of the complaint"), self.letter_lang))
        lang_row.addWidget(self.letter_lang, 1)
        left.addLayout(lang_row)
        right = QVBoxLayout()
        right.addWidget(self.problem)
        right.addWidget(self.preview, 1)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 1000, 640)

        self.contacts.itemChanged.connect(lambda _item: self.rebuild())
        self.channel.buttonToggled.connect(lambda _b, on: on and self.rebuild())
        self.contacted_first.toggled.connect(lambda _on: self.rebuild())
        self.letter_lang.currentIndexChanged.connect(lambda _i: self.rebuild())
        self.save_button.clicked.connect(self.save_version)
        self.copy_button.clicked.connect(self.copy)
        self.close_button.clicked.connect(self.accept)
        self.rebuild()

    def _fill_contacts(self) -> None:
        for row in self.session.contacts.page(None, 0, MAX_CONTACTS):
            if row.deleted:
                continue
            ids = sorted(set(row.flags) | set(row.marks))
            if row.grade == LOW:
                # generally allowed by the standards: listed, not chosen, and not complained about
                ids = [i for i in ids if i != THIRD_PARTY]
            when = row.occurred_at.strftime("%Y-%m-%d %H:%M") if row.occurred_at else self.tr("no date")
            parts = [when, labels.channel(row.channel), row.number or row.claimed, row.summary[:40]]
            text = " · ".join(p for p in parts if p)
            if ids:
                text += "\n⚑ " + list_separator(self.lang).join(self._label(r, row.grade) for r in ids)
            if row.grade == LOW:
                text += "\n" + self.tr("Contacting someone else, graded low: the standards generally allow one "
                                        "polite request when you cannot be reached, so it is not complained about.")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ids else Qt.CheckState.Unchecked)
            self.contacts.addItem(item)

    def _label(self, rule_id: str, grade: str) -> str:
        rules = self.content.rules
        label = rules[rule_id].label(self.lang) if rule_id in rules else rule_id
        if rule_id == THIRD_PARTY and grade:
            text = grade_label(grade, self.lang)
            label += bracketed(text, self.lang)
        return label

    def chosen_ids(self) -> list[int]:
        return [self.contacts.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.contacts.count())
                if self.contacts.item(i).checkState() == Qt.CheckState.Checked]

    def channel_code(self) -> str:
        if self.regulator_choice.isChecked():
            return "12378"
        return "local_regulator" if self.local_choice.isChecked() else "lender"

    def _route_text(self, lender_type: str) -> str:
        if lender_type in ("bank", "consumer_finance"):
            return self.tr("Your lender is a bank or consumer finance company: the regulator is 12378.")
        if lender_type == "microloan":
            return self.tr("Your lender is a micro-loan company. Such companies are generally supervised by the local "
                           "financial regulator (地方金融管理局) where they are registered; you can also call 12345 and "
                           "ask to be put through. (From public sources; not checked against an official text.)")
        return self.tr("Which regulator depends on the kind of lender. Look at the lender's name in the contract: "
                       "for a bank or a consumer finance company, complain to 12378; for a micro-loan company "
                       "(小额贷款公司), to the local financial regulator or through 12345. You can set the kind of "
                       "lender on the Loans step.")

    def _facts_text(self, loan: Loan | None) -> str:
        """Which loan answers the letter's citations rest on, so the user can see why an article is (not) there."""
        if loan is None:
            return self.tr("No loan is chosen, so the letter cites only rules that apply to every lender.")
        lines = [self.tr("The letter cites a rule only where what you recorded makes it apply:")]
        lines.append(self.tr("• Debt itself illegal (usury): %1").replace(
            "%1", self.tr("yes") if loan.debt_illegal else self.tr("not ticked")))
        lines.append(self.tr("• Reported to the police on: %1").replace(
            "%1", loan.police_report_on.isoformat() if loan.police_report_on else self.tr("not filled in")))
        lines.append(self.tr("To change these, go to the Loans step."))
        return "\n".join(lines)

    def rebuild(self) -> None:
        self.contacted_first.setEnabled(not self.lender_choice.isChecked())
        lang = self.letter_lang.currentData()
        repo = self.session.contacts
        ids = self.chosen_ids()
        try:
            blocks = self.content.letter_blocks("complaint", lang)
            self.letter = build_complaint(
                [repo.get(i) for i in ids], self.content.rules, self.content.sources, self.loan,
                channel=self.channel_code(), lang=lang, blocks=blocks, today=self.today(),
                flags={i: repo.flags_for(i) for i in ids}, grades=repo.grades_for(ids),
                lender_contacted_first=self.contacted_first.isChecked() and not self.lender_choice.isChecked(),
                signature_name=self.signature_name, contact_phone=self.contact_phone)
        except UserError as exc:
            self.letter = None
            self.problem.setText(exc.message(self.lang))
            self.problem.show()
            self.preview.setPlainText("")
            return
        self.problem.hide()
        self.preview.setPlainText(self.letter.text)

    def save_version(self) -> None:
        text = clean(self.preview.toPlainText()).strip()
        if not text:
            self.status.setText(self.tr("There is nothing to save yet."))
            return
        template = self.letter.template_version if self.letter is not None else ""
        try:
            saved = self.session.letters.save_version("complaint", self.letter_lang.currentData(), text, template)
        except UserError as exc:
            messages.show_error(self, exc)
            return
        self.status.setText(self.tr("Saved as version %1.").replace("%1", str(saved.version)))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(clean(self.preview.toPlainText()))
        self.status.setText(self.tr("Copied."))
