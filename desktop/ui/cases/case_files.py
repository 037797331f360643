"""The case-file actions of the File menu: backups, and carrying a case away as a bundle."""

from __future__ import annotations


def show_backups(window) -> None:
    """File → Backups of this case: list, back up now, restore."""
    if window.case is None or window.locked:
        return
    from desktop.ui.cases.backups_dialog import BackupsDialog

    dialog = BackupsDialog(window, window.ctx.cases, window.case.id)
    dialog.about_to_restore.connect(lambda _id: (window._save_open_case(), window._close_case_views()))
    dialog.restored.connect(window.open_case)
    dialog.exec()


def export_bundle(window) -> None:
    """File → Export the case to a file (.dchcase), optionally with a passphrase."""
    if window.case is None or window.locked:
        return
    window._save_open_case()
    from desktop.ui.cases.bundle_dialogs import ExportBundleDialog

    ExportBundleDialog(window, window.ctx.cases, window.case.id, window.case.alias).exec()


def import_bundle(window) -> None:
    """File → Import a case from a file: always as a new case."""
    if window.locked:
        return
    from desktop.ui.cases.bundle_dialogs import ImportBundleDialog

    dialog = ImportBundleDialog(window, window.ctx.cases)
    if dialog.exec() and dialog.imported_case_id:
        window.ctx.signals.cases_listed.emit()
        window.open_case(dialog.imported_case_id)
