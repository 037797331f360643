"""The first start: welcome, language, the first case — or the sample case."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from desktop.settings import FIRST_RUN_DONE, LANGUAGE
from tests.ui.conftest import answer_dialog, save_screenshot, type_text


def test_first_run_welcomes_and_creates_the_first_case(qtbot, make_app, cases):
    application, window = make_app()
    seen = {}

    def handler(dialog):
        seen["text"] = dialog.findChild(QLabel, "welcomeText").text()
        save_screenshot(dialog, "first_run_zh_CN")
        type_text(qtbot, dialog.findChild(QLineEdit, "aliasEdit"), "李女士")
        qtbot.mouseClick(dialog.findChild(QPushButton, "startButton"), Qt.MouseButton.LeftButton)

    answer_dialog(handler)
    application.first_run()
    assert "只保存在这台电脑上" in seen["text"]
    assert "不是法律意见" in seen["text"]
    assert [s.alias for s in cases.list()] == ["李女士"]
    assert window.case.alias == "李女士"
    assert application.settings.get(FIRST_RUN_DONE)


def test_first_run_in_english_retranslates_the_dialog_at_once(qtbot, make_app, cases):
    application, window = make_app()
    seen = {}

    def handler(dialog):
        combo = dialog.findChild(QComboBox, "languageCombo")
        combo.setCurrentIndex(combo.findData("en"))
        start = dialog.findChild(QPushButton, "startButton")
        qtbot.waitUntil(lambda: start.text() == "Start", timeout=2000)
        seen["start"] = start.text()
        save_screenshot(dialog, "first_run_en")
        type_text(qtbot, dialog.findChild(QLineEdit, "aliasEdit"), "Ms Li")
        qtbot.mouseClick(dialog.findChild(QPushButton, "startButton"), Qt.MouseButton.LeftButton)

    answer_dialog(handler)
    application.first_run()
    assert seen["start"] == "Start"
    assert application.settings.get(LANGUAGE) == "en"


def test_first_run_can_load_the_sample_case(qtbot, make_app, cases):
    application, window = make_app()
    answer_dialog(lambda d: qtbot.mouseClick(d.findChild(QPushButton, "sampleButton"), Qt.MouseButton.LeftButton))
    application.first_run()
    (summary,) = cases.list()
    assert "示例" in summary.alias
    assert "虚构" in cases.get(summary.id).notes
    assert window.case.id == summary.id


def test_first_run_is_not_shown_again_once_a_case_exists(qtbot, make_app, cases):
    cases.create("已有")
    application, window = make_app()
    application.settings.set(FIRST_RUN_DONE, True)
    application.first_run()  # returns at once: no dialog to answer
    assert len(cases.list()) == 1
