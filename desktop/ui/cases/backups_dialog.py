"""A case's backups: when each was made, why, how many records it holds; back up now; restore one.

Restoring replaces the case's file, so the window must close the case first:
the dialog emits ``about_to_restore(case_id)`` (connect it directly to the code
that closes the open case) and ``restored(case_id)`` afterwards, whether the
restore worked or not, so the window can open the case again.

:func:`offer_recovery` is the calm question asked when a case's file turns out
to be damaged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.domain.sizes import human_size
from desktop.store.cases import CaseRepository
from desktop.store.safety.backups import (
    BEFORE_IMPORT,
    BEFORE_MIGRATION,
    BEFORE_RESTORE,
    DAILY,
    MANUAL,
    BackupInfo,
    back_up_case,
    list_backups,
)
from desktop.store.safety.restore import restore
from desktop.ui.common import messages
from desktop.ui.common.accessible import tab_in_reading_order
from desktop.ui.common.screen_fit import fit_to_screen

_PATH_ROLE = Qt.ItemDataRole.UserRole


def reason_label(reason: str) -> str:
    labels = {
        DAILY: QCoreApplication.translate("BackupsDialog", "Daily (automatic)"),
        BEFORE_IMPORT: QCoreApplication.translate("BackupsDialog", "Before an import"),
        BEFORE_MIGRATION: QCoreApplication.translate("BackupsDialog", "Before an update of the app"),
        BEFORE_RESTORE: QCoreApplication.translate("BackupsDialog", "Before a restore"),
        MANUAL: QCoreApplication.translate("BackupsDialog", "Made by you"),
    }
    return labels.get(reason, reason)


class BackupsDialog(QDialog):
    about_to_restore = Signal(str)
    restored = Signal(str)

    def __init__(self, parent: QWidget | None, cases: CaseRepository, case_id: str) -> None:
        super().__init__(parent)
        self.setObjectName("BackupsDialog")
        self.setWindowTitle(self.tr("Backups of this case"))
        fit_to_screen(self, 680, 400)
        self.cases = cases
        self.case_id = case_id
        self.case_dir = cases.data_dir.case_dir(case_id)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "A copy of this case's records is made every day it is opened, and before an import or a restore. "
            "Evidence files are never changed, so the copies do not need them."))
        note.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setObjectName("backupList")
        self.table.setAccessibleName(self.windowTitle())
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("Made on"), self.tr("Why"), self.tr("Records"), self.tr("Size")])
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("There are no backups of this case yet."))
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.restore_button = QPushButton(self.tr("Restore this backup…"))
        self.restore_button.setObjectName("restoreBackup")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        tab_in_reading_order(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.table.clear()
        self.backups = list_backups(self.case_dir)
        for info in self.backups:
            records = self.tr("unreadable") if info.contacts is None else str(info.contacts)
            item = QTreeWidgetItem([f"{info.made_at:%Y-%m-%d %H:%M}", reason_label(info.reason), records,
                                    human_size(info.size)])
            item.setData(0, _PATH_ROLE, info)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, info.path.name)
            self.table.addTopLevelItem(item)
        self.empty.setVisible(not self.backups)
        if self.backups:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        item = self.table.currentItem()
        return item.data(0, _PATH_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.usable)

    def back_up_now(self) -> None:
        try:
            back_up_case(self.cases, self.case_id, MANUAL)
        except UserError as exc:
            messages.show_error(self, exc)
        self.refresh()

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or not info.usable:
            return
        if not messages.confirm(
            self,
            self.tr("Restore this backup?"),
            self.tr("Go back to the backup of %1 with %2 records? What is in the case now is first saved as "
                    "another backup, so nothing is lost.")
            .replace("%1", f"{info.made_at:%Y-%m-%d %H:%M}").replace("%2", str(info.contacts)),
            self.tr("Restore"),
        ):
            return
        self.about_to_restore.emit(self.case_id)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = restore(self.case_dir, info.path)
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            messages.show_error(self, exc)
        else:
            QApplication.restoreOverrideCursor()
            messages.show_info(self, self.tr("Restored"), self.tr(
                "The case now holds the %1 records of the backup of %2.")
                .replace("%1", str(result.contacts)).replace("%2", f"{info.made_at:%Y-%m-%d %H:%M}"))
        finally:
            self.restored.emit(self.case_id)
        self.refresh()


def offer_recovery(parent: QWidget | None, cases: CaseRepository, case_id: str, error: UserError) -> bool:
    """``error`` stopped the case from opening. If its file is damaged, offer a repair or the newest good backup.

    Shows ``error`` itself when the file is not damaged (too new, not writable …).
    Returns True when the case was recovered and can be opened again.
    """
    from desktop.store.safety.recovery import is_damaged, plan_recovery, recover

    case_dir = cases.data_dir.case_dir(case_id)
    if not is_damaged(case_dir / "case.db"):
        messages.show_error(parent, error)
        return False
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        plan = plan_recovery(case_dir)
    finally:
        QApplication.restoreOverrideCursor()
    if not plan.possible:
        result = recover(case_dir, plan=plan)  # changes nothing; says why
        messages.show_error(parent, UserError(zh=result.zh, en=result.en))
        return False
    if not messages.confirm(parent, QCoreApplication.translate("Recovery", "This case's file is damaged"),
                            *_recovery_question(plan)):
        plan.discard()
        return False
    try:
        result = recover(case_dir, plan=plan)
    except UserError as exc:
        messages.show_error(parent, exc)
        return False
    kept = result.damaged_kept.name if result.damaged_kept else "-"
    if result.repaired:
        messages.show_info(parent, QCoreApplication.translate("Recovery", "Case repaired"), QCoreApplication.translate(
            "Recovery", "The case was repaired and all %1 records were kept. The damaged file was kept as “%2”.")
            .replace("%1", str(result.contacts)).replace("%2", kept))
    elif result.recovered:
        messages.show_info(parent, QCoreApplication.translate("Recovery", "Case restored"), QCoreApplication.translate(
            "Recovery", "The case was restored from the backup of %1 (%2 records). The damaged file was kept as "
            "“%3”; anything recorded after that backup may need to be entered again.")
            .replace("%1", f"{result.backup.made_at:%Y-%m-%d %H:%M}").replace("%2", str(result.contacts))
            .replace("%3", kept))
    return result.recovered


def _recovery_question(plan) -> tuple[str, str]:
    """The question's text and its button: a repair that keeps everything, or the backup and its date."""
    if plan.salvaged is not None:
        return (
            QCoreApplication.translate(
                "Recovery", "This case's file is damaged and cannot be opened as it is, but all %1 records in it "
                "can still be read. Repair the case? The damaged file will be kept, not deleted.")
            .replace("%1", str(plan.salvaged.contacts)),
            QCoreApplication.translate("Recovery", "Repair the case"),
        )
    return (
        QCoreApplication.translate(
            "Recovery", "This case's file is damaged and cannot be opened. The damaged file will be kept, not "
            "deleted. Restore the case from the backup of %1 with %2 records?")
        .replace("%1", f"{plan.backup.made_at:%Y-%m-%d %H:%M}").replace("%2", str(plan.backup.contacts)),
        QCoreApplication.translate("Recovery", "Restore from the backup"),
    )
