"""Fast plain-text tables for the report's long lists (the full log, the flagged records, third parties).

A Paragraph per cell is far too slow for tables of thousands of rows; these
cells are plain strings, wrapped here by measuring the font's glyph widths.
"""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from desktop.pdf import styles
from desktop.pdf.fonts import FONT_NAME, escape_markup, safe_text
from desktop.pdf.tables import TEXT_WIDTH

#: Closing punctuation that must not start a line (it takes the previous character with it).
_NO_LINE_START = set("，。、；：！？）」』》〉】”’,.;:!?)%")
_TOKEN = re.compile(r"\s+|[A-Za-z0-9_@./:+\-#*'\"]+|.", re.S)
#: A table cell longer than this is cut, with a visible note (layout time stays bounded).
MAX_CELL_CHARS = 3000


def wrap_plain(text: str, width: float, size: float) -> str:
    """``text`` with line breaks inserted so each line fits ``width`` points at ``size``.

    Much faster than a Paragraph per cell in tables of thousands of rows: hanzi break
    anywhere, Latin words and numbers stay whole unless longer than a line, and a
    closing punctuation mark never starts a line.
    """
    out: list[str] = []
    for para in text.split("\n"):
        if len(para) * size <= width or stringWidth(para, FONT_NAME, size) <= width:
            out.append(para)
            continue
        line, used = "", 0.0
        for tok in _TOKEN.findall(para):
            w = stringWidth(tok, FONT_NAME, size)
            if used + w <= width:
                line, used = line + tok, used + w
            elif tok.isspace():
                out.append(line)
                line, used = "", 0.0
            elif tok in _NO_LINE_START and len(line) > 1:
                out.append(line[:-1])
                line = line[-1] + tok
                used = stringWidth(line, FONT_NAME, size)
            elif w <= width:
                if line.strip():
                    out.append(line.rstrip())
                line, used = tok, w
            else:  # a "word" longer than the line (a URL, a hash): break it anywhere
                for ch in tok:
                    cw = stringWidth(ch, FONT_NAME, size)
                    if used + cw > width and line:
                        out.append(line)
                        line, used = "", 0.0
                    line, used = line + ch, used + cw
        out.append(line)
    return "\n".join(out)


def _cut(text: str, lang: str) -> str:
    if len(text) <= MAX_CELL_CHARS:
        return text
    more = len(text) - MAX_CELL_CHARS
    return text[:MAX_CELL_CHARS] + (f"…（还有 {more} 字未列出）" if lang != "en" else f"… ({more} more characters not shown)")


def fast_table(header: list[str], rows: list[list[str]], fractions, lang: str,
               sizes: dict[int, float] | None = None) -> Table:
    """A striped table like :func:`data_table`, with every cell a pre-wrapped plain string."""
    widths = [TEXT_WIDTH * w for w in fractions]
    pad = 2 * (styles.TABLE_PADDING + 1)
    sizes = sizes or {}
    col_sizes = [sizes.get(i, styles.TABLE_FONT_SIZE) for i in range(len(widths))]
    avail = [w - pad for w in widths]
    data: list[list[object]] = [[Paragraph(escape_markup(h), styles.TABLE_HEADER) for h in header]]
    for row in rows:
        data.append([wrap_plain(_cut(safe_text(v), lang), avail[i], col_sizes[i]) for i, v in enumerate(row)])
    table = Table(data, colWidths=widths, repeatRows=1, style=styles.table_style(), splitInRow=1, hAlign="LEFT",
                  spaceBefore=4, spaceAfter=8)
    extra = [("FONTSIZE", (i, 1), (i, -1), size) for i, size in sizes.items()]
    extra += [("LEADING", (i, 1), (i, -1), size + 2.5) for i, size in sizes.items()]
    if extra:
        table.setStyle(TableStyle(extra))
    return table
