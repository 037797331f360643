"""The screen-reader and keyboard audit: every tab and dialog of the real app, in Chinese and in English.

For each window the audit walks the Tab chain as a keyboard user would and reports, with the
window, the widget's class, objectName and text, and what is missing:

* a widget Tab stops at that a screen reader would announce without a name (``QAccessible``'s
  Name: a button's text, a label's buddy, or ``setAccessibleName``). A combo box is held to the
  rule Windows applies: its current entry is its value, not its name;
* a Tab step that jumps against reading order (rows top to bottom, left to right within a row;
  moving up into a column further right is fine, so side-by-side columns pass);
* a button, menu or menu entry that no key reaches: not in the Tab chain and without a
  shortcut or ``&`` mnemonic; menu titles and entries need a mnemonic (or a shortcut), unique
  within their menu; a link in a label must be reachable by keyboard.

The integrator re-runs this after merging other branches: a new widget without a name or
out of order fails here, with the place to fix named in the message.
"""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from tests.ui.conftest import answer_dialog, save_screenshot

LANGS = ("zh_CN", "en")

# -- the audit -------------------------------------------------------------------------------


def _buddy_text(widget: QWidget) -> str:
    """What Qt's accessibility gives a widget from its surroundings: a sibling label naming it as
    buddy, or the title of the group box it sits in."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for child in parent.children():
        if isinstance(child, QLabel) and child.buddy() is widget:
            return child.text()
    return parent.title() if isinstance(parent, QGroupBox) else ""


def accessible_name(widget: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QComboBox):
        # On Linux Qt reports a combo box's current entry as its name; Windows screen readers
        # (the desks' PCs) get the name from accessibleName or the buddy label only.
        return _buddy_text(widget)
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def describe(widget: QWidget) -> str:
    """``Class#objectName «its text»  in parent/names`` — enough to find the line that built it."""
    hint = ""
    for getter in ("text", "title", "placeholderText", "toolTip"):
        method = getattr(widget, getter, None)
        try:
            value = method() if callable(method) else ""
        except TypeError:  # a text() that needs arguments
            value = ""
        if isinstance(value, str) and value.strip():
            hint = " ".join(value.split())[:40]
            break
    path, parent = [], widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if parent.objectName() and not parent.objectName().startswith("qt_"):
            path.append(parent.objectName())
        parent = parent.parentWidget()
    text = f"{type(widget).__name__}#{widget.objectName() or '(no objectName)'}"
    if hint:
        text += f" «{hint}»"
    if path:
        text += f" in {'/'.join(reversed(path))}"
    return text


def _tab_stop(widget: QWidget, window: QWidget) -> bool:
    """Would a Tab press stop here now (as QWidget::focusNextPrevChild decides)?"""
    if widget.window() is not window or not widget.isVisible() or not widget.isEnabled():
        return False
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
        return False
    # The line edit inside a spin box or combo box is part of it, not a stop of its own.
    return not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))


def focus_chain(window: QWidget) -> list[QWidget]:
    chain, seen, widget = [], set(), window.nextInFocusChain()
    while widget is not None and widget is not window and id(widget) not in seen:
        seen.add(id(widget))
        if _tab_stop(widget, window):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def _clamp(rect: QRect, box: QRect) -> QRect:
    """``rect`` pushed inside ``box`` (a widget scrolled out of sight sits at the edge it is beyond)."""
    top = min(max(rect.top(), box.top()), box.bottom())
    bottom = max(min(rect.bottom(), box.bottom()), box.top())
    left = min(max(rect.left(), box.left()), box.right())
    right = max(min(rect.right(), box.right()), box.left())
    return QRect(left, top, right - left + 1, bottom - top + 1)


def _seen_at(widget: QWidget, common: QWidget | None) -> QRect:
    """Where ``widget`` is, as compared with a widget outside the scroll areas it shares with ``common``.

    Two fields in one scrolled page compare where they really are; a field scrolled below the page's
    bottom edge, compared with the Next button under the page, counts as at that edge.
    """
    rect, parent = _rect(widget), widget.parentWidget()
    while parent is not None and parent is not common:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            rect = _clamp(rect, _rect(parent))
        parent = parent.parentWidget()
    return rect


def _common_ancestor(a: QWidget, b: QWidget) -> QWidget | None:
    mine, parent = set(), a
    while parent is not None:
        mine.add(id(parent))
        parent = parent.parentWidget()
    parent = b
    while parent is not None and id(parent) not in mine:
        parent = parent.parentWidget()
    return parent


SLACK = 4  # pixels: a widget a few pixels higher than its neighbour is in the same row


def reading_order_problems(chain: list[QWidget]) -> list[tuple[QWidget, QWidget, str]]:
    """Steps of the Tab chain that go back against reading order.

    The chain is a loop; it is read from its top-left stop, so the one step from the last stop back
    to the first is not counted. A step back is one that goes to a widget wholly above the last one
    and not in a column to its right, or to a widget left of it in the same row.
    """
    placed = [(w, _seen_at(w, None)) for w in chain if w.width() > 0 and w.height() > 0]
    if not placed:
        return []
    first = min(range(len(placed)), key=lambda i: (placed[i][1].top(), placed[i][1].left()))
    placed = placed[first:] + placed[:first]
    problems = []
    for (a, _), (b, _) in zip(placed, placed[1:], strict=False):
        common = _common_ancestor(a, b)
        ra, rb = _seen_at(a, common), _seen_at(b, common)
        above = rb.bottom() <= ra.top() + SLACK and rb.left() < ra.right() - SLACK
        overlap = min(ra.bottom(), rb.bottom()) - max(ra.top(), rb.top())
        same_row = overlap > min(ra.height(), rb.height()) / 2
        left = same_row and rb.right() <= ra.left() + SLACK
        if above or left:
            problems.append((a, b, "above" if above else "left of"))
    return problems


def _mnemonic(text: str) -> str:
    """The letter after a single ``&`` ('' when there is none)."""
    found = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else ""


def menu_problems(menu: QMenu, where: str, path: str) -> list[str]:
    found, letters = [], {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = action.text()
        name = f"{path} → “{text.replace('&', '')}”"
        letter = _mnemonic(text)
        if not letter and action.shortcut().isEmpty():
            found.append(f"[{where}] menu entry {name}: no & mnemonic and no shortcut")
        if letter:
            if letter in letters:
                found.append(f"[{where}] menu entry {name}: mnemonic &{letter} also used by “{letters[letter]}”")
            letters[letter] = text.replace("&", "")
        if action.menu() is not None:
            found += menu_problems(action.menu(), where, name)
    return found


def audit(window: QWidget, where: str, menus: bool = True) -> list[str]:
    """Every finding in ``window`` as it is shown now, each a line naming the place and what is missing."""
    QApplication.processEvents()
    found = []
    chain = focus_chain(window)
    for widget in chain:
        if not accessible_name(widget).strip():
            found.append(f"[{where}] {describe(widget)}: no accessible name "
                         "(give it a buddy label or setAccessibleName)")
    for a, b, how in reading_order_problems(chain):
        found.append(f"[{where}] Tab goes from {describe(a)} to {describe(b)}, which is {how} it "
                     "(fix the layout order or setTabOrder)")
    for button in window.findChildren(QAbstractButton):
        if button.window() is not window or not button.isVisible():
            continue
        if isinstance(button.parentWidget(), (QAbstractSpinBox, QComboBox)) or button.objectName().startswith("qt_"):
            continue  # parts of a compound widget (arrows, clear buttons) that keys already drive
        if not button.focusPolicy() & Qt.FocusPolicy.TabFocus and button.shortcut().isEmpty():
            found.append(f"[{where}] {describe(button)}: no keyboard path (not a Tab stop, no shortcut or mnemonic)")
    for label in window.findChildren(QLabel):
        if label.window() is window and label.isVisible() and "<a " in label.text() and not (
                label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard):
            found.append(f"[{where}] {describe(label)}: its link cannot be reached with the keyboard")
    bar = window.menuBar() if menus and hasattr(window, "menuBar") else None
    if bar is not None:
        titles = {}
        for action in bar.actions():
            title = action.text().replace("&", "")
            letter = _mnemonic(action.text())
            if not letter:
                found.append(f"[{where}] menu “{title}”: no & mnemonic (Alt+letter)")
            elif letter in titles:
                found.append(f"[{where}] menu “{title}”: mnemonic &{letter} also used by “{titles[letter]}”")
            titles[letter] = title
            if action.menu() is not None:
                found += menu_problems(action.menu(), where, f"“{title}”")
    return found


def audit_dialog(where: str, open_it, findings: list[str], prepare=None) -> QWidget:
    """Open a modal dialog the way a person does (``open_it`` blocks in its exec), audit it, close it."""
    seen: dict = {}

    def handler(dialog):
        if prepare is not None:
            prepare(dialog)
        QApplication.processEvents()
        seen["dialog"] = dialog
        seen["title"] = dialog.windowTitle()
        assert focus_chain(dialog), f"{where}: the audit found no Tab stop at all"
        findings.extend(audit(dialog, where))
        QDialog.done(dialog, QDialog.DialogCode.Rejected)  # the base class: no "leave without saving?" question

    answer_dialog(handler)
    open_it()
    assert "dialog" in seen, f"{where}: the dialog did not open"
    return seen["dialog"]


def report(findings: list[str]) -> str:
    return f"{len(findings)} accessibility findings:\n" + "\n".join(findings)


# -- the app, filled -------------------------------------------------------------------------


@pytest.fixture
def sample_app(make_app, cases, tmp_path, monkeypatch):
    """The real window on the sample case (loans, flagged contacts, a letter), one record with a file."""
    from desktop.domain.contacts import Channel, Contact, Direction
    from desktop.store.contacts import ContactRepository
    from desktop.store.evidence import EvidenceRepository

    def build(lang):
        application, window = make_app(lang)
        application.load_sample()
        case_id = window.case.id
        window.close_case_views()  # the file is attached with the case closed, as another session would
        photo = tmp_path / "截图.png"
        photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
        with cases.open(case_id) as conn:
            repo = ContactRepository(conn, evidence=EvidenceRepository(conn, cases.evidence_dir(case_id)))
            repo.add(Contact(occurred_at=datetime(2099, 1, 1, 9, 0), channel=Channel.CALL,
                             direction=Direction.INCOMING, answered=True, summary="有附件的记录"), files=[photo])
        window.open_case(case_id)
        return application, window

    return build


def _select_first_row(log) -> None:
    log.table.setFocus()
    log.table.selectRow(0)
    QApplication.processEvents()


# -- the tests --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_tab_has_names_reading_order_and_keys(qtbot, sample_app, lang):
    application, window = sample_app(lang)
    findings = []
    for name in ("case", "learn", "log", "negotiate", "export"):
        window.show_tab(name)
        findings += audit(window, f"{lang} main window, tab “{name}”", menus=name == "case")
    negotiate = window.show_tab("negotiate")
    for row in range(negotiate.step_list.count()):
        negotiate.go_to(row)
        findings += audit(window, f"{lang} Negotiate, step {row + 1}", menus=False)
    window.lock()
    findings += audit(window, f"{lang} lock screen", menus=False)
    assert not findings, report(findings)


@pytest.mark.parametrize("lang", LANGS)
def test_every_log_dialog_has_names_reading_order_and_keys(qtbot, sample_app, lang, monkeypatch, tmp_path):
    application, window = sample_app(lang)
    log = window.show_tab("log")
    findings = []
    audit_dialog(f"{lang} new record", lambda: qtbot.mouseClick(log.new_button, Qt.MouseButton.LeftButton), findings)
    audit_dialog(f"{lang} live call", lambda: qtbot.mouseClick(log.live_button, Qt.MouseButton.LeftButton), findings)
    _select_first_row(log)  # the newest: the record with a file
    audit_dialog(f"{lang} edit record", lambda: qtbot.mouseClick(log.edit_button, Qt.MouseButton.LeftButton),
                 findings)
    audit_dialog(f"{lang} history", lambda: qtbot.mouseClick(log.history_button, Qt.MouseButton.LeftButton),
                 findings)
    audit_dialog(f"{lang} attachments", lambda: qtbot.mouseClick(log.files_button, Qt.MouseButton.LeftButton),
                 findings)
    audit_dialog(f"{lang} delete reason", lambda: qtbot.mouseClick(log.delete_button, Qt.MouseButton.LeftButton),
                 findings)
    audit_dialog(f"{lang} import", lambda: qtbot.mouseClick(log.import_button, Qt.MouseButton.LeftButton), findings)

    csv = tmp_path / "calls.csv"
    csv.write_text("时间,方式,号码,内容\n2026-11-03 21:05,电话,13800000000,催收\n2026/11/3 25:00,电话,1,坏的一行\n",
                   encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv), ""))

    def load_file(dialog):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=20_000)

    audit_dialog(f"{lang} import preview",
                 lambda: qtbot.mouseClick(log.import_button, Qt.MouseButton.LeftButton), findings, load_file)
    audit_dialog(f"{lang} import from phone",
                 lambda: qtbot.mouseClick(log.phone_button, Qt.MouseButton.LeftButton), findings)

    from tests.phone_data import synthetic_calls, write_sbr_calls

    calls_xml = write_sbr_calls(tmp_path / "calls-1.xml", synthetic_calls(200))

    def read_export(dialog):
        dialog.add_sources([str(calls_xml)])
        qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=30_000)

    audit_dialog(f"{lang} import from phone, preview",
                 lambda: qtbot.mouseClick(log.phone_button, Qt.MouseButton.LeftButton), findings, read_export)
    assert not findings, report(findings)


@pytest.mark.parametrize("lang", LANGS)
def test_every_window_dialog_has_names_reading_order_and_keys(qtbot, sample_app, lang, monkeypatch):
    from desktop.ui.actions import Action

    application, window = sample_app(lang)
    findings = []
    audit_dialog(f"{lang} new case", lambda: qtbot.mouseClick(window.case_bar.new_button, Qt.MouseButton.LeftButton),
                 findings)
    audit_dialog(f"{lang} rename case", window.rename_case, findings)
    audit_dialog(f"{lang} backups", window.action_map[Action.BACKUPS].trigger, findings)
    audit_dialog(f"{lang} export the case", window.action_map[Action.EXPORT_BUNDLE].trigger, findings)
    audit_dialog(f"{lang} import a case", window.action_map[Action.IMPORT_BUNDLE].trigger, findings)
    audit_dialog(f"{lang} about", window.show_about, findings)
    audit_dialog(f"{lang} keyboard map", window.show_keyboard_map, findings)
    audit_dialog(f"{lang} all cases", window.show_case_browser, findings)

    def set_passcode(settings_dialog):
        findings.extend(audit(settings_dialog, f"{lang} settings"))
        audit_dialog(f"{lang} passcode", lambda: qtbot.mouseClick(settings_dialog.desk_mode.set_button,
                                                                     Qt.MouseButton.LeftButton), findings)

    audit_dialog(f"{lang} settings (opening the passcode dialog)", application.show_settings, [], set_passcode)
    negotiate = window.show_tab("negotiate")
    audit_dialog(f"{lang} complaint", negotiate.open_complaint, findings)
    export = window.show_tab("export")
    check = export.check_earlier_report()  # window-modal, not blocking: audited as it stands
    qtbot.waitExposed(check)
    findings += audit(check, f"{lang} check an earlier report")
    check.close()
    assert not findings, report(findings)


@pytest.mark.parametrize("lang", LANGS)
def test_the_first_run_dialog_has_names_reading_order_and_keys(qtbot, make_app, lang):
    application, window = make_app(lang)
    findings = audit(window, f"{lang} window without a case")
    audit_dialog(f"{lang} first run", application.first_run, findings)
    assert not findings, report(findings)


# -- the audit itself catches what it should ------------------------------------------------------


def test_the_audit_reports_a_nameless_field_a_backward_tab_and_a_keyless_button(qtbot):
    """The rules work: a form with each fault is reported, with the widget's name and what is missing."""
    from PySide6.QtWidgets import QGridLayout, QLineEdit

    form = QDialog()
    qtbot.addWidget(form)
    grid = QGridLayout(form)
    first, second, third = QLineEdit(), QLineEdit(), QLineEdit()
    for edit, name in ((first, "firstEdit"), (second, "secondEdit"), (third, "thirdEdit")):
        edit.setObjectName(name)
    first.setAccessibleName("first")
    second.setAccessibleName("second")
    combo = QComboBox()
    combo.setObjectName("plainCombo")
    combo.addItem("一")
    mouse_only = QPushButton("OK")
    mouse_only.setObjectName("mouseOnly")
    mouse_only.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for row, widget in enumerate((first, second, third, combo, mouse_only)):
        grid.addWidget(widget, row, 0)
    QWidget.setTabOrder(third, second)  # first, third, second, combo: third → second goes back up
    form.show()
    qtbot.waitExposed(form)
    assert [w.objectName() for w in focus_chain(form)] == ["firstEdit", "thirdEdit", "secondEdit", "plainCombo"]
    text = "\n".join(audit(form, "probe"))
    assert "QLineEdit#thirdEdit: no accessible name" in text
    assert "QComboBox#plainCombo: no accessible name" in text
    assert "Tab goes from QLineEdit#thirdEdit to QLineEdit#secondEdit, which is above it" in text
    assert "QPushButton#mouseOnly «OK»: no keyboard path" in text
    assert "firstEdit: no accessible name" not in text


def test_side_by_side_columns_are_read_in_order(qtbot):
    """Down the left column, then up to the top of the right one, is reading order, not a jump."""
    from PySide6.QtWidgets import QGridLayout, QLineEdit

    form = QDialog()
    qtbot.addWidget(form)
    grid = QGridLayout(form)
    edits = []
    for column in range(2):
        for row in range(3):
            edit = QLineEdit()
            edit.setAccessibleName(f"{column}-{row}")
            grid.addWidget(edit, row, column)
            edits.append(edit)
    for a, b in zip(edits, edits[1:], strict=False):
        QWidget.setTabOrder(a, b)
    form.show()
    qtbot.waitExposed(form)
    assert audit(form, "columns") == []


# -- text equivalents ------------------------------------------------------------------------------


def test_rule_chips_are_read_out_by_name(qtbot, sample_app):
    """A screen reader hears the rules of a flagged record, not an empty cell."""
    from desktop.ui.log.contact_table import CHIPS_ROLE, FLAGS

    application, window = sample_app("zh_CN")
    log = window.show_tab("log")
    model = log.table.model()
    labels = {r.id: r.label("zh_CN") for r in window.ctx.get_content().rules.values()}
    flagged = 0
    for row in range(model.rowCount()):
        cell = model.index(row, FLAGS)
        spoken = cell.data(Qt.ItemDataRole.AccessibleTextRole)
        chips = cell.data(CHIPS_ROLE)
        if not chips:
            assert spoken == "没有规则问题"
            continue
        flagged += 1
        for rule_id, kind in chips:
            # a graded chip ("third_party_contact/high") is read with its grade, e.g. "联系第三人（严重）"
            assert labels[rule_id.split("/")[0]].split("/")[0] in spoken
            assert ("自动发现：" if kind == "auto" else "你标记的：") in spoken
    assert flagged, "no record of the sample case has rule chips"
    # What a screen reader gets from the table itself, cell by cell.
    table = QAccessible.queryAccessibleInterface(log.table)
    cells = [table.child(i) for i in range(table.childCount())]
    assert any(c is not None and "自动发现：" in c.text(QAccessible.Text.Name) for c in cells)


def test_the_day_chart_describes_its_counts_in_words(qtbot, zh):
    from datetime import date

    from desktop.ui.log.day_chart import DayChart

    chart = DayChart()
    qtbot.addWidget(chart)
    chart.set_counts({date(2026, 11, 28): 3, date(2026, 11, 20): 2, date(2026, 11, 3): 7 - 5}, date(2026, 11, 30), 30)
    assert chart.accessibleDescription() == "最近30天共 7 次，最多的一天 3 次（11月28日）"
    assert chart.accessibleName() == "每天的催收次数"
    chart.set_counts({}, date(2026, 11, 30), 90)
    assert chart.accessibleDescription() == "最近90天没有记录"


def test_the_day_chart_in_english(qtbot):
    from datetime import date

    from desktop.ui.log.day_chart import DayChart

    chart = DayChart()
    qtbot.addWidget(chart)
    chart.set_counts({date(2026, 11, 28): 3, date(2026, 11, 27): 3, date(2026, 11, 1): 1}, date(2026, 11, 30), 30)
    assert chart.accessibleDescription() == "Last 30 days: 7 in all; the busiest day had 3 (28 Nov)"


# -- the keyboard map ---------------------------------------------------------------------------------


def _keys_in_window(window) -> set[str]:
    keys = set()
    for shortcut in window.findChildren(QShortcut):
        keys.add(shortcut.key().toString(QKeySequence.SequenceFormat.PortableText))
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            keys.add(sequence.toString(QKeySequence.SequenceFormat.PortableText))
    keys.discard("")
    return keys


@pytest.mark.parametrize("lang", LANGS)
def test_the_keyboard_map_lists_every_shortcut_of_the_window(qtbot, sample_app, lang):
    from desktop.ui.keyboard_map import KeyboardMapDialog

    application, window = sample_app(lang)
    for name in ("learn", "log", "negotiate", "export"):
        window.show_tab(name)
    dialog = KeyboardMapDialog(window)
    qtbot.addWidget(dialog)
    listed = dialog.key_sequences()
    missing = _keys_in_window(window) - listed
    assert not missing, f"shortcuts of the window missing from Help → Keyboard shortcuts: {sorted(missing)}"
    # The forms' own keys are listed too.
    from desktop.ui.log.contact_dialog import ContactDialog

    form = ContactDialog(None, content=window.ctx.get_content(), lang=lang, loans=[])
    qtbot.addWidget(form)
    missing = _keys_in_window(form) - listed
    assert not missing, f"shortcuts of the record form missing from the keyboard map: {sorted(missing)}"


@pytest.mark.parametrize("lang", LANGS)
def test_the_keyboard_map_opens_from_help_and_reads_in_the_language(qtbot, sample_app, lang):
    application, window = sample_app(lang)
    entry = next(a for a in window.help_menu.actions() if "Keyboard" in a.text() or "键盘" in a.text())
    seen = {}

    def look(dialog):
        seen["text"] = dialog.findChild(QTextBrowser).toPlainText()
        seen["title"] = dialog.windowTitle()
        save_screenshot(dialog, f"keyboard-map-{lang}")
        dialog.accept()

    answer_dialog(look)
    entry.trigger()
    if lang == "zh_CN":
        assert seen["title"] == "键盘操作"
        assert "快速隐藏" in seen["text"] and "Ctrl+Shift+H" in seen["text"]
    else:
        assert seen["title"] == "Keyboard shortcuts"
        assert "Quick hide" in seen["text"] and "Ctrl+Shift+H" in seen["text"]
    assert "F2" in seen["text"] and "Alt+Left" in seen["text"]
