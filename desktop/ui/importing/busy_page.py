"""The page both import dialogs show while a job runs: what is happening, a progress bar and Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget


class BusyPage(QWidget):
    """``label`` says what the job does, ``progress`` how far it is; ``cancel_button`` calls ``cancel``."""

    def __init__(self, cancel: Callable[[], None], cancel_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName(cancel_name)
        self.cancel_button.clicked.connect(cancel)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addStretch(2)
