"""Desk mode settings: set, change or remove the passcode, and the idle minutes before the app locks itself.

``PasscodeDialog`` does one of the three passcode tasks; changing or removing
asks for the current passcode, with the same count of wrong tries as the lock
screen. ``DeskModeSettings`` is the group the Settings dialog shows.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.domain import passcode
from desktop.domain.errors import UserError
from desktop.settings import DESK_IDLE_MINUTES, Settings
from desktop.ui.desk.desk_mode import Attempt, PasscodeGate

SET, CHANGE, REMOVE = "set", "change", "remove"


class PasscodeDialog(QDialog):
    """Set a first passcode, change it, or remove it (the last two ask for the current one)."""

    def __init__(self, parent: QWidget | None, gate: PasscodeGate, mode: str) -> None:
        super().__init__(parent)
        self.setObjectName("PasscodeDialog")
        self.setMinimumWidth(460)
        self.gate = gate
        self.mode = mode
        titles = {
            SET: self.tr("Set a passcode"),
            CHANGE: self.tr("Change the passcode"),
            REMOVE: self.tr("Remove the passcode"),
        }
        self.setWindowTitle(titles[mode])
        layout = QVBoxLayout(self)
        if mode == REMOVE:
            intro = self.tr(
                "Without a passcode, anyone at this computer can unlock the screen with “Continue”."
            )
        else:
            intro = (
                self.tr(
                    "With a passcode the app starts locked, and it asks for the passcode before it shows any "
                    "case again: at start-up and whenever the screen is locked. Use %1 to %2 characters; "
                    "Chinese characters, letters, digits and symbols all work."
                )
                .replace("%1", str(passcode.MIN_LENGTH))
                .replace("%2", str(passcode.MAX_LENGTH))
            )
        text = QLabel(intro)
        text.setWordWrap(True)
        notice = QLabel(
            self.tr(
                "This passcode is a privacy screen for a shared computer. It does not encrypt the files on the "
                "disk: anyone who can open the data folder can still read them."
            )
        )
        notice.setObjectName("passcodeNotice")
        notice.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(notice)
        form = QFormLayout()
        self.current = self._field("currentEdit")
        self.new = self._field("newEdit")
        self.confirm = self._field("confirmEdit")
        if mode in (CHANGE, REMOVE):
            form.addRow(self.tr("Current passcode:"), self.current)
        if mode in (SET, CHANGE):
            form.addRow(self.tr("New passcode:"), self.new)
            form.addRow(self.tr("Type it again:"), self.confirm)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a33;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        (self.current if mode in (CHANGE, REMOVE) else self.new).setFocus()

    @staticmethod
    def _field(name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(256)
        return edit

    def _show(self, text: str, focus: QLineEdit) -> None:
        self.error.setText(text)
        self.error.show()
        focus.setFocus()

    def _accept(self) -> None:
        if self.mode in (SET, CHANGE) and self.new.text() != self.confirm.text():
            self.confirm.clear()
            self._show(self.tr("The two new passcodes are not the same. Please type it again."), self.confirm)
            return
        try:
            if self.mode == SET:
                self.gate.set_first(self.new.text())
                attempt = Attempt(ok=True)
            elif self.mode == CHANGE:
                attempt = self.gate.change(self.current.text(), self.new.text())
            else:
                attempt = self.gate.remove(self.current.text())
        except UserError as exc:
            self._show(exc.message(i18n.current()), self.new)
            return
        if not attempt.ok:
            self.current.clear()
            lines = [self.tr("The current passcode is not right.")] if attempt.checked else []
            if attempt.wait:
                lines.append(
                    self.tr("Too many wrong tries. Please wait %1 seconds, then try again.").replace(
                        "%1", str(attempt.wait)
                    )
                )
            self._show("\n".join(lines), self.current)
            return
        self.accept()


class DeskModeSettings(QGroupBox):
    """The Settings dialog's desk mode group: passcode buttons (they act at once) and idle minutes (on OK)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DeskModeSettings")
        self.setTitle(self.tr("Desk mode (a computer shared by several clients)"))
        self.settings = settings
        self.gate = PasscodeGate(settings)
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("passcodeStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        self.set_button = QPushButton(self.tr("Set a passcode…"))
        self.set_button.setObjectName("setPasscodeButton")
        self.change_button = QPushButton(self.tr("Change the passcode…"))
        self.change_button.setObjectName("changePasscodeButton")
        self.remove_button = QPushButton(self.tr("Remove the passcode…"))
        self.remove_button.setObjectName("removePasscodeButton")
        for button, mode in (
            (self.set_button, SET),
            (self.change_button, CHANGE),
            (self.remove_button, REMOVE),
        ):
            button.clicked.connect(lambda _=False, m=mode: self.open_dialog(m))
            row.addWidget(button)
        row.addStretch(1)
        self.idle = QSpinBox()
        self.idle.setObjectName("idleMinutesSpin")
        self.idle.setRange(DESK_IDLE_MINUTES.minimum, DESK_IDLE_MINUTES.maximum)
        self.idle.setSpecialValueText(self.tr("Never"))
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(settings.get(DESK_IDLE_MINUTES))
        form = QFormLayout()
        form.addRow(self.tr("Lock by itself after this many idle minutes:"), self.idle)
        notice = QLabel(
            self.tr(
                "This passcode is a privacy screen for a shared computer. It does not encrypt the files on the "
                "disk: anyone who can open the data folder can still read them."
            )
        )
        notice.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(notice)
        self._show_state()

    def _show_state(self) -> None:
        has = self.gate.is_set()
        short = self.gate.too_short()
        if short:
            text = self.tr(
                "The passcode is shorter than %1 characters, which is too easy to guess. "
                "Please change it to a new one of at least %1 characters."
            ).replace("%1", str(passcode.MIN_LENGTH))
        elif has:
            text = self.tr("A passcode is set: the app starts locked and asks for it before it shows any case.")
        else:
            text = self.tr("No passcode is set: anyone can unlock the screen with “Continue”.")
        self.status.setText(text)
        self.status.setStyleSheet("color: #a33;" if short else "")
        self.set_button.setVisible(not has)
        self.change_button.setVisible(has)
        self.remove_button.setVisible(has)

    def open_dialog(self, mode: str) -> bool:
        accepted = bool(PasscodeDialog(self, self.gate, mode).exec())
        self._show_state()
        return accepted

    def chosen_idle_minutes(self) -> int:
        return self.idle.value()

    def apply(self) -> None:
        """Keep the idle minutes (call when the Settings dialog is accepted; passcode changes are kept at once)."""
        self.settings.set(DESK_IDLE_MINUTES, self.idle.value())
