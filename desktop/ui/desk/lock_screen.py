"""What the window shows while locked: nothing of any case — and, in desk mode, a passcode field.

Without a gate or without a passcode the Continue button unlocks at once. With
a passcode set (desk mode, ``desktop.ui.desk.desk_mode``) the button checks it
first; wrong tries are counted and, after a few, the button waits with a
countdown. ``unlock_requested`` is emitted only when unlocking may proceed.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class Gate(Protocol):
    def is_set(self) -> bool: ...
    def wait_seconds(self) -> int: ...
    def try_passcode(self, text: str): ...  # -> desk_mode.Attempt


class LockScreen(QWidget):
    unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt  # built only on lock, after the first paint

        self.setObjectName("LockScreen")
        self._gate: Gate | None = None
        self._asking = False
        self._last_wrong = False
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("The screen is locked"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)
        text = QLabel(self.tr("No case is shown while the screen is locked. Records are kept safely."))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        self.passcode_label = QLabel(self.tr("Enter the passcode to continue:"))
        self.passcode_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passcode_edit = QLineEdit()
        self.passcode_edit.setObjectName("passcodeEdit")
        self.passcode_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passcode_edit.setMaxLength(256)
        self.passcode_edit.setMinimumWidth(300)
        self.passcode_edit.setMinimumHeight(36)
        self.passcode_label.setBuddy(self.passcode_edit)
        self.passcode_edit.returnPressed.connect(self._on_button)
        self.message = QLabel()
        self.message.setObjectName("lockMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a33;")
        self.button = QPushButton(self.tr("Continue"))
        self.button.setObjectName("unlockButton")
        self.button.setMinimumHeight(44)
        self.button.setMinimumWidth(160)
        self.button.clicked.connect(self._on_button)
        self.notice = QLabel(
            self.tr(
                "This passcode is a privacy screen for a shared computer. It does not encrypt the files on the "
                "disk: anyone who can open the data folder can still read them."
            )
        )
        self.notice.setObjectName("passcodeNotice")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        self.forgot = QLabel(self.tr("Forgot the passcode? The computer's administrator can reset it."))
        self.forgot.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.forgot.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(16)
        layout.addWidget(self.passcode_label)
        layout.addWidget(self.passcode_edit, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.message)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addWidget(self.notice)
        layout.addWidget(self.forgot)
        layout.addStretch(2)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.refresh()

    def set_gate(self, gate: Gate | None) -> None:
        """Ask ``gate`` for a passcode before unlocking (desk mode); None: Continue unlocks at once."""
        self._gate = gate
        self.refresh()

    def asking_for_passcode(self) -> bool:
        return self._asking

    def refresh(self) -> None:
        """Show the passcode field or the plain Continue button, as settings now say; forget what was typed."""
        self._asking = self._gate is not None and self._gate.is_set()
        self._last_wrong = False
        self.passcode_edit.clear()
        for widget in (self.passcode_label, self.passcode_edit, self.notice, self.forgot, self.message):
            widget.setVisible(self._asking)
        self.button.setText(self.tr("Unlock") if self._asking else self.tr("Continue"))
        self._countdown.stop()
        self._tick()
        if self._asking and self.isVisible():
            self.passcode_edit.setFocus()

    def _on_button(self) -> None:
        gate = self._gate
        if gate is None or not gate.is_set():
            if self._asking:  # the passcode was removed meanwhile
                self.refresh()
            self.unlock_requested.emit()
            return
        if not self._asking:  # a passcode was set while the screen was locked
            self.refresh()
            return
        text = self.passcode_edit.text()
        self.passcode_edit.clear()
        from PySide6.QtCore import Qt

        # The check is deliberately slow (about a third of a second): show that it is working.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            attempt = gate.try_passcode(text)
        finally:
            QApplication.restoreOverrideCursor()
        if attempt.ok:
            self._last_wrong = False
            self.message.clear()
            self.unlock_requested.emit()
            return
        self._last_wrong = self._last_wrong or attempt.checked
        self._tick()

    def _wait_text(self, seconds: int) -> str:
        if seconds == 1:
            return self.tr("Too many wrong tries. Please wait 1 second.")
        return self.tr("Too many wrong tries. Please wait %1 seconds.").replace("%1", str(seconds))

    def _tick(self) -> None:
        """Say what happened; while wrong tries make the button wait, count down."""
        wait = self._gate.wait_seconds() if self._asking and self._gate is not None else 0
        self.button.setEnabled(wait == 0)
        self.passcode_edit.setEnabled(wait == 0)
        lines = [self.tr("Wrong passcode. Please try again.")] if self._last_wrong else []
        if wait:
            lines.append(self._wait_text(wait))
            if not self._countdown.isActive():
                self._countdown.start()
        elif self._countdown.isActive():
            self._countdown.stop()
            lines = [self.tr("You can try again now.")]
            self.passcode_edit.setFocus()
        self.message.setText("\n".join(lines))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.passcode_edit.clear()  # nothing typed lingers while the window is in use
        super().hideEvent(event)
