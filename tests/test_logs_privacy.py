"""No personal data in log files (design §8): a whole session's worth of use leaves no alias or phone number in logs/."""

from __future__ import annotations

import logging
import logging.handlers
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.domain.errors import UserError
from tests.ui import conftest as ui_conftest
from tests.ui.conftest import answer_dialog, type_text

# The UI tests' fixtures, for this test at the top level (the brief puts it beside test_layers.py).
make_app = ui_conftest.make_app
built_translations = ui_conftest.built_translations

ALIAS = "隐私测试王小明8613812345678"
PHONE = "13987654321"
SECRETS = (ALIAS, PHONE, "8613812345678", "王小明")


@pytest.fixture
def logs(data_dir):
    """The app's log, installed as run_gui does, and taken away again (the root logger outlives a test)."""
    from desktop.logs import install_logging

    install_logging(data_dir.logs)
    root = logging.getLogger()
    ours = [h for h in root.handlers if getattr(h, "_dch", False)]
    yield data_dir.logs
    for handler in ours:
        root.removeHandler(handler)
        handler.close()


def _log_text(folder) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "\n".join(
        p.read_bytes().decode("utf-8", "replace") for p in sorted(folder.rglob("*")) if p.is_file()
    )


def test_the_log_rotates(logs):
    handlers = [h for h in logging.getLogger().handlers if getattr(h, "_dch", False)]
    assert len(handlers) == 1
    handler = handlers[0]
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert 0 < handler.maxBytes <= 5 * 1024 * 1024 and handler.backupCount >= 1


def test_a_session_with_errors_and_a_bug_logs_the_bug_but_no_personal_data(
    qtbot, make_app, cases, data_dir, logs
):
    from desktop import app as app_module
    from desktop.ui.cases.case_tab import CaseTab
    from desktop.ui.common import messages

    application, window = make_app()

    def name_the_case(dialog):
        edit = dialog.findChild(QLineEdit, "aliasEdit")
        type_text(qtbot, edit, ALIAS)
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    answer_dialog(name_the_case)
    qtbot.mouseClick(window.case_bar.new_button, Qt.MouseButton.LeftButton)
    case = cases.list()[0]
    assert case.alias == ALIAS
    notes = f"催收员打来的号码是 {PHONE}，说要找我家人"
    type_text(qtbot, window.findChild(CaseTab).notes, notes)
    qtbot.waitUntil(lambda: cases.get(case.id).notes == notes, timeout=3000)

    qtbot.mouseClick(window.case_bar.lock_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.lock_screen.button, Qt.MouseButton.LeftButton)
    assert window.case.alias == ALIAS

    # A handled error (the environment's fault): a damaged case file, then a message naming the client.
    damaged = cases.create(ALIAS + "二")
    (data_dir.case_dir(damaged.id) / "case.db").write_bytes(b"garbage " + PHONE.encode())
    answer_dialog(lambda box: box.accept())
    window.case_bar.case_selected.emit(damaged.id)
    answer_dialog(lambda box: box.accept())
    messages.show_error(
        window, UserError(zh=f"“{ALIAS}”的号码 {PHONE} 格式不对", en=f"{ALIAS} {PHONE} is wrong")
    )

    # A bug whose message (and whose cause's message) carry what the user typed.
    try:
        try:
            raise KeyError(PHONE)
        except KeyError as inner:
            raise ValueError(f"could not parse {ALIAS} / {PHONE}") from inner
    except ValueError:
        exc_type, exc, tb = sys.exc_info()
    answer_dialog(lambda box: box.accept())
    app_module._excepthook(exc_type, exc, tb)

    # Code that logs a caught exception the usual way (live_call.py does) must not leak its message either.
    try:
        raise OSError(f"cannot write {ALIAS} {PHONE}")
    except OSError:
        logging.getLogger("desktop.ui.log.live_call").exception("live-call draft could not be saved")

    window.close()
    text = _log_text(logs)
    assert "ValueError" in text  # the bug is there, by its type and stack
    assert "test_logs_privacy.py" in text
    assert "OSError" in text and "live-call draft could not be saved" in text
    for secret in SECRETS:
        assert secret not in text, f"personal data in the log: {secret!r}"


def test_a_bug_before_the_log_handler_is_installed_still_reaches_the_file(data_dir):
    """Start-up installs the handler just after the case is on screen; a bug in between is not lost."""
    from desktop import logs as logs_module

    root = logging.getLogger()
    logs_module.install_logging_later(data_dir.logs)
    try:
        assert not any(getattr(h, "_dch", False) for h in root.handlers)  # not yet
        try:
            raise RuntimeError(PHONE)
        except RuntimeError as exc:
            logs_module.log_bug(type(exc), exc.__traceback__, exc)
        text = _log_text(data_dir.logs)
        assert "unhandled RuntimeError" in text and PHONE not in text
        logs_module.install_pending()  # the start-up's own call later changes nothing
        assert len([h for h in root.handlers if getattr(h, "_dch", False)]) == 1
    finally:
        for handler in [h for h in root.handlers if getattr(h, "_dch", False)]:
            root.removeHandler(handler)
            handler.close()
