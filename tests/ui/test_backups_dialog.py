"""The backups dialog and the bundle dialogs as a person uses them: list, back up, restore, export, import."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.contacts import Contact
from desktop.store.contacts import ContactRepository
from desktop.store.safety.backups import MANUAL, backup_case_db, case_backup_folder
from desktop.ui.cases.backups_dialog import BackupsDialog, offer_recovery
from desktop.ui.cases.bundle_dialogs import ExportBundleDialog, ImportBundleDialog


def answer_boxes(*answers: str, timeout_ms: int = 10_000) -> list[str]:
    """Answer the next message boxes in turn: "yes" clicks the action button, "ok" accepts. Returns their texts."""
    seen: list[str] = []
    queue = list(answers)
    waited = {"ms": 0}

    def poll():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box.text())
            answer = queue.pop(0)
            if answer == "yes":
                [go] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
                go.click()
            elif answer == "no":
                box.reject()
            else:
                box.accept()
            waited["ms"] = 0
        else:
            waited["ms"] += 10
        if queue and waited["ms"] < timeout_ms:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def make_case(cases, n):
    case = cases.create("界面测试")
    with cases.open(case.id) as conn:
        ContactRepository(conn).add_many(Contact(summary=f"第 {i} 条") for i in range(n))
    return case


def count(cases, case_id):
    with cases.open(case_id) as conn:
        return ContactRepository(conn).count()


def test_the_list_shows_date_reason_and_record_count_and_back_up_now_adds_one(qtbot, cases):
    case = make_case(cases, 2)
    dialog = BackupsDialog(None, cases, case.id)
    qtbot.addWidget(dialog)
    assert dialog.table.topLevelItemCount() == 0 and not dialog.empty.isHidden()
    assert not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.table.topLevelItemCount() == 1
    item = dialog.table.topLevelItem(0)
    assert item.text(1) == "Made by you" or item.text(1) == "你手动备份的"
    assert item.text(2) == "2"
    assert dialog.restore_button.isEnabled()


def test_restore_asks_first_then_closes_the_case_restores_and_reopens(qtbot, cases):
    case = make_case(cases, 2)
    with cases.open(case.id) as conn:
        backup_case_db(conn, case_backup_folder(conn), MANUAL)
        ContactRepository(conn).add(Contact(summary="之后"))
    dialog = BackupsDialog(None, cases, case.id)
    qtbot.addWidget(dialog)
    events = []
    dialog.about_to_restore.connect(lambda cid: events.append(("close", cid)))
    dialog.restored.connect(lambda cid: events.append(("open", cid)))
    answer_boxes("no")
    dialog.restore_selected()
    assert events == [] and count(cases, case.id) == 3
    texts = answer_boxes("yes", "ok")
    dialog.restore_selected()
    assert events == [("close", case.id), ("open", case.id)]
    assert count(cases, case.id) == 2
    assert "2" in texts[0] and "2" in texts[1]
    assert dialog.table.topLevelItemCount() == 2  # the state before the restore was kept as a backup


def test_a_failed_restore_is_explained_and_the_case_reopened(qtbot, cases):
    case = make_case(cases, 1)
    with cases.open(case.id) as conn:
        backup_case_db(conn, case_backup_folder(conn), MANUAL)
    dialog = BackupsDialog(None, cases, case.id)
    qtbot.addWidget(dialog)
    reopened = []
    dialog.restored.connect(reopened.append)
    holder = cases.open(case.id).conn  # the window forgot to close the case
    try:
        ContactRepository(holder).count()
        texts = answer_boxes("yes", "ok")
        dialog.restore_selected()
    finally:
        holder.close()
    assert reopened == [case.id]
    assert any("使用" in t or "in use" in t for t in texts)


def test_offer_recovery_restores_a_damaged_case_after_asking(qtbot, cases):
    case = make_case(cases, 3)
    with cases.open(case.id) as conn:
        backup_case_db(conn, case_backup_folder(conn), MANUAL)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    cases.db_path(case.id).write_bytes(b"damaged" * 2000)
    from desktop.store.db import CaseDatabaseError

    with pytest.raises(CaseDatabaseError) as err:
        cases.get(case.id)
    texts = answer_boxes("yes", "ok")
    assert offer_recovery(None, cases, case.id, err.value)
    assert "3" in texts[0] and count(cases, case.id) == 3
    assert "damaged" in texts[0] or "损坏" in texts[0]


def _damage_an_index(db):
    import sqlite3

    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contacts' "
                        "AND sql IS NOT NULL").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    data[(root - 1) * page_size + 8:root * page_size] = b"\xa5" * (page_size - 8)
    db.write_bytes(bytes(data))


def _repairable_case(cases):
    """3 records in the backup, 2 more after it, then an index damaged: a repair keeps all 5."""
    case = make_case(cases, 3)
    with cases.open(case.id) as conn:
        backup_case_db(conn, case_backup_folder(conn), MANUAL)
        ContactRepository(conn).add_many(Contact(summary=f"备份之后 {i}") for i in range(2))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage_an_index(cases.db_path(case.id))
    from desktop.store.db import CaseDatabaseError

    with pytest.raises(CaseDatabaseError) as err:
        cases.get(case.id)
    return case, err.value


def test_offer_recovery_repairs_a_readable_damaged_case_keeping_every_record(qtbot, cases):
    case, error = _repairable_case(cases)
    texts = answer_boxes("yes", "ok")
    assert offer_recovery(None, cases, case.id, error)
    assert "5" in texts[0] and ("Repair" in texts[0] or "修复" in texts[0])
    assert "5" in texts[1]
    assert count(cases, case.id) == 5
    assert list(cases.data_dir.case_dir(case.id).glob("case.db.damaged-*"))


def test_declining_the_repair_changes_nothing_and_leaves_nothing_behind(qtbot, cases):
    case, error = _repairable_case(cases)
    db = cases.db_path(case.id)
    before = db.read_bytes()
    texts = answer_boxes("no")
    assert not offer_recovery(None, cases, case.id, error)
    assert texts and db.read_bytes() == before
    assert [p.name for p in db.parent.iterdir() if p.name.startswith(".")] == []
    assert QApplication.overrideCursor() is None


def test_offer_recovery_shows_the_error_when_the_file_is_not_damaged(qtbot, cases):
    from desktop.domain.errors import UserError

    case = make_case(cases, 1)
    texts = answer_boxes("ok")
    assert not offer_recovery(None, cases, case.id, UserError(zh="太新了", en="too new"))
    assert texts == ["太新了"] or texts == ["too new"]


def test_export_then_import_through_the_dialogs_with_a_passphrase(qtbot, cases, tmp_path):
    case = make_case(cases, 2)
    export = ExportBundleDialog(None, cases, case.id, case.alias)
    qtbot.addWidget(export)
    out = tmp_path / "usb"
    out.mkdir()
    export.path_edit.setText(str(out / "带走"))
    export.passphrase.setText("a long passphrase")
    export.repeat.setText("a different one")
    answer_boxes("ok")
    export.export()
    assert export.result_path is None and not list(out.iterdir())
    export.repeat.setText("a long passphrase")
    answer_boxes("ok")
    export.export()
    assert export.result_path == out / "带走.dchcase" and export.result_path.is_file()

    dialog = ImportBundleDialog(None, cases, export.result_path)
    qtbot.addWidget(dialog)
    assert dialog.passphrase.isEnabled()
    got = []
    dialog.imported.connect(got.append)
    dialog.passphrase.setText("wrong passphrase")
    answer_boxes("ok")
    dialog.do_import()
    assert got == [] and len(cases.list()) == 1
    dialog.passphrase.setText("a long passphrase")
    texts = answer_boxes("ok")
    dialog.do_import()
    assert len(got) == 1 and got[0] != case.id and count(cases, got[0]) == 2
    assert "2" in texts[0]


def test_an_unprotected_bundle_needs_no_passphrase(qtbot, cases, tmp_path):
    case = make_case(cases, 1)
    export = ExportBundleDialog(None, cases, case.id)
    qtbot.addWidget(export)
    export.path_edit.setText(str(tmp_path / "open.dchcase"))
    export.protect.setChecked(False)
    assert not export.passphrase.isEnabled()
    answer_boxes("ok")
    export.export()
    dialog = ImportBundleDialog(None, cases, export.result_path)
    qtbot.addWidget(dialog)
    assert not dialog.passphrase.isEnabled()
    answer_boxes("ok")
    dialog.do_import()
    assert dialog.imported_case_id and cases.exists(dialog.imported_case_id)
