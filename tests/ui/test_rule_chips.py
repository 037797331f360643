"""Rule chips stay inside their cell however narrow the column is made."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from desktop.ui.log.contact_table import CHIPS_ROLE
from desktop.ui.log.rule_chips import RuleChipsDelegate, RuleInfo

RULES = {"night": RuleInfo("Night-time collection", "medium", ""),
         "threats": RuleInfo("Threats / intimidation", "critical", "")}
HEIGHT = 30


def _paint(qtbot, chips, width: int) -> QImage:
    """The cell painted into an image twice its width; what lies right of ``width`` is outside it."""
    view = QTableView()
    qtbot.addWidget(view)
    model = QStandardItemModel(1, 1)
    item = QStandardItem()
    item.setData(chips, CHIPS_ROLE)
    model.setItem(0, 0, item)
    view.setModel(model)
    delegate = RuleChipsDelegate(RULES, view)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, width, HEIGHT)
    image = QImage(2 * width, HEIGHT, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    return image


def _painted_columns(image: QImage) -> list[int]:
    return [x for x in range(image.width())
            if any(image.pixelColor(x, y).alpha() for y in range(image.height()))]


@pytest.mark.parametrize("width", [40, 60, 90, 119, 150, 200, 400])
def test_chips_and_their_more_mark_never_spill_into_the_next_column(qtbot, width):
    """Seen in the English log at 1100 px: the "…" after a shortened chip was drawn over the number."""
    image = _paint(qtbot, [("night", "auto"), ("threats", "mark")], width)
    painted = _painted_columns(image)
    assert painted and max(painted) < width


def test_a_shortened_first_chip_is_followed_by_the_more_mark(qtbot):
    alone = _painted_columns(_paint(qtbot, [("night", "auto")], 119))
    followed = _painted_columns(_paint(qtbot, [("night", "auto"), ("threats", "auto")], 119))
    # With a second rule the first chip gives up room for the "…", which is painted after it.
    chip_alone, chip_followed = _first_run(alone), _first_run(followed)
    assert chip_followed < chip_alone <= 119
    assert any(chip_followed < x < 119 for x in followed)  # the "…"


def _first_run(columns: list[int]) -> int:
    """Where the first unbroken run of painted columns (the first chip) ends."""
    end = columns[0]
    for x in columns[1:]:
        if x != end + 1:
            break
        end = x
    return end
