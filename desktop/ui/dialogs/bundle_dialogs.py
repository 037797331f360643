"""Export a case to a ``.dchcase`` bundle, and import one as a new case, with an optional passphrase.

The window adds both to its File menu. The import dialog emits ``imported(case_id)``
after a case has been added, so the window can list and open it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.store.bundles import MIN_PASSPHRASE, SUFFIX, export_bundle, import_bundle, needs_passphrase
from desktop.store.cases import CaseRepository
from desktop.ui import messages


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _Busy:
    """A wait cursor while a bundle is written or read (the work is on this thread)."""

    def __enter__(self):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc):
        QApplication.restoreOverrideCursor()


class ExportBundleDialog(QDialog):
    def __init__(self, parent: QWidget | None, cases: CaseRepository, case_id: str, alias: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("ExportBundleDialog")
        self.setWindowTitle(self.tr("Export the case to a file"))
        self.cases = cases
        self.case_id = case_id
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
            "Use at least %1 characters. Without the passphrase nobody, not even the legal-aid desk, can open "
            "the file: keep it somewhere safe, apart from the file.").replace("%1", str(MIN_PASSPHRASE)))
        warning.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.protect)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        form.addRow(warning)
        self.protect.toggled.connect(self.passphrase.setEnabled)
        self.protect.toggled.connect(self.repeat.setEnabled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the case to a file"), self.path_edit.text(),
                                              self.tr("Case bundle (*.dchcase)"))
        if name:
            self.path_edit.setText(name)

    def export(self) -> None:
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
            with _Busy():
                result = export_bundle(self.cases, self.case_id, target, passphrase)
        except UserError as exc:
            messages.show_error(self, exc)
            return
        self.result_path = result.path
        messages.show_info(self, self.tr("Exported"), self.tr("The case was saved to “%1” (%2 evidence files).")
                           .replace("%1", str(result.path)).replace("%2", str(result.files)))
        self.accept()


class ImportBundleDialog(QDialog):
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.do_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
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
        text = self.path_edit.text().strip()
        if not text:
            return
        passphrase = self.passphrase.text() if self.passphrase.isEnabled() else None
        try:
            with _Busy():
                result = import_bundle(self.cases, Path(text), passphrase or None)
        except UserError as exc:
            messages.show_error(self, exc)
            if exc.field == "passphrase":
                self.passphrase.selectAll()
                self.passphrase.setFocus()
            return
        self.imported_case_id = result.case_id
        text = self.tr("“%1” was added as a new case with %2 records.").replace("%1", result.alias) \
            .replace("%2", str(result.contacts))
        if result.verify_problems:
            text += "\n\n" + self.tr("Note: checking its history found %1 problem(s), as they were when it was "
                                     "exported. Use “Verify” on the case to see them.") \
                .replace("%1", str(len(result.verify_problems)))
        messages.show_info(self, self.tr("Imported"), text)
        self.imported.emit(result.case_id)
        self.accept()
