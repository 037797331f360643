"""Rule chips in the log list: filled for automatic flags, outlined for the user's own marks.

Colour follows severity, and each chip also carries its label, so meaning never
rests on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QToolTip

from desktop.ui.log.contact_table import CHIPS_ROLE

SEVERITY_COLOURS = {
    "critical": "#b3261e",
    "high": "#c05a00",
    "medium": "#8a6d00",
    "low": "#4a6a8a",
}


class RuleInfo:
    """What a chip needs to know about a rule: short label, severity, tooltip text."""

    def __init__(self, label: str, severity: str, tooltip: str) -> None:
        self.label, self.severity, self.tooltip = label, severity, tooltip


class RuleChipsDelegate(QStyledItemDelegate):
    def __init__(self, rules: dict[str, RuleInfo], parent=None) -> None:
        super().__init__(parent)
        self.rules = rules

    def _chips(self, index):
        return index.data(CHIPS_ROLE) or []

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        super().paint(painter, option, index)
        chips = self._chips(index)
        if not chips:
            return
        painter.save()
        painter.setClipRect(option.rect)  # nothing spills into the number column
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        x = option.rect.x() + 4
        height = metrics.height() + 4
        y = option.rect.y() + (option.rect.height() - height) // 2
        more = metrics.horizontalAdvance("…") + 6  # room kept for the "more" mark while chips follow
        for n, (rule_id, kind) in enumerate(chips):
            info = self.rules.get(rule_id)
            text = info.label if info else rule_id
            colour = QColor(SEVERITY_COLOURS.get(info.severity if info else "", "#555555"))
            width = metrics.horizontalAdvance(text) + 12
            followed = n < len(chips) - 1
            right = option.rect.right() - (more if followed else 0)
            cut = x + width > right
            if cut:
                room = right - x - 12
                if n > 0 or room < metrics.horizontalAdvance("夜…"):
                    self._draw_more(painter, option, x, y, height)
                    break
                # A first chip wider than the column is shortened, not hidden behind a bare "…".
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
                width = metrics.horizontalAdvance(text) + 12
            rect = QRectF(x, y, width, height)
            if kind == "auto":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(rect, 6, 6)
                painter.setPen(QColor("white"))
            else:
                painter.setPen(QPen(colour, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 6, 6)
                painter.setPen(colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 4
            if cut:
                if followed:
                    self._draw_more(painter, option, x, y, height)
                break
        painter.restore()

    @staticmethod
    def _draw_more(painter: QPainter, option: QStyleOptionViewItem, x: int, y: int, height: int) -> None:
        """The "…" that says more chips are in the tooltip than fit in the column."""
        painter.setPen(option.palette.text().color())
        painter.drawText(QRect(x, y, option.rect.right() - x + 1, height), Qt.AlignmentFlag.AlignVCenter, "…")

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint(option, index)
        chips = self._chips(index)
        width = sum(option.fontMetrics.horizontalAdvance(
            self.rules[r].label if r in self.rules else r) + 16 for r, _ in chips)
        return QSize(max(hint.width(), width), max(hint.height(), option.fontMetrics.height() + 8))

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802 (Qt API)
        chips = self._chips(index)
        if not chips:
            return super().helpEvent(event, view, option, index)
        lines = []
        for rule_id, kind in chips:
            info = self.rules.get(rule_id)
            if info is None:
                continue
            prefix = self.tr("Found automatically: ") if kind == "auto" else self.tr("You marked: ")
            lines.append(f"<p><b>{prefix}{info.label}</b><br>{info.tooltip}</p>")
        QToolTip.showText(event.globalPos(), "".join(lines), view)
        return True
