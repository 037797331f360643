"""协商还款 — the Negotiate tab: six steps from the loans to a finished letter, saved as a draft throughout.

The tab is the steps' coordinator: it owns the step list and the pages
(:mod:`desktop.ui.negotiate`), answers their questions about each other (the
chosen loan, the statement, the schedule), and autosaves the whole
:class:`NegotiationDraft` — plus what was typed but does not read yet, under
``"ui"`` — as the case's ``"negotiation"`` draft: 500 ms after an edit, when
a step is left, and in :meth:`NegotiateTab.close_case`.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.content.model import Content
from desktop.domain.budget import CategorySet, Statement
from desktop.domain.errors import UserError
from desktop.domain.negotiation import Loan, NegotiationDraft
from desktop.domain.plan import Instalment
from desktop.store.session import CaseSession
from desktop.ui.common import messages
from desktop.ui.common.form_parts import BIG_TARGET_PX, HINT_STYLE
from desktop.ui.context import AppContext
from desktop.ui.negotiate.budget_page import BudgetPage
from desktop.ui.negotiate.cost_page import CostPage
from desktop.ui.negotiate.letter_page import LetterPage
from desktop.ui.negotiate.loans_page import LoansPage
from desktop.ui.negotiate.plan_page import PlanPage
from desktop.ui.negotiate.situation_page import SituationPage

DRAFT_KIND = "negotiation"
AUTOSAVE_MS = 500
STEPS = (
    ("loans", QT_TRANSLATE_NOOP("NegotiateTab", "1. Your loans")),
    ("cost", QT_TRANSLATE_NOOP("NegotiateTab", "2. What it really costs")),
    ("situation", QT_TRANSLATE_NOOP("NegotiateTab", "3. Your situation")),
    ("budget", QT_TRANSLATE_NOOP("NegotiateTab", "4. What you can afford")),
    ("plan", QT_TRANSLATE_NOOP("NegotiateTab", "5. Your plan")),
    ("letter", QT_TRANSLATE_NOOP("NegotiateTab", "6. The letter")),
)


class NegotiateTab(QWidget):
    def __init__(self, ctx: AppContext, session: CaseSession, content: Content, parent: QWidget | None = None,
                 *, today=date.today) -> None:
        super().__init__(parent)
        self.setObjectName("NegotiateTab")
        self.ctx, self.session, self.content, self.lang = ctx, session, content, ctx.lang
        self._loading = True
        self._closed = False
        problem = None
        try:
            categories = content.budget_categories
        except UserError as exc:
            categories, problem = CategorySet(()), exc

        self.loans_page = LoansPage(session.loans, self.lang)
        self.cost_page = CostPage(self, content, self.lang)
        self.situation_page = SituationPage(session.evidence)
        self.budget_page = BudgetPage(self, categories, self.lang)
        self.plan_page = PlanPage(self, self.lang, today=today)
        self.letter_page = LetterPage(self, session.letters, content, self.lang, today=today)
        self.pages = {"loans": self.loans_page, "cost": self.cost_page, "situation": self.situation_page,
                      "budget": self.budget_page, "plan": self.plan_page, "letter": self.letter_page}

        self.step_list = QListWidget()
        self.step_list.setObjectName("negotiateSteps")
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.stack = QStackedWidget()
        for code, title in STEPS:
            self.step_list.addItem(QCoreApplication.translate("NegotiateTab", title))
            self.stack.addWidget(self.pages[code])
        metrics = self.fontMetrics()
        self.step_list.setFixedWidth(max(metrics.horizontalAdvance(
            QCoreApplication.translate("NegotiateTab", t)) for _, t in STEPS) + 48)
        self.step_list.setSpacing(4)
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("nextStepButton")
        for b in (self.back_button, self.next_button):
            b.setMinimumHeight(BIG_TARGET_PX)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("draftSavedLabel")
        self.saved_label.setStyleSheet(HINT_STYLE)
        intro = QLabel(self.tr("Ask the lender for a repayment plan you can keep. Negotiate only with the lender "
                               "itself (its app, hotline or branch); never pay anyone to negotiate for you."))
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)

        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_label, 1)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(intro)
        right.addWidget(self.stack, 1)
        right.addLayout(bottom)
        layout = QHBoxLayout(self)
        layout.addWidget(self.step_list)
        layout.addLayout(right, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_draft)
        for page in self.pages.values():
            page.changed.connect(self._page_changed)
        self.loans_page.loans_changed.connect(self._loans_changed)
        self.letter_page.complaint_requested.connect(self.open_complaint)
        self.step_list.currentRowChanged.connect(self._step_changed)
        self.back_button.clicked.connect(lambda: self.go_to(self.step_list.currentRow() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.step_list.currentRow() + 1))

        step = self._load()
        self._loading = False
        self.step_list.setCurrentRow(step)
        self._step_changed(step)
        if problem is not None:
            QTimer.singleShot(0, lambda: messages.show_error(self, problem))

    # -- what the pages ask about each other ---------------------------------------------
    def current_loan(self) -> Loan | None:
        loan_id = self.loans_page.selected_loan_id()
        if loan_id is None:
            return None
        try:
            return self.session.loans.get(loan_id)
        except UserError:
            return None

    def all_loans(self) -> list[Loan]:
        return self.session.loans.list()

    def cost_inputs(self, loan_id: int) -> dict:
        return self.session.loans.cost_inputs(loan_id)

    def keep_cost_inputs(self, loan_id: int, inputs: dict) -> None:
        self.session.loans.set_cost_inputs(loan_id, inputs)

    def statement(self) -> Statement:
        return self.budget_page.statement()

    def left_for_loan(self) -> int:
        return self.budget_page.share_for(self.loans_page.selected_loan_id())

    def schedule(self) -> list[Instalment]:
        return list(self.plan_page.schedule)

    def draft(self) -> NegotiationDraft:
        return NegotiationDraft(
            loan_id=self.loans_page.selected_loan_id(),
            hardship=self.situation_page.hardship(),
            docs=self.situation_page.docs(),
            statement=self.budget_page.items_fen(),
            plan=self.plan_page.plan_request(),
            letter_lang=self.letter_page.letter_language(),
            signature_name=self.letter_page.signature_name(),
            contact_phone=self.letter_page.contact_phone(),
        )

    # -- steps ---------------------------------------------------------------------------
    def go_to(self, row: int) -> None:
        if 0 <= row < self.step_list.count():
            self.step_list.setCurrentRow(row)

    def _step_changed(self, row: int) -> None:
        if row < 0:
            return
        if self.stack.currentWidget() is self.loans_page and row != 0:
            self.loans_page.save_if_dirty()
        self.stack.setCurrentIndex(row)
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < self.step_list.count() - 1)
        self.stack.currentWidget().refresh()
        if not self._loading:
            self.save_draft()

    def _loans_changed(self) -> None:
        self.budget_page.refresh()

    def _page_changed(self) -> None:
        if not self._loading and not self._closed:
            self._timer.start()

    # -- the draft -----------------------------------------------------------------------
    def _load(self) -> int:
        data = self.session.drafts.get(DRAFT_KIND) or {}  # the typed draft below, the screen's own state here
        try:
            draft = self.session.drafts.negotiation() or NegotiationDraft()
        except UserError as exc:
            draft = NegotiationDraft()
            QTimer.singleShot(0, lambda error=exc: messages.show_error(self, error))
        ui = data.get("ui") if isinstance(data.get("ui"), dict) else {}
        for code, page in self.pages.items():
            page_ui = ui.get(code)
            page.load(draft, page_ui if isinstance(page_ui, dict) else {})
        step = ui.get("step", 0)
        return step if isinstance(step, int) and 0 <= step < len(STEPS) else 0

    def save_draft(self) -> None:
        """Save the whole draft now (the autosave timer calls this)."""
        if self._closed:
            return
        self._timer.stop()
        data = self.draft().to_json_dict()
        ui = {code: page.ui_state() for code, page in self.pages.items()}
        ui["step"] = max(self.step_list.currentRow(), 0)
        data["ui"] = ui
        self.session.drafts.put(DRAFT_KIND, data)
        self.saved_label.setText(self.tr("Draft saved automatically at %1.")
                                 .replace("%1", datetime.now().strftime("%H:%M:%S")))
        self.ctx.signals.draft_saved.emit()

    def close_case(self) -> None:
        """Called before the case file closes: stop the timer and save everything typed."""
        if self._closed:
            return
        self._timer.stop()
        self.loans_page.save_if_dirty()
        self.save_draft()
        self._closed = True

    # -- the complaint -------------------------------------------------------------------
    def open_complaint(self) -> None:
        from desktop.ui.negotiate.complaint_dialog import ComplaintDialog

        draft = self.draft()
        dialog = ComplaintDialog(self, self.session, self.content, self.current_loan(), lang=self.lang,
                                 letter_lang=draft.letter_lang, signature_name=draft.signature_name,
                                 contact_phone=draft.contact_phone)
        dialog.exec()
        dialog.deleteLater()
        self.letter_page.refresh()
