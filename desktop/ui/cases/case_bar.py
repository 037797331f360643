"""The bar at the top of the window: which case is open, and the privacy buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from desktop.domain.cases import CaseSummary

# This bar is built before the first paint: it avoids PySide's Qt namespace,
# whose first use builds ~100 enum types (see MainWindow.finish_start_up).


class CaseBar(QWidget):
    case_selected = Signal(str)
    new_requested = Signal()
    browse_requested = Signal()
    rename_requested = Signal()
    delete_requested = Signal()
    sample_requested = Signal()
    lock_requested = Signal()
    hide_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CaseBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.label = QLabel(self.tr("Case:"))
        self.combo = QComboBox()
        self.combo.setObjectName("caseCombo")
        self.combo.setMinimumWidth(220)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(16)
        self.label.setBuddy(self.combo)
        self.new_button = QPushButton(self.tr("New case"))
        self.new_button.setObjectName("newCaseButton")
        self.all_button = QPushButton(self.tr("All cases…"))
        self.all_button.setObjectName("allCasesButton")
        self.all_button.setToolTip(self.tr("Find, open and archive any case (Ctrl+O)"))
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # The menu is set now, so the button shows its arrow in the first frame; its entries are added
        # when it first opens (or is asked for): the first QAction builds PySide's QAction type and
        # three of its enums, ~0.5 ms the window's first paint need not wait for.
        self._menu = QMenu(self.more_button)
        self._menu.aboutToShow.connect(self._menu_actions)
        self.more_button.setMenu(self._menu)
        self._actions: tuple[QAction, QAction, QAction] | None = None
        self._has_case = False
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setToolTip(self.tr("Hide this case's records from the screen until you continue"))
        self.hide_button = QPushButton(self.tr("Quick hide"))
        self.hide_button.setObjectName("hideButton")
        self.hide_button.setToolTip(self.tr("Hide the window at once (Ctrl+Shift+H)"))

        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.all_button)
        layout.addWidget(self.new_button)
        layout.addWidget(self.more_button)
        layout.addStretch(1)
        layout.addWidget(self.lock_button)
        layout.addWidget(self.hide_button)

        self.combo.activated.connect(self._on_activated)
        self.new_button.clicked.connect(self.new_requested)
        self.all_button.clicked.connect(self.browse_requested)
        self.lock_button.clicked.connect(self.lock_requested)
        self.hide_button.clicked.connect(self.hide_requested)

    def set_cases(self, cases: list[CaseSummary], current_id: str) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for summary in cases:
            text = summary.alias
            if summary.problem is not None:
                text = self.tr("%1 (cannot be opened)").replace("%1", summary.alias)
            elif summary.archived:  # only the open case is listed when archived
                text = self.tr("%1 (archived)").replace("%1", summary.alias)
            self.combo.addItem(text, summary.id)
        index = self.combo.findData(current_id)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self._has_case = index >= 0
        if self._actions is not None:
            self.rename_action.setEnabled(self._has_case)
            self.delete_action.setEnabled(self._has_case)

    def _menu_actions(self) -> tuple[QAction, QAction, QAction]:
        """The "More" menu's entries (rename, delete, sample), added on first use."""
        if self._actions is None:
            menu = self._menu
            rename = menu.addAction(self.tr("Rename this case…"))
            delete = menu.addAction(self.tr("Delete this case…"))
            menu.addSeparator()
            sample = menu.addAction(self.tr("Load the sample case"))
            rename.triggered.connect(self.rename_requested)
            delete.triggered.connect(self.delete_requested)
            sample.triggered.connect(self.sample_requested)
            rename.setEnabled(self._has_case)
            delete.setEnabled(self._has_case)
            self._actions = (rename, delete, sample)
        return self._actions

    @property
    def rename_action(self) -> QAction:
        return self._menu_actions()[0]

    @property
    def delete_action(self) -> QAction:
        return self._menu_actions()[1]

    @property
    def sample_action(self) -> QAction:
        return self._menu_actions()[2]

    def current_id(self) -> str:
        data = self.combo.currentData()  # the default role is Qt.UserRole
        return data or ""

    def _on_activated(self, index: int) -> None:
        case_id = self.combo.itemData(index)
        if case_id:
            self.case_selected.emit(case_id)
