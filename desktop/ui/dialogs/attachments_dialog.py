"""A record's attachments: name, size, when added, fingerprint, and whether the file is intact."""

from __future__ import annotations

import shutil
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from desktop.domain.evidence import MISSING, OK, Attachment
from desktop.store.evidence import EvidenceRepository
from desktop.ui.screen_fit import fit_to_screen


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


class AttachmentsDialog(QDialog):
    def __init__(self, parent, evidence: EvidenceRepository, files: list[Attachment]) -> None:
        super().__init__(parent)
        self.setObjectName("AttachmentsDialog")
        self.setWindowTitle(self.tr("Attachments"))
        fit_to_screen(self, 640, 360)
        self.evidence = evidence
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Files are kept unchanged in the case folder. Open them with the usual program."))
        note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("attachmentList")
        states = {OK: self.tr("intact"), MISSING: self.tr("MISSING"), "altered": self.tr("CHANGED since it was added")}
        for att in files:
            state = evidence.status(att)
            item = QListWidgetItem(f"{att.original_name} · {human_size(att.size)} · "
                                   f"{att.added_at:%Y-%m-%d %H:%M} · {states[state]}")
            item.setToolTip(f"SHA-256: {att.sha256}")
            item.setData(256, att)
            item.setData(257, state)
            self.list.addItem(item)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(buttons)
        if files:
            self.list.setCurrentRow(0)

    def open_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or item.data(257) == MISSING:
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(viewing_copy(self.evidence, item.data(256)))))


def viewing_copy(evidence: EvidenceRepository, att: Attachment) -> Path:
    """A read-only copy under its original name, so the system viewer knows the file type.

    The evidence file itself is named by its SHA-256 (no extension) and is never
    handed to another program, which could change it.
    """
    safe_name = "".join(ch for ch in att.original_name if ch not in '<>:"/\\|?*\x00') or "file"
    folder = Path(tempfile.gettempdir()) / "DebtCallHelper-view" / att.sha256[:16]
    target = folder / safe_name
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(evidence.path(att), target)
        target.chmod(stat.S_IREAD)
    return target
