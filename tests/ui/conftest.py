"""UI test helpers: a built app in a fresh data folder, and a way to answer modal dialogs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "build" / "screenshots"


@pytest.fixture(scope="session", autouse=True)
def built_translations():
    """Build the .qm files if the README's set-up step has not (e.g. running pytest directly)."""
    ts = ROOT / "resources" / "translations" / "desktop_zh_CN.ts"
    qm = ts.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "build"], check=True)


def answer_dialog(handler, timeout_ms: int = 5000) -> None:
    """Call ``handler(dialog)`` on the next modal dialog once it is shown (a person answering it)."""
    waited = {"ms": 0}

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            waited["ms"] += 10
            if waited["ms"] < timeout_ms:
                QTimer.singleShot(10, poll)
            return
        handler(dialog)

    QTimer.singleShot(0, poll)


@pytest.fixture
def make_app(qtbot, data_dir):
    """Build the real App (translators, fonts, repositories) and its window, in a language."""
    from desktop.app import App, make_application

    made = []

    def make(lang: str = "zh_CN"):
        application = App(make_application(), data_dir, lang_override=lang)
        window = application.build_window()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(application)
        return application, window

    yield make
    from PySide6.QtCore import QEvent

    from desktop import i18n

    for application in made:
        if application.window is not None:
            application.window.close()
            application.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    i18n.install(QApplication.instance(), "en")  # no translator: the state tests without make_app expect


def save_screenshot(widget, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    widget.grab().save(str(path))
    return path


def type_text(qtbot, widget, text: str) -> None:
    """Type as a person would: ASCII on the keyboard, Chinese and emoji through the input method.

    QTest can only press keys that exist on a keyboard; Chinese users type hanzi
    through an IME, which delivers them to the widget as a committed string.
    """
    from PySide6.QtGui import QInputMethodEvent

    widget.setFocus()
    run = ""
    for ch in text:
        if ch.isascii() and ch.isprintable():
            run += ch
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        event = QInputMethodEvent()
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)
    if run:
        qtbot.keyClicks(widget, run)


@pytest.fixture
def zh(qapp):
    """The Chinese translators for a test that builds widgets without the whole app."""
    from desktop import i18n

    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")
