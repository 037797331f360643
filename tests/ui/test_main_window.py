"""The window as a person uses it: cases from the case bar, notes, lock and quick hide."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPushButton

from desktop.ui.actions import MENUS, Action
from desktop.ui.cases.case_tab import CaseTab
from tests.ui.conftest import answer_dialog, save_screenshot, type_text


def _type_alias_and_ok(qtbot, text):
    def handler(dialog):
        edit = dialog.findChild(QLineEdit, "aliasEdit")
        edit.clear()
        type_text(qtbot, edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    return handler


def test_new_case_from_the_case_bar(qtbot, make_app, cases):
    application, window = make_app()
    answer_dialog(_type_alias_and_ok(qtbot, "王女士"))
    qtbot.mouseClick(window.case_bar.new_button, Qt.MouseButton.LeftButton)
    assert [s.alias for s in cases.list()] == ["王女士"]
    assert window.case_bar.combo.currentText() == "王女士"
    assert window.findChild(CaseTab).alias_label.text() == "王女士"
    assert window.windowTitle() == "王女士 — 催收应对助手"


def test_an_empty_name_is_explained_next_to_the_field_and_the_dialog_stays(qtbot, make_app, cases):
    application, window = make_app()
    seen = {}

    def handler(dialog):
        edit = dialog.findChild(QLineEdit, "aliasEdit")
        type_text(qtbot, edit, "   ")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        error = dialog.findChild(type(dialog.error), "fieldError")
        seen["error"] = error.text()
        seen["visible"] = dialog.isVisible()
        type_text(qtbot, edit, "案件1")
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    answer_dialog(handler)
    qtbot.mouseClick(window.case_bar.new_button, Qt.MouseButton.LeftButton)
    assert "称呼" in seen["error"]
    assert seen["visible"]
    assert [s.alias for s in cases.list()] == ["案件1"]


def test_switch_rename_and_delete(qtbot, make_app, cases, data_dir):
    first = cases.create("第一")
    second = cases.create("第二")
    application, window = make_app()
    assert window.case.id == second.id
    combo = window.case_bar.combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert window.case.id == first.id

    answer_dialog(_type_alias_and_ok(qtbot, "第一（改名）"))
    window.case_bar.rename_action.trigger()
    assert cases.get(first.id).alias == "第一（改名）"
    assert combo.currentText() == "第一（改名）"

    def cancel(box):
        box.button = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole][0]
        box.button.click()

    answer_dialog(cancel)
    window.case_bar.delete_action.trigger()
    assert data_dir.case_dir(first.id).exists()

    def delete(box):
        [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole][0].click()

    answer_dialog(delete)
    window.case_bar.delete_action.trigger()
    assert not data_dir.case_dir(first.id).exists()
    assert window.case.id == second.id
    assert [combo.itemText(i) for i in range(combo.count())] == ["第二"]


def _entries_of_the_more_menu(qtbot, window) -> list[tuple[str, bool]]:
    """Click "More" as a person would and read the menu that pops up, then close it."""
    from PySide6.QtWidgets import QMenu

    seen = []

    def read_and_close():
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, read_and_close)
            return
        seen.extend((a.text(), a.isEnabled()) for a in menu.actions() if not a.isSeparator())
        seen.append(("shown with height", menu.height() > 3 * menu.fontMetrics().height()))
        menu.close()

    QTimer.singleShot(0, read_and_close)
    qtbot.mouseClick(window.case_bar.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    return seen


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # a popup on the offscreen platform
def test_the_more_menu_has_its_entries_when_it_first_opens(qtbot, make_app, cases):
    """Its entries are added when it first opens (not before the first paint); rename and delete need a case."""
    application, window = make_app()
    assert _entries_of_the_more_menu(qtbot, window) == [
        ("修改案件称呼…", False), ("删除这个案件…", False), ("载入示例案件", True), ("shown with height", True)]
    cases.create("更多")
    window.refresh_cases()
    window.open_case(cases.list()[0].id)
    assert [enabled for _, enabled in _entries_of_the_more_menu(qtbot, window)[:2]] == [True, True]


def test_notes_save_themselves_and_come_back(qtbot, make_app, cases):
    case = cases.create("笔记")
    application, window = make_app()
    notes = window.findChild(CaseTab).notes
    type_text(qtbot, notes, "借了两笔网贷 😀 𠮷")
    qtbot.waitUntil(lambda: cases.get(case.id).notes == "借了两笔网贷 😀 𠮷", timeout=3000)
    assert window.findChild(CaseTab).saved_label.text() == "已保存"


def test_notes_save_through_the_open_case_without_reopening_or_rechecking_its_file(qtbot, make_app, cases, monkeypatch):
    """Each autosave used to open the file again, whole-file check and all: seconds per pause on a big case."""
    from desktop.store.cases import CaseRepository

    case = cases.create("大案件")
    application, window = make_app()
    opened = []
    original = CaseRepository.open
    monkeypatch.setattr(CaseRepository, "open", lambda self, *a, **k: (opened.append(a), original(self, *a, **k))[1])
    tab = window.findChild(CaseTab)
    type_text(qtbot, tab.notes, "第一次")
    qtbot.waitUntil(lambda: tab.saved_label.text() == "已保存", timeout=3000)
    type_text(qtbot, tab.notes, "，第二次")
    tab.save()
    assert opened == []
    assert window.session.case.notes == "第一次，第二次" == tab.case.notes
    monkeypatch.undo()
    assert cases.get(case.id).notes == "第一次，第二次"


def test_a_notes_save_after_the_case_closed_changes_nothing_and_says_nothing(qtbot, make_app, cases):
    first, second = cases.create("甲"), cases.create("乙")
    application, window = make_app()
    tab = window.findChild(CaseTab)
    window.open_case(first.id if window.case.id == second.id else second.id)
    tab.notes.setPlainText("关闭后才到")  # e.g. a late focus-out of the old tab
    tab.save()
    assert [cases.get(c.id).notes for c in (first, second)] == ["", ""]


def test_notes_typed_just_before_switching_case_are_not_lost(qtbot, make_app, cases):
    first = cases.create("甲")
    cases.create("乙")
    application, window = make_app()
    type_text(qtbot, window.findChild(CaseTab).notes, "马上切换")
    window.open_case(first.id)
    assert cases.get(first.id).alias == "甲"
    assert [c.notes for c in (cases.get(s.id) for s in cases.list())] == ["", "马上切换"]


def test_lock_destroys_case_views_and_continue_brings_the_case_back(qtbot, make_app, cases):
    case = cases.create("隐私")
    application, window = make_app()
    qtbot.mouseClick(window.case_bar.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.findChildren(CaseTab))
    assert window.case_bar.combo.count() == 0
    assert "隐私" not in window.windowTitle()
    assert not window.case_bar.isEnabled()
    qtbot.mouseClick(window.lock_screen.button, Qt.MouseButton.LeftButton)
    assert window.case.id == case.id
    assert window.findChild(CaseTab) is not None


def test_quick_hide_shortcut_locks_and_minimises(qtbot, make_app, cases):
    cases.create("快速隐藏")
    application, window = make_app()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.findChild(CaseTab).notes, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.locked
    assert window.isMinimized()
    qtbot.waitUntil(lambda: not window.findChildren(CaseTab))


# The offscreen platform cannot raise a popup or grab the keyboard for it; the menu still opens and works.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_the_file_menu_opens_from_the_menu_bar_and_its_lock_entry_locks(qtbot, make_app, cases):
    """As a person does it: click File in the menu bar, then Lock in the menu that opens."""
    cases.create("菜单")
    application, window = make_app()
    bar, menu = window.menuBar(), window.file_menu
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible)
    shown = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert shown == ["新建案件(&N)…", "所有案件(&A)…", "载入示例案件(&S)", "本案件的备份(&B)…", "导出案件到文件(&E)…",
                     "从文件导入案件(&I)…", "锁定(&L)", "快速隐藏(&H)", "退出(&Q)"]
    save_screenshot(menu, "file_menu_zh_CN")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(window.action_map[Action.LOCK]).center())
    assert window.locked
    qtbot.waitUntil(lambda: not window.findChildren(CaseTab))


def test_every_action_is_in_its_menu_in_order_and_keeps_its_keys(qtbot, make_app, cases):
    """The action registry builds what the menus show: each action once, in the menu MENUS names."""
    application, window = make_app("en")
    menus = {"file": window.file_menu, "settings": window.settings_menu, "help": window.help_menu}
    for name, entries in MENUS.items():
        listed = [None if a.isSeparator() else a for a in menus[name].actions()]
        assert listed == [None if e is None else window.action_map[e] for e in entries], name
    assert sorted(a.value for a in window.action_map) == sorted(a.value for a in Action)
    keys = {a: window.action_map[a].shortcut().toString() for a in (Action.NEW_CASE, Action.ALL_CASES, Action.LOCK)}
    assert keys == {Action.NEW_CASE: "Ctrl+N", Action.ALL_CASES: "Ctrl+O", Action.LOCK: "Ctrl+L"}


def test_lock_from_its_action_and_from_ctrl_l(qtbot, make_app, cases):
    cases.create("锁")
    application, window = make_app()
    window.action_map[Action.LOCK].trigger()
    assert window.locked and window.case is None
    qtbot.mouseClick(window.lock_screen.button, Qt.MouseButton.LeftButton)
    assert not window.locked and window.case is not None
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.findChild(CaseTab).notes, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked


def test_a_damaged_case_is_shown_as_such_and_choosing_it_keeps_the_current_case(qtbot, make_app, cases, data_dir):
    good = cases.create("好")
    bad = cases.create("坏")
    db = data_dir.case_dir(bad.id) / "case.db"
    db.write_bytes(b"garbage")
    application, window = make_app()
    assert window.case.id == good.id
    combo = window.case_bar.combo
    index = combo.findData(bad.id)
    assert "无法打开" in combo.itemText(index)
    shown = {}

    def read_and_close(box):
        shown["text"] = box.text()
        box.accept()

    answer_dialog(read_and_close)
    window.case_bar.case_selected.emit(bad.id)
    assert "损坏" in shown["text"]
    assert window.case.id == good.id


def test_the_chinese_window(qtbot, make_app, cases):
    """Everything a person reads is Chinese; the screenshot is saved for a human look."""
    cases.create("王女士")
    application, window = make_app("zh_CN")
    window.resize(1000, 640)
    assert window.case_bar.new_button.text() == "新建案件"
    assert window.case_bar.lock_button.text() == "锁定"
    assert window.tabs.tabText(0) == "案件概况"
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    path = save_screenshot(window, "main_window_zh_CN")
    assert path.stat().st_size > 5000


def test_the_english_window(qtbot, make_app, cases):
    cases.create("Ms Wang")
    application, window = make_app("en")
    assert window.case_bar.new_button.text() == "New case"
    save_screenshot(window, "main_window_en")


def test_about_shows_version_disclaimer_and_data_path(qtbot, make_app, data_dir):
    from desktop import __version__

    application, window = make_app()
    seen = {}

    def read(dialog):
        from PySide6.QtWidgets import QLabel

        seen["text"] = dialog.findChild(QLabel, "aboutText").text()
        save_screenshot(dialog, "about_zh_CN")
        dialog.reject()

    answer_dialog(read)
    window.show_about()
    assert __version__ in seen["text"]
    assert "不是法律意见" in seen["text"]
    assert str(data_dir.root) in seen["text"]


def test_settings_text_size_scales_the_whole_ui_and_language_rebuilds_the_window(qtbot, make_app, cases):
    from PySide6.QtWidgets import QApplication, QComboBox, QSlider

    from desktop.settings import LANGUAGE, TEXT_SCALE

    cases.create("设置")
    application, window = make_app()
    before = QApplication.font().pointSizeF()

    def change(dialog):
        dialog.findChild(QSlider, "textScaleSlider").setValue(150)
        combo = dialog.findChild(QComboBox, "languageCombo")
        combo.setCurrentIndex(combo.findData("en"))
        [b for b in dialog.findChildren(QPushButton) if b.text() in ("OK", "确定")][0].click()

    answer_dialog(change)
    window.settings_requested.emit()
    assert application.settings.get(TEXT_SCALE) == 150
    assert abs(QApplication.font().pointSizeF() - before * 1.5) < 0.01
    assert application.settings.get(LANGUAGE) == "en"
    assert application.window is not window
    assert application.window.case_bar.new_button.text() == "New case"
    assert application.window.case.alias == "设置"
    application.window.close()


def test_backups_are_listed_from_settings(qtbot, make_app, cases):
    """Settings → Backups of this case: the daily backup made when the case opened is listed."""
    from PySide6.QtWidgets import QTreeWidget

    cases.create("备份")
    application, window = make_app()
    qtbot.waitUntil(lambda: window.session.checked)  # the daily backup follows the check, off the UI thread
    seen = {}

    def in_backups(dialog):
        tree = dialog.findChild(QTreeWidget)
        seen["rows"] = tree.topLevelItemCount() if tree is not None else -1
        seen["title"] = dialog.windowTitle()
        dialog.reject()

    def in_settings(dialog):
        answer_dialog(in_backups)
        qtbot.mouseClick(dialog.findChild(QPushButton, "backupsButton"), Qt.MouseButton.LeftButton)
        dialog.reject()

    answer_dialog(in_settings)
    window.settings_requested.emit()
    assert seen["title"] == "这个案件的备份"
    assert seen["rows"] >= 1


def test_every_tab_fits_a_small_laptop_screen_at_150_percent_text(qtbot, make_app, cases):
    """1366×768 is common at the desks: no tab may push the window's minimum size past the screen."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui import fonts

    application, window = make_app()
    application.load_sample()
    fonts.apply(QApplication.instance(), 150)
    try:
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            minimum = window.minimumSizeHint()
            assert minimum.height() <= 700 and minimum.width() <= 1300, (window.tabs.tabText(index), minimum)
        window.resize(1280, 700)
        window.tabs.setCurrentIndex(window.tabs.count() - 1)  # Export: its button is reached by scrolling
        QApplication.processEvents()
        assert window.height() <= 700
    finally:
        fonts.apply(QApplication.instance(), 100)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("scale", [100, 150])
def test_the_window_and_the_big_dialogs_open_within_a_laptop_screen(qtbot, make_app, scale, lang):
    """The tests run on a 1366×768 screen: the contact form, the live-call panel, the complaint draft and the
    import preview must open with their buttons on it, at normal and at large text."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui import fonts

    application, window = make_app(lang)
    application.load_sample()
    fonts.apply(QApplication.instance(), scale)
    free = window.screen().availableGeometry()
    assert free.height() == 768  # the laptop screen of tests/data/screen-laptop.json
    try:
        assert window.width() <= free.width() and window.height() <= free.height()
        log = window.log_tab.ensure_built()
        negotiate = window.negotiate_tab.ensure_built()
        for name, opener in (("contact form", log.new_contact), ("live call", log.live_call),
                             ("complaint", negotiate.open_complaint)):
            seen = {}

            def measure(dialog, seen=seen, name=name):
                QApplication.processEvents()
                seen["size"] = dialog.size()
                seen["minimum"] = dialog.minimumSizeHint()
                save_screenshot(dialog, f"laptop_{name.replace(' ', '_')}_{lang}_{scale}")
                dialog.done(0)

            answer_dialog(measure)
            opener()
            size, minimum = seen["size"], seen["minimum"]
            assert size.height() <= free.height() * 0.92 and size.width() <= free.width(), (name, size)
            assert minimum.height() <= size.height() and minimum.width() <= size.width(), (name, minimum, size)
    finally:
        fonts.apply(QApplication.instance(), 100)


def test_check_boxes_and_radio_buttons_grow_with_the_text(qtbot):
    from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton

    from desktop.ui import fonts
    from desktop.ui.scaled_style import ScaledIndicatorStyle

    def indicator_side(box):
        option = QStyleOptionButton()
        option.initFrom(box)
        return box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box).height()

    app = QApplication.instance()
    try:
        fonts.apply(app, 100)
        assert not isinstance(app.style(), ScaledIndicatorStyle)  # the usual size: the style as it is
        normal = QCheckBox("每天超过3次")
        qtbot.addWidget(normal)
        normal.show()
        small = indicator_side(normal)
        fonts.apply(app, 150)
        large = QCheckBox("每天超过3次")
        qtbot.addWidget(large)
        large.show()
        assert indicator_side(large) >= small * 1.4
        fonts.apply(app, 200)
        assert indicator_side(large) >= small * 1.9
        fonts.apply(app, 100)
        assert not isinstance(app.style(), ScaledIndicatorStyle) and indicator_side(large) == small
    finally:
        fonts.apply(app, 100)


def test_the_window_started_as_run_gui_does_gets_quick_hide_and_a_selectable_path_in_the_next_turn(
    qtbot, data_dir, cases, request
):
    """run_gui builds the window deferred and finishes it after the first paint; what needs PySide's Qt
    namespace (quick hide's application-wide shortcut, the empty page's centring, the Case tab's
    selectable path) comes one turn of the event loop later, before any key can be handled."""
    from PySide6.QtGui import QShortcut

    from desktop import i18n
    from desktop.app import App, make_application
    from desktop.ui.main_window import QUICK_HIDE_KEYS

    case = cases.create("延后")
    application = App(make_application(), data_dir, lang_override="zh_CN")
    window = application.build_window(open_case=False)
    qtbot.addWidget(window)
    request.addfinalizer(lambda: i18n.install(QApplication.instance(), "en"))  # as make_app leaves it
    window.show()
    qtbot.waitExposed(window)
    window.finish_start_up()
    application.start()
    assert window.case.id == case.id and window.findChildren(QShortcut) == []
    qtbot.waitUntil(lambda: len(window.findChildren(QShortcut)) == 1)
    [hide] = window.findChildren(QShortcut)
    assert hide.key().toString() == QUICK_HIDE_KEYS and hide.context() == Qt.ShortcutContext.ApplicationShortcut
    folder = next(label for label in window.findChild(CaseTab).findChildren(QLabel) if case.id in label.text())
    qtbot.waitUntil(lambda: bool(folder.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse))
    assert window.empty_page.alignment() == Qt.AlignmentFlag.AlignCenter
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.locked
