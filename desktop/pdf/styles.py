"""Every paragraph and table style used in the app's PDFs (house style §11).

All text uses the bundled font (:mod:`desktop.pdf.fonts`). ``wordWrap='CJK'`` lets a
line break between any two hanzi; in reportlab 5 it still keeps Latin words whole
and, with ``splitLongWords``, breaks a word longer than the line (a 64-character
SHA-256 hash, a URL) instead of letting it run off the page.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from desktop.pdf.fonts import FONT_NAME, register_family

# Paragraphs using these styles can be created (markup parsed) right away; measuring or
# drawing them needs the font itself: register_fonts() (document.py's helpers and
# build_pdf call it).
register_family()

#: Page geometry (A4), shared by the document template and tables that fill the width.
MARGIN_LEFT = MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#666666")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#b0b0b0")
HEADER_FILL = colors.HexColor("#e8eef5")
STRIPE_FILL = colors.HexColor("#f6f6f6")
QUOTE_FILL = colors.HexColor("#f3f3f3")

_BASE = ParagraphStyle(
    "base",
    fontName=FONT_NAME,
    bulletFontName=FONT_NAME,
    fontSize=10.5,
    leading=16,
    textColor=INK,
    wordWrap="CJK",
    splitLongWords=1,
    alignment=TA_LEFT,
)


def _style(name: str, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, parent=_BASE, **kw)


TITLE = _style("title", fontSize=20, leading=28, spaceAfter=10, textColor=ACCENT)
SUBTITLE = _style("subtitle", fontSize=11, leading=16, spaceAfter=12, textColor=MUTED)
H1 = _style("h1", keepWithNext=1, fontSize=16, leading=22, spaceBefore=12, spaceAfter=6, textColor=ACCENT)
H2 = _style("h2", keepWithNext=1, fontSize=13, leading=19, spaceBefore=10, spaceAfter=4, textColor=ACCENT)
H3 = _style("h3", keepWithNext=1, fontSize=11.5, leading=17, spaceBefore=8, spaceAfter=3)
BODY = _style("body", spaceAfter=6)
SMALL = _style("small", fontSize=8.5, leading=12, textColor=MUTED)
#: A list item; the bullet or number is drawn in the hanging indent.
BULLET = _style("bullet", leftIndent=16, bulletIndent=4, spaceAfter=3)
QUOTE = _style(
    "quote",
    leftIndent=10,
    rightIndent=6,
    borderPadding=(4, 6, 4, 6),
    backColor=QUOTE_FILL,
    textColor=colors.HexColor("#333333"),
    spaceBefore=4,
    spaceAfter=8,
)
#: Hashes, file names, ids: smaller, so a 64-hex SHA-256 fits on one or two lines.
CODE = _style("code", fontSize=7.5, leading=10)
#: A report's check code is read aloud and typed: large enough to read across a desk.
CHECK_CODE = _style("check_code", fontSize=13, leading=17)
TABLE_HEADER = _style("table_header", fontSize=9, leading=12, textColor=ACCENT)
TABLE_CELL = _style("table_cell", fontSize=9, leading=12)
HEADER_FOOTER = _style("header_footer", fontSize=8, leading=10, textColor=MUTED)
CENTERED_SMALL = ParagraphStyle("centered_small", parent=SMALL, alignment=TA_CENTER)

#: Font size of plain-string table cells; must match TABLE_CELL so mixed cells line up.
TABLE_FONT_SIZE = 9
TABLE_LEADING = 12
TABLE_PADDING = 3

#: The diagonal DRAFT watermark (drawn on the canvas, not a Paragraph).
WATERMARK_FONT_SIZE = 64
WATERMARK_COLOR = colors.Color(0.8, 0.1, 0.1, alpha=0.18)
WATERMARK_ANGLE = 40


def table_style(*, header_rows: int = 1, stripes: bool = True) -> TableStyle:
    """The grid style of :func:`desktop.pdf.tables.data_table`."""
    cmds: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), FONT_NAME, TABLE_FONT_SIZE, TABLE_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), TABLE_PADDING + 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), TABLE_PADDING + 1),
        ("TOPPADDING", (0, 0), (-1, -1), TABLE_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), TABLE_PADDING),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    ]
    if header_rows:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), ACCENT),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.75, ACCENT),
        ]
    if stripes:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, STRIPE_FILL]))
    return TableStyle(cmds)
