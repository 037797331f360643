"""Ask for a case's name (alias). The error shows next to the field; nothing typed is lost."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop import i18n
from desktop.domain.cases import clean_alias
from desktop.domain.errors import UserError


class CaseNameDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, initial: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr("A short name for this client, for example “Ms Wang” or “Case 1”. A real name is not needed.")
        )
        hint.setWordWrap(True)
        self.edit = QLineEdit(initial)
        hint.setBuddy(self.edit)  # what a screen reader says of the field
        self.edit.setObjectName("aliasEdit")
        self.edit.setMaxLength(10_000)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a33;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(hint)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.alias = ""

    def _accept(self) -> None:
        try:
            self.alias = clean_alias(self.edit.text())
        except UserError as exc:
            self.error.setText(exc.message(i18n.current()))
            self.error.show()
            self.edit.setFocus()
            return
        self.accept()
