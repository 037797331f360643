"""The people other than the borrower whom the collector contacted: a small editable list.

One row per person: relation, optional name, optional number, whether they were
told about the debt and whether they were asked to pay. Rows are added with a
button and removed with the button at their end; nothing in a row is required.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.contacts import Relation, ThirdParty
from desktop.ui.common import labels
from desktop.ui.common.form_parts import BIG_TARGET_PX, HINT_STYLE, clean

THIRD_PARTY_RELATIONS = tuple(r for r in Relation if r is not Relation.SELF)


class _Row:
    """The widgets of one person (not a widget itself: they sit in the editor's grid)."""

    def __init__(self) -> None:
        self.relation = QComboBox()
        for relation in THIRD_PARTY_RELATIONS:
            self.relation.addItem(labels.relation(relation), str(relation))
        self.name = QLineEdit()
        self.name.setPlaceholderText(QCoreApplication.translate("ThirdPartyEditor", "Name (optional)"))
        self.number = QLineEdit()
        self.number.setPlaceholderText(QCoreApplication.translate("ThirdPartyEditor", "Number (optional)"))
        self.disclosed = QCheckBox(QCoreApplication.translate("ThirdPartyEditor", "Told about the debt"))
        self.asked = QCheckBox(QCoreApplication.translate("ThirdPartyEditor", "Asked to pay"))
        self.remove = QPushButton(QCoreApplication.translate("ThirdPartyEditor", "Remove"))
        self.remove.setAutoDefault(False)
        self.remove.setToolTip(
            QCoreApplication.translate("ThirdPartyEditor", "Remove this person from the list")
        )
        for widget in self.widgets():
            widget.setMinimumHeight(BIG_TARGET_PX)

    def widgets(self) -> list[QWidget]:
        return [self.relation, self.name, self.number, self.disclosed, self.asked, self.remove]

    def value(self) -> ThirdParty:
        return ThirdParty(
            relation=Relation(self.relation.currentData()),
            name=clean(self.name.text()).strip(),
            number=clean(self.number.text()).strip(),
            debt_disclosed=self.disclosed.isChecked(),
            asked_to_pay=self.asked.isChecked(),
        )

    def set_value(self, party: ThirdParty) -> None:
        index = self.relation.findData(str(party.relation))
        self.relation.setCurrentIndex(max(index, 0))
        self.name.setText(party.name)
        self.number.setText(party.number)
        self.disclosed.setChecked(party.debt_disclosed)
        self.asked.setChecked(party.asked_to_pay)


class ThirdPartyEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ThirdPartyEditor")
        self.rows: list[_Row] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("No one else is listed."))
        self.empty.setStyleSheet(HINT_STYLE)
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.add_button = QPushButton(self.tr("Add a person they contacted"))
        self.add_button.setObjectName("addThirdPartyButton")
        self.add_button.setAutoDefault(False)
        self.add_button.setMinimumHeight(BIG_TARGET_PX)
        self.add_button.clicked.connect(lambda: self.add_row().relation.setFocus())
        layout.addWidget(self.empty)
        layout.addWidget(self.grid_holder)
        layout.addWidget(self.add_button)
        self._refresh()

    def add_row(self, party: ThirdParty | None = None) -> _Row:
        row = _Row()
        if party is not None:
            row.set_value(party)
        before = self.rows[-1].remove if self.rows else _focus_predecessor(self.add_button)
        self.rows.append(row)
        self._place()
        chain = (
            [before, *row.widgets(), self.add_button]
            if before is not None
            else [*row.widgets(), self.add_button]
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        for signal in (
            row.relation.currentIndexChanged,
            row.name.textChanged,
            row.number.textChanged,
            row.disclosed.toggled,
            row.asked.toggled,
        ):
            signal.connect(self.changed)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self._refresh()
        self.changed.emit()
        return row

    def remove_row(self, row: _Row) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._place()
        self._refresh()
        self.changed.emit()
        self.add_button.setFocus()

    def _place(self) -> None:
        # Two lines per person, so the name and number keep a usable width at large text sizes.
        for index, row in enumerate(self.rows):
            top, below = 2 * index, 2 * index + 1
            for column, widget in enumerate((row.relation, row.name, row.number, row.remove)):
                self.grid.addWidget(widget, top, column)
            self.grid.addWidget(row.disclosed, below, 1)
            self.grid.addWidget(row.asked, below, 2)

    def _refresh(self) -> None:
        self.empty.setVisible(not self.rows)
        self.grid_holder.setVisible(bool(self.rows))

    def value(self) -> tuple[ThirdParty, ...]:
        return tuple(row.value() for row in self.rows)

    def set_value(self, parties) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        for party in parties:
            self.add_row(party)


def _focus_predecessor(widget: QWidget) -> QWidget | None:
    """The widget Shift+Tab would reach from ``widget`` (so new rows can be put before it)."""
    current = widget.previousInFocusChain()
    while current is not None and current is not widget:
        if current.focusPolicy().value & Qt.FocusPolicy.TabFocus.value and current.isEnabled():
            return current
        current = current.previousInFocusChain()
    return None
