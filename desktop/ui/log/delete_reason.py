"""Ask why a record is deleted: the reason stays in its history."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.ui.common.form_parts import clean


class DeleteReasonDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("DeleteReasonDialog")
        self.setWindowTitle(self.tr("Delete this record?"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("The record will be hidden from the list but kept in the history, with the reason. "
                              "You can undo this."))
        text.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setObjectName("reasonCombo")
        self.reason.setEditable(True)
        self.reason.addItems([self.tr("Entered twice"), self.tr("Entered by mistake"), self.tr("Wrong case")])
        self.reason.setCurrentText("")
        self.reason.lineEdit().setPlaceholderText(self.tr("Why? (choose or type)"))
        self.reason.lineEdit().setMaxLength(500)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Delete"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Reason:")))
        layout.itemAt(layout.count() - 1).widget().setBuddy(self.reason)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)


def ask_delete_reason(parent: QWidget | None) -> str | None:
    """The reason typed (may be empty), or None if the user cancelled."""
    dialog = DeleteReasonDialog(parent)
    if not dialog.exec():
        return None
    return " ".join(clean(dialog.reason.currentText()).split())
