"""Export a case to a ``.dchcase`` bundle, and import one as a new case, with an optional passphrase.

The window adds both to its File menu. The import dialog emits ``imported(case_id)``
after a case has been added, so the window can list and open it.

The writing and reading (large evidence files, scrypt) run on a worker thread
(:mod:`desktop.ui.cases.bundle_worker`) behind a progress bar, with the form locked.
Cancel then stops the work, and the store's own clean-up leaves nothing behind: no
partial bundle, no half-made case. Closing the dialog meanwhile cancels too, and it
closes once the work has stopped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import passphrase as passphrase_rules
from desktop.domain.errors import UserError
from desktop.store.bundle.bundles import SUFFIX, needs_passphrase
from desktop.store.cases import CaseRepository
from desktop.ui.cases.bundle_worker import STEPS, BundleTask, export_work, import_work
from desktop.ui.common import messages
from desktop.ui.common.accessible import name_fields_from_labels, tab_in_reading_order
from desktop.ui.common.form_parts import ERROR_STYLE
from desktop.ui.common.jobs import BUG


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _BundleDialog(QDialog):
    """What both dialogs share: the work on a worker thread behind a progress bar, and a Cancel that stops it."""

    def _work_area(self, buttons: QDialogButtonBox, action: QPushButton, act) -> QWidget:
        """The status line and progress bar (hidden until the work starts); wires ``act`` and Cancel."""
        self.action_button = action
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.task = BundleTask(self)
        self.task.progress.connect(self._show_progress)
        self._close_when_done = False
        self.status = QLabel()
        self.status.setObjectName("bundleStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("bundleProgress")
        self.progress.hide()
        buttons.accepted.connect(act)
        buttons.rejected.connect(self._cancel_clicked)
        area = QWidget()
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        return area

    def _run(self, work, text: str):
        """Run ``work`` off the UI thread with the form locked; returns ``(True, result)`` or ``(False, why)``."""
        self._close_when_done = False
        self._say(text)
        self.progress.setRange(0, 0)  # busy until the first report of progress
        self.progress.show()
        self.form_box.setEnabled(False)
        self.action_button.setEnabled(False)
        try:
            return self.task.run(work)
        finally:
            self.progress.hide()
            self.form_box.setEnabled(True)
            self.action_button.setEnabled(True)
            self.cancel_button.setEnabled(True)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if problem else "")
        self.status.setVisible(bool(text))

    def _show_progress(self, steps: int) -> None:
        if self.progress.maximum() == 0:
            self.progress.setRange(0, STEPS)
        self.progress.setValue(steps)

    def _failed(self, why, cancelled: str) -> None:
        """After the work failed: close if asked to, or say it was cancelled, or explain the error."""
        if why is None:
            if self._close_when_done:
                super().reject()
            else:
                self._say(cancelled, problem=True)
            return
        self._say("")
        if why is BUG:
            messages.show_bug(self)
            return
        messages.show_error(self, why)
        if isinstance(why, UserError) and why.field == "passphrase" and self.passphrase.isEnabled():
            self.passphrase.selectAll()
            self.passphrase.setFocus()

    def _cancel_clicked(self) -> None:
        if not self.task.running:
            self.reject()
            return
        self.task.cancel()
        self.cancel_button.setEnabled(False)
        self._say(QCoreApplication.translate("BundleProgress", "Cancelling… nothing will be kept."))

    def reject(self) -> None:
        if self.task.running:  # Esc or the window's close button: stop the work, close once it has stopped
            self._close_when_done = True
            self._cancel_clicked()
            return
        super().reject()


class ExportBundleDialog(_BundleDialog):
    """Choose where to write the case's bundle and whether to protect it; ``result_path`` once written."""

    def __init__(self, parent: QWidget | None, cases: CaseRepository, case_id: str, alias: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("ExportBundleDialog")
        self.setWindowTitle(self.tr("Export the case to a file"))
        self.cases = cases
        self.case_id = case_id
        self.alias = alias
        self.result_path: Path | None = None
        intro = QLabel(self.tr(
            "The file holds all of this case's records and evidence files. Take it with you (for example on a "
            "USB stick) and import it on another computer."))
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("bundlePath")
        default = Path.home() / f"{alias or case_id}{SUFFIX}"
        self.path_edit.setText(str(default))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        self.protect = QCheckBox(self.tr("Protect the file with a passphrase"))
        self.protect.setObjectName("protectBundle")
        self.protect.setChecked(True)
        self.passphrase = _password_field("bundlePassphrase")
        self.repeat = _password_field("bundlePassphraseRepeat")
        warning = QLabel(self.tr(
            "Use at least %1 characters: three or four unrelated words with spaces between them, plus a digit. "
            "Not a name, a birthday or a phone number. Without the passphrase nobody, not even the legal-aid "
            "desk, can open the file: keep it somewhere safe, apart from the file.")
            .replace("%1", str(passphrase_rules.MIN_LENGTH)))
        warning.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.protect)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        form.addRow(warning)
        self.form_box = QWidget()
        self.form_box.setLayout(form)
        self.protect.toggled.connect(self.passphrase.setEnabled)
        self.protect.toggled.connect(self.repeat.setEnabled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        work_area = self._work_area(buttons, self.export_button, self.export)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form_box)
        layout.addWidget(work_area)
        layout.addWidget(buttons)
        tab_in_reading_order(buttons)
        name_fields_from_labels(self)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the case to a file"), self.path_edit.text(),
                                              self.tr("Case bundle (*.dchcase)"))
        if name:
            self.path_edit.setText(name)

    def export(self) -> None:
        """Write the bundle on a worker thread; returns when it is written, failed or cancelled."""
        if self.task.running:
            return
        text = self.path_edit.text().strip()
        if not text:
            return
        target = Path(text)
        if target.suffix.lower() != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        passphrase = None
        if self.protect.isChecked():
            passphrase = self.passphrase.text()
            if passphrase != self.repeat.text():
                messages.show_error(self, UserError(
                    zh="两次输入的密码不一样，请重新输入。", en="The two passphrases are not the same; type them again.",
                    field="passphrase"))
                return
            try:
                passphrase_rules.check(passphrase, self.alias)
            except UserError as exc:
                messages.show_error(self, exc)
                self.passphrase.selectAll()
                self.passphrase.setFocus()
                return
        ok, result = self._run(export_work(self.cases, self.case_id, target, passphrase),
                               self.tr("Writing the case to “%1”…").replace("%1", str(target)))
        if not ok:
            self._failed(result, self.tr("The export was cancelled. No file was written."))
            return
        self._say("")
        self.result_path = result.path
        messages.show_info(self, self.tr("Exported"), self.tr("The case was saved to “%1” (%2 evidence files).")
                           .replace("%1", str(result.path)).replace("%2", str(result.files)))
        self.accept()


class ImportBundleDialog(_BundleDialog):
    """Choose a bundle (and its passphrase) and add it as a new case; emits ``imported(case_id)``."""

    imported = Signal(str)

    def __init__(self, parent: QWidget | None, cases: CaseRepository, source: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportBundleDialog")
        self.setWindowTitle(self.tr("Import a case from a file"))
        self.cases = cases
        self.imported_case_id = ""
        intro = QLabel(self.tr(
            "The file is checked completely before anything is written. It is added as a new case; no "
            "existing case is changed."))
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("bundlePath")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        self.passphrase = _password_field("bundlePassphrase")
        self.passphrase_note = QLabel(self.tr("This file is protected: enter its passphrase."))
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.passphrase_note)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        self.form_box = QWidget()
        self.form_box.setLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        work_area = self._work_area(buttons, self.import_button, self.do_import)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form_box)
        layout.addWidget(work_area)
        layout.addWidget(buttons)
        tab_in_reading_order(buttons)
        name_fields_from_labels(self)
        self.path_edit.textChanged.connect(self._update)
        if source is not None:
            self.path_edit.setText(str(source))
        self._update()

    def _update(self) -> None:
        text = self.path_edit.text().strip()
        locked = bool(text) and needs_passphrase(Path(text))
        self.passphrase.setEnabled(locked)
        self.passphrase_note.setVisible(locked)
        self.import_button.setEnabled(bool(text))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a case from a file"), str(Path.home()),
                                              self.tr("Case bundle (*.dchcase);;All files (*)"))
        if name:
            self.path_edit.setText(name)

    def do_import(self) -> None:
        """Check and add the bundle on a worker thread; returns when it is added, refused or cancelled."""
        text = self.path_edit.text().strip()
        if not text or self.task.running:
            return
        source = Path(text)
        passphrase = self.passphrase.text() if self.passphrase.isEnabled() else None
        ok, result = self._run(import_work(self.cases, source, passphrase or None),
                               self.tr("Checking and importing “%1”…").replace("%1", source.name))
        self._update()
        if not ok:
            self._failed(result, self.tr("The import was cancelled. No case was added."))
            return
        self._say("")
        self.imported_case_id = result.case_id
        text = self.tr("“%1” was added as a new case with %2 records.").replace("%1", result.alias) \
            .replace("%2", str(result.contacts))
        if not result.encrypted:
            text += "\n\n" + self.tr("This case bundle was not encrypted, so anyone could have changed it on the "
                                     "way. Its history can only be checked for internal consistency, which does "
                                     "not prove it was not changed.")
        if result.verify_problems:
            text += "\n\n" + self.tr("Note: checking its history found %1 problem(s), as they were when it was "
                                     "exported. Use “Verify” on the case to see them.") \
                .replace("%1", str(len(result.verify_problems)))
        messages.show_info(self, self.tr("Imported"), text)
        self.imported.emit(result.case_id)
        self.accept()
