"""What the window shows while locked: nothing of any case."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class LockScreen(QWidget):
    unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LockScreen")
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
        self.button = QPushButton(self.tr("Continue"))
        self.button.setObjectName("unlockButton")
        self.button.setMinimumHeight(44)
        self.button.clicked.connect(self.unlock_requested)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
