"""Names for screen readers, taken from the labels people already see.

Qt gives a field the text of its buddy label as its accessible name only when the
label and the field are siblings; a field built inside a small compound widget
(an amount with its error line, a date with its "Clear" button) or a form row
whose label was never made its buddy is announced by a screen reader as just
"edit". :func:`name_fields_from_labels` walks a finished page and gives each such
field the text of the label beside it, so what is heard matches what is read.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QWidget,
)

_TAGS = re.compile(r"<[^>]+>")


def label_text(label: QLabel) -> str:
    """A label's words as spoken: no ``&`` mnemonic marker, no markup, no trailing colon."""
    text = _TAGS.sub("", label.text()) if "<" in label.text() else label.text()
    text = re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":：").strip()


def _unnamed(widget: QWidget) -> bool:
    if widget.accessibleName().strip():
        return False
    if isinstance(widget, QComboBox):
        return True  # its current entry is its value; Windows screen readers need a name besides
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface is None or not interface.text(QAccessible.Text.Name).strip()


def _stops(widget: QWidget) -> list[QWidget]:
    """``widget`` and the widgets inside it that Tab stops at (not the parts of spin and combo boxes)."""
    found = []
    for each in [widget, *widget.findChildren(QWidget)]:
        if not each.focusPolicy() & Qt.FocusPolicy.TabFocus or each.focusProxy() is not None:
            continue
        if isinstance(each.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue
        found.append(each)
    return found


def name_field(field: QWidget, name: str) -> None:
    """Give ``name`` to ``field`` and to each Tab stop inside it that has no name of its own."""
    if not name:
        return
    for stop in _stops(field):
        if _unnamed(stop):
            stop.setAccessibleName(name)


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    found = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found += _layout_widgets(item.layout())
    return found


def tab_in_reading_order(box: QDialogButtonBox) -> None:
    """Make Tab visit ``box``'s buttons left to right, as they are shown.

    A button box places its buttons in the system's order (on Windows "OK" left of "Cancel"),
    while Tab follows the order they were made, and a button added to the box moves to the end.
    Call once the box is in its dialog, after the last button is added.
    """
    shown = [w for w in _layout_widgets(box.layout()) if isinstance(w, QAbstractButton)]
    if not shown:
        return
    # The buttons are threaded in after the Tab stop before them: Qt will not move a widget in
    # front of the first stop of a chain, so "after the last button" cannot be relied on.
    anchor = shown[0].previousInFocusChain()
    for _ in range(1000):
        if anchor is None or anchor is box.window():
            break
        if anchor not in shown and anchor.focusPolicy() & Qt.FocusPolicy.TabFocus:
            QWidget.setTabOrder(anchor, shown[0])
            break
        anchor = anchor.previousInFocusChain()
    for before, after in zip(shown, shown[1:], strict=False):
        QWidget.setTabOrder(before, after)


def name_fields_from_labels(root: QWidget) -> None:
    """Name every unnamed field under ``root`` after its form-row label or the label whose buddy it is."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            name = label_text(label.widget())
            widgets = [field.widget()] if field.widget() is not None else (
                _layout_widgets(field.layout()) if field.layout() is not None else [])
            for widget in widgets:
                name_field(widget, name)
    for label in root.findChildren(QLabel):
        if label.buddy() is not None:
            name_field(label.buddy(), label_text(label))
