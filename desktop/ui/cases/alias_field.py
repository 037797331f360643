"""The case-name field both the first start and the case dialog ask with: check, show the error beside it, keep the text."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from desktop import i18n
from desktop.domain.cases import clean_alias
from desktop.domain.errors import UserError


class AliasField:
    """A line edit for a case's name (alias) and the error label shown under it.

    Not a widget of its own: the two dialogs lay the edit and the label out differently
    (a form row, a plain column), and both keep the object names the tests and the
    style sheet know (``aliasEdit``, ``fieldError``).
    """

    def __init__(self, initial: str = "") -> None:
        self.edit = QLineEdit(initial)
        self.edit.setObjectName("aliasEdit")
        self.edit.setMaxLength(10_000)  # clean_alias says how long a name may be; this only stops a paste flood
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a33;")
        self.error.hide()
        self._problem: UserError | None = None

    def alias(self) -> str | None:
        """The cleaned name; None after showing what is wrong next to the field and putting the cursor back in it."""
        try:
            alias = clean_alias(self.edit.text())
        except UserError as exc:
            self._problem = exc
            self.retranslate()
            self.error.show()
            self.edit.setFocus()
            return None
        self._problem = None
        self.error.hide()
        return alias

    def retranslate(self) -> None:
        """A message already shown follows a change of language."""
        if self._problem is not None:
            self.error.setText(self._problem.message(i18n.current()))
