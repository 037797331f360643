"""A money field: the text is kept as typed, read with ``parse_amount``, errors shown right under it.

People type amounts the way their keyboard and habits give them ("1,234.50",
full-width "１２３", "¥1000", "1.5万"); the field accepts all of that and never
rewrites or drops what was typed. An amount it cannot read gets a calm message
in the UI language just below the field, which goes away as soon as the text
reads again. Other widgets can put their own message there (for example "more
than the amount borrowed") with :meth:`MoneyEdit.set_error`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.errors import UserError
from desktop.domain.money import format_amount, parse_amount
from desktop.ui.common.form_parts import BIG_TARGET_PX, ERROR_STYLE, clean


class MoneyEdit(QWidget):
    """A line edit for an amount of money, with its own error line.

    ``value()`` is the amount in fen, ``None`` when the field is empty or cannot
    be read; ``error()`` says why it cannot be read. ``changed`` fires on every
    edit, ``edited`` when the person leaves the field or presses Enter.
    """

    changed = Signal()
    edited = Signal()

    def __init__(self, lang: str = "zh_CN", placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._external = ""
        self.edit = QLineEdit()
        self.edit.setMaxLength(60)
        self.edit.setMinimumHeight(BIG_TARGET_PX)
        self.edit.setPlaceholderText(placeholder or self.tr("e.g. 1,234.50 or 1.5万"))
        self.error_label = QLabel()
        self.error_label.setObjectName("moneyError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.error_label)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.editingFinished.connect(self._finished)

    # -- reading ---------------------------------------------------------------
    def text(self) -> str:
        return clean(self.edit.text())

    def setText(self, text: str) -> None:  # noqa: N802 — reads like QLineEdit
        self.edit.setText(text)

    def is_empty(self) -> bool:
        return not self.text().strip()

    def value(self) -> int | None:
        """The amount in fen; ``None`` when empty or unreadable."""
        if self.is_empty():
            return None
        try:
            return parse_amount(self.text())
        except UserError:
            return None

    def value_or_zero(self) -> int:
        return self.value() or 0

    def error(self) -> str:
        """Why the text cannot be read (in the UI language), or ``""``."""
        if self.is_empty():
            return ""
        try:
            parse_amount(self.text())
        except UserError as exc:
            return exc.message(self.lang)
        return ""

    def is_valid(self) -> bool:
        return not self.error() and not self._external

    # -- writing ---------------------------------------------------------------
    def set_fen(self, fen: int | None) -> None:
        """Show an amount; ``None`` or 0 leaves the field empty."""
        self.edit.setText(_plain(fen) if fen else "")

    def set_error(self, message: str) -> None:
        """A message from outside (a check across fields); ``""`` removes it."""
        self._external = message
        self._show(self.error() or message)

    def validate(self) -> bool:
        """Show the field's message now; true when there is none."""
        self._show(self.error() or self._external)
        return self.is_valid()

    # -- internals -------------------------------------------------------------
    def _show(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _text_changed(self) -> None:
        # While typing, a message already shown is kept up to date (and disappears once the
        # text reads); a new message waits until the person leaves the field, so "1," on the
        # way to "1,234" does not flash an error.
        if self.error_label.isVisible():
            self._show(self.error() or self._external)
        self.changed.emit()

    def _finished(self) -> None:
        self.validate()
        self.edited.emit()


def _plain(fen: int) -> str:
    """An amount as a person would type it back: "1,234.50" (no currency mark)."""
    return format_amount(fen, "en").lstrip("¥").removesuffix(".00")
