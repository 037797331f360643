"""Fast plain-text tables for the report's long lists (the full log, the flagged records, third parties).

A Paragraph per cell, or even reportlab's own :class:`~reportlab.platypus.Table`,
is slow for tables of thousands of rows: a Table re-measures every remaining row
on each page it splits across and writes a separate text object per line. Here
every cell (the header too) is a plain string, wrapped once by measuring the
font's glyph widths (:func:`wrap_plain`); :class:`PlainTable` knows its row
heights from the start, splits between rows (or inside a row taller than the
space left) by slicing, repeats its header on every page, and draws each page's
cells, stripes and rules in a few batched PDF operators. It looks like
:func:`desktop.pdf.tables.data_table`.
"""

from __future__ import annotations

import re

from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable

from desktop.pdf import styles
from desktop.pdf.fonts import FONT_NAME, register_fonts, safe_text
from desktop.pdf.tables import TEXT_WIDTH

#: Closing punctuation that must not start a line (it takes the previous character with it).
_NO_LINE_START = set("，。、；：！？）」』》〉】”’,.;:!?)%")
_TOKEN = re.compile(r"\s+|[A-Za-z0-9_@./:+\-#*'\"]+|.", re.S)
#: A table cell longer than this is cut, with a visible note (layout time stays bounded).
MAX_CELL_CHARS = 3000
#: Cell padding (points), as in :func:`desktop.pdf.styles.table_style`.
_HPAD = styles.TABLE_PADDING + 1
_VPAD = styles.TABLE_PADDING
_EPS = 1e-6
#: Height of the body frame of :mod:`desktop.pdf.document` (page less margins less the frame's 6 pt paddings).
FRAME_HEIGHT = A4[1] - styles.MARGIN_TOP - styles.MARGIN_BOTTOM - 12

#: Advance widths in 1/1000 em of short strings already measured (tokens repeat: hanzi, digits, words).
_widths: dict[str, float] = {}
#: Only strings up to this length are remembered (by width here, by encoding in :meth:`PlainTable.draw`):
#: short ones repeat, long ones are unique text and would only grow memory.
_CACHE_CHARS = 24


def _em(text: str) -> float:
    """Width of ``text`` in the bundled font, in thousandths of an em."""
    w = _widths.get(text)
    if w is None:
        face = getFont(FONT_NAME).face
        get, default = face.charWidths.get, face.defaultWidth
        w = sum(get(ord(ch), default) for ch in text)
        if len(text) <= _CACHE_CHARS and len(_widths) < 100_000:
            _widths[text] = w
    return w


def wrap_plain(text: str, width: float, size: float) -> str:
    """``text`` with line breaks inserted so each line fits ``width`` points at ``size``.

    Much faster than a Paragraph per cell in tables of thousands of rows: hanzi break
    anywhere, Latin words and numbers stay whole unless longer than a line, and a
    closing punctuation mark never starts a line.
    """
    register_fonts()
    limit = width * 1000 / size  # compare in font units: no multiplication per token
    out: list[str] = []
    for para in text.split("\n"):
        if len(para) * size <= width or _em(para) <= limit:
            out.append(para)
            continue
        line, used = "", 0.0
        for tok in _TOKEN.findall(para):
            w = _em(tok)
            if used + w <= limit:
                line, used = line + tok, used + w
            elif tok.isspace():
                out.append(line)
                line, used = "", 0.0
            elif tok in _NO_LINE_START and len(line) > 1:
                out.append(line[:-1])
                line = line[-1] + tok
                used = _em(line)
            elif w <= limit:
                if line.strip():
                    out.append(line.rstrip())
                line, used = tok, w
            else:  # a "word" longer than the line (a URL, a hash): break it anywhere
                for ch in tok:
                    cw = _em(ch)
                    if used + cw > limit and line:
                        out.append(line)
                        line, used = "", 0.0
                    line, used = line + ch, used + cw
        out.append(line)
    return "\n".join(out)


def _cut(text: str, lang: str) -> str:
    if len(text) <= MAX_CELL_CHARS:
        return text
    more = len(text) - MAX_CELL_CHARS
    # The note gets a line of its own, so a page break inside a long cell never splits it.
    return text[:MAX_CELL_CHARS] + (f"…\n（还有 {more} 字未列出）" if lang != "en" else f"…\n({more} more characters not shown)")


def _rgb(color: Color, op: str) -> str:
    return f"{color.red:.4f} {color.green:.4f} {color.blue:.4f} {op}"


_Row = list[list[str]]  # one row: the lines of each cell


class PlainTable(Flowable):
    """A striped table of pre-wrapped plain strings whose header repeats on every page.

    Row heights are known from the start (lines × leading + padding), so a split is a
    slice and never re-measures the rows left; a record moves whole to the next page
    unless it is taller than a page, and then it is cut between lines. Each part draws its text in one
    PDF text object, hex-encoded per font subset, and its stripes and rules as one path each.
    """

    def __init__(self, header: _Row, rows: list[_Row], widths: list[float], sizes: list[float],
                 *, first: int = 0, space_before: float = 4, space_after: float = 8,
                 heights: list[float] | None = None) -> None:
        super().__init__()
        self.hAlign = "LEFT"
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self._header, self._rows, self._widths, self._sizes = header, rows, widths, sizes
        self._leads = [s + (styles.TABLE_LEADING - styles.TABLE_FONT_SIZE) for s in sizes]
        self._first = first  # index of the first row in the whole table: keeps the stripes in step
        self._header_h = self._row_height(header, [styles.TABLE_LEADING] * len(widths))
        self._heights = heights if heights is not None else [self._row_height(r, self._leads) for r in rows]
        self.progress_weight = len(rows)

    @staticmethod
    def _row_height(row: _Row, leads: list[float]) -> float:
        return max(len(lines) * lead for lines, lead in zip(row, leads, strict=True)) + 2 * _VPAD

    def _part(self, rows: list[_Row], first: int, *, space_before: float, space_after: float,
              heights: list[float] | None = None) -> PlainTable:
        return PlainTable(self._header, rows, self._widths, self._sizes, first=first,
                          space_before=space_before, space_after=space_after, heights=heights)

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab API)
        self.width = sum(self._widths)
        self.height = self._header_h + sum(self._heights)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803 (reportlab API)
        room = availHeight - self._header_h
        used, k = 0.0, 0
        for h in self._heights:
            if used + h > room + _EPS:
                break
            used += h
            k += 1
        if k == len(self._rows):
            return [self]
        if k:
            return [self._part(self._rows[:k], self._first, space_before=self.spaceBefore, space_after=0,
                               heights=self._heights[:k]),
                    self._part(self._rows[k:], self._first + k, space_before=0, space_after=self.spaceAfter,
                               heights=self._heights[k:])]
        if self._header_h + self._heights[0] <= FRAME_HEIGHT:
            return []  # the row fits on the next page: keep a record whole rather than cut it
        # A row taller than a whole page: cut it between lines, here.
        room -= 2 * _VPAD
        row = self._rows[0]
        top = [lines[:max(int((room + _EPS) // lead), 0)] for lines, lead in zip(row, self._leads, strict=True)]
        rest = [lines[len(head):] for lines, head in zip(row, top, strict=True)]
        if not any(top) or not any(rest):
            return []
        head = self._part([[x or [""] for x in top]], self._first, space_before=self.spaceBefore, space_after=0)
        head.progress_weight = 0  # the row counts once, in its last part
        tail = self._part([[x or [""] for x in rest], *self._rows[1:]], self._first, space_before=0,
                          space_after=self.spaceAfter)
        return [head, tail]

    def draw(self) -> None:
        canv = self.canv
        font = getFont(FONT_NAME)
        doc = canv._doc
        cache: dict[str, list[tuple[int, str]]] = canv.__dict__.setdefault("_plain_table_text", {})
        names: dict[int, str] = {}
        width = self.width
        xs = [0.0]
        for w in self._widths:
            xs.append(xs[-1] + w)
        # Row tops, from the top of the table down.
        tops = [self.height, self.height - self._header_h]
        for h in self._heights:
            tops.append(tops[-1] - h)

        bg = [_rgb(styles.HEADER_FILL, "rg"), f"0 {tops[1]:.2f} {width:.2f} {self._header_h:.2f} re f"]
        for fill, parity in ((styles.STRIPE_FILL, 1), (white, 0)):
            rects = [f"0 {tops[i + 2]:.2f} {width:.2f} {h:.2f} re" for i, h in enumerate(self._heights)
                     if (self._first + i) % 2 == parity]
            if rects:
                bg += [_rgb(fill, "rg"), *rects, "f"]

        text = ["BT"]
        state = [-1, 0.0]  # current subset and size inside the text object

        def cell(lines: list[str], x: float, top: float, size: float, lead: float) -> None:
            if len(lines) == 1 and not lines[0]:
                return
            if state[1] != size:
                sub = max(state[0], 0)
                if sub not in names:
                    names[sub] = font.getSubsetInternalName(sub, doc)
                text.append(f"{names[sub]} {size:g} Tf {lead:g} TL")
                state[0], state[1] = sub, size
            text.append(f"1 0 0 1 {x:.2f} {top - _VPAD - size:.2f} Tm")
            for n, line in enumerate(lines):
                if n:
                    text.append("T*")
                if not line:
                    continue
                chunks = cache.get(line)
                if chunks is None:
                    chunks = [(s, b.hex()) for s, b in font.splitString(line, doc)]
                    if len(line) <= _CACHE_CHARS:  # headers, dates, channels, yes/no repeat on every page
                        cache[line] = chunks
                for sub, hexed in chunks:
                    if sub != state[0]:
                        if sub not in names:
                            names[sub] = font.getSubsetInternalName(sub, doc)
                        text.append(f"{names[sub]} {size:g} Tf")
                        state[0] = sub
                    text.append(f"<{hexed}> Tj")

        head_size = styles.TABLE_FONT_SIZE
        text.append(_rgb(styles.ACCENT, "rg"))
        for c, lines in enumerate(self._header):
            cell(lines, xs[c] + _HPAD, tops[0], head_size, styles.TABLE_LEADING)
        text.append(_rgb(styles.INK, "rg"))
        sizes, leads = self._sizes, self._leads
        for r, row in enumerate(self._rows):
            top = tops[r + 1]
            for c, lines in enumerate(row):
                cell(lines, xs[c] + _HPAD, top, sizes[c], leads[c])
        text.append("ET")

        rules = [_rgb(styles.RULE, "RG"), "0.25 w"]
        rules += [f"0 {y:.2f} m {width:.2f} {y:.2f} l" for y in tops[2:]]
        rules += ["S", _rgb(styles.ACCENT, "RG"), "0.75 w", f"0 {tops[1]:.2f} m {width:.2f} {tops[1]:.2f} l S",
                  _rgb(styles.RULE, "RG"), "0.5 w", f"0 0 {width:.2f} {self.height:.2f} re S"]

        canv.saveState()
        canv._code.append("\n".join([*bg, *text, *rules]))
        canv.restoreState()


def fast_table(header: list[str], rows: list[list[str]], fractions, lang: str,
               sizes: dict[int, float] | None = None) -> PlainTable:
    """A striped table like :func:`data_table`, with every cell (the header too) a pre-wrapped plain string."""
    register_fonts()
    widths = [TEXT_WIDTH * w for w in fractions]
    pad = 2 * _HPAD
    sizes = sizes or {}
    col_sizes = [sizes.get(i, styles.TABLE_FONT_SIZE) for i in range(len(widths))]
    avail = [w - pad for w in widths]
    head = [wrap_plain(safe_text(h), avail[i], styles.TABLE_FONT_SIZE).split("\n") for i, h in enumerate(header)]
    body = [[wrap_plain(_cut(safe_text(v), lang), avail[i], col_sizes[i]).split("\n") for i, v in enumerate(row)]
            for row in rows]
    return PlainTable(head, body, widths, col_sizes)
