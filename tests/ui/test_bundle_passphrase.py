"""The export dialog refuses a weak passphrase (review 3.1) before anything is written, and says how to do better."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.store.bundle.bundles import import_bundle, needs_passphrase
from desktop.ui import fonts
from desktop.ui.cases.bundle_dialogs import ExportBundleDialog
from tests.ui.conftest import save_screenshot, type_text
from tests.ui.test_backups_dialog import answer_boxes

ALIAS = "王女士"


def _dialog(qtbot, cases, target):
    case = cases.create(ALIAS)
    dialog = ExportBundleDialog(None, cases, case.id, case.alias)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.path_edit.setText(str(target))
    return dialog


def _type_twice(qtbot, dialog, text: str) -> None:
    for field in (dialog.passphrase, dialog.repeat):
        field.clear()
        type_text(qtbot, field, text)


@pytest.mark.parametrize(
    ("weak", "says"),
    [("12345678", "至少要 10 个字符"), ("1234567890", "常见的组合"), ("qwerty2024", "常见的组合"),
     ("password!!", "常见的组合"), ("8888888888", "常见的组合"), ("我的猫喜欢吃鱼和米饭", "只用了一种字符"),
     ("王女士的案件 2024", "案件的称呼")],
)
def test_a_weak_passphrase_is_refused_with_advice_and_no_file_is_written(qtbot, cases, tmp_path, zh, weak, says):
    out = tmp_path / "U 盘"
    out.mkdir()
    dialog = _dialog(qtbot, cases, out / "带走.dchcase")
    _type_twice(qtbot, dialog, weak)
    texts = answer_boxes("ok")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(texts))
    assert says in texts[0] and "三四个互不相关的词" in texts[0]
    assert dialog.isVisible() and dialog.result_path is None
    assert list(out.iterdir()) == []
    assert dialog.focusWidget() is dialog.passphrase and dialog.passphrase.hasSelectedText()


def test_unrelated_words_with_a_digit_export_and_import(qtbot, qapp, cases, tmp_path, zh):
    fonts.apply(qapp, 100)  # the app's Chinese font, for the screenshot
    target = tmp_path / "带走.dchcase"
    dialog = _dialog(qtbot, cases, target)
    assert "10" in " ".join(label.text() for label in dialog.findChildren(type(dialog.status)))
    dialog.resize(dialog.sizeHint())
    save_screenshot(dialog, "export_bundle_passphrase_zh_CN")
    _type_twice(qtbot, dialog, "橘子 火车 月亮 42")
    answer_boxes("ok")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and needs_passphrase(target)
    assert import_bundle(cases, target, "橘子 火车 月亮 42").alias == ALIAS
