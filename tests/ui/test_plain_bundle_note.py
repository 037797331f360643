"""3.18: importing a plain (unencrypted) bundle tells the person plainly what that means; an encrypted one does not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import i18n
from desktop.store.bundle.bundles import export_bundle
from desktop.ui.cases.bundle_dialogs import ImportBundleDialog


@pytest.fixture(autouse=True)
def no_worker_outlives_the_test():
    yield
    assert QThreadPool.globalInstance().waitForDone(30_000)


def _import_and_read_the_box(qtbot, cases, bundle, passphrase: str = "") -> str:
    seen = {}

    def poll():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen["text"] = box.text()
            box.accept()
        else:
            QTimer.singleShot(10, poll)

    dialog = ImportBundleDialog(None, cases, bundle)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if passphrase:
        dialog.passphrase.insert(passphrase)
    QTimer.singleShot(0, poll)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "text" in seen, timeout=20_000)
    return seen["text"]


@pytest.mark.parametrize("lang, words", [("en", "was not encrypted"), ("zh_CN", "没有加密")])
def test_a_plain_bundle_says_it_was_not_encrypted(qtbot, cases, tmp_path, lang, words):
    case = cases.create("明文案件")
    bundle = export_bundle(cases, case.id, tmp_path / "plain.dchcase").path
    i18n.install(QApplication.instance(), lang)
    try:
        text = _import_and_read_the_box(qtbot, cases, bundle)
    finally:
        i18n.install(QApplication.instance(), "en")
    assert words in text


def test_an_encrypted_bundle_says_nothing_of_the_kind(qtbot, cases, tmp_path):
    case = cases.create("加密案件")
    bundle = export_bundle(cases, case.id, tmp_path / "sealed.dchcase", "a long passphrase 密码").path
    text = _import_and_read_the_box(qtbot, cases, bundle, "a long passphrase 密码")
    assert "encrypted" not in text
