"""The preview page of the import dialog: counts, columns, verdict, the rows read and every problem found.

The dialog (:class:`desktop.ui.importing.import_dialog.ImportDialog`) fills the
texts; this page owns the widgets, the table of rows with its "only rows with
problems" filter, and the problem list. Its few strings keep the dialog's
translation context, ``ImportDialog``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QListView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.importing.preview_model import (
    CHANNEL,
    NUMBER,
    PROBLEMS,
    ROW,
    SHOWN_ROWS,
    SUMMARY,
    TIME,
    ImportPreviewModel,
    ProblemListModel,
)


class ImportPreviewPage(QWidget):
    """The rows of a file read for import, before anything is stored."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple = ()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.columns_label = QLabel()
        self.columns_label.setObjectName("importColumns")
        self.columns_label.setWordWrap(True)
        self.columns_label.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("importVerdict")
        self.verdict_label.setWordWrap(True)
        self.only_problems = QCheckBox(QCoreApplication.translate("ImportDialog", "Show only rows with problems"))
        self.only_problems.toggled.connect(lambda _on: self.fill_table())
        self.model = ImportPreviewModel(lang, self)
        self.table = QTableView()
        self.table.setObjectName("importPreviewTable")
        self.table.setAccessibleName(QCoreApplication.translate("ImportDialog", "Rows of the file"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PROBLEMS, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ROW, 56), (TIME, 130), (CHANNEL, 100), (NUMBER, 120)):
            self.table.setColumnWidth(column, width)
        self.table_note = QLabel()
        self.table_note.setWordWrap(True)
        self.problems_title = QLabel()
        self.problem_model = ProblemListModel(self)
        self.problem_list = QListView()
        self.problem_list.setObjectName("importProblemList")
        self.problem_list.setAccessibleName(QCoreApplication.translate("ImportDialog", "Problems found"))
        self.problem_list.setModel(self.problem_model)
        # Long messages wrap instead of running off the side; batched layout keeps 200,000 of them quick.
        self.problem_list.setWordWrap(True)
        self.problem_list.setLayoutMode(QListView.LayoutMode.Batched)
        self.problem_list.setBatchSize(200)
        self.problem_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.problem_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problem_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.problems_title)
        lower_layout.addWidget(self.problem_list)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.only_problems)
        upper_layout.addWidget(self.table)
        upper_layout.addWidget(self.table_note)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.columns_label)
        layout.addWidget(self.verdict_label)
        layout.addWidget(splitter, 1)

    def show_rows(self, rows, *, any_problems: bool) -> None:
        """Show ``rows`` (all of them: the filter starts off, and can be used only when a row has a problem)."""
        self._rows = tuple(rows)
        self.only_problems.setChecked(False)
        self.only_problems.setEnabled(any_problems)
        self.fill_table()

    def fill_table(self) -> None:
        rows = self._rows
        if self.only_problems.isChecked():
            rows = tuple(r for r in rows if r.problems)
        self.model.set_rows(rows)
        if len(rows) > SHOWN_ROWS:
            note = QCoreApplication.translate(
                "ImportDialog", "Showing the first %1 of %2 rows. The list below has every problem."
            )
            self.table_note.setText(note.replace("%1", f"{SHOWN_ROWS:,}").replace("%2", f"{len(rows):,}"))
        self.table_note.setVisible(len(rows) > SHOWN_ROWS)
