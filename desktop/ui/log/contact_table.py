"""The log list's model: pages through SQL, never holding more than a few pages of rows.

``rowCount`` comes from one ``count(*)`` with the current filter; rows are read
a page at a time when the view asks for them and kept in a small cache.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.domain.contacts import ContactFilter, ContactRow
from desktop.domain.durations import duration_clock
from desktop.domain.legal import FREQUENT, THIRD_PARTY
from desktop.store.contacts import ContactRepository
from desktop.ui.common import labels

PAGE = 200
MAX_PAGES = 12
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
CHIPS_ROLE = Qt.ItemDataRole.UserRole + 2

TIME, CHANNEL, FLAGS, NUMBER, CLAIMED, LOAN, DURATION, SUMMARY = range(8)


class ContactTableModel(QAbstractTableModel):
    """``count_known(n)`` follows every reset once the exact number of matching rows is known."""

    count_known = Signal(int)

    def __init__(self, repo: ContactRepository, loan_labels: dict[int, str] | None = None, parent=None,
                 rule_labels: dict[str, str] | None = None) -> None:
        """``rule_labels``: rule id → its name, for what a screen reader says of the rules column."""
        super().__init__(parent)
        self.repo = repo
        self.loan_labels = loan_labels or {}
        self.rule_labels = rule_labels or {}
        self.filter = ContactFilter()
        self.descending = True
        self._count = 0
        self._pages: OrderedDict[int, list[ContactRow]] = OrderedDict()
        self._generation = 0
        self.exact = False
        self._reload()

    # -- what the view asks ------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else 8

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt API)
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Time"), self.tr("How"), self.tr("Rules"), self.tr("Number"), self.tr("Said to be"),
            self.tr("Loan"), self.tr("Length"), self.tr("What happened"),
        )[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        col = index.column()
        if role == ROW_ROLE:
            return row
        if role == CHIPS_ROLE and col == FLAGS:
            return [(chip_key(r, row), "auto") for r in row.flags] + [
                (r, "mark") for r in row.marks if r not in row.flags]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # The rules column is drawn as coloured chips with no display text: a screen reader reads this.
            return self._spoken_rules(row) if col == FLAGS else self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == SUMMARY and row.summary:
            return row.summary
        if role == Qt.ItemDataRole.ToolTipRole and col in (CHANNEL, NUMBER, CLAIMED, LOAN):
            # Text longer than the usual sample (or a column that gave up width) is cut; read in full here.
            return self._display(row, col) or None
        if role == Qt.ItemDataRole.ForegroundRole and row.deleted:
            return QBrush(QColor("#888888"))
        return None

    def _display(self, row: ContactRow, col: int) -> str:
        if col == TIME:
            return row.occurred_at.strftime("%Y-%m-%d %H:%M") if row.occurred_at else self.tr("(no time)")
        if col == CHANNEL:
            text = labels.channel(row.channel)
            if row.channel == "call" and row.direction:
                text += " · " + labels.direction(row.direction)
            if row.contacted_party != "self":
                text += " → " + labels.relation(row.contacted_party)
            return text
        if col == NUMBER:
            return row.number
        if col == CLAIMED:
            return row.claimed
        if col == LOAN:
            return self.loan_labels.get(row.loan_id, "") if row.loan_id is not None else ""
        if col == DURATION:
            return "" if row.duration_s is None else duration_clock(row.duration_s)
        if col == SUMMARY:
            text = " ".join(row.summary.split())
            return (self.tr("[deleted] ") if row.deleted else "") + text
        return ""

    def _spoken_rules(self, row: ContactRow) -> str:
        found = [self.rule_labels.get(chip_key(r, row), self.rule_labels.get(r, r)) for r in row.flags]
        marked = [self.rule_labels.get(r, r) for r in row.marks if r not in row.flags]
        parts = []
        if found:
            parts.append(self.tr("Found automatically: %1").replace("%1", self.tr(", ").join(found)))
        if marked:
            parts.append(self.tr("You marked: %1").replace("%1", self.tr(", ").join(marked)))
        return self.tr("; ").join(parts) if parts else self.tr("No rule problems")

    # -- paging ------------------------------------------------------------------
    def row_at(self, row: int) -> ContactRow | None:
        page_no, offset = divmod(row, PAGE)
        page = self._pages.get(page_no)
        if page is None and self.repo is None:
            return None
        if page is None:
            page = self.repo.page(self.filter, page_no * PAGE, PAGE, self.descending)
            self._pages[page_no] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def contact_id_at(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.id if found else None

    def set_filter(self, flt: ContactFilter) -> None:
        self.beginResetModel()
        self.filter = flt
        self._reload()
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Only time order is offered: the log is a timeline."""
        self.beginResetModel()
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._reload()
        self.endResetModel()

    def refresh(self) -> None:
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def _reload(self) -> None:
        """Show the first page at once; count the rest in the next turn of the event loop.

        A keystroke in the filter then costs one page query (the rows a person
        sees), and the full count — which must read every match — follows.
        """
        self._pages.clear()
        self._generation += 1
        first = self.repo.page(self.filter, 0, PAGE, self.descending)
        self._pages[0] = first
        self._count = len(first)
        self.exact = len(first) < PAGE
        if self.exact:
            QTimer.singleShot(0, lambda n=self._count: self.count_known.emit(n))
        else:
            QTimer.singleShot(0, lambda g=self._generation: self._finish_count(g))

    def detach(self) -> None:
        """The case is closing: forget the repository so no pending count touches a closed file."""
        self._generation += 1
        self.repo = None

    def _finish_count(self, generation: int) -> None:
        if generation != self._generation or self.repo is None:
            return  # the filter changed again, or the case closed, meanwhile
        total = self.repo.count(self.filter)
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count = total
            self.endInsertRows()
        self.exact = True
        self.count_known.emit(total)

    def finish_count_now(self) -> int:
        """Count at once (tests, exports): returns the number of matching rows."""
        if not self.exact:
            self._finish_count(self._generation)
        return self._count


def chip_key(rule_id: str, row: ContactRow) -> str:
    """The chip an automatic flag shows: a third-party flag with its grade, a count without a loan apart.

    ``"third_party_contact/high"``, ``"frequent_calls/untagged"`` or the plain rule id; the log tab
    registers a label, colour and tooltip for each.
    """
    if rule_id == THIRD_PARTY and row.grade:
        return f"{rule_id}/{row.grade}"
    if rule_id == FREQUENT and row.loan_id is None:
        return f"{rule_id}/untagged"
    return rule_id
