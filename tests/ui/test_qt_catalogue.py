"""Qt's own buttons (Cancel, OK …) are Chinese too: its catalogue is found next to ours or in Qt's folder."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop import i18n
from desktop.paths import resources_dir


@pytest.fixture
def restore_language(qapp):
    before = i18n.current()
    yield
    i18n.install(qapp, before)


def _cancel_text() -> str:
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    text = box.button(QMessageBox.StandardButton.Cancel).text()
    box.deleteLater()
    return text


def test_the_bundled_copy_of_qts_catalogue_translates_standard_buttons(qapp, restore_language):
    assert (resources_dir() / "translations" / "qtbase_zh_CN.qm").is_file()  # as in a frozen build
    i18n.install(qapp, "zh_CN")
    assert _cancel_text() == "取消"


def test_without_the_bundled_copy_qts_own_folder_is_used(qapp, restore_language, tmp_path, monkeypatch):
    """A checkout whose translations were not built yet: Qt's folder still has its catalogue."""
    (tmp_path / "translations").mkdir()
    shutil.copy(resources_dir() / "translations" / "desktop_zh_CN.qm", tmp_path / "translations")
    monkeypatch.setattr(i18n, "resources_dir", lambda: tmp_path)
    i18n.install(qapp, "zh_CN")
    assert _cancel_text() == "取消"
    assert len(i18n.loaded_catalogues()) == 2
