"""The import dialog as a person uses it: choose a file, read the preview, import all or nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from desktop.ui.importing import import_dialog
from desktop.ui.importing.import_dialog import ImportDialog
from desktop.ui.importing.preview_model import PROBLEMS, ROW, SUMMARY, TIME
from tests.ui.conftest import answer_dialog, save_screenshot

EXCEL_GBK = (
    "时间,方式,方向,号码,对方自称,贷款,时长,联系对象,是否透露欠款,内容,录音文件\r\n"
    "2026/11/3 21:05,电话,来电,13800001111,某某资产管理公司,借呗,3:20,本人,否,说再不还就上门,rec01.m4a\r\n"
    "2026年11月3日 23:40,电话,未接,13800001111,,借呗,,本人,否,深夜未接来电,\r\n"
    "2026-11-04 10:15,联系他人,去电,0769-12345678,自称律师事务所,不认识的平台,2分钟,单位,是,打到单位告诉领导我欠钱,\r\n"
    "2026-11-05 09:00,短信,,95188,某某贷,借呗,,本人,否,短信：今天18点前不还款将移交外访,\r\n"
)
BAD_ROWS = "时间,方式,号码,时长,内容\n2026-11-03 21:05,电话,138,3:20,好的\n昨天晚上,电话,139,3:20,时间不对\n2026-11-05 10:00,电话,137,很久,时长不对\n"


@pytest.fixture
def log_page(qtbot, make_app, cases):
    case = cases.create("导入测试")
    with cases.open(case.id) as conn:
        conn.execute(
            "INSERT INTO loans (brand, contract_lender, created_at, updated_at) "
            "VALUES ('借呗', '重庆蚂蚁消费金融有限公司', '2026-01-01T00:00:00', '2026-01-01T00:00:00')"
        )
    _application, window = make_app()
    page = window.show_tab("log")
    yield page
    QThreadPool.globalInstance().waitForDone(30_000)  # no worker may outlive the test


def open_dialog(qtbot, monkeypatch, page, path) -> ImportDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = ImportDialog(page, session=page.session, loans=page.loans, lang=page.lang)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() != import_dialog._PAGE_BUSY, timeout=20_000)
    return dialog


def close_message_box(timeout_ms: int = 30_000) -> None:
    """Press OK on the next message box (answer_dialog would take the import dialog itself when it is modal)."""
    waited = {"ms": 0}

    def poll():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            box.accept()
        elif waited["ms"] < timeout_ms:
            waited["ms"] += 10
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def cells(dialog, column) -> list[str]:
    return [dialog.model.index(r, column).data() for r in range(dialog.model.rowCount())]


def test_a_gbk_file_from_excel_previews_and_imports(qtbot, monkeypatch, log_page, tmp_path):
    path = tmp_path / "催收记录.csv"
    path.write_bytes(EXCEL_GBK.encode("gbk"))
    dialog = open_dialog(qtbot, monkeypatch, log_page, path)
    assert dialog.stack.currentIndex() == import_dialog._PAGE_PREVIEW
    summary = dialog.summary_label.text()
    assert "4" in summary and "GBK/GB18030" in summary
    columns = dialog.columns_label.text()
    assert "对方自称" in columns and "录音文件" in columns and "不认识的平台" in columns
    assert cells(dialog, ROW) == ["2", "3", "4", "5"]
    assert cells(dialog, TIME)[:2] == ["2026-11-03 21:05", "2026-11-03 23:40"]
    assert cells(dialog, SUMMARY)[0] == "说再不还就上门"
    assert not any(cells(dialog, PROBLEMS)[:1])
    assert dialog.import_button.isEnabled()
    save_screenshot(dialog, "import_dialog_preview")

    close_message_box()  # the "Import finished" message
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=30_000)
    assert dialog.result_.stored == 4 and dialog.result_.unmatched_rows == 1
    contacts = log_page.session.contacts
    assert contacts.count() == 4
    rows = contacts.page(None, 0, 10, descending=False)
    loan_id = next(iter(log_page.loans))
    assert [r.loan_id for r in rows] == [loan_id, loan_id, None, loan_id]
    assert "night_call" in rows[1].flags
    first = contacts.get(rows[0].id)
    assert first.claimed_org == "某某资产管理公司" and first.notes == "[录音文件] rec01.m4a"
    assert contacts.get(rows[2].id).notes == "[贷款] 不认识的平台"


def test_bad_rows_disable_import_and_every_problem_is_listed(qtbot, monkeypatch, log_page, tmp_path):
    path = tmp_path / "有问题.csv"
    path.write_bytes(BAD_ROWS.encode("gb18030"))
    dialog = open_dialog(qtbot, monkeypatch, log_page, path)
    assert not dialog.import_button.isEnabled()
    problems = cells(dialog, PROBLEMS)
    assert problems[0] == "" and "时间" in problems[1] and "时长" in problems[2]
    red = dialog.model.index(1, PROBLEMS).data(Qt.ItemDataRole.ForegroundRole).color()
    assert red.red() > 150 and red.green() < 50
    listed = dialog.problem_model.texts()
    assert any(t.startswith("第 3 行“时间”列") for t in listed)
    assert any(t.startswith("第 4 行“时长”列") for t in listed)
    assert "改正" in dialog.verdict_label.text() or "corrected" in dialog.verdict_label.text()
    dialog.only_problems.setChecked(True)
    assert cells(dialog, ROW) == ["3", "4"]
    save_screenshot(dialog, "import_dialog_problems")
    dialog.reject()
    assert log_page.session.contacts.count() == 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [(b"", "是空的"), (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "不是文本表格")],
    ids=["empty file", "binary renamed .csv"],
)
def test_a_file_that_is_not_a_table_is_a_calm_message(
    qtbot, monkeypatch, log_page, tmp_path, content, expected
):
    path = tmp_path / "记录.csv"
    path.write_bytes(content)
    dialog = open_dialog(qtbot, monkeypatch, log_page, path)
    assert dialog.stack.currentIndex() == import_dialog._PAGE_MESSAGE
    assert expected in dialog.message_label.text()
    assert "Traceback" not in dialog.message_label.text()
    assert not dialog.import_button.isEnabled() and dialog.choose_button.isEnabled()


def test_too_many_rows_is_a_calm_message(qtbot, monkeypatch, log_page, tmp_path):
    from desktop.ui.importing import loading as import_worker

    original = import_worker.read_table
    monkeypatch.setattr(import_worker, "read_table", lambda p, **kw: original(p, max_rows=3, **kw))
    path = tmp_path / "大文件.csv"
    path.write_text("时间,内容\n" + "2026-11-03 21:05,x\n" * 5, encoding="utf-8")
    dialog = open_dialog(qtbot, monkeypatch, log_page, path)
    assert dialog.stack.currentIndex() == import_dialog._PAGE_MESSAGE
    assert "3" in dialog.message_label.text() and "Traceback" not in dialog.message_label.text()


def test_cancel_while_reading_abandons_the_result(qtbot, monkeypatch, log_page, tmp_path):
    import threading

    release = threading.Event()
    from desktop.ui.importing import loading as import_worker

    original = import_worker.load_file

    def slow(path, lang, report):
        release.wait(10)
        return original(path, lang, report)

    monkeypatch.setattr(import_dialog, "load_file", slow)
    path = tmp_path / "a.csv"
    path.write_text("时间,内容\n2026-11-03 21:05,x\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = ImportDialog(log_page, session=log_page.session, loans=log_page.loans, lang=log_page.lang)
    dialog.show()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == import_dialog._PAGE_BUSY
    assert dialog.progress.maximum() == 0  # a busy bar
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == import_dialog._PAGE_EMPTY
    release.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    assert dialog.loaded is None and dialog.stack.currentIndex() == import_dialog._PAGE_EMPTY


def test_cancel_stops_the_worker_in_the_middle_of_reading_a_workbook(qtbot, monkeypatch, log_page, tmp_path):
    """Cancel reaches the parse itself (review M4): the worker stops at its next checkpoint, not at the end."""
    import threading

    from desktop.ui.importing import loading as import_worker
    from tests.unit.files.xlsx_craft import cell, sheet_xml, write_workbook

    rows = [f'<row r="{i}">{cell(f"A{i}", "2026-11-03 21:05")}{cell(f"B{i}", "第" + str(i) + "条")}</row>'
            for i in range(2, 20_000)]
    path = write_workbook(tmp_path / "大.xlsx", [("记录", sheet_xml(['<row r="1">' + cell("A1", "时间")
                                                                       + cell("B1", "内容") + "</row>", *rows]))])
    started, clicked, outcome = threading.Event(), threading.Event(), []
    original = import_worker.read_table

    def gated(p, *, checkpoint, **kw):
        def gate():
            started.set()
            clicked.wait(10)
            checkpoint()
            outcome.append("went on")

        try:
            return original(p, checkpoint=gate, **kw)
        except Exception as exc:
            outcome.append(type(exc).__name__)
            raise

    monkeypatch.setattr(import_worker, "read_table", gated)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = ImportDialog(log_page, session=log_page.session, loans=log_page.loans, lang=log_page.lang)
    dialog.show()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=10_000)  # the worker is inside the workbook's XML
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    clicked.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    assert outcome == ["Cancelled"], "the first checkpoint after Cancel stops the read"
    assert dialog.loaded is None and dialog.stack.currentIndex() == import_dialog._PAGE_EMPTY
    assert dialog.choose_button.isEnabled()


def test_only_the_first_thousand_rows_are_shown_but_every_problem_is_listed(
    qtbot, monkeypatch, log_page, tmp_path
):
    rows = "".join(f"2026-11-03 10:{i % 60:02d},第{i}条\n" for i in range(1500)) + "坏时间,x\n"
    path = tmp_path / "多.csv"
    path.write_text("时间,内容\n" + rows, encoding="utf-8")
    dialog = open_dialog(qtbot, monkeypatch, log_page, path)
    assert dialog.model.rowCount() == 1000
    assert dialog.table_note.isVisible() and "1,000" in dialog.table_note.text()
    assert any("第 1502 行" in t for t in dialog.problem_model.texts())
    dialog.only_problems.setChecked(True)
    assert cells(dialog, ROW) == ["1502"]
    assert not dialog.table_note.isVisible()


def test_cancel_during_the_import_rolls_everything_back(qtbot, monkeypatch, log_page, tmp_path):
    import threading

    from desktop.store import importing

    path = tmp_path / "a.csv"
    path.write_bytes(EXCEL_GBK.encode("gbk"))
    dialog = open_dialog(qtbot, monkeypatch, log_page, path)
    started, release = threading.Event(), threading.Event()
    real = dialog.session.import_contacts

    def held(preview, loans, *, progress):
        def slow(done, total):
            if done:  # rows are being written inside the transaction
                started.set()
                release.wait(10)
            progress(done, total)

        return real(preview, loans, progress=slow)

    monkeypatch.setattr(importing, "_PROGRESS_EVERY", 2)
    monkeypatch.setattr(dialog.session, "import_contacts", held)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    assert dialog.stack.currentIndex() == import_dialog._PAGE_BUSY and dialog.progress.maximum() == 4
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == import_dialog._PAGE_PREVIEW, timeout=10_000)
    assert "取消" in dialog.verdict_label.text() or "cancelled" in dialog.verdict_label.text()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert log_page.session.contacts.count() == 0


def test_an_xlsx_file_names_its_sheet(qtbot, monkeypatch, log_page, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "催收"
    wb.active.append(["time", "channel", "number", "summary"])
    wb.active.append(["2026-11-03 21:05", "sms", "95188", "催收短信"])
    wb.save(tmp_path / "log.xlsx")
    dialog = open_dialog(qtbot, monkeypatch, log_page, tmp_path / "log.xlsx")
    assert "催收" in dialog.summary_label.text() and "Excel" in dialog.summary_label.text()
    assert cells(dialog, SUMMARY) == ["催收短信"] and dialog.import_button.isEnabled()


def test_the_log_tabs_import_button_opens_the_dialog_and_refreshes_the_list(qtbot, log_page, tmp_path):
    """The whole path a person takes: Log tab → Import → choose → Import → the list shows the records."""
    path = tmp_path / "催收记录.csv"
    path.write_bytes(EXCEL_GBK.encode("gbk"))

    def drive(dialog):
        assert isinstance(dialog, ImportDialog)
        dialog.load_file(str(path))
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
        close_message_box()
        dialog.import_button.click()

    answer_dialog(drive)
    qtbot.mouseClick(log_page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: log_page.model.rowCount() == 4, timeout=20_000)
