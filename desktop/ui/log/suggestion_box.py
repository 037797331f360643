"""Suggested marks in the contact form: words in the record's text that point to a rule.

The keyword rules (``resources/rules/keywords.toml``, via ``Content.keyword_rules``) are
matched as the user types (``desktop.domain.suggestions.suggest_marks``). Each suggestion is a
row with **Confirm** (ticks the mark in the form — only then is it the user's mark) and
**Dismiss** (hidden from now on). Marks already ticked are not suggested. The widget stores
nothing: the form's caller persists dismissals (a dismissal is not evidence).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.suggestions import suggest_marks


class SuggestionBox(QWidget):
    """``confirmed(rule_id)`` when the user confirms a suggestion; hidden when there is nothing to suggest."""

    confirmed = Signal(str)

    def __init__(self, keyword_rules, rule_labels: dict[str, str], *, dismissed: Collection[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionBox")
        self.keyword_rules = tuple(keyword_rules)
        self.rule_labels = rule_labels
        self._dismissed: set[str] = set(dismissed)
        self._newly_dismissed: list[str] = []
        self._shown: tuple = ()
        self.intro = QLabel(self.tr("The text mentions words that may point to improper conduct. Confirm a mark "
                                    "only if it is true; dismissed suggestions are not shown again."))
        self.intro.setWordWrap(True)
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(self.rows)
        self.setVisible(False)

    def update_for(self, text: str, ticked: Collection[str]) -> None:
        """Suggest for ``text``, leaving out marks already ``ticked`` and dismissed ones."""
        found = suggest_marks(text, self.keyword_rules) if self.keyword_rules and text.strip() else ()
        shown = tuple(s for s in found if s.rule_id not in ticked and s.rule_id not in self._dismissed)
        if shown == self._shown:
            return
        self._shown = shown
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for suggestion in shown:
            self.rows.addWidget(self._row(suggestion))
        self.setVisible(bool(shown))

    def _row(self, suggestion) -> QWidget:
        row = QWidget()
        row.setObjectName(f"suggestion_{suggestion.rule_id}")
        label_text = self.rule_labels.get(suggestion.rule_id, suggestion.rule_id)
        label = QLabel(self.tr("%1 — the text says “%2”").replace("%1", label_text).replace("%2", suggestion.phrase))
        label.setWordWrap(True)
        confirm = QPushButton(self.tr("Confirm"))
        confirm.setObjectName("confirmSuggestion")
        confirm.setAccessibleName(self.tr("Confirm: %1").replace("%1", label_text))
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.setObjectName("dismissSuggestion")
        dismiss.setAccessibleName(self.tr("Dismiss: %1").replace("%1", label_text))
        confirm.clicked.connect(lambda: self.confirmed.emit(suggestion.rule_id))
        dismiss.clicked.connect(lambda: self._dismiss(suggestion.rule_id))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label, 1)
        layout.addWidget(confirm)
        layout.addWidget(dismiss)
        return row

    def _dismiss(self, rule_id: str) -> None:
        self._dismissed.add(rule_id)
        self._newly_dismissed.append(rule_id)
        self._refresh()

    def _refresh(self) -> None:
        if self._recheck is not None:
            self._recheck()

    _recheck: Callable[[], None] | None = None

    def watch(self, recheck: Callable[[], None]) -> None:
        """``recheck()`` re-runs :meth:`update_for` with the form's current text and marks."""
        self._recheck = recheck

    def newly_dismissed(self) -> list[str]:
        """The rule ids dismissed while the form was open, for the caller to store."""
        return list(self._newly_dismissed)

    def shown(self) -> tuple:
        return self._shown
