"""Tables and long text for the PDFs: :func:`data_table` and :func:`text_paragraphs`.

Both keep layout time bounded for the long, user-written texts and the
thousands of rows a case can hold: a cell stays a plain string when it fits
on one line, very long cells are cut with a visible count, and long text is
cut into several paragraphs. Re-exported by :mod:`desktop.pdf.document`.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from desktop.pdf import styles
from desktop.pdf.fonts import FONT_NAME, escape_markup, register_fonts, safe_text

#: Width available to flowables (and to tables that fill the page).
TEXT_WIDTH = A4[0] - styles.MARGIN_LEFT - styles.MARGIN_RIGHT
#: A table cell longer than this is always a Paragraph (so it wraps and can split across pages).
_LONG_CELL_CHARS = 400
#: Longer cells are cut (with a visible count of what was left out) to keep layout time bounded.
_MAX_CELL_CHARS = 50_000
#: reportlab's paragraph layout is quadratic in paragraph length: longer text is cut into pieces.
_PARAGRAPH_CHUNK = 3000


def text_paragraphs(text: object, style=None) -> list[Paragraph]:
    """Plain (user) text as Paragraphs: made safe, escaped, newlines kept, and a long text
    split into several Paragraphs (at line breaks where possible) so layout stays fast."""
    register_fonts()
    style = style or styles.BODY
    text = safe_text(text)
    out: list[Paragraph] = []
    while len(text) > _PARAGRAPH_CHUNK:
        cut = text.rfind("\n", _PARAGRAPH_CHUNK // 2, _PARAGRAPH_CHUNK)
        cut = cut + 1 if cut > 0 else _PARAGRAPH_CHUNK
        out.append(Paragraph(escape_markup(text[:cut].rstrip("\n"), newlines=True), style))
        text = text[cut:]
    out.append(Paragraph(escape_markup(text, newlines=True), style))
    return out


def data_table(
    header: Sequence[object],
    rows: Sequence[Sequence[object]],
    col_widths: Sequence[float] | None = None,
    *,
    repeat_header: bool = True,
) -> Table:
    """A striped table whose header repeats on every page it spans.

    ``col_widths`` are points, or fractions of the text width when all are <= 1;
    ``None`` shares the width equally. A cell stays a plain string (fast) when it fits
    its column on one line; otherwise it becomes a wrapping Paragraph. Flowables pass through.
    """
    register_fonts()  # cell widths are measured with the font's metrics
    ncols = max([len(header), *(len(r) for r in rows)]) if (header or rows) else 1
    if not col_widths:
        widths = [TEXT_WIDTH / ncols] * ncols
    elif all(w <= 1 for w in col_widths):
        widths = [TEXT_WIDTH * w for w in col_widths]
    else:
        widths = [float(w) for w in col_widths]
    widths = (widths + [widths[-1]] * ncols)[:ncols]
    pad = 2 * (styles.TABLE_PADDING + 1)
    avail = [max(w - pad, 10) for w in widths]
    size = styles.TABLE_FONT_SIZE

    def cell(value: object, col: int, style) -> object:
        if isinstance(value, Flowable):
            return value
        text = safe_text("" if value is None else value)
        if len(text) > _MAX_CELL_CHARS:
            text = f"{text[:_MAX_CELL_CHARS]}…（+{len(text) - _MAX_CELL_CHARS}）"
        if (
            len(text) < _LONG_CELL_CHARS
            # cheap bound first: no glyph of this font is wider than ~1 em
            and (len(text) * size <= avail[col] or stringWidth(text, FONT_NAME, size) <= avail[col])
            and "\n" not in text
        ):
            return text
        return Paragraph(escape_markup(text, newlines=True), style)

    data = [[cell(v, i, styles.TABLE_HEADER) for i, v in enumerate(header)]] if header else []
    for row in rows:
        data.append([cell(v, i, styles.TABLE_CELL) for i, v in enumerate(row)] + [""] * (ncols - len(row)))
    if not data:
        data = [[""]]
    header_rows = 1 if header else 0
    return Table(
        data,
        colWidths=widths,
        repeatRows=header_rows if repeat_header else 0,
        style=styles.table_style(header_rows=header_rows),
        splitInRow=1,
        hAlign="LEFT",
        spaceBefore=4,
        spaceAfter=8,
    )
