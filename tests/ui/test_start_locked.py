"""With a passcode set the app starts locked (review H1 / 5.3): no alias anywhere until the passcode is typed.

Each test builds the real app on a data folder, as a restart does, and reads
everything the window could show: every widget's text, tooltips, combo items,
tab titles, menus, the status bar and the window title.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.settings import DESK_PASSCODE, LAST_CASE, Settings
from desktop.store.cases import CaseRepository
from desktop.ui.actions import Action
from desktop.ui.cases.case_tab import CaseTab
from tests.ui.conftest import type_text

CODE = "门牌𠮷8号楼"
ALIAS = "保密的王女士"
OTHER = "另一位李先生"


def everything_shown(window: QMainWindow) -> list[str]:
    """Every piece of text the window holds, shown or hidden, plus any other open window's."""
    texts = [window.windowTitle()]
    widgets = [window, *window.findChildren(QWidget)]
    widgets += [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    for widget in widgets:
        texts += [widget.windowTitle(), widget.toolTip(), widget.statusTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())] + [widget.currentText()]
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QMenu):
            texts += [action.text() for action in widget.actions()]
        texts += [action.text() for action in widget.findChildren(QAction)]
    texts.append(window.statusBar().currentMessage())
    return texts


def assert_nothing_of_a_case(window: QMainWindow) -> None:
    shown = "\n".join(everything_shown(window))
    for secret in (ALIAS, OTHER):
        assert secret not in shown, f"{secret!r} is on the locked window"
    assert window.case is None and window.session is None
    assert not window.findChildren(CaseTab) and window.tabs is None
    assert window.case_bar.combo.count() == 0 and not window.case_bar.isEnabled()


@pytest.fixture
def two_cases(cases):
    """Two cases; the confidential one was open last."""
    cases.create(OTHER)
    return cases.create(ALIAS)


def _quit_from_the_menu(window) -> None:
    """File → Quit, the way ADMIN.md says works while locked."""
    quit_action = window.action_map[Action.QUIT]
    assert quit_action in window.file_menu.actions() and quit_action.isEnabled()
    quit_action.trigger()
    assert not window.isVisible()


def _unlock_with(qtbot, window, text: str) -> None:
    edit = window.lock_screen.passcode_edit
    type_text(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_after_lock_and_quit_the_app_starts_locked_and_shows_the_last_case_only_after_the_passcode(
    qtbot, make_app, two_cases, monkeypatch
):
    application, window = make_app()
    assert window.case.alias == ALIAS
    application.desk_mode.gate.set_first(CODE)  # what Settings → Set a passcode does
    qtbot.mouseClick(window.case_bar.lock_button, Qt.MouseButton.LeftButton)
    assert window.locked
    _quit_from_the_menu(window)

    # No case is read at all until the passcode has been typed.
    reads = []
    for name in ("list", "get", "open"):
        original = getattr(CaseRepository, name)
        monkeypatch.setattr(CaseRepository, name,
                            lambda self, *a, _name=name, _f=original, **k: reads.append(_name) or _f(self, *a, **k))
    again, window = make_app()  # a fresh App on the same data folder: a restart
    assert window.locked
    assert window.stack.currentWidget() is window.lock_screen and window.lock_screen.isVisible()
    assert window.lock_screen.asking_for_passcode()
    assert_nothing_of_a_case(window)
    assert reads == []

    _unlock_with(qtbot, window, "门牌𠮷9号楼")  # wrong: still nothing
    assert window.locked
    assert_nothing_of_a_case(window)
    assert reads == []

    _unlock_with(qtbot, window, CODE)
    assert not window.locked
    assert window.case is not None and window.case.alias == ALIAS
    assert window.findChild(CaseTab).alias_label.text() == ALIAS
    assert ALIAS in window.windowTitle()
    assert window.case_bar.combo.currentText() == ALIAS


def test_with_a_passcode_the_app_starts_locked_even_after_a_crash_or_closing_unlocked(
    qtbot, make_app, two_cases, data_dir
):
    """Whether the screen was locked before does not matter: a passcode set is enough."""
    application, window = make_app()
    application.desk_mode.gate.set_first(CODE)
    assert not window.locked  # the app was in use when it was killed: nothing marked it locked
    settings = Settings(data_dir.settings_file)
    assert settings.get(LAST_CASE) == two_cases.id
    window.hide()  # the killed process's window is gone; nothing ran on the way out

    again, restarted = make_app()
    assert restarted.locked
    assert_nothing_of_a_case(restarted)
    _unlock_with(qtbot, restarted, CODE)
    assert restarted.case.alias == ALIAS


def test_the_settings_and_quit_menus_work_on_the_locked_start_and_show_no_case(qtbot, make_app, two_cases):
    application, window = make_app()
    application.desk_mode.gate.set_first(CODE)
    window.close()
    again, window = make_app()
    assert window.locked
    # Loading the sample case or starting a new one from the menu does nothing while locked.
    window.action_map[Action.LOAD_SAMPLE].trigger()
    window.action_map[Action.NEW_CASE].trigger()
    assert_nothing_of_a_case(window)
    _quit_from_the_menu(window)


def test_without_a_passcode_the_app_starts_on_the_last_case_as_before(qtbot, make_app, two_cases, data_dir):
    application, window = make_app()
    window.lock()
    window.close()
    assert Settings(data_dir.settings_file).get(DESK_PASSCODE) == ""
    again, window = make_app()
    assert not window.locked
    assert window.case.alias == ALIAS and ALIAS in window.windowTitle()


def test_a_language_change_after_unlocking_does_not_lock_again(qtbot, make_app, two_cases):
    """Settings → language re-creates the window; only the first start locks by itself."""
    application, window = make_app()
    application.desk_mode.gate.set_first(CODE)
    window.close()
    again, window = make_app()
    _unlock_with(qtbot, window, CODE)
    again.rebuild_window()
    new = again.window
    assert new is not window and not new.locked
    assert new.case.alias == ALIAS
    new.close()


def test_a_language_change_on_the_locked_start_keeps_it_locked_and_the_case_opens_after_unlock(
    qtbot, make_app, two_cases
):
    application, window = make_app()
    application.desk_mode.gate.set_first(CODE)
    window.close()
    again, window = make_app()
    again.rebuild_window()
    new = again.window
    assert new.locked
    assert_nothing_of_a_case(new)
    _unlock_with(qtbot, new, CODE)
    assert new.case.alias == ALIAS
    new.close()
