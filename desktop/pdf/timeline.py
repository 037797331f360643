"""A small bar chart of contacts per day (or per week for long periods), drawn with reportlab graphics.

Each bar is the number of contacts; its dark lower part the ones that are possibly
improper. Gaps between recorded days are drawn as empty days, so a quiet week
looks quiet. More than :data:`MAX_DAYS` days are grouped by week (Monday first).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from reportlab.graphics.shapes import Drawing, Line, Rect, String

from desktop.pdf import styles
from desktop.pdf.fonts import FONT_NAME, register_fonts

MAX_DAYS = 92
HEIGHT = 150
_LEFT = 30  # room for the y-axis labels
_BOTTOM = 18  # room for the date labels
_TOP = 8
LIGHT = styles.HEADER_FILL
DARK = styles.ACCENT


def buckets(per_day: Sequence[tuple[date, int, int]]) -> tuple[str, list[tuple[date, int, int]]]:
    """``("day"|"week", [(start, contacts, flagged), …])`` covering every day from first to last."""
    if not per_day:
        return "day", []
    counts = {d: (n, f) for d, n, f in per_day}
    first, last = min(counts), max(counts)
    unit = "day" if (last - first).days < MAX_DAYS else "week"
    if unit == "week":
        first -= timedelta(days=first.weekday())
    step = timedelta(days=1 if unit == "day" else 7)
    out = []
    start = first
    while start <= last:
        n = f = 0
        for k in range(step.days):
            got = counts.get(start + timedelta(days=k))
            if got:
                n += got[0]
                f += got[1]
        out.append((start, n, f))
        start += step
    return unit, out


def _nice_max(value: int) -> int:
    for nice in (1, 2, 4, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if value <= nice:
            return nice
    return value


def timeline_drawing(per_day: Sequence[tuple[date, int, int]], width: float, height: float = HEIGHT) -> Drawing:
    """The chart, ``width`` points wide (the caller checks that ``per_day`` is not empty)."""
    register_fonts()
    _unit, bars = buckets(per_day)
    drawing = Drawing(width, height)
    # The renderer starts from Helvetica unless told otherwise: an unused, unembedded font in the PDF.
    drawing.initialFontName = FONT_NAME
    drawing.initialFontSize = 7
    plot_w = width - _LEFT - 4
    plot_h = height - _BOTTOM - _TOP
    top = _nice_max(max((n for _, n, _ in bars), default=1))
    # y axis: 0, half, top, with faint grid lines
    for value in sorted({0, top // 2, top}):
        y = _BOTTOM + plot_h * value / top
        drawing.add(Line(_LEFT, y, _LEFT + plot_w, y, strokeColor=styles.RULE, strokeWidth=0.3))
        drawing.add(String(_LEFT - 4, y - 3, str(value), fontName=FONT_NAME, fontSize=7, fillColor=styles.MUTED,
                           textAnchor="end"))
    count = max(len(bars), 1)
    slot = plot_w / count
    bar_w = max(slot * 0.75, 0.6)
    for i, (_start, n, f) in enumerate(bars):
        x = _LEFT + i * slot + (slot - bar_w) / 2
        if n:
            drawing.add(Rect(x, _BOTTOM, bar_w, plot_h * n / top, fillColor=LIGHT, strokeColor=DARK,
                             strokeWidth=0.3))
        if f:
            drawing.add(Rect(x, _BOTTOM, bar_w, plot_h * f / top, fillColor=DARK, strokeColor=None))
    # x labels: first, last and a few between, never overlapping (a label is ~32 pt wide)
    every = max(1, int(36 // slot) + 1)
    picks = list(range(0, len(bars), every))
    if picks and picks[-1] != len(bars) - 1:
        if (len(bars) - 1 - picks[-1]) * slot < 36:
            picks.pop()
        picks.append(len(bars) - 1)
    for i in picks:
        start = bars[i][0]
        x = _LEFT + i * slot + slot / 2
        drawing.add(String(x, 5, f"{start:%m-%d}", fontName=FONT_NAME, fontSize=7, fillColor=styles.MUTED,
                           textAnchor="middle"))
    drawing.add(Line(_LEFT, _BOTTOM, _LEFT + plot_w, _BOTTOM, strokeColor=styles.INK, strokeWidth=0.5))
    return drawing
