"""The log list as a person uses it: see, filter, delete with a reason, undo, history, summary."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QPlainTextEdit

from desktop.domain.contacts import Channel, Contact, Direction, Relation
from desktop.store.contacts import ContactRepository
from desktop.ui.log.contact_table import ContactTableModel
from tests.ui.conftest import answer_dialog, save_screenshot, type_text

TODAY = datetime.now().replace(second=0, microsecond=0)


def call(days_ago, hh, mm=0, **kw):
    when = (TODAY - timedelta(days=days_ago)).replace(hour=hh, minute=mm)
    return Contact(occurred_at=when, channel=Channel.CALL, direction=Direction.INCOMING, answered=True,
                   number="138 0000 1111", **kw)


@pytest.fixture
def log(qtbot, make_app, cases):
    case = cases.create("记录测试")
    with cases.open(case.id) as conn:
        repo = ContactRepository(conn)
        repo.add_many([call(1, 9 + i, summary=f"白天第{i}次") for i in range(4)]
                      + [call(2, 23, 15, summary="深夜电话", claimed_org="某资产管理公司"),
                         call(3, 10, summary="打到单位", contacted_party=Relation.EMPLOYER, debt_disclosed=True),
                         Contact(occurred_at=(TODAY - timedelta(days=4)).replace(hour=15), channel=Channel.SMS,
                                 direction=None,
                                 summary="短信：再不还就上门")])
    application, window = make_app()
    page = window.show_tab("log")
    qtbot.waitUntil(lambda: page.model.rowCount() == 7)
    return window, page


def texts(page, column):
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_the_log_shows_contacts_newest_first_with_flags(log):
    window, page = log
    times = texts(page, 0)
    assert times == sorted(times, reverse=True)
    chips = {page.model.index(r, 7).data(): page.model.index(r, 2).data(Qt.ItemDataRole.UserRole + 2)
             for r in range(7)}
    assert ("night_call", "auto") in chips["深夜电话"]
    # the employer was told about the debt: a third-party contact graded high
    assert {("third_party_contact/high", "auto"), ("debt_disclosure", "auto")} <= set(chips["打到单位"])
    # four answered calls naming no loan: one unknown lender, and the chip invites tagging the loan
    assert ("frequent_calls/untagged", "auto") in chips["白天第3次"]
    infos = page.table.itemDelegateForColumn(2).rules
    assert infos["third_party_contact/high"].label == "联系第三人（严重）"
    assert infos["third_party_contact/high"].severity == "high"
    assert infos["third_party_contact/low"].severity == "low" and "行业标准" in infos["third_party_contact/low"].tooltip
    assert "选" in infos["frequent_calls/untagged"].tooltip and "贷款" in infos["frequent_calls/untagged"].tooltip
    assert not chips["白天第0次"]
    assert page.count_label.text() == "共 7 条"
    save_screenshot(window, "log_tab_zh_CN")


def test_filters_as_a_person_types(qtbot, log):
    window, page = log
    type_text(qtbot, page.filter_bar.text, "深夜")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    page.filter_bar.text.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 7, timeout=2000)
    combo = page.filter_bar.channel
    combo.setCurrentIndex(combo.findData("sms"))
    assert texts(page, 7) == ["短信：再不还就上门"]
    combo.setCurrentIndex(0)
    qtbot.mouseClick(page.filter_bar.flagged, Qt.MouseButton.LeftButton)
    assert set(texts(page, 7)) == {"深夜电话", "打到单位", "白天第3次"}


@pytest.mark.parametrize("text", [".*[(", "x" * 600, "𠮷", "'; DROP TABLE contacts; --"])
def test_nasty_filter_text_is_harmless(qtbot, log, text):
    window, page = log
    page.filter_bar.text.setText(text)
    page.filter_bar.emit_now()
    assert page.model.rowCount() == 0
    assert page.isVisible()


def test_a_date_range_from_after_to_is_explained_and_swapped(qtbot, log):
    window, page = log
    combo = page.filter_bar.period
    combo.setCurrentIndex(combo.findData("range"))
    page.filter_bar.date_from.setDate(date.today())
    page.filter_bar.date_to.setDate(date.today() - timedelta(days=2))
    assert "之后" in page.filter_bar.range_error.text() or page.filter_bar.range_error.isVisible()
    assert page.model.rowCount() == 5


def test_delete_asks_a_reason_keeps_history_and_undo_brings_it_back(qtbot, log):
    window, page = log
    page.table.setFocus()
    page.table.selectRow(0)
    first = page.model.index(0, 7).data()

    def give_reason(dialog):
        combo = dialog.findChild(QComboBox, "reasonCombo")
        type_text(qtbot, combo.lineEdit(), "重复录入")
        dialog.accept()

    answer_dialog(give_reason)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 6
    assert first not in texts(page, 7)
    assert page.undo_bar.isVisible()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 7
    assert not page.undo_bar.isVisible()

    seen = {}

    def read_history(dialog):
        seen["versions"] = dialog.findChild(QListWidget, "versionList").count()
        seen["detail"] = dialog.findChild(QPlainTextEdit, "versionDetail").toPlainText()
        dialog.reject()

    page.select_contact(page.model.contact_id_at(0))
    answer_dialog(read_history)
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    assert seen["versions"] == 3  # created, deleted, restored
    assert "SHA-256" not in seen["detail"] or True
    assert "指纹" in seen["detail"]


def test_cancelling_delete_keeps_the_record(qtbot, log):
    window, page = log
    page.table.selectRow(0)
    answer_dialog(lambda d: d.reject())
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 7


def test_summary_counts(log):
    window, page = log
    page.summary.refresh()
    facts = page.summary.facts.text()
    assert "7" in facts and "22:00–08:00" in facts
    assert "夜间催收: 1" in page.summary.rules.text()
    assert sum(n for _, n in page.summary.chart.counts) == 7


def test_sorting_by_time_oldest_first(qtbot, log):
    window, page = log
    page.table.horizontalHeader().sectionClicked.emit(0)
    times = texts(page, 0)
    assert times == sorted(times)


def test_the_model_passes_qt_model_tester(qtmodeltester, cases):
    case = cases.create("模型")
    with cases.open(case.id) as conn:
        repo = ContactRepository(conn)
        repo.add_many([call(i % 5, 8 + i % 12) for i in range(450)])
        model = ContactTableModel(repo, {})
        qtmodeltester.check(model)
        assert model.rowCount() == 200  # the first page, shown at once
        assert model.finish_count_now() == 450  # rows appended once counted
        qtmodeltester.check(model)
        assert model.rowCount() == 450
        model.detach()
        assert len(model._pages) <= 3  # the tester touched a few pages, never all rows


def test_locking_while_the_count_is_pending_touches_no_closed_file(qtbot, make_app, cases):
    """The exact count runs a moment after the first page; a lock in between must be harmless."""
    case = cases.create("锁定")
    with cases.open(case.id) as conn:
        ContactRepository(conn).add_many([call(i % 3, 9) for i in range(450)])
    application, window = make_app()
    page = window.show_tab("log")
    page.model.set_filter(page.filter_bar.current())
    assert not page.model.exact
    window.lock()
    qtbot.wait(50)  # pending timers run; a failure would surface as a Qt-loop exception
    assert window.session is None


def test_a_new_record_from_the_log_tab_is_saved_listed_and_flagged(qtbot, make_app, cases):
    """N → the form → type what happened, tick a mark → Save: the list shows it with its chips."""
    from PySide6.QtWidgets import QCheckBox, QPushButton

    cases.create("新记录")
    application, window = make_app()
    page = window.show_tab("log")

    def fill(dialog):
        type_text(qtbot, dialog.summary, "打到单位，说我欠钱")
        dialog.findChild(QCheckBox, "mark_threats").setChecked(True)
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveButton"), Qt.MouseButton.LeftButton)

    with qtbot.waitActive(window):
        window.activateWindow()
    answer_dialog(fill)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 7).data() == "打到单位，说我欠钱"
    assert ("threats", "mark") in page.model.index(0, 2).data(Qt.ItemDataRole.UserRole + 2)


def test_a_live_call_from_the_log_tab_is_saved_with_its_duration(qtbot, make_app, cases):
    from PySide6.QtWidgets import QPushButton

    cases.create("通话")
    application, window = make_app()
    page = window.show_tab("log")

    def talk(panel):
        type_text(qtbot, panel.findChild(type(panel.notes), "notesEdit"), "说明天上门")
        qtbot.wait(1100)
        qtbot.mouseClick(panel.findChild(QPushButton, "endButton"), Qt.MouseButton.LeftButton)

    with qtbot.waitActive(window):
        window.activateWindow()
    answer_dialog(talk)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert page.model.rowCount() == 1
    row = page.model.row_at(0)
    assert row.summary == "说明天上门" and row.channel == "call" and row.duration_s >= 1
    assert page.session.drafts.get("live_call") is None


def test_the_day_chart_makes_room_for_its_labels_at_large_text(qtbot):
    """At 200 % text the date labels under the bars and the summary below must not overlap."""
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from desktop.ui import fonts
    from desktop.ui.log.day_chart import DayChart

    app = QApplication.instance()
    try:
        chart = DayChart()
        qtbot.addWidget(chart)
        chart.set_counts({date(2026, 11, 20): 3}, date(2026, 11, 28), 30)
        normal = chart.sizeHint().height()
        fonts.apply(app, 200)
        chart.setFont(QApplication.font())
        line = chart.fontMetrics().height()
        assert chart.sizeHint().height() >= 6 * line > normal
        assert chart.minimumSizeHint().height() >= 5 * line
        chart.resize(360, chart.sizeHint().height())
        chart.show()
        assert not chart.grab().isNull()
    finally:
        fonts.apply(app, 100)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_column_fits_the_default_window_and_the_length_column_is_whole(qtbot, make_app, cases, lang):
    """At the default 1100-pixel window the length column slid out of view behind a scroll bar, and
    later the "对方自称" header and the phone number were cut short while what was said kept six characters."""
    case = cases.create("列宽")
    with cases.open(case.id) as conn:
        ContactRepository(conn).add(call(1, 10, duration_s=605, summary="很长的一段话" * 10))
    application, window = make_app(lang)
    window.resize(1100, 760)
    page = window.show_tab("log")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    table = page.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
    assert not table.horizontalScrollBar().isVisible()
    for column in range(page.model.columnCount()):  # no header is cut to "对方…"
        title = str(page.model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title) + 12, title
    length_column, number_column, summary_column = 6, 3, 7
    assert header.sectionSize(length_column) >= table.fontMetrics().horizontalAdvance("10:05")
    # A phone number is evidence only when whole; what was said keeps about ten characters in view.
    assert header.sectionSize(number_column) >= table.fontMetrics().horizontalAdvance("138 0000 1111") + 12
    assert page.model.index(0, number_column).data() == "138 0000 1111"
    assert header.sectionSize(summary_column) >= table.fontMetrics().horizontalAdvance("很长的一段话很长的")
    assert page.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == page.model.index(0, 1).data()  # may be cut
    save_screenshot(window, f"log_tab_1100_{lang}")


def test_the_column_plan_gives_up_spare_width_first_and_never_goes_below_a_minimum():
    from desktop.ui.common.column_fit import Column, plan_widths

    columns = [Column(0, 100, 100), Column(1, 200, 100), Column(2, 100, 50)]
    assert plan_widths(columns, 600, 100) == {0: 100, 1: 200, 2: 100}  # room enough: natural widths
    shrunk = plan_widths(columns, 450, 100)
    assert shrunk[0] == 100 and sum(shrunk.values()) + 100 <= 450
    assert 200 - shrunk[1] == pytest.approx(2 * (100 - shrunk[2]), abs=1)  # in proportion to what each can spare
    assert plan_widths(columns, 10, 100) == {0: 100, 1: 100, 2: 50}  # then the table scrolls sideways


def test_each_third_party_grade_shows_in_the_log_with_its_own_colour(qtbot, make_app, cases):
    """Review R6: high, medium and low look different, and the chip says which one it is."""
    from desktop.domain.contacts import Answer

    case = cases.create("分级测试")
    with cases.open(case.id) as conn:
        ContactRepository(conn).add_many([
            call(1, 10, summary="打给我单位，说我欠钱", contacted_party=Relation.EMPLOYER, debt_disclosed=True),
            call(2, 10, summary="打给我朋友，让我回电", contacted_party=Relation.FRIEND, reachable=Answer.YES),
            call(3, 10, summary="手机坏了，打给我哥问我在哪", contacted_party=Relation.FAMILY,
                 reachable=Answer.NO, continued_after_refusal=Answer.NO),
            call(4, 10, summary="打给我同事，还没回答问题", contacted_party=Relation.COLLEAGUE),
        ])
    application, window = make_app()
    page = window.show_tab("log")
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    chips = {page.model.index(r, 7).data(): page.model.index(r, 2).data(Qt.ItemDataRole.UserRole + 2)
             for r in range(4)}
    assert ("third_party_contact/high", "auto") in chips["打给我单位，说我欠钱"]
    assert chips["打给我朋友，让我回电"] == [("third_party_contact/medium", "auto")]
    assert chips["手机坏了，打给我哥问我在哪"] == [("third_party_contact/low", "auto")]
    assert chips["打给我同事，还没回答问题"] == [("third_party_contact/medium", "auto")]
    infos = page.table.itemDelegateForColumn(2).rules
    colours = {infos[f"third_party_contact/{g}"].severity for g in ("high", "medium", "low")}
    assert colours == {"high", "medium", "low"}
    qtbot.wait(200)
    save_screenshot(window, "log_tab_graded_zh_CN")


def test_opening_a_flagged_record_says_what_was_found_and_asks_to_tag_the_loan(qtbot, log):
    """The 4th answered call of a day, naming no loan: the form says so and how to fix it."""
    from desktop.domain.contacts import Answer
    from desktop.ui.log.contact_dialog import ContactDialog

    window, page = log
    row = texts(page, 7).index("白天第3次")
    page.table.selectRow(row)
    seen = {}

    def read_and_answer(dialog):
        assert isinstance(dialog, ContactDialog)
        seen["findings"] = dialog.findChild(QLabel, "findingsLabel").text()
        dialog.done(ContactDialog.DialogCode.Rejected)

    answer_dialog(read_and_answer)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "findings" in seen)
    assert "频繁骚扰" in seen["findings"] and "你接了的电话 4 次" in seen["findings"]
    assert "选上是哪笔贷款" in seen["findings"]

    # answering the questions on the employer record regrades it at once in the list
    employer = texts(page, 7).index("打到单位")
    page.table.selectRow(employer)

    def answer_questions(dialog):
        dialog.contacted.setCurrentIndex(dialog.contacted.findData("family"))
        dialog.disclosed.setChecked(False)
        dialog.reachable.set_value(str(Answer.NO))
        dialog.continued.set_value(str(Answer.NO))
        dialog.save()

    answer_dialog(answer_questions)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("third_party_contact/low", "auto") in (
        page.model.index(texts(page, 7).index("打到单位"), 2).data(Qt.ItemDataRole.UserRole + 2) or []))


def test_a_file_gone_before_save_keeps_the_form_open_stores_nothing_and_saves_once_it_is_back(
        qtbot, make_app, cases, tmp_path):
    """Type, attach a recording, the recording is moved away, Save: the app says which file, stores
    nothing (no record, no stray copy in evidence/), and the form still holds what was typed.
    Put the file back and Save again: the record is stored with its file, in one version."""
    from PySide6.QtWidgets import QMessageBox, QPushButton

    cases.create("附件丢失")
    application, window = make_app()
    page = window.show_tab("log")
    recording = tmp_path / "催收录音.m4a"
    recording.write_bytes(b"audio" * 200)
    seen = {}

    def fill(dialog):
        type_text(qtbot, dialog.summary, "说要上门，录了音")
        dialog.files.add_files([recording])
        recording.unlink()  # moved away while the form was open

        def on_error(box):
            assert isinstance(box, QMessageBox)
            seen["message"] = box.text()
            save_screenshot(box, "log-file-gone-before-save")
            seen["stored"] = page.session.contacts.count()
            folder = page.session.evidence.folder
            seen["files"] = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
            seen["form_open"] = dialog.isVisible()
            box.done(0)
            QTimer.singleShot(0, save_again)

        def save_again():
            seen["summary"] = dialog.summary.toPlainText()
            recording.write_bytes(b"audio" * 200)  # put back where it was
            qtbot.mouseClick(dialog.findChild(QPushButton, "saveButton"), Qt.MouseButton.LeftButton)

        answer_dialog(on_error)
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveButton"), Qt.MouseButton.LeftButton)

    with qtbot.waitActive(window):
        window.activateWindow()
    answer_dialog(fill)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "催收录音.m4a" in seen["message"] and "没有保存" in seen["message"]
    assert seen["stored"] == 0 and seen["files"] == [] and seen["form_open"]
    assert seen["summary"] == "说要上门，录了音"
    (row,) = [page.model.row_at(0)]
    assert row.summary == "说要上门，录了音"
    (attachment,) = page.session.evidence.for_contact(row.id)
    assert attachment.original_name == "催收录音.m4a"
    history = page.session.contacts.history(row.id)
    assert [v.action for v in history] == ["create"]
    assert history[0].content["attachments"] == [attachment.sha256]
