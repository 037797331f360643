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


def test_a_damaged_sample_file_on_first_run_is_a_calm_message_and_no_case(qtbot, make_app, cases, tmp_path):
    """The sample is read in full before anything is stored: a broken file leaves no half-made case behind."""
    import shutil

    from desktop.content.loader import load_content
    from desktop.paths import resources_dir

    resources = tmp_path / "resources"
    for part in ("sources", "rules", "guidance", "letters", "budget", "sample"):
        shutil.copytree(resources_dir() / part, resources / part)
    sample = resources / "sample" / "case.toml"
    sample.write_text(sample.read_text(encoding="utf-8").replace("[case]", "[case", 1), encoding="utf-8")
    application, window = make_app()
    application.ctx.content, _problems = load_content(resources)
    seen = {}

    def read_message(box):
        seen["text"] = box.text()
        box.accept()

    answer_dialog(lambda d: (answer_dialog(read_message),
                             qtbot.mouseClick(d.findChild(QPushButton, "sampleButton"), Qt.MouseButton.LeftButton)))
    application.first_run()
    assert "case.toml" in seen["text"] and "其他功能不受影响" in seen["text"]
    assert cases.list() == []


def test_first_run_is_not_shown_again_once_a_case_exists(qtbot, make_app, cases):
    cases.create("已有")
    application, window = make_app()
    application.settings.set(FIRST_RUN_DONE, True)
    application.first_run()  # returns at once: no dialog to answer
    assert len(cases.list()) == 1


def _texts(window):
    """Every piece of text a person can see in the window: menu titles and entries, buttons, labels, tabs."""
    from PySide6.QtWidgets import QAbstractButton, QTabWidget

    texts = [a.text() for a in window.menuBar().actions()]
    for menu_action in window.menuBar().actions():
        if menu_action.menu() is not None:
            texts += [a.text() for a in menu_action.menu().actions() if a.text()]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisibleTo(window) and w.text()]
    texts += [w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window) and w.text()]
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return texts


def test_choosing_chinese_on_an_english_first_start_turns_the_whole_window_chinese(qtbot, make_app, cases):
    """The menu bar and the case bar followed the choice only after a restart (seen under a real X server)."""
    application, window = make_app("en")
    assert any(t.replace("&", "") == "File" for t in _texts(window))

    def handler(dialog):
        combo = dialog.findChild(QComboBox, "languageCombo")
        combo.setCurrentIndex(combo.findData("zh_CN"))
        start = dialog.findChild(QPushButton, "startButton")
        qtbot.waitUntil(lambda: start.text() != "Start", timeout=2000)
        type_text(qtbot, dialog.findChild(QLineEdit, "aliasEdit"), "李女士")
        qtbot.mouseClick(start, Qt.MouseButton.LeftButton)

    answer_dialog(handler)
    application.first_run()
    window = application.window
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert window.case.alias == "李女士"
    texts = _texts(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus and all(any("\u4e00" <= ch <= "\u9fff" for ch in m) for m in menus), menus
    english = {"File", "Help", "Settings", "Lock", "Quick hide", "New case", "Learn", "Log", "Negotiate", "Export"}
    assert not english & {t.replace("&", "").strip("…. ") for t in texts}, texts
    assert application.settings.get(LANGUAGE) == "zh_CN"
    save_screenshot(window, "first_run_switched_to_zh_CN")


def test_a_message_already_shown_follows_a_change_of_language(qtbot, make_app, cases):
    """Seen under a real X server: 'Start' with no name, then 简体中文 — the red line stayed English."""
    application, window = make_app("en")
    seen = {}

    def handler(dialog):
        start = dialog.findChild(QPushButton, "startButton")
        qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
        error = dialog.findChild(QLabel, "fieldError")
        seen["en"] = error.text()
        combo = dialog.findChild(QComboBox, "languageCombo")
        combo.setCurrentIndex(combo.findData("zh_CN"))
        qtbot.waitUntil(lambda: start.text() != "Start", timeout=2000)
        seen["zh"] = error.text()
        type_text(qtbot, dialog.findChild(QLineEdit, "aliasEdit"), "李女士")
        qtbot.mouseClick(start, Qt.MouseButton.LeftButton)

    answer_dialog(handler)
    application.first_run()
    assert "name" in seen["en"]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in seen["zh"]) and "name" not in seen["zh"]
