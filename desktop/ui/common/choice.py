"""A question with a few named answers, the safe one the default (used by the contact forms).

``messages.confirm`` offers only "do it / Cancel"; leaving a form needs answers
such as "Keep editing" and "Keep the draft for later", whose wording matters to
someone upset. Escape and the window's close button give the default answer.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

ROLES = {
    "accept": QMessageBox.ButtonRole.AcceptRole,
    "destructive": QMessageBox.ButtonRole.DestructiveRole,
    "reject": QMessageBox.ButtonRole.RejectRole,
}


def ask(
    parent: QWidget | None, title: str, text: str, answers: list[tuple[str, str, str]], default: str
) -> str:
    """Show ``text`` with a button per ``(key, label, role)``; return the key chosen (``default`` on Escape)."""
    box = QMessageBox(parent)
    box.setObjectName("choiceBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    buttons = {}
    for key, label, role in answers:
        button = box.addButton(label, ROLES[role])
        button.setObjectName(f"answer_{key}")
        buttons[key] = button
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons[default])
    box.exec()
    clicked = box.clickedButton()
    return next((key for key, button in buttons.items() if button is clicked), default)
