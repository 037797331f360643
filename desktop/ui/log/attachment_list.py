"""Files kept with a contact: those already stored, with their check result, and new ones to add.

A stored file whose copy is missing or no longer matches its hash, or whose record
is damaged, is shown in red *and* with a word ("missing", "changed", "damaged"),
so colour is never the only sign.
New files are only chosen here; the caller copies them into the evidence
folder after the contact is saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.evidence import PROBLEM_STATES, display_name
from desktop.ui.common.form_parts import BIG_TARGET_PX, ERROR_COLOUR

PROBLEM_COLOUR = QColor(ERROR_COLOUR)


def choose_files(parent: QWidget, title: str) -> list[str]:
    """The system file picker (tests replace this function)."""
    paths, _filter = QFileDialog.getOpenFileNames(parent, title)
    return paths


class AttachmentList(QWidget):
    changed = Signal()

    def __init__(self, stored=(), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AttachmentList")
        self._new: list[Path] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("attachmentList")
        self.list.setAccessibleName(self.tr("Attached files"))
        self.list.setMinimumHeight(90)
        self.list.setMaximumHeight(160)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add files (recording, screenshot, photo, PDF)…"))
        self.add_button.setObjectName("addFilesButton")
        self.remove_button = QPushButton(self.tr("Remove the chosen new file"))
        self.remove_button.setObjectName("removeFileButton")
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
            button.setMinimumHeight(BIG_TARGET_PX)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(self._remove)
        self.list.currentRowChanged.connect(self._update_buttons)
        for name, size, status in stored:
            self._add_item(self._stored_text(name, size, status), status in PROBLEM_STATES, None)
        self._update_buttons()

    def _stored_text(self, name: str, size: int, status: str) -> str:
        words = {
            "ok": self.tr("checked, unchanged"),
            "missing": self.tr("MISSING: the saved copy is not in the evidence folder"),
            "altered": self.tr("CHANGED: the saved copy no longer matches the original"),
            "invalid": self.tr("DAMAGED RECORD: the case file's entry for it is not valid"),
        }
        # Hidden characters made visible: a U+202E can make "…3pm.bat" look like "…tab.mp3".
        return f"{display_name(name)} — {_size(size)} — {words.get(status, status)}"

    def _add_item(self, text: str, problem: bool, path: Path | None) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, str(path) if path is not None else None)
        if problem:
            item.setForeground(QBrush(PROBLEM_COLOUR))
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.list.addItem(item)

    def add_files(self, paths) -> None:
        """Add ``paths`` as new files (a file already in the list is not added twice)."""
        for raw in paths:
            path = Path(raw)
            if path in self._new:
                continue
            self._new.append(path)
            try:
                size = _size(path.stat().st_size)
            except OSError:
                size = "?"
            self._add_item(
                self.tr("%1 — %2 — new, added when you save").replace("%1", display_name(path.name)).replace("%2", size),
                False,
                path,
            )
        self._update_buttons()
        self.changed.emit()

    def new_files(self) -> list[Path]:
        return list(self._new)

    def _choose(self) -> None:
        self.add_files(choose_files(self, self.tr("Choose files to keep with this contact")))

    def _remove(self) -> None:
        item = self.list.currentItem()
        path = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if path is None:
            return
        self._new.remove(Path(path))
        self.list.takeItem(self.list.row(item))
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        self.remove_button.setEnabled(item is not None and item.data(Qt.ItemDataRole.UserRole) is not None)


def _size(size: int) -> str:
    return QLocale().formattedDataSize(max(0, int(size)), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
