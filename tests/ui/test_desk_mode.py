"""Desk mode as a person at a shared computer meets it: passcode on the lock screen, idle lock, quick hide."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.domain import passcode as pc
from desktop.settings import DESK_BLOCKED_UNTIL, DESK_FAILED_TRIES, DESK_IDLE_MINUTES, DESK_PASSCODE, Settings
from desktop.ui.cases.case_tab import CaseTab
from desktop.ui.desk.desk_mode import DeskMode, PasscodeGate, bring_forward
from desktop.ui.desk.passcode_dialog import DeskModeSettings
from tests.ui.conftest import answer_dialog, save_screenshot, type_text

CODE = "门牌𠮷8号楼"


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def desk(make_app, cases):
    """A window of the real app with desk mode on it; clocks under the test's control."""
    made = []

    def build(lang: str = "zh_CN", code: str | None = CODE, idle: int = 5):
        cases.create("王女士")
        application, window = make_app(lang)
        if code is not None:
            application.settings.set(DESK_PASSCODE, pc.hash_passcode(code))
        application.settings.set(DESK_IDLE_MINUTES, idle)
        clock, wall = Clock(1000.0), Clock(1_700_000_000.0)
        mode = getattr(application, "desk_mode", None)  # the one App.build_window wires in
        if mode is None:
            mode = DeskMode(QApplication.instance(), window, application.settings)
            made.append(mode)
        mode.clock, mode.gate.clock = clock, wall
        mode.attach(window)  # restart the idle count on the test's clock
        return application, window, mode, clock, wall

    yield build
    for mode in made:
        mode.stop()
        mode.deleteLater()


def _unlock_with(qtbot, window, text):
    edit = window.lock_screen.passcode_edit
    type_text(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_without_a_passcode_continue_unlocks_as_before(qtbot, desk):
    application, window, mode, clock, wall = desk(code=None)
    window.lock()
    assert not window.lock_screen.asking_for_passcode()
    assert window.lock_screen.passcode_edit.isHidden()
    assert window.lock_screen.button.text() == "继续"
    qtbot.mouseClick(window.lock_screen.button, Qt.MouseButton.LeftButton)
    assert not window.locked and window.findChild(CaseTab) is not None


def test_a_wrong_passcode_keeps_the_lock_and_the_right_one_brings_the_case_back(qtbot, desk):
    application, window, mode, clock, wall = desk()
    qtbot.mouseClick(window.case_bar.lock_button, Qt.MouseButton.LeftButton)
    screen = window.lock_screen
    assert screen.asking_for_passcode()
    assert "不会加密" in screen.notice.text()
    _unlock_with(qtbot, window, "门牌𠮷9号楼")
    assert window.locked
    assert "密码不对" in screen.message.text()
    assert screen.passcode_edit.text() == ""  # nothing typed lingers
    qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)  # an empty try is a wrong try too
    assert window.locked
    _unlock_with(qtbot, window, CODE)
    assert not window.locked
    assert window.findChild(CaseTab).alias_label.text() == "王女士"
    assert application.settings.get(DESK_FAILED_TRIES) == 0


def test_after_three_wrong_tries_the_button_waits_with_a_countdown_even_after_a_restart(
    qtbot, desk, data_dir
):
    application, window, mode, clock, wall = desk()
    window.lock()
    screen = window.lock_screen
    for _ in range(3):
        _unlock_with(qtbot, window, "0000")
    assert not screen.button.isEnabled()
    assert "请等待 5 秒" in screen.message.text()
    qtbot.wait(50)  # let the layout grow the message to two lines before the picture
    save_screenshot(window, "lock_screen_wait_zh_CN")
    wall.now += 3
    qtbot.waitUntil(lambda: "请等待 2 秒" in screen.message.text(), timeout=3000)
    # Restarting the app does not reset the count: a fresh gate on the same settings file still waits.
    restarted = PasscodeGate(Settings(data_dir.settings_file), wall)
    assert restarted.wait_seconds() == 2
    refused = restarted.try_passcode(CODE)
    assert not refused.ok and not refused.checked
    wall.now += 2
    qtbot.waitUntil(screen.button.isEnabled, timeout=3000)
    assert "可以再试" in screen.message.text()
    _unlock_with(qtbot, window, "1111")
    assert "请等待 10 秒" in screen.message.text()  # the fourth wrong try doubles the wait
    wall.now += 10
    qtbot.waitUntil(screen.button.isEnabled, timeout=3000)
    _unlock_with(qtbot, window, CODE)
    assert not window.locked


def test_the_window_locks_itself_after_the_idle_minutes_and_input_restarts_the_count(qtbot, desk):
    application, window, mode, clock, wall = desk(idle=5)
    clock.now += 4 * 60
    notes = window.findChild(CaseTab).notes
    qtbot.keyClick(notes, Qt.Key.Key_A)  # someone is using it
    clock.now += 4 * 60
    mode.check_idle()
    assert not window.locked
    clock.now += 61
    mode.check_idle()
    assert window.locked
    assert window.lock_screen.asking_for_passcode()
    qtbot.waitUntil(lambda: not window.findChildren(CaseTab))


def test_mouse_movement_counts_as_use(qtbot, desk):
    application, window, mode, clock, wall = desk(idle=1)
    clock.now += 59
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(10, 10),
        QPointF(10, 10),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.case_bar, move)
    clock.now += 59
    mode.check_idle()
    assert not window.locked


def test_zero_idle_minutes_never_locks_by_itself(qtbot, desk):
    application, window, mode, clock, wall = desk(idle=0)
    clock.now += 10 * 3600
    mode.check_idle()
    assert not window.locked


def test_the_idle_lock_closes_an_open_dialog_first(qtbot, desk, cases):
    """A dialog can show a client's data above the lock screen: it goes, and nothing is half-saved."""
    application, window, mode, clock, wall = desk()
    seen = {}

    def idle_while_typing(dialog):
        type_text(qtbot, dialog.findChild(QLineEdit, "aliasEdit"), "半截")
        clock.now += 6 * 60
        mode.check_idle()
        seen["visible"] = dialog.isVisible()

    answer_dialog(idle_while_typing)
    window.new_case()  # returns once the dialog has been closed by the lock
    assert seen == {"visible": False}
    assert window.locked
    assert [c.alias for c in cases.list()] == ["王女士"]
    assert QApplication.activeModalWidget() is None


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform cannot raise windows
def test_quick_hide_locks_with_the_passcode_and_minimises(qtbot, desk):
    application, window, mode, clock, wall = desk()
    with qtbot.waitActive(window):
        window.activateWindow()
    notes = window.findChild(CaseTab).notes
    qtbot.keyClick(
        notes, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.locked and window.isMinimized()
    bring_forward(window)
    assert not window.isMinimized()
    assert window.lock_screen.asking_for_passcode()
    qtbot.mouseClick(window.lock_screen.button, Qt.MouseButton.LeftButton)
    assert window.locked


def test_quick_hide_works_while_a_dialog_is_open(qtbot, desk):
    application, window, mode, clock, wall = desk()
    seen = {}

    def press_quick_hide(dialog):
        edit = dialog.findChild(QLineEdit, "aliasEdit")
        qtbot.keyClick(
            edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        seen["visible"] = dialog.isVisible()

    answer_dialog(press_quick_hide)
    window.new_case()
    assert seen == {"visible": False}
    assert window.locked and window.isMinimized()


def test_a_language_change_while_locked_keeps_the_new_window_locked(qtbot, desk, monkeypatch):
    """Settings is open to anyone at the locked screen; choosing a language re-creates the window."""
    from desktop.app import App

    application, window, mode, clock, wall = desk()
    if getattr(application, "desk_mode", None) is None:  # until App.build_window has the wiring lines
        original = App.build_window

        def build_window_with_desk_mode(self, open_case=True):
            built = original(self, open_case)
            mode.attach(built)
            return built

        monkeypatch.setattr(App, "build_window", build_window_with_desk_mode)
    window.lock()
    application.rebuild_window()  # what Settings → language does
    new = application.window
    assert new is not window
    assert new.locked and new.case is None
    assert new.case_bar.combo.count() == 0 and "王女士" not in new.windowTitle()
    qtbot.waitUntil(lambda: not new.findChildren(CaseTab))
    assert new.lock_screen.asking_for_passcode()
    _unlock_with(qtbot, new, CODE)
    assert not new.locked
    new.close()


def test_passcode_is_set_changed_and_removed_from_settings(qtbot, data_dir, zh):
    settings = Settings(data_dir.settings_file)
    group = DeskModeSettings(settings)
    qtbot.addWidget(group)
    group.show()
    assert group.set_button.isVisible() and not group.change_button.isVisible()

    shown = {}

    def fill(values, expect_error=None):
        """Type into the dialog and press OK; a refused dialog is read, then closed (asserts come after)."""

        def handler(dialog):
            for name, text in values.items():
                type_text(qtbot, dialog.findChild(QLineEdit, name), text)
            dialog.ok_button.click()
            shown.update(error=dialog.error.text(), stayed=dialog.isVisible(), expected=expect_error)
            if dialog.isVisible():
                dialog.reject()

        return handler

    def check():
        if shown["expected"] is not None:
            assert shown["expected"] in shown["error"] and shown["stayed"], shown
        return True

    answer_dialog(fill({"newEdit": "12345", "confirmEdit": "12345"}, expect_error="至少要 6 个字符"))
    assert not group.open_dialog("set")
    assert check()
    answer_dialog(fill({"newEdit": "😀😀😀😀😀😀", "confirmEdit": "😀😀😀😀😀😁"}, expect_error="不一样"))
    assert not group.open_dialog("set")
    assert check()
    answer_dialog(fill({"newEdit": "😀😀😀😀😀😀", "confirmEdit": "😀😀😀😀😀😀"}))
    assert group.open_dialog("set")
    assert check()
    stored = settings.get(DESK_PASSCODE)
    assert stored.startswith("scrypt$131072$8$1$") and "😀" not in stored
    # What was written to the INI file reads back the same (base64 has + / =).
    assert Settings(data_dir.settings_file).get(DESK_PASSCODE) == stored
    assert group.change_button.isVisible() and group.remove_button.isVisible()
    assert "已设置" in group.status.text()

    answer_dialog(
        fill({"currentEdit": "wrong", "newEdit": "新密码1234", "confirmEdit": "新密码1234"}, "当前密码不对")
    )
    assert not group.open_dialog("change")
    assert check()
    answer_dialog(fill({"currentEdit": "😀😀😀😀😀😀", "newEdit": "新密码1234", "confirmEdit": "新密码1234"}))
    assert group.open_dialog("change")
    assert check()
    assert pc.verify(settings.get(DESK_PASSCODE), "新密码1234")

    answer_dialog(fill({"currentEdit": "😀😀😀😀😀😀"}, "当前密码不对"))
    assert not group.open_dialog("remove")
    assert check()
    answer_dialog(fill({"currentEdit": "新密码1234"}))
    assert group.open_dialog("remove")
    assert check()
    assert settings.get(DESK_PASSCODE) == ""
    assert settings.get(DESK_FAILED_TRIES) == 0
    assert group.set_button.isVisible()


def test_the_passcode_dialog_says_it_is_not_encryption_and_shares_the_throttle(qtbot, data_dir, zh):
    settings = Settings(data_dir.settings_file)
    settings.set(DESK_PASSCODE, pc.hash_passcode("right one"))
    settings.set(DESK_FAILED_TRIES, 3)
    settings.set(DESK_BLOCKED_UNTIL, 2_000_000_000_000)  # a clock far behind: waits at most 5 minutes
    group = DeskModeSettings(settings)
    qtbot.addWidget(group)
    seen = {}

    def handler(dialog):
        seen["notice"] = dialog.findChild(type(dialog.error), "passcodeNotice").text()
        type_text(qtbot, dialog.findChild(QLineEdit, "currentEdit"), "right one")
        dialog.ok_button.click()
        seen["error"] = dialog.error.text()
        save_screenshot(dialog, "passcode_dialog_remove_zh_CN")
        dialog.reject()

    answer_dialog(handler)
    group.open_dialog("remove")
    assert "不会加密" in seen["notice"]
    assert "请等待 300 秒" in seen["error"]
    assert pc.is_set(settings.get(DESK_PASSCODE))


def test_idle_minutes_are_kept_when_settings_are_accepted(qtbot, data_dir, zh):
    settings = Settings(data_dir.settings_file)
    group = DeskModeSettings(settings)
    qtbot.addWidget(group)
    assert group.idle.value() == 5
    group.idle.setValue(0)
    assert group.idle.text() == "从不"
    assert settings.get(DESK_IDLE_MINUTES) == 5  # not before OK
    group.apply()
    assert settings.get(DESK_IDLE_MINUTES) == 0


def test_the_chinese_lock_screen_with_passcode_entry(qtbot, desk):
    """Screenshot for a human look: the passcode field, the wrong-passcode line and the privacy note."""
    application, window, mode, clock, wall = desk("zh_CN")
    window.resize(1000, 640)
    window.lock()
    _unlock_with(qtbot, window, "错的")
    screen = window.lock_screen
    assert screen.button.text() == "解锁"
    assert "密码" in screen.passcode_label.text()
    qtbot.wait(50)
    path = save_screenshot(window, "lock_screen_passcode_zh_CN")
    assert path.stat().st_size > 5000


def test_the_english_lock_screen_says_it_does_not_encrypt(qtbot, desk):
    application, window, mode, clock, wall = desk("en")
    window.lock()
    assert window.lock_screen.notice.text() == (
        "This passcode is a privacy screen for a shared computer. It does not encrypt the files on the "
        "disk: anyone who can open the data folder can still read them."
    )
    assert window.lock_screen.button.text() == "Unlock"
    save_screenshot(window, "lock_screen_passcode_en")


def test_quick_hide_keys_match_the_window(qtbot):
    from desktop.ui import main_window
    from desktop.ui.desk import desk_mode

    assert desk_mode.QUICK_HIDE_KEYS == main_window.QUICK_HIDE_KEYS


def test_the_administrators_reset_in_admin_md_unlocks_a_forgotten_passcode(data_dir):
    """docs/ADMIN.md: delete the passcode, failed_tries and blocked_until lines of [desk] in settings.ini."""
    import re
    from pathlib import Path

    settings = Settings(data_dir.settings_file)
    settings.set(DESK_PASSCODE, pc.hash_passcode("forgotten"))
    settings.set(DESK_FAILED_TRIES, 9)
    settings.set(DESK_BLOCKED_UNTIL, 2_000_000_000)
    settings.set(DESK_IDLE_MINUTES, 7)
    del settings
    doc = (Path(__file__).resolve().parents[2] / "docs" / "ADMIN.md").read_text(encoding="utf-8")
    assert "%LOCALAPPDATA%\\DebtCallHelper" in doc and "settings.ini" in doc
    text = data_dir.settings_file.read_text(encoding="utf-8")
    assert "[desk]" in text
    for key in ("passcode", "failed_tries", "blocked_until"):
        assert f"{key}=" in doc
        text, count = re.subn(rf"^{key}=.*\n", "", text, flags=re.MULTILINE)
        assert count == 1
    data_dir.settings_file.write_text(text, encoding="utf-8")
    gate = PasscodeGate(Settings(data_dir.settings_file))
    assert not gate.is_set() and gate.wait_seconds() == 0
    assert Settings(data_dir.settings_file).get(DESK_IDLE_MINUTES) == 7


def _old_stored(code: str) -> str:
    """A passcode as the app stored it before the 6-character minimum: scrypt N = 2^14 (review 5.1)."""
    import base64
    import hashlib

    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(code.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"scrypt$16384$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def test_an_old_short_passcode_still_unlocks_is_stored_at_todays_cost_and_settings_asks_for_a_new_one(
    qtbot, desk, zh
):
    application, window, mode, clock, wall = desk(code=None)
    application.settings.set(DESK_PASSCODE, _old_stored("1234"))
    window.lock()
    assert window.lock_screen.asking_for_passcode()
    _unlock_with(qtbot, window, "1234")
    assert not window.locked
    stored = application.settings.get(DESK_PASSCODE)
    assert stored.startswith("scrypt$131072$8$1$") and pc.verify(stored, "1234")

    group = DeskModeSettings(application.settings)
    qtbot.addWidget(group)
    group.show()
    assert "少于 6 个字符" in group.status.text() and "改成" in group.status.text()
    assert group.change_button.isVisible()
    save_screenshot(group, "desk_mode_passcode_too_short_zh_CN")

    def change(dialog):
        type_text(qtbot, dialog.findChild(QLineEdit, "currentEdit"), "1234")
        for name in ("newEdit", "confirmEdit"):
            type_text(qtbot, dialog.findChild(QLineEdit, name), "新的密码12")
        dialog.ok_button.click()

    answer_dialog(change)
    assert group.open_dialog("change")
    assert "已设置密码" in group.status.text() and "少于" not in group.status.text()
    assert pc.verify(application.settings.get(DESK_PASSCODE), "新的密码12")


def test_a_long_enough_old_passcode_is_upgraded_without_asking_for_a_new_one(qtbot, desk, zh):
    application, window, mode, clock, wall = desk(code=None)
    application.settings.set(DESK_PASSCODE, _old_stored("老密码123"))
    window.lock()
    _unlock_with(qtbot, window, "老密码123")
    assert not window.locked
    assert application.settings.get(DESK_PASSCODE).startswith("scrypt$131072$")
    assert not PasscodeGate(application.settings).too_short()


def test_admin_md_states_the_passcode_limits_as_the_code_has_them():
    """Review 5.4: the docs say the app starts locked, what the passcode does not protect, and the real figures."""
    from pathlib import Path

    from desktop.domain import passphrase
    from desktop.store.bundle import crypto as bundle_crypto

    doc = (Path(__file__).resolve().parents[2] / "docs" / "ADMIN.md").read_text(encoding="utf-8")
    assert "软件启动时就是锁定的" in doc and "the app starts locked" in doc
    assert "不会加密" in doc and "does **not** encrypt" in doc
    assert "不保护命令行" in doc and "does **not** protect the command line" in doc and "python -m desktop" in doc
    assert f"{pc.MIN_LENGTH} 到 {pc.MAX_LENGTH} 个字符" in doc and f"{pc.MIN_LENGTH} to {pc.MAX_LENGTH} characters" in doc
    assert f"N = 2^{pc.N.bit_length() - 1}" in doc and f"scrypt${pc.N}$" in doc
    assert f"{pc.FREE_TRIES} 次" in doc and f"After {pc.FREE_TRIES} wrong tries" in doc
    assert f"最长 {pc.MAX_DELAY // 60} 分钟" in doc and f"at most {pc.MAX_DELAY // 60} minutes" in doc
    assert f"少于 {passphrase.MIN_LENGTH} 个字符" in doc and f"shorter than {passphrase.MIN_LENGTH} characters" in doc
    n, _r, _p = bundle_crypto.KDF_BY_VERSION[bundle_crypto.VERSION]
    assert doc.count(f"N = 2^{n.bit_length() - 1}") >= 2
