"""Opening an attachment as a person does: only evidence types reach the system, names show their real
extension, damaged records are refused, and the temporary viewing copies never outlive the case's views
(review H2, H3, M6)."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.domain.contacts import Channel, Contact, Direction
from desktop.store.contacts import ContactRepository
from desktop.store.evidence import EvidenceRepository
from desktop.store.viewing_copies import viewing_root
from desktop.ui.desk.desk_mode import DeskMode
from desktop.ui.log.attachment_list import AttachmentList
from desktop.ui.log.attachments_dialog import AttachmentsDialog
from tests.ui.conftest import answer_dialog, save_screenshot

RLO_BAT = "call-recording-2026-11-03\u202e3pm.bat"  # shows as "…tab.mp3" where bidi is honoured


@pytest.fixture
def temp_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """What would have been handed to the system (recorded, never run)."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def _case_with_files(cases, tmp_path, names: dict[str, bytes], alias: str = "王女士") -> str:
    """A case with one call and the files ``names`` attached through the app's own API (no tampering)."""
    case = cases.create(alias)
    sources = tmp_path / f"from-{case.id}"
    sources.mkdir()
    with cases.open(case.id) as conn:
        repo = ContactRepository(conn, evidence=EvidenceRepository(conn, cases.evidence_dir(case.id)))
        for name, data in names.items():
            (sources / name).write_bytes(data)
        repo.add(Contact(occurred_at=datetime(2026, 11, 3, 15, 0), channel=Channel.CALL,
                         direction=Direction.INCOMING, answered=True), files=[sources / n for n in names])
    return case.id


def _dialog(qtbot, window) -> AttachmentsDialog:
    session = window.session
    dialog = AttachmentsDialog(window, session.evidence, session.evidence.all(), window.ctx.data_dir.root)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _row(dialog, start: str) -> int:
    return next(i for i in range(dialog.list.count()) if dialog.list.item(i).text().startswith(start))


def _answer(key: str, seen: list[str]):
    def handler(box):
        seen.append(box.text())
        if key == "ok":
            box.button(QMessageBox.StandardButton.Ok).click()
        else:
            box.findChild(QPushButton, f"answer_{key}").click()
    return handler


def test_the_review_s_disguised_script_is_never_handed_to_the_system(qtbot, make_app, cases, tmp_path, temp_dir,
                                                                    opened):
    _case_with_files(cases, tmp_path, {RLO_BAT: b"@echo off\r\necho pwned > %TEMP%\\x.txt\r\n"})
    _application, window = make_app("zh_CN")
    dialog = _dialog(qtbot, window)
    shown = dialog.list.item(0).text()
    assert "\u202e" not in shown and "call-recording-2026-11-03[U+202E]3pm.bat ·" in shown
    save_screenshot(dialog, "attachments-disguised-script")
    seen: list[str] = []
    answer_dialog(_answer("close", seen))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == []
    assert "“.bat”" in seen[0] and "[U+202E]3pm.bat" in seen[0]
    assert not viewing_root(window.ctx.data_dir.root).exists(), "no copy made for a file not opened"


def test_show_in_folder_opens_the_folder_of_a_marked_read_only_copy_never_the_file(qtbot, make_app, cases, tmp_path,
                                                                                 temp_dir, opened):
    _case_with_files(cases, tmp_path, {RLO_BAT: b"@echo off\r\n"})
    _application, window = make_app("en")
    dialog = _dialog(qtbot, window)
    seen: list[str] = []
    answer_dialog(_answer("folder", seen))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert "was not opened" in seen[0] and "“.bat” file" in seen[0]
    assert len(opened) == 1 and Path(opened[0]).is_dir()
    [copy] = Path(opened[0]).iterdir()
    assert copy.name == "call-recording-2026-11-033pm.bat"
    assert Path(opened[0]).parent == viewing_root(window.ctx.data_dir.root)


@pytest.mark.parametrize("name", ["录音.mp3", "截图.PNG", "合同.pdf"])
def test_a_recording_picture_or_pdf_opens_as_a_copy(qtbot, make_app, cases, tmp_path, temp_dir, opened, name):
    case_id = _case_with_files(cases, tmp_path, {name: b"ID3 audio"})
    _application, window = make_app("zh_CN")
    dialog = _dialog(qtbot, window)
    where = dialog.list.visualItemRect(dialog.list.item(0)).center()
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert len(opened) == 1
    copy = Path(opened[0])
    assert copy.name == name and copy.read_bytes() == b"ID3 audio"
    assert copy.parent.parent == viewing_root(window.ctx.data_dir.root)
    assert not str(copy).startswith(str(cases.evidence_dir(case_id))), "the evidence file itself is never handed out"


def test_a_name_without_an_extension_is_refused(qtbot, make_app, cases, tmp_path, temp_dir, opened):
    _case_with_files(cases, tmp_path, {"录音": b"data"})
    _application, window = make_app("en")
    dialog = _dialog(qtbot, window)
    seen: list[str] = []
    answer_dialog(_answer("close", seen))
    dialog.open_button.click()
    assert opened == [] and "no file type" in seen[0]


@pytest.mark.parametrize("value", ["../" * 14 + "etc/hostname", "0123456789abcdef" * 4 + "\n",
                                   "0123456789ABCDEF" * 4, "../../../../sentinel.txt"])
def test_a_damaged_record_is_shown_as_damaged_and_open_is_refused(qtbot, make_app, cases, tmp_path, temp_dir, opened,
                                                                  value):
    case_id = _case_with_files(cases, tmp_path, {"录音.mp3": b"audio"})
    sentinel = tmp_path / "sentinel.txt"
    sentinel.write_text("outside")
    with cases.open(case_id) as conn:
        conn.execute("UPDATE attachments SET sha256 = ?", (value,))
        conn.commit()
    _application, window = make_app("zh_CN")
    dialog = _dialog(qtbot, window)
    assert dialog.list.item(0).text().endswith("记录已损坏：无法打开")
    assert value not in dialog.list.item(0).toolTip()
    seen: list[str] = []
    answer_dialog(_answer("ok", seen))
    dialog.open_button.click()
    assert opened == [] and "记录已损坏" in seen[0]
    assert sentinel.read_text() == "outside"
    assert list(temp_dir.iterdir()) == [], "nothing written to the temp folder"


def test_the_contact_form_shows_hidden_characters_and_damaged_records(qtbot, make_app, cases, tmp_path, temp_dir):
    case_id = _case_with_files(cases, tmp_path, {RLO_BAT: b"x", "录音.mp3": b"y"})
    with cases.open(case_id) as conn:
        conn.execute("UPDATE attachments SET sha256 = '../x' WHERE original_name = '录音.mp3'")
        conn.commit()
    _application, window = make_app("en")
    page = window.show_tab("log")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    texts = []

    def read(dialog):
        widget = dialog.findChild(AttachmentList).list
        texts.extend(widget.item(i).text() for i in range(widget.count()))
        dialog.reject()

    answer_dialog(read)
    page.edit_selected()
    assert any("[U+202E]3pm.bat —" in t for t in texts)
    assert any(t.startswith("录音.mp3") and "DAMAGED RECORD" in t for t in texts)


# -- the viewing copies go when the case's views go ------------------------------------------------


def _open_one(qtbot, window, opened) -> Path:
    dialog = _dialog(qtbot, window)
    dialog.open_button.click()
    dialog.close()
    copy = Path(opened[-1])
    assert copy.exists()
    return copy


def test_copies_are_removed_on_lock(qtbot, make_app, cases, tmp_path, temp_dir, opened):
    _case_with_files(cases, tmp_path, {"录音.m4a": b"a"})
    _application, window = make_app()
    copy = _open_one(qtbot, window, opened)
    qtbot.mouseClick(window.case_bar.lock_button, Qt.MouseButton.LeftButton)
    assert not copy.exists() and not viewing_root(window.ctx.data_dir.root).exists()


def test_copies_are_removed_when_desk_mode_locks_an_idle_window(qtbot, make_app, cases, tmp_path, temp_dir, opened):
    _case_with_files(cases, tmp_path, {"录音.m4a": b"a"})
    application, window = make_app()
    mode = DeskMode(QApplication.instance(), window, application.settings)
    try:
        copy = _open_one(qtbot, window, opened)
        mode.lock_now()
        assert window.locked and not copy.exists()
    finally:
        mode.stop()
        mode.deleteLater()


def test_copies_are_removed_on_case_switch(qtbot, make_app, cases, tmp_path, temp_dir, opened):
    first = _case_with_files(cases, tmp_path, {"录音.m4a": b"a"}, alias="甲")
    second = _case_with_files(cases, tmp_path, {"截图.png": b"b"}, alias="乙")
    _application, window = make_app()
    assert window.case.id == second
    copy = _open_one(qtbot, window, opened)
    window.open_case(first)
    assert not copy.exists()


def test_copies_are_removed_on_case_deletion(qtbot, make_app, cases, tmp_path, temp_dir, opened, data_dir):
    _case_with_files(cases, tmp_path, {"王女士-催收录音-13800138000.m4a": b"a"})
    _application, window = make_app()
    copy = _open_one(qtbot, window, opened)

    def delete(box):
        [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole][0].click()

    answer_dialog(delete)
    window.case_bar.delete_action.trigger()
    assert cases.list() == [] and not copy.exists()


def test_copies_are_removed_on_quit(qtbot, make_app, cases, tmp_path, temp_dir, opened):
    _case_with_files(cases, tmp_path, {"录音.m4a": b"a"})
    _application, window = make_app()
    copy = _open_one(qtbot, window, opened)
    window.close()
    assert not copy.exists()


def test_another_data_folder_s_copies_are_left_alone(qtbot, make_app, cases, tmp_path, temp_dir, opened):
    _case_with_files(cases, tmp_path, {"录音.m4a": b"a"})
    other = viewing_root(tmp_path / "另一个数据文件夹") / "0123456789abcdef"
    other.mkdir(parents=True)
    (other / "别人的录音.m4a").write_bytes(b"open elsewhere")
    _application, window = make_app()
    copy = _open_one(qtbot, window, opened)
    window.close()
    assert not copy.exists() and (other / "别人的录音.m4a").exists()
    assert os.listdir(temp_dir / "DebtCallHelper-view") == [other.parent.name]
