"""案件概况 — the open case at a glance: its name, when it was opened, where it lives, and notes.

Notes save themselves shortly after typing stops, when the tab loses focus and
when the case is closed, so nothing typed is lost.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.domain.errors import UserError
from desktop.ui.common import messages
from desktop.ui.context import AppContext

if TYPE_CHECKING:
    from desktop.store.session import CaseSession

AUTOSAVE_MS = 800


class CaseTab(QWidget):
    def __init__(self, ctx: AppContext, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session: CaseSession | None = session
        self.case = case = session.case
        self.setObjectName("CaseTab")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.alias_label = QLabel(case.alias)
        self.alias_label.setObjectName("caseAlias")
        self.alias_label.setWordWrap(True)
        created = QLabel(case.created_at.strftime("%Y-%m-%d %H:%M"))
        folder = QLabel(str(ctx.cases.data_dir.case_dir(case.id)))
        folder.setWordWrap(True)
        # Selectable (to copy the path) from the next turn of the event loop: its flag is an enum of
        # PySide's Qt namespace, whose first use builds ~100 enum types (~15 ms) the case on screen
        # does not otherwise need. No click can come before that turn.
        QTimer.singleShot(0, lambda: _selectable(folder))
        form.addRow(self.tr("Case name:"), self.alias_label)
        form.addRow(self.tr("Opened on:"), created)
        form.addRow(self.tr("Stored in:"), folder)
        layout.addLayout(form)
        notes_label = QLabel(self.tr("Notes (saved automatically, kept only on this computer):"))
        self.notes = QPlainTextEdit(case.notes)
        self.notes.setObjectName("caseNotes")
        self.notes.setPlaceholderText(
            self.tr("For example: which loans, what worries the client most, what to do next.")
        )
        notes_label.setBuddy(self.notes)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        layout.addWidget(notes_label)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.saved_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save)
        self.notes.textChanged.connect(self._on_changed)

    def _on_changed(self) -> None:
        self.saved_label.setText(self.tr("Saving…"))
        self._timer.start()

    def save(self) -> None:
        """Write the notes now if they changed."""
        self._timer.stop()
        text = self.notes.toPlainText()
        if self.session is None:  # the case is closed (its notes were saved before it closed)
            return
        if text == self.case.notes:
            self.saved_label.setText(self.tr("Saved"))
            return
        try:
            self.case = self.session.set_notes(text)
        except UserError as exc:
            self.saved_label.setText(self.tr("Not saved"))
            messages.show_error(self, exc)
            return
        self.saved_label.setText(self.tr("Saved"))

    def close_case(self) -> None:
        """The case is closing: nothing more is saved through its session (focus leaving later, a timer)."""
        self._timer.stop()
        self.session = None

    def set_alias(self, alias: str) -> None:
        self.alias_label.setText(alias)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.save()
        super().focusOutEvent(event)


def _selectable(label: QLabel) -> None:
    from PySide6.QtCore import Qt

    with contextlib.suppress(RuntimeError):  # the tab was closed already
        label.setTextInteractionFlags(label.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
