"""The first start: a short welcome, the language, and the first case."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.domain.text import LANGUAGES
from desktop.ui.cases.alias_field import AliasField
from desktop.ui.common.sizing import fit_to_wrapped_text


class FirstRunDialog(QDialog):
    """Result: ``alias`` (create that case) or ``wants_sample`` (load the sample case)."""

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None, lang: str) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunDialog")
        self.setMinimumWidth(560)
        self.alias = ""
        self.wants_sample = False
        layout = QVBoxLayout(self)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setObjectName("welcomeText")
        self.body.setWordWrap(True)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code in LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(lang))
        self.language_label = QLabel()
        self.alias_label = QLabel()
        self.alias_field = AliasField()
        self.alias_edit, self.error = self.alias_field.edit, self.alias_field.error
        form.addRow(self.language_label, self.language)
        form.addRow(self.alias_label, self.alias_edit)
        self.language_label.setBuddy(self.language)  # screen readers name the fields after their labels
        self.alias_label.setBuddy(self.alias_edit)
        buttons = QHBoxLayout()
        self.sample_button = QPushButton()
        self.sample_button.setObjectName("sampleButton")
        self.start_button = QPushButton()
        self.start_button.setObjectName("startButton")
        self.start_button.setDefault(True)
        self.start_button.setMinimumHeight(40)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.language.currentIndexChanged.connect(self._on_language)
        self.start_button.clicked.connect(self._start)
        self.sample_button.clicked.connect(self._sample)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Debt Call Helper"))
        self.title.setText(self.tr("Welcome. You are not alone, and you have rights."))
        self.body.setText(
            self.tr(
                "This app helps you to:\n"
                "• learn what debt collectors may and may not do, and where to complain;\n"
                "• keep a record of every collection call, message and visit, as evidence;\n"
                "• ask the lender for a repayment plan you can keep;\n"
                "• print a clear summary for the lender, a regulator or a lawyer.\n\n"
                "Everything you enter stays on this computer. Nothing is sent over the internet.\n\n"
                "This app gives information, not legal advice. For advice on your own case, "
                "ask a lawyer or a legal-aid office (call 12348)."
            )
        )
        self.language_label.setText(self.tr("Language:"))
        self.alias_label.setText(self.tr("Name for the first case:"))
        self.alias_edit.setPlaceholderText(self.tr("For example: Ms Wang (no real name needed)"))
        self.start_button.setText(self.tr("Start"))
        self.sample_button.setText(self.tr("Explore a sample case first"))
        self.alias_field.retranslate()  # a message already shown follows the language too
        if self.isVisible():
            fit_to_wrapped_text(self, 560)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_language(self, index: int) -> None:
        self.language_chosen.emit(self.language.itemData(index))

    def chosen_language(self) -> str:
        return self.language.currentData()

    def _start(self) -> None:
        alias = self.alias_field.alias()
        if alias is not None:
            self.alias = alias
            self.accept()

    def _sample(self) -> None:
        self.wants_sample = True
        self.accept()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        fit_to_wrapped_text(self, 560)
