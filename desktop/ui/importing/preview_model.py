"""Item models for the import preview: the first rows of the file as contacts, and the list of problems."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.domain.importing.preview import ParsedRow, RowProblem
from desktop.domain.punctuation import clause_separator
from desktop.ui.common import labels

SHOWN_ROWS = 1000
"""The preview table shows at most this many rows; the problem list has every problem."""

PROBLEM_RED = QColor(176, 0, 32)
WARNING_BROWN = QColor(138, 82, 0)

ROW, TIME, CHANNEL, NUMBER, SUMMARY, PROBLEMS = range(6)
_HEADERS = (
    QT_TRANSLATE_NOOP("ImportDialog", "Row"),
    QT_TRANSLATE_NOOP("ImportDialog", "Time"),
    QT_TRANSLATE_NOOP("ImportDialog", "Channel"),
    QT_TRANSLATE_NOOP("ImportDialog", "Number"),
    QT_TRANSLATE_NOOP("ImportDialog", "Summary"),
    QT_TRANSLATE_NOOP("ImportDialog", "Problems"),
)
# How the preview names the contact fields (its column mapping) and the encodings of CSV files.
FIELD_LABELS = {
    "time": QT_TRANSLATE_NOOP("ImportDialog", "Time"),
    "date": QT_TRANSLATE_NOOP("ImportDialog", "Date"),
    "channel": QT_TRANSLATE_NOOP("ImportDialog", "Channel"),
    "direction": QT_TRANSLATE_NOOP("ImportDialog", "Direction"),
    "number": QT_TRANSLATE_NOOP("ImportDialog", "Number"),
    "claimed_identity": QT_TRANSLATE_NOOP("ImportDialog", "Who they said they were"),
    "loan": QT_TRANSLATE_NOOP("ImportDialog", "Loan"),
    "duration": QT_TRANSLATE_NOOP("ImportDialog", "Duration"),
    "contacted_party": QT_TRANSLATE_NOOP("ImportDialog", "Who was contacted"),
    "debt_disclosed": QT_TRANSLATE_NOOP("ImportDialog", "Debt disclosed"),
    "summary": QT_TRANSLATE_NOOP("ImportDialog", "Summary"),
    "notes": QT_TRANSLATE_NOOP("ImportDialog", "Notes"),
}
ENCODING_LABELS = {
    "utf-8": QT_TRANSLATE_NOOP("ImportDialog", "UTF-8"),
    "utf-8-sig": QT_TRANSLATE_NOOP("ImportDialog", "UTF-8 with BOM"),
    "gb18030": QT_TRANSLATE_NOOP("ImportDialog", "GBK/GB18030 (Excel on Chinese Windows)"),
    "utf-16": QT_TRANSLATE_NOOP("ImportDialog", "UTF-16"),
}
_CELL_LIMIT = 120  # characters of a long summary shown in a cell; the tooltip has more


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class ImportPreviewModel(QAbstractTableModel):
    """Read-only: at most :data:`SHOWN_ROWS` parsed rows, problems in red and warnings in brown."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._rows: list[ParsedRow] = []

    def set_rows(self, rows: Sequence[ParsedRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows[:SHOWN_ROWS])
        self.endResetModel()

    def row_at(self, row: int) -> ParsedRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, short=True)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(row, column, short=False) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == PROBLEMS:
            if row.problems:
                return QBrush(PROBLEM_RED)
            if row.warnings:
                return QBrush(WARNING_BROWN)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: ParsedRow, column: int, *, short: bool) -> str:
        contact = row.contact
        if column == ROW:
            return str(row.line_no)
        if column == TIME:
            return contact.occurred_at.strftime("%Y-%m-%d %H:%M") if contact.occurred_at else ""
        if column == CHANNEL:
            return labels.channel(contact.channel)
        if column == NUMBER:
            return contact.number
        if column == SUMMARY:
            text = " ".join(contact.summary.split()) if short else contact.summary[:2000]
            return text if len(text) <= _CELL_LIMIT or not short else text[: _CELL_LIMIT - 1] + "…"
        if column == PROBLEMS:
            found = row.problems or row.warnings
            return clause_separator(self.lang).join(_short(p, self.lang) for p in found)
        return ""


def _short(problem: RowProblem, lang: str) -> str:
    """The message without its "第 3 行" / "Row 3" lead, which the Row column already shows."""
    message = problem.message(lang)
    n, column = problem.line_no, problem.column
    if lang == "en":
        lead, short = (f'Row {n}, column "{column}": ', f'"{column}": ') if column else (f"Row {n}: ", "")
    else:
        lead, short = (f"第 {n} 行“{column}”列：", f"“{column}”：") if column else (f"第 {n} 行：", "")
    return short + message[len(lead) :] if message.startswith(lead) else message


class ProblemListModel(QAbstractListModel):
    """Every message of the preview, problems first (red), then warnings (brown), then notes about columns."""

    PROBLEM, WARNING, INFO = "problem", "warning", "info"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, str]] = []

    def set_items(self, items: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def texts(self) -> list[str]:
        return [text for text, _kind in self._items]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        text, kind = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.ForegroundRole and kind != self.INFO:
            return QBrush(PROBLEM_RED if kind == self.PROBLEM else WARNING_BROWN)
        return None
