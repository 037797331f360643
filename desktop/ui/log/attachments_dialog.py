"""A record's attachments: name, size, when added, fingerprint, and whether the file is intact.

"Open" hands a temporary copy to the system's viewer, and only for the kinds of file
evidence comes in (recordings, pictures, videos, PDF, text — the list is
``OPENABLE_TYPES``), judged by the real extension of the copy's name. A file of any
other kind could run a program when opened, which a bundle from someone else must
never be able to do: the user is told so and may show the folder instead. Names
are shown with hidden characters made visible (a U+202E can make "…3pm.bat" look
like "…tab.mp3").
"""

from __future__ import annotations

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

from desktop.domain.errors import UserError
from desktop.domain.evidence import (
    ALTERED,
    INVALID,
    MISSING,
    OK,
    Attachment,
    display_name,
    file_name,
    openable_kind,
    real_extension,
)
from desktop.domain.sizes import human_size
from desktop.store.evidence import EvidenceRepository, damaged_record
from desktop.store.viewing_copies import viewing_root
from desktop.ui.common import messages
from desktop.ui.common.choice import ask
from desktop.ui.common.screen_fit import fit_to_screen


class AttachmentsDialog(QDialog):
    def __init__(self, parent, evidence: EvidenceRepository, files: list[Attachment], data_root: Path) -> None:
        """``data_root``: the data folder, whose own temp sub-folder holds the viewing copies."""
        super().__init__(parent)
        self.setObjectName("AttachmentsDialog")
        self.setWindowTitle(self.tr("Attachments"))
        fit_to_screen(self, 640, 360)
        self.evidence = evidence
        self.viewing_root = viewing_root(data_root)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "Files are kept unchanged in the case folder. “Open” shows a temporary copy with the usual program. "
            "The copies are deleted when you switch to another case, delete the case, lock the app or quit; a copy "
            "that a program still holds open is deleted the next time the app starts. Only recordings, pictures, "
            "videos, PDF and text files are opened; for other kinds of file the app can show the folder instead."))
        note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("attachmentList")
        self.list.setAccessibleName(self.tr("Attached files"))
        states = {OK: self.tr("intact"), MISSING: self.tr("MISSING"), ALTERED: self.tr("CHANGED since it was added"),
                  INVALID: self.tr("DAMAGED RECORD: cannot be opened")}
        for att in files:
            state = evidence.status(att)
            item = QListWidgetItem(f"{display_name(att.original_name)} · {human_size(att.size)} · "
                                   f"{att.added_at:%Y-%m-%d %H:%M} · {states[state]}")
            # A damaged record's "hash" may be anything: it is not shown.
            item.setToolTip(f"SHA-256: {att.sha256}" if state != INVALID else states[state])
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
        if item is None:
            return
        att, state = item.data(256), item.data(257)
        if state == INVALID:
            messages.show_error(self, damaged_record(att))
            return
        if state == MISSING:
            messages.show_error(self, UserError(
                zh=f"附件“{display_name(att.original_name)}”的文件不在案件的证据文件夹里，无法打开。",
                en=f"The file of the attachment “{display_name(att.original_name)}” is not in the case's "
                "evidence folder, so it cannot be opened."))
            return
        if openable_kind(att.original_name) is None:
            self._refuse(att)
            return
        try:
            copy = self.evidence.viewing_copy(att, self.viewing_root)
        except UserError as exc:
            messages.show_error(self, exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def _refuse(self, att: Attachment) -> None:
        """Not a kind of file evidence comes in: say why it is not opened; offer its folder instead."""
        ext = real_extension(file_name(att.original_name))
        kind = (self.tr("It is a “.%1” file.").replace("%1", ext) if ext
                else self.tr("Its name has no file type (extension)."))
        text = self.tr(
            "“%1” was not opened.\n\n%2 The app opens only recordings, pictures, videos, PDF and text files. "
            "Other kinds of file can run a program on this computer when opened, so a file received from "
            "someone else could harm it.\n\nIf you know where the file comes from and trust it, you can show "
            "it in its folder and decide there."
        ).replace("%1", display_name(att.original_name)).replace("%2", kind)
        answer = ask(self, self.tr("This file was not opened"), text,
                     [("folder", self.tr("Show in folder"), "accept"), ("close", self.tr("Do not open"), "reject")],
                     default="close")
        if answer != "folder":
            return
        try:
            copy = self.evidence.viewing_copy(att, self.viewing_root)
        except UserError as exc:
            messages.show_error(self, exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy.parent)))  # the folder, never the file
