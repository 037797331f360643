"""Every message box of the app goes through here: one tone, one place to translate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop import i18n
from desktop.domain.errors import UserError

if TYPE_CHECKING:  # the widgets load with the first box: the window imports this module before it paints
    from PySide6.QtWidgets import QMessageBox, QWidget


def _attention_title() -> str:
    return QCoreApplication.translate("Messages", "Something needs your attention")


def _box(parent: QWidget | None, icon: str, title: str, text: str) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(getattr(QMessageBox.Icon, icon))
    box.setWindowTitle(title)
    box.setText(text)
    return box


def show_error(parent: QWidget | None, error: UserError, title: str | None = None) -> None:
    """A calm explanation of what went wrong and how to fix it."""
    _box(parent, "Warning", title or _attention_title(), error.message(i18n.current())).exec()


def show_bug(parent: QWidget | None) -> None:
    """A short apology for a fault in the app itself; the details went to the log without personal data."""
    text = QCoreApplication.translate(
        "Messages",
        "Sorry, something went wrong inside the app. What you saved before is safe. "
        "Please try again; if it keeps happening, tell the legal-aid desk.",
    )
    _box(parent, "Warning", QCoreApplication.translate("Messages", "Sorry"), text).exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, "Information", title, text).exec()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something that cannot be undone; the safe choice is the default."""
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, "Question", title, text)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("Messages", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is go


def pick_other_data_folder(error: UserError) -> str:
    """The data folder cannot be used: offer to choose another one. Returns the folder or ""."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    box = _box(None, "Warning", _attention_title(), error.message(i18n.current()))
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
