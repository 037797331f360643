"""The app's real Chinese translators for a test that builds widgets without the whole app."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtWidgets import QApplication

from desktop import i18n


@contextmanager
def installed_zh():
    """Install the shipped zh_CN catalogues (ours and Qt's) while the block runs."""
    app = QApplication.instance()
    i18n.install(app, "zh_CN")
    try:
        yield
    finally:
        i18n.install(app, "en")
