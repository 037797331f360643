"""The whole-file check of a case runs after the case is shown, off the UI thread (design §10, issue #15 item 8).

The case opens from a cheap open; ``PRAGMA quick_check`` and the daily backup then run
on a thread of their own. These tests prove that the check really runs, that damage it
finds leads to the recovery offer, and that no save lands in the file before it passed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.contacts import Contact
from desktop.settings import LAST_CASE, Settings
from desktop.store.safety.backups import MANUAL, backup_case_db, case_backup_folder, list_backups
from desktop.store.safety.recovery import is_damaged
from tests.ui.test_backups_dialog import answer_boxes
from tests.unit.store.test_session_check import case_with_contacts, damage_deep_pages, digest


def test_the_check_runs_after_the_case_is_shown_then_saves_go_through_and_the_daily_backup_is_made(
    qtbot, make_app, cases, data_dir
):
    case = case_with_contacts(cases, 20)
    Settings(data_dir.settings_file).set(LAST_CASE, case.id)
    application, window = make_app()
    session = window.session
    assert window.case.id == case.id
    qtbot.waitUntil(lambda: session.checked and not session.write_blocked)
    assert session.check_problem is None
    session.contacts.add(Contact(summary="检查之后"))
    assert session.contacts.count() == 21
    assert [b.reason for b in list_backups(data_dir.case_dir(case.id))] == ["daily"]


def test_damage_found_by_the_background_check_closes_the_case_and_offers_the_recovery(
    qtbot, make_app, cases, data_dir
):
    case = case_with_contacts(cases)
    with cases.open(case.id) as conn:
        backup_case_db(conn, case_backup_folder(conn), MANUAL)
    db = data_dir.case_dir(case.id) / "case.db"
    damage_deep_pages(db)
    Settings(data_dir.settings_file).set(LAST_CASE, case.id)
    seen = answer_boxes("yes", "ok")  # "Restore from the backup", then the result
    application, window = make_app()
    assert window.case is not None and window.case.id == case.id  # shown at once, from the cheap open
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    assert "损坏" in seen[0]
    assert list(db.parent.glob("case.db.damaged-*")), "the damaged file is kept aside"
    assert not is_damaged(db)
    qtbot.waitUntil(lambda: window.case is not None and window.session.checked)
    assert window.case.id == case.id and window.session.check_problem is None
    assert window.session.contacts.count() == 400


def test_declining_the_recovery_leaves_the_damaged_file_untouched_and_no_case_open(qtbot, make_app, cases, data_dir):
    case = case_with_contacts(cases)
    with cases.open(case.id) as conn:
        backup_case_db(conn, case_backup_folder(conn), MANUAL)
    db = data_dir.case_dir(case.id) / "case.db"
    damage_deep_pages(db)
    before = digest(db)
    Settings(data_dir.settings_file).set(LAST_CASE, case.id)
    seen = answer_boxes("no")
    application, window = make_app()
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: window.session is None)
    assert window.case is None and window.tabs is None
    assert digest(db) == before
    assert [b.reason for b in list_backups(db.parent)] == [MANUAL], "no daily backup of a damaged file"


def test_the_case_is_shown_and_takes_typing_while_its_check_is_still_running(qtbot, make_app, cases, data_dir,
                                                                           monkeypatch):
    """The check is not on the way to the case on screen: a slow check (a big file, a cold disk) blocks no input."""
    import threading

    from desktop.store import session as session_module
    from desktop.ui.cases.case_tab import CaseTab
    from tests.ui.conftest import type_text

    case = case_with_contacts(cases, 5)
    Settings(data_dir.settings_file).set(LAST_CASE, case.id)
    release = threading.Event()
    real_check = session_module.check_passes
    monkeypatch.setattr(session_module, "check_passes", lambda conn, *a: release.wait(10) and real_check(conn, *a))
    application, window = make_app()
    try:
        session = window.session
        assert window.case.id == case.id and not session.checked
        notes = window.findChild(CaseTab).notes
        type_text(qtbot, notes, "先记下来")
        assert notes.toPlainText() == "先记下来"
        bar = window.tabs.tabBar()
        bar.setFocus()
        qtbot.keyClick(bar, Qt.Key.Key_Right)  # to the Learn tab, built on the spot
        assert window.tabs.currentIndex() == 1
        assert not session.checked and session.write_blocked
    finally:
        release.set()
    qtbot.waitUntil(lambda: session.checked and not session.write_blocked)
