"""Contacts per day as small bars — a QPainter widget (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget


class DayChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DayChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Contacts per day"))
        self.counts: list[tuple[date, int]] = []

    def set_counts(self, per_day: dict[date, int], end: date, days: int) -> None:
        start = end - timedelta(days=days - 1)
        self.counts = [(start + timedelta(days=i), per_day.get(start + timedelta(days=i), 0)) for i in range(days)]
        self.setAccessibleDescription(self.describe(days))
        self.setToolTip(self.accessibleDescription())
        self.update()

    def describe(self, days: int) -> str:
        """The chart in words, for screen readers and the tooltip: the total, and the busiest day (the latest of equals)."""
        total = sum(n for _, n in self.counts)
        if not total:
            return self.tr("No contacts in the last %1 days").replace("%1", str(days))
        peak_day, peak = max(self.counts, key=lambda dn: (dn[1], dn[0]))
        # A QDate format; Qt writes month names in English whatever the locale, so Chinese uses numbers.
        when = QDate(peak_day).toString(self.tr("d MMM", "a short date (QDate format) in the chart's description"))
        return (self.tr("Last %1 days: %2 in all; the busiest day had %3 (%4)")
                .replace("%1", str(days)).replace("%2", str(total)).replace("%3", str(peak)).replace("%4", when))

    # The margins hold the labels, so they follow the text size (Settings, 100–200 %).
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(360, max(120, self.fontMetrics().height() * 6))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(160, max(110, self.fontMetrics().height() * 5))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        peak = max((n for _, n in self.counts), default=0)
        label_width = max(metrics.horizontalAdvance(str(peak)), metrics.horizontalAdvance("0")) + 4
        rect = self.rect().adjusted(label_width + 4, metrics.height() // 2 + 2, -6, -(metrics.height() + 4))
        painter.setPen(QColor("#999999"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawText(QRectF(0, rect.top() - metrics.height() / 2, label_width, metrics.height()),
                         Qt.AlignmentFlag.AlignRight, str(peak))
        painter.drawText(QRectF(0, rect.bottom() - metrics.height() / 2, label_width, metrics.height()),
                         Qt.AlignmentFlag.AlignRight, "0")
        if not self.counts:
            return
        slot = rect.width() / len(self.counts)
        bar = max(1.0, slot * 0.7)
        for i, (_day, n) in enumerate(self.counts):
            if n and peak:
                h = rect.height() * n / peak
                painter.fillRect(QRectF(rect.left() + i * slot, rect.bottom() - h, bar, h), QColor("#3d7ea6"))
        painter.setPen(self.palette().text().color())
        first, last = self.counts[0][0], self.counts[-1][0]
        label = metrics.horizontalAdvance("00-00") + 8
        painter.drawText(QRectF(rect.left(), rect.bottom() + 2, label, metrics.height()),
                         Qt.AlignmentFlag.AlignLeft, first.strftime("%m-%d"))
        painter.drawText(QRectF(rect.right() - label, rect.bottom() + 2, label, metrics.height()),
                         Qt.AlignmentFlag.AlignRight, last.strftime("%m-%d"))
