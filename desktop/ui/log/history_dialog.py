"""Every saved version of one contact, oldest first, with its hash — nothing is ever overwritten."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
)

from desktop.store.contacts import ContactVersion
from desktop.ui.common import labels
from desktop.ui.common.screen_fit import fit_to_screen

_SKIP = ("uid", "version", "action", "saved_at")


class HistoryDialog(QDialog):
    def __init__(self, parent, contact_id: int, versions: list[ContactVersion]) -> None:
        super().__init__(parent)
        self.setObjectName("HistoryDialog")
        self.setWindowTitle(self.tr("History of record #%1").replace("%1", str(contact_id)))
        fit_to_screen(self, 760, 520)
        self.versions = versions
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Each save is kept as a new version. The fingerprint (SHA-256) of each version "
                              "also covers the one before it, so a changed version can be detected."))
        note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("versionList")
        self.list.setAccessibleName(self.tr("Versions"))
        actions = {"create": self.tr("created"), "edit": self.tr("edited"), "delete": self.tr("deleted"),
                   "restore": self.tr("restored")}
        for v in versions:
            self.list.addItem(f"{v.version}. {v.saved_at:%Y-%m-%d %H:%M:%S} {actions.get(v.action, v.action)} "
                              f"· {v.hash[:12]}…")
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("versionDetail")
        self.detail.setAccessibleName(self.tr("The chosen version"))
        self.detail.setReadOnly(True)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.detail)
        split.setSizes([280, 480])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(note)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        if versions:
            self.list.setCurrentRow(len(versions) - 1)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.versions):
            return
        v = self.versions[row]
        c = v.content
        names = {
            "occurred_at": self.tr("Time"), "channel": self.tr("How"), "direction": self.tr("Direction"),
            "answered": self.tr("Answered"), "number": self.tr("Number"), "claimed_org": self.tr("Organisation"),
            "claimed_name": self.tr("Name"), "claimed_staff_id": self.tr("Staff number"), "loan_id": self.tr("Loan"),
            "duration_s": self.tr("Length (seconds)"), "contacted_party": self.tr("Who was contacted"),
            "debt_disclosed": self.tr("Debt disclosed"), "summary": self.tr("What happened"),
            "threats": self.tr("Threats or demands"), "notes": self.tr("Notes"), "mood": self.tr("How I felt"),
            "marks": self.tr("My marks"), "third_parties": self.tr("Other people contacted"),
            "attachments": self.tr("Attachments (SHA-256)"), "reason": self.tr("Reason"),
        }
        lines = [self.tr("Fingerprint: %1").replace("%1", v.hash), ""]
        for key, name in names.items():
            value = c.get(key)
            if value is None or value == "" or value == [] or (value is False and key != "debt_disclosed"):
                continue
            if isinstance(value, bool):
                value = self.tr("Yes") if value else self.tr("No")
            elif key == "channel":
                value = labels.channel(value)
            elif key == "direction":
                value = labels.direction(value)
            elif key == "contacted_party":
                value = labels.relation(value)
            elif key == "third_parties":
                value = "; ".join(f"{labels.relation(p['relation'])} {p['name']} {p['number']}".strip() for p in value)
            elif isinstance(value, list):
                value = ", ".join(map(str, value))
            lines.append(f"{name}: {value}")
        self.detail.setPlainText("\n".join(lines))
