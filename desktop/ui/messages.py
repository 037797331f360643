"""Every message box of the app goes through here: one tone, one place to translate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop import i18n
from desktop.domain.errors import UserError


def _attention_title() -> str:
    return QCoreApplication.translate("Messages", "Something needs your attention")


def show_error(parent: QWidget | None, error: UserError, title: str | None = None) -> None:
    """A calm explanation of what went wrong and how to fix it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or _attention_title())
    box.setText(error.message(i18n.current()))
    box.exec()


def show_bug(parent: QWidget | None) -> None:
    """A short apology for a fault in the app itself; the details went to the log without personal data."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Sorry"))
    box.setText(
        QCoreApplication.translate(
            "Messages",
            "Sorry, something went wrong inside the app. What you saved before is safe. "
            "Please try again; if it keeps happening, tell the legal-aid desk.",
        )
    )
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something that cannot be undone; the safe choice is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("Messages", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is go


def pick_other_data_folder(error: UserError) -> str:
    """The data folder cannot be used: offer to choose another one. Returns the folder or ""."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_attention_title())
    box.setText(error.message(i18n.current()))
    choose = box.addButton(
        QCoreApplication.translate("Messages", "Choose another folder…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("Messages", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not choose:
        return ""
    return QFileDialog.getExistingDirectory(
        None, QCoreApplication.translate("Messages", "Choose a folder for the app's data")
    )
