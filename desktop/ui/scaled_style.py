"""The app's own style with check boxes and radio buttons scaled to the text size (Settings, 100–200 %)."""

from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory

_SCALED = frozenset({
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
})


class ScaledIndicatorStyle(QProxyStyle):
    def __init__(self, base_name: str, scale_percent: int) -> None:
        super().__init__(QStyleFactory.create(base_name))
        self.scale_percent = scale_percent

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802 (Qt override)
        value = super().pixelMetric(metric, option, widget)
        if metric in _SCALED:
            return round(value * self.scale_percent / 100)
        return value
