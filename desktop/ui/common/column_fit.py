"""Table columns that share the width they are given, so none is cut off at the window's edge.

A column's natural width comes from a sample of its widest usual text (and its header);
when the table is narrower than the sum, the columns that can lose width without losing
their meaning (numbers, names, loan labels) give it up first, down to their minimum,
and their text is elided ("…") instead of a whole column sliding out of view.
A header is never elided: no column is narrower than its own title, since a column
whose title reads "对方…" tells the reader nothing. The stretching column takes
whatever is left.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

PADDING = 24  # the cell's margins and the header's sort arrow


@dataclass(frozen=True)
class Column:
    index: int
    natural: int
    minimum: int


def plan_widths(columns: list[Column], available: int, stretch_minimum: int) -> dict[int, int]:
    """Widths for ``columns`` so that they and the stretching column fit in ``available`` pixels.

    Each column gives up width in proportion to how much it can spare (natural − minimum);
    below all minimums the minimums are kept and the table scrolls sideways.
    """
    natural = sum(c.natural for c in columns)
    short = natural + stretch_minimum - available
    if short <= 0:
        return {c.index: c.natural for c in columns}
    spare = sum(c.natural - c.minimum for c in columns)
    if spare <= 0:
        return {c.index: c.minimum for c in columns}
    share = min(1.0, short / spare)
    return {c.index: c.natural - int(round((c.natural - c.minimum) * share)) for c in columns}


class ColumnFitter(QObject):
    """Keeps ``table``'s columns fitted to its viewport; ``stretch`` is the column that takes the rest."""

    def __init__(self, table: QTableView, columns: list[Column], stretch: int, stretch_minimum: int) -> None:
        super().__init__(table)
        titles = {c.index: header_width(table, c.index) for c in columns}
        columns = [Column(c.index, max(c.natural, titles[c.index]), max(c.minimum, titles[c.index])) for c in columns]
        self.table, self.columns = table, columns
        self.stretch, self.stretch_minimum = stretch, stretch_minimum
        header = table.horizontalHeader()
        for column in columns:
            header.setSectionResizeMode(column.index, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(min(c.minimum for c in columns))
        table.viewport().installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        widths = plan_widths(self.columns, self.table.viewport().width(), self.stretch_minimum)
        for index, width in widths.items():
            self.table.setColumnWidth(index, width)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def header_width(table: QTableView, index: int) -> int:
    """The width that shows the column's header (and its sort arrow) in full."""
    header_text = str(table.model().headerData(index, table.horizontalHeader().orientation()) or "")
    return table.horizontalHeader().fontMetrics().horizontalAdvance(header_text) + PADDING


def natural_width(table: QTableView, index: int, sample: str) -> int:
    """The width that shows ``sample`` and the column's header in full."""
    return max(table.fontMetrics().horizontalAdvance(sample) + PADDING, header_width(table, index))
