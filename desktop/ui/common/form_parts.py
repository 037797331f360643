"""Small pieces the contact form and the live-call panel share.

Big targets matter here: the people using these forms are often shaking or
typing with one hand while the phone is in the other, so choices are radio
buttons in a row (not tiny combo entries) and labels are bold.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.phone import normalise_number

BIG_TARGET_PX = 36  # minimum height of a clickable choice
SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # save a form from anywhere in it (Help → Keyboard shortcuts lists them)
# The one red of the screens: error text, a problem in a list, the danger badge (8.4:1 on white).
ERROR_COLOUR = "#a00000"
ERROR_STYLE = f"color: {ERROR_COLOUR};"
HINT_STYLE = "color: #555555;"
WARNING_STYLE = "color: #8a5a00;"


def clean(text: str) -> str:
    """Text as typed or pasted, without NUL characters (they cannot be stored faithfully)."""
    return text.replace("\x00", "")


def scaled_font(font: QFont, factor: float) -> QFont:
    """``font`` made ``factor`` times bigger, so big text still follows the user's text-size setting."""
    bigger = QFont(font)
    if bigger.pointSizeF() > 0:
        bigger.setPointSizeF(bigger.pointSizeF() * factor)
    else:
        bigger.setPixelSize(round(bigger.pixelSize() * factor))
    return bigger


def field_label(text: str, buddy: QWidget | None = None) -> QLabel:
    """A bold field label; with ``buddy`` its ``&`` shortcut focuses that field."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def section(title: str, body: QWidget | QFormLayout) -> QWidget:
    """A big bold heading over a framed box (a QGroupBox title would make every field inside bold too)."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 8, 0, 0)
    heading = QLabel(title)
    heading.setFont(scaled_font(heading.font(), 1.2))
    heading.setStyleSheet("font-weight: bold;")
    heading.setWordWrap(True)
    box = QGroupBox()
    if isinstance(body, QFormLayout):
        box.setLayout(body)
    else:
        QVBoxLayout(box).addWidget(body)
    layout.addWidget(heading)
    layout.addWidget(box)
    return holder


def form_layout() -> QFormLayout:
    """Bold labels left of growing fields; long labels wrap rather than squeeze the field."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def add_row(form: QFormLayout, text: str, field: QWidget) -> None:
    form.addRow(field_label(text, field), field)


def row_of(*widgets: QWidget, spacing: int = 6) -> QWidget:
    """Widgets side by side, left-aligned, as one form field."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return holder


def line_edit(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(BIG_TARGET_PX)
    return edit


def loan_combo(loans: list[tuple[int, str]], none_label: str) -> QComboBox:
    """ "Not about a specific loan" (data ``None``) and then the case's loans (data: the loan id)."""
    combo = QComboBox()
    combo.setObjectName("loanCombo")
    combo.setMinimumHeight(BIG_TARGET_PX)
    combo.addItem(none_label, None)
    for loan_id, name in loans:
        combo.addItem(name, loan_id)
    return combo


def text_box(name: str, height: int) -> QPlainTextEdit:
    """A multi-line box; Tab moves on, as everywhere else in the form. Pasting megabytes is fine."""
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setMinimumHeight(height)
    edit.setTabChangesFocus(True)
    return edit


def message_label(style: str, object_name: str) -> QLabel:
    """A hidden, word-wrapped label for an error or a hint shown next to a field."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.hide()
    return label


class ChoiceRow(QWidget):
    """One choice out of a few, as a row of radio buttons. ``value()`` is a code or ``None`` (nothing chosen)."""

    changed = Signal()

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code, text in choices:
            button = QRadioButton(text)
            button.setObjectName(f"choice_{code}")
            button.setMinimumHeight(BIG_TARGET_PX)
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.buttonToggled.connect(lambda _button, checked: checked and self.changed.emit())

    def value(self) -> str | None:
        for code, button in self.buttons.items():
            if button.isChecked():
                return code
        return None

    def set_value(self, code: str | None) -> None:
        """Choose ``code``; ``None`` (or an unknown code) leaves nothing chosen."""
        button = self.buttons.get(code) if code is not None else None
        if button is not None:
            button.setChecked(True)
            return
        self.group.setExclusive(False)
        for each in self.buttons.values():
            each.setChecked(False)
        self.group.setExclusive(True)


class NumberEdit(QWidget):
    """The number or account shown, kept as typed; its normalised form is shown beside it when different."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName("numberEdit")
        self.edit.setMaxLength(1000)
        self.edit.setMinimumHeight(BIG_TARGET_PX)
        self.normalised = QLabel()
        self.normalised.setObjectName("numberNormalised")
        self.normalised.setStyleSheet(HINT_STYLE)
        self.normalised.setToolTip(
            self.tr(
                "The same number without spaces, dashes or country code; the app uses it to match callers."
            )
        )
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.normalised)
        self.edit.textChanged.connect(self._update)
        self.edit.textChanged.connect(self.changed)
        self._update()

    def text(self) -> str:
        return clean(self.edit.text())

    def setText(self, text: str) -> None:  # noqa: N802 — reads like QLineEdit
        self.edit.setText(text)

    def _update(self) -> None:
        raw = self.text()
        norm = normalise_number(raw)
        different = bool(norm) and norm != raw.strip()
        self.normalised.setText(f"→ {norm}" if different else "")
        self.normalised.setVisible(different)


class _CtrlEnter(QObject):
    """Catches Ctrl+Enter in multi-line boxes, which would otherwise take it as a line break."""

    def __init__(self, parent: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt override
        if event.type() == QEvent.Type.KeyPress and _is_ctrl_enter(event):
            self.callback()
            return True
        return False


def _is_ctrl_enter(event) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
        event.modifiers() & Qt.KeyboardModifier.ControlModifier
    )


def on_ctrl_enter(window: QWidget, callback: Callable[[], None]) -> None:
    """Ctrl+Enter anywhere in ``window`` (multi-line boxes included) calls ``callback``; call after building."""
    for keys in SAVE_KEYS:
        QShortcut(QKeySequence(keys), window, activated=callback)
    catcher = _CtrlEnter(window, callback)
    for edit in window.findChildren(QPlainTextEdit):
        edit.installEventFilter(catcher)
