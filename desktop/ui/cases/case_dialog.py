"""Ask for a case's name (alias). The error shows next to the field; nothing typed is lost."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.ui.cases.alias_field import AliasField


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
        self.field = AliasField(initial)
        self.edit, self.error = self.field.edit, self.field.error
        hint.setBuddy(self.edit)  # what a screen reader says of the field
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(hint)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.alias = ""

    def _accept(self) -> None:
        alias = self.field.alias()
        if alias is not None:
            self.alias = alias
            self.accept()
