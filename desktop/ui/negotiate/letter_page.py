"""Step 6 — the letter: built from the draft, editable, every saved version kept, copied to the clipboard.

The letter has its own language (Chinese by default), independent of the UI.
Until the person edits the text by hand, it follows the other steps; after an
edit it is left alone, and "Rebuild" is the explicit way to start again from
the answers. The page says plainly that sending the letter acknowledges the
debt (which normally restarts the limitation period) and that the app gives
information, not legal advice.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
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

from desktop.content.model import Content, disclaimer
from desktop.domain.errors import UserError
from desktop.domain.letters.common import Letter
from desktop.domain.letters.negotiation_letter import StatementSummary, build_negotiation_letter
from desktop.domain.negotiation import LETTER_LANGS, Loan, NegotiationDraft
from desktop.store.letters import LetterRepository
from desktop.ui.common import messages
from desktop.ui.common.form_parts import BIG_TARGET_PX, HINT_STYLE, clean, field_label
from desktop.ui.common.read_aloud import ReadAloudBar
from desktop.ui.negotiate.flow import NegotiationFlow

NOTE_STYLE = "background: #fff6e0; border: 1px solid #e0c890; padding: 8px;"


class LetterPage(QWidget):
    changed = Signal()
    version_saved = Signal()
    complaint_requested = Signal()

    def __init__(self, flow: NegotiationFlow, letters: LetterRepository, content: Content, lang: str, today=date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow, self.repo, self.content, self.lang, self.today = flow, letters, content, lang, today
        self.letter: Letter | None = None
        self._hand_edited = False
        self._setting = False

        self.letter_lang = QComboBox()
        self.letter_lang.setObjectName("letterLang")
        self.letter_lang.addItem(self.tr("Chinese (中文)"), "zh_CN")
        self.letter_lang.addItem(self.tr("English"), "en")
        self.letter_lang.setMinimumHeight(BIG_TARGET_PX)
        self.signature = QLineEdit()
        self.signature.setPlaceholderText(self.tr("Leave empty to sign by hand"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Leave empty to leave it out"))
        for w in (self.signature, self.phone):
            w.setMaxLength(100)
            w.setMinimumHeight(BIG_TARGET_PX)
        form = QFormLayout()
        form.addRow(field_label(self.tr("Language of the letter")), self.letter_lang)
        form.addRow(field_label(self.tr("Sign with the name")), self.signature)
        form.addRow(field_label(self.tr("Phone for their reply")), self.phone)

        self.note = QLabel(
            self.tr("Before you send it: this letter admits that you owe the debt. A lender generally has 3 years "
                    "to go to court for a debt (the limitation period, 诉讼时效), and admitting the debt, like the "
                    "lender asking you to pay, starts those 3 years again. For most people that is fine, but it is "
                    "not risk-free.")
            + "\n" + disclaimer(lang, content))
        self.note.setObjectName("letterNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("letterEditor")
        self.editor.setAccessibleName(self.tr("The letter's text"))
        self.edited_hint = QLabel(self.tr("You changed the text by hand, so it no longer follows your answers. "
                                          "“Rebuild” starts again from them (your changes are kept only in "
                                          "saved versions)."))
        self.edited_hint.setWordWrap(True)
        self.edited_hint.setStyleSheet(HINT_STYLE)
        self.edited_hint.hide()
        self.rebuild_button = QPushButton(self.tr("Rebuild from my answers"))
        self.save_button = QPushButton(self.tr("Save this version"))
        self.save_button.setObjectName("saveLetterButton")
        self.copy_button = QPushButton(self.tr("Copy to clipboard"))
        self.copy_button.setObjectName("copyLetterButton")
        self.complaint_button = QPushButton(self.tr("Complaint draft…"))
        self.complaint_button.setObjectName("complaintButton")
        buttons = QHBoxLayout()
        for b in (self.rebuild_button, self.save_button, self.copy_button):
            b.setMinimumHeight(BIG_TARGET_PX)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.complaint_button.setMinimumHeight(BIG_TARGET_PX)
        buttons.addWidget(self.complaint_button)
        self.read_aloud = ReadAloudBar(self.editor, self.letter_language())
        self.status = QLabel()
        self.status.setObjectName("letterStatus")
        self.status.setStyleSheet(HINT_STYLE)

        self.versions = QListWidget()
        self.versions.setObjectName("letterVersions")
        self.show_version_button = QPushButton(self.tr("Show this version"))
        self.show_version_button.setMinimumHeight(BIG_TARGET_PX)
        side = QVBoxLayout()
        side.addWidget(field_label(self.tr("Saved versions"), self.versions))
        side.addWidget(self.versions, 1)
        side.addWidget(self.show_version_button)

        main = QVBoxLayout()
        main.addLayout(form)
        main.addWidget(self.note)
        main.addWidget(self.read_aloud)
        main.addWidget(self.editor, 1)
        main.addWidget(self.edited_hint)
        main.addLayout(buttons)
        main.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.addLayout(main, 4)
        layout.addLayout(side, 1)

        self.letter_lang.currentIndexChanged.connect(self._answers_changed)
        self.letter_lang.currentIndexChanged.connect(lambda: self.read_aloud.set_language(self.letter_language()))
        self.signature.textChanged.connect(self._answers_changed)
        self.phone.textChanged.connect(self._answers_changed)
        self.editor.textChanged.connect(self._text_changed)
        self.rebuild_button.clicked.connect(lambda: self.rebuild(force=True))
        self.save_button.clicked.connect(self.save_version)
        self.copy_button.clicked.connect(self.copy)
        self.show_version_button.clicked.connect(self.show_version)
        self.versions.itemDoubleClicked.connect(lambda _item: self.show_version())
        self.complaint_button.clicked.connect(self.complaint_requested)
        self._list_versions()

    # -- answers ---------------------------------------------------------------------
    def letter_language(self) -> str:
        code = self.letter_lang.currentData()
        return code if code in LETTER_LANGS else "zh_CN"

    def signature_name(self) -> str:
        return clean(self.signature.text()).strip()

    def contact_phone(self) -> str:
        return clean(self.phone.text()).strip()

    def _answers_changed(self) -> None:
        if self._setting:
            return
        self.rebuild()
        self.changed.emit()

    # -- the text --------------------------------------------------------------------
    def _text_changed(self) -> None:
        if self._setting:
            return
        self._hand_edited = True
        self.edited_hint.show()
        self.changed.emit()

    def _set_text(self, text: str, hand_edited: bool) -> None:
        self._setting = True
        self.editor.setPlainText(text)
        self._setting = False
        self._hand_edited = hand_edited
        self.edited_hint.setVisible(hand_edited)

    def build(self) -> Letter:
        """The letter from the current answers (raises :class:`UserError` if the blocks cannot be read)."""
        draft = self.flow.draft()
        loan = self.flow.current_loan() or Loan()
        lang = draft.letter_lang
        blocks = self.content.letter_blocks("negotiation", lang)
        statement = self.flow.statement()
        summary = StatementSummary.from_statement(statement) if statement is not None else None
        return build_negotiation_letter(draft, loan, summary, self.flow.schedule() or None, blocks,
                                        today=self.today())

    def rebuild(self, force: bool = False) -> None:
        """Build the letter again; a hand-edited text is replaced only when ``force``."""
        if self._hand_edited and not force:
            return
        try:
            self.letter = self.build()
        except UserError as exc:
            self.status.setText(exc.message(self.lang))
            return
        self._set_text(self.letter.text, False)
        if force:
            self.changed.emit()

    def text(self) -> str:
        return clean(self.editor.toPlainText())

    def save_version(self) -> None:
        text = self.text().strip()
        if not text:
            self.status.setText(self.tr("The letter is empty; there is nothing to save."))
            return
        template = self.letter.template_version if self.letter is not None else ""
        try:
            saved = self.repo.save_version("negotiation", self.letter_language(), text, template)
        except UserError as exc:
            messages.show_error(self, exc)
            return
        self._list_versions()
        self.status.setText(self.tr("Saved as version %1.").replace("%1", str(saved.version)))
        self.version_saved.emit()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.status.setText(self.tr("Copied. Paste it into the lender's app, an email or a message."))

    def _list_versions(self) -> None:
        self.versions.clear()
        for v in reversed(self.repo.versions("negotiation")):
            text = self.tr("Version %1 · %2").replace("%1", str(v.version)).replace(
                "%2", v.created_at.strftime("%Y-%m-%d %H:%M"))
            if v.frozen:
                text += " · " + self.tr("exported")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            self.versions.addItem(item)

    def show_version(self) -> None:
        item = self.versions.currentItem()
        if item is None:
            return
        stored = self.repo.get(item.data(Qt.ItemDataRole.UserRole))
        self._set_text(stored.text, True)
        self.status.setText(self.tr("Showing version %1. Edit it and save to make a new version.")
                            .replace("%1", str(stored.version)))
        self.changed.emit()

    # -- the draft -------------------------------------------------------------------
    def load(self, draft: NegotiationDraft, ui: dict) -> None:
        self._setting = True
        self.letter_lang.setCurrentIndex(max(self.letter_lang.findData(draft.letter_lang), 0))
        self.signature.setText(draft.signature_name)
        self.phone.setText(draft.contact_phone)
        self._setting = False
        text = ui.get("text")
        if ui.get("hand_edited") and isinstance(text, str):
            self._set_text(text, True)
        else:
            self._hand_edited = False

    def ui_state(self) -> dict:
        return {"hand_edited": True, "text": self.text()} if self._hand_edited else {}

    def refresh(self) -> None:
        self._list_versions()
        self.rebuild()
