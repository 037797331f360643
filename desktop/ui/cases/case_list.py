"""The case browser's table: one row per case, and the proxy that searches and sorts it.

The rows come at once from the saved lines (:meth:`CaseListRepository.scan`); a case whose line
is not current shows what was last read (or its id) in grey until the background reading replaces
it with :meth:`CaseListModel.update`. Searching matches every typed word against the case's name,
notes and id, ignoring case and full-width forms; it runs on strings kept with the rows, so a
keystroke never reads a file.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.cases import CaseSummary

ALIAS, CREATED, LAST_ACTIVITY, CONTACTS, FLAGGED, ARCHIVED = range(6)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_SEARCH = 200  # characters of a search that count: more cannot make a name match anyway

_GREY = QColor("#777777")
_DAMAGED = QColor("#a40000")


def search_key(text: str) -> str:
    """The form both the search and what it searches are compared in: NFKC (full-width ＡＢＣ is ABC), casefolded."""
    return unicodedata.normalize("NFKC", text).casefold()


class CaseListModel(QAbstractTableModel):
    """Every case of the data folder as a :class:`CaseSummary`; ``update`` replaces rows as they are read."""

    def __init__(self, rows: Iterable[CaseSummary] = (), parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []
        self._keys: list[str] = []
        self._where: dict[str, int] = {}
        self.reset(rows)

    # -- what the view asks ------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt API)
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 6:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Case"), self.tr("Created"), self.tr("Last activity"), self.tr("Records"),
                    self.tr("With rule problems"), self.tr("Archived"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("The name the case was given (not a real name)"),
                    self.tr("When the case was created"),
                    self.tr("When something was last saved in this case"),
                    self.tr("Collection contacts recorded in this case (deleted ones not counted)"),
                    self.tr("Records with at least one rule problem, found by the app or marked by you"),
                    self.tr("Archived cases are kept whole but are not shown in the case bar"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < 6:
            return None
        summary = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, col)
        if role == SORT_ROLE:
            return self._sort_value(summary, col)
        if role == ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if summary.problem is not None:
                return QBrush(_DAMAGED)
            if summary.archived or not summary.complete:
                return QBrush(_GREY)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (CONTACTS, FLAGGED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, s: CaseSummary, col: int) -> str:
        never_read = s.created_at is None and s.problem is None
        if col == ALIAS:
            if s.problem is not None:
                return self.tr("%1 (cannot be opened)").replace("%1", s.alias)
            return s.alias
        if col == ARCHIVED:
            return self.tr("Archived") if s.archived else ""
        if s.problem is not None:
            return "—"
        if never_read:
            return "…"
        if col == CREATED:
            return s.created_at.strftime("%Y-%m-%d")
        if col == LAST_ACTIVITY:
            return s.last_activity.strftime("%Y-%m-%d %H:%M") if s.last_activity else ""
        return str(s.contact_count if col == CONTACTS else s.flagged_count)

    @staticmethod
    def _sort_value(s: CaseSummary, col: int):
        # Unknown values sort as the smallest, so newest-first and most-records-first lists put
        # cases still being read (and damaged ones) last.
        if col == ALIAS:
            return search_key(s.alias)
        if col == CREATED:
            return s.created_at.isoformat() if s.created_at else ""
        if col == LAST_ACTIVITY:
            return s.last_activity.isoformat() if s.last_activity else ""
        if col == ARCHIVED:
            return int(s.archived)
        if s.problem is not None or (s.created_at is None and not s.complete):
            return -1
        return s.contact_count if col == CONTACTS else s.flagged_count

    def _tooltip(self, s: CaseSummary, col: int) -> str | None:
        if s.problem is not None:
            from desktop import i18n

            return s.problem.message(i18n.current())
        if not s.complete:
            return self.tr("Still being read from the case's file…")
        if col == ALIAS:
            return s.alias
        return None

    # -- changes -----------------------------------------------------------------
    def reset(self, rows: Iterable[CaseSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = [_key(s) for s in self._rows]
        self._where = {s.id: n for n, s in enumerate(self._rows)}
        self.endResetModel()

    def update(self, summaries: Iterable[tuple[str, CaseSummary | None]]) -> None:
        """Replace the rows of these cases (None: the case folder is gone, so its row goes)."""
        gone = []
        changed = []
        for case_id, summary in summaries:
            row = self._where.get(case_id)
            if row is None:
                continue
            if summary is None:
                gone.append(case_id)
                continue
            self._rows[row] = summary
            self._keys[row] = _key(summary)
            changed.append(row)
        if changed:  # one signal for the span: the proxy re-sorts and re-filters once
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), 5))
        for case_id in gone:
            self.remove(case_id)

    def remove(self, case_id: str) -> None:
        row = self._where.get(case_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        del self._keys[row]
        self._where = {s.id: n for n, s in enumerate(self._rows)}
        self.endRemoveRows()

    # -- for the dialog and the proxy ----------------------------------------------
    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    def summary_of(self, case_id: str) -> CaseSummary | None:
        row = self._where.get(case_id)
        return None if row is None else self._rows[row]

    def search_text(self, row: int) -> str:
        return self._keys[row]

    def incomplete_ids(self) -> list[str]:
        """The cases still to read, in the order of the rows (the dialog puts the newest first)."""
        return [s.id for s in self._rows if not s.complete]


def _key(s: CaseSummary) -> str:
    return search_key(f"{s.alias}\n{s.notes}\n{s.id}")


class CaseFilterProxy(QSortFilterProxyModel):
    """Search (every word must appear in the name, notes or id) and hide archived cases unless asked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.show_archived = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        words = search_key(text[:MAX_SEARCH]).split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_archived(self, show: bool) -> None:
        if show == self.show_archived:
            return
        self.beginFilterChange()
        self.show_archived = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 (Qt API)
        model = self.sourceModel()
        if not self.show_archived and model.summary(source_row).archived:
            return False
        text = model.search_text(source_row)
        return all(word in text for word in self._words)
