"""Import from phone as a borrower uses it: the Log tab entry, the how-to, reading with Cancel, the preview
of numbers, confirming suggestions, importing the ticked numbers — and calm messages for bad exports."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog

from desktop.domain.contacts import ContactFilter
from desktop.domain.legal import FREQUENT, NIGHT
from desktop.ui.importing import phone_dialog
from desktop.ui.importing.phone_dialog import PhoneImportDialog
from desktop.ui.importing.phone_groups_model import NUMBER, TICK, WHY
from tests.phone_data import COLLECTORS, synthetic_calls, synthetic_texts, write_iphone_backup
from tests.ui.conftest import answer_dialog, save_screenshot
from tests.ui.phone_walk import DONE_WHEN_CONTACTS, write_done_when_export
from tests.ui.test_import_dialog import close_message_box


@pytest.fixture
def log_page(qtbot, make_app, cases):
    def build(lang="zh_CN"):
        cases.create("手机导入")
        _application, window = make_app(lang)
        return window.show_tab("log")

    yield build
    QThreadPool.globalInstance().waitForDone(60_000)  # no worker may outlive the test


def open_phone_dialog(qtbot, page) -> PhoneImportDialog:
    """The dialog exactly as the Log tab builds it, shown modelessly (exec() would block the test);
    ``test_the_log_tab_entry_opens_the_how_to`` clicks the real entry."""
    dialog = PhoneImportDialog(page, session=page.session, content=page.content, lang=page.lang, backup_roots=[])
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_log_tab_entry_opens_the_how_to(qtbot, log_page):
    page = log_page("zh_CN")
    seen = {}

    def look(dialog):
        seen["title"], seen["howto"] = dialog.windowTitle(), dialog.howto.toPlainText()
        dialog.reject()

    answer_dialog(look)
    qtbot.mouseClick(page.phone_button, Qt.MouseButton.LeftButton)
    assert seen["title"] == "从手机导入"
    assert "加密本地备份" in seen["howto"] and "MIUI/sound_recorder/call_rec" in seen["howto"]


def choose(qtbot, monkeypatch, dialog, path, *, folder=False) -> None:
    if folder:
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(path))
        qtbot.mouseClick(dialog.choose_folder_button, Qt.MouseButton.LeftButton)
    else:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
        qtbot.mouseClick(dialog.choose_file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() != phone_dialog.PAGE_BUSY, timeout=60_000)


def ticked(dialog) -> list[str]:
    return dialog.model.ticked_numbers()


def contact_count(page) -> int:
    return page.session.contacts.count()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_done_when_the_three_collectors_are_pre_ticked_and_their_40_contacts_imported(
        qtbot, monkeypatch, log_page, tmp_path, lang):
    page = log_page(lang)
    assert page.phone_button.isVisibleTo(page) and page.phone_button.accessibleName()
    calls_xml, sms_xml, recordings = write_done_when_export(tmp_path / "phone")
    dialog = open_phone_dialog(qtbot, page)
    assert dialog.stack.currentIndex() == phone_dialog.PAGE_START
    assert ("SMS Backup & Restore" in dialog.howto.toPlainText())
    choose(qtbot, monkeypatch, dialog, calls_xml)
    dialog.add_sources([str(sms_xml)])
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() != phone_dialog.PAGE_BUSY, timeout=60_000)
    choose(qtbot, monkeypatch, dialog, recordings, folder=True)
    assert dialog.stack.currentIndex() == phone_dialog.PAGE_PREVIEW, dialog.message_label.text()
    assert set(ticked(dialog)) == set(COLLECTORS)
    for number in COLLECTORS:
        row = dialog.model.row_of(number)
        assert dialog.model.index(row, WHY).data()  # the reason, in words
    # confirm the suggestions of every collector that has some
    for number in COLLECTORS:
        dialog.table.selectRow(dialog.model.row_of(number))
        QApplication.processEvents()
        for box in dialog.suggestion_boxes:
            qtbot.waitUntil(box.isVisible)
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on its tick box
    assert any(dialog.confirmed.values())
    assert dialog.import_button.isEnabled()
    save_screenshot(dialog, f"phone_import_preview_walk_{lang}")
    close_message_box()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() != 0 or dialog.stack.currentIndex() == phone_dialog.PAGE_MESSAGE,
                    timeout=120_000)
    assert dialog.result_ is not None, dialog.message_label.text()
    page._changed()  # what the tab does when the dialog, opened with exec(), is accepted
    assert contact_count(page) == DONE_WHEN_CONTACTS
    qtbot.waitUntil(lambda: str(DONE_WHEN_CONTACTS) in page.count_label.text(), timeout=10_000)  # the Log shows them
    attached = [a for a in page.session.evidence.all() if a.contact_id is not None]
    assert len(attached) == 20  # the collectors' 20 recorded calls; the 10 personal recordings stay out
    imported = list(page.session.contacts.with_flags(ContactFilter()))
    flags = {f for entry in imported for f in entry.flags}
    assert {NIGHT, FREQUENT} <= flags, flags
    confirmed = set().union(*dialog.confirmed.values())
    marks = {m for entry in imported for m in entry.contact.marks}
    assert confirmed <= marks  # the confirmed suggestions became the user's marks


def test_cancel_while_reading_leaves_the_case_untouched(qtbot, monkeypatch, log_page, tmp_path):
    page = log_page("zh_CN")
    from tests.phone_data import write_sbr_messages

    big = write_sbr_messages(tmp_path / "sms-big.xml", synthetic_texts(60_000))
    dialog = open_phone_dialog(qtbot, page)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(big), ""))
    qtbot.mouseClick(dialog.choose_file_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == phone_dialog.PAGE_BUSY
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == phone_dialog.PAGE_START
    QThreadPool.globalInstance().waitForDone(60_000)
    QApplication.processEvents()
    assert dialog.stack.currentIndex() == phone_dialog.PAGE_START and dialog.read is None
    assert contact_count(page) == 0


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_an_encrypted_iphone_backup_gives_a_calm_message(qtbot, monkeypatch, log_page, tmp_path, lang):
    page = log_page(lang)
    backup = tmp_path / "Backup" / "00008030-0000"
    write_iphone_backup(backup, synthetic_calls(10), synthetic_texts(10), encrypted=True)
    dialog = open_phone_dialog(qtbot, page)
    choose(qtbot, monkeypatch, dialog, backup, folder=True)
    assert dialog.stack.currentIndex() == phone_dialog.PAGE_MESSAGE
    text = dialog.message_label.text()
    assert ("加密" in text) if lang == "zh_CN" else ("encrypt" in text.lower())
    assert "Traceback" not in text
    assert contact_count(page) == 0


def test_a_truncated_xml_shows_what_was_read_and_says_so(qtbot, monkeypatch, log_page, tmp_path):
    page = log_page("zh_CN")
    from tests.phone_data import Call, write_sbr_calls

    whole = write_sbr_calls(tmp_path / "calls.xml", [Call(COLLECTORS[0], c.when, c.duration, c.kind)
                                                     for c in synthetic_calls(200)])
    data = whole.read_bytes()
    cut = tmp_path / "calls-cut.xml"
    cut.write_bytes(data[: len(data) // 2])
    dialog = open_phone_dialog(qtbot, page)
    choose(qtbot, monkeypatch, dialog, cut)
    shown = dialog.problems_label.text() if dialog.stack.currentIndex() == phone_dialog.PAGE_PREVIEW \
        else dialog.message_label.text()
    assert shown and "Traceback" not in shown
    assert contact_count(page) == 0


def test_dropping_a_file_reads_it(qtbot, log_page, tmp_path):
    page = log_page("en")
    calls_xml, _sms, _rec = write_done_when_export(tmp_path / "phone")
    dialog = open_phone_dialog(qtbot, page)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(calls_xml))])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(event)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() != phone_dialog.PAGE_BUSY, timeout=60_000)
    assert dialog.stack.currentIndex() == phone_dialog.PAGE_PREVIEW
    assert dialog.model.rowCount() > 3
    assert dialog.model.index(0, TICK).data(Qt.ItemDataRole.CheckStateRole) is not None
    assert dialog.model.index(0, NUMBER).data()


def test_unticking_a_number_leaves_it_out(qtbot, monkeypatch, log_page, tmp_path):
    page = log_page("zh_CN")
    calls_xml, _sms, _rec = write_done_when_export(tmp_path / "phone")
    dialog = open_phone_dialog(qtbot, page)
    choose(qtbot, monkeypatch, dialog, calls_xml)
    row = dialog.model.row_of(COLLECTORS[0])
    index = dialog.model.index(row, TICK)
    dialog.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert COLLECTORS[0] not in ticked(dialog)
    dialog.model.set_all(False)
    assert not dialog.import_button.isEnabled()
    assert isinstance(dialog.suggestion_boxes, list) and all(isinstance(b, QCheckBox) for b in dialog.suggestion_boxes)


def test_enter_in_the_preview_presses_no_button(qtbot, monkeypatch, log_page, tmp_path):
    """Found under Xvfb: Enter after the file dialog pressed "Tick all" (an auto-default button)."""
    page = log_page("zh_CN")
    calls_xml, _sms, _rec = write_done_when_export(tmp_path / "phone")
    dialog = open_phone_dialog(qtbot, page)
    choose(qtbot, monkeypatch, dialog, calls_xml)
    before = ticked(dialog)
    dialog.tick_all_button.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Enter)
    assert ticked(dialog) == before and dialog.isVisible()


def test_iphone_backups_in_the_standard_folders_are_listed_and_read(qtbot, log_page, tmp_path):
    page = log_page("en")
    root = tmp_path / "Apple Computer" / "MobileSync" / "Backup"
    write_iphone_backup(root / "00008030-000A", synthetic_calls(30), synthetic_texts(30))
    write_iphone_backup(root / "00008030-000B", synthetic_calls(5), synthetic_texts(5), encrypted=True)
    dialog = PhoneImportDialog(page, session=page.session, content=page.content, lang="en", backup_roots=[root])
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = [dialog.backup_list.item(i).text() for i in range(dialog.backup_list.count())]
    assert len(texts) == 2 and sum("encrypted" in t for t in texts) == 1, texts
    readable = next(i for i, t in enumerate(texts) if "encrypted" not in t)
    dialog.backup_list.setCurrentRow(readable)
    qtbot.mouseClick(dialog.read_backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() != phone_dialog.PAGE_BUSY, timeout=60_000)
    assert dialog.stack.currentIndex() == phone_dialog.PAGE_PREVIEW, dialog.message_label.text()
    assert dialog.model.rowCount() > 0
