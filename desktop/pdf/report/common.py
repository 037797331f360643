"""Small pieces shared by the report's section modules: paragraphs, times, sizes, fact tables, statuses."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from desktop.domain.evidence import PROBLEM_STATES
from desktop.pdf import styles
from desktop.pdf.document import section
from desktop.pdf.fonts import escape_markup
from desktop.pdf.tables import data_table
from desktop.report_data.texts import phrase

BAD = colors.HexColor("#b00020")
_BAD_HEX = "#b00020"


def para(text: object, style=styles.BODY) -> Paragraph:
    return Paragraph(escape_markup(text, newlines=True), style)


def when_text(value, lang: str) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else phrase("log.undated", lang)


def facts_table(rows: list[tuple[str, object]]) -> Table:
    """Label/value pairs in two columns, no header."""
    table = data_table([], [[label, value] for label, value in rows], [0.32, 0.68], repeat_header=False)
    table.setStyle(TableStyle([("TEXTCOLOR", (0, 0), (0, -1), styles.MUTED)]))
    return table


def none_note(text: str) -> Paragraph:
    return para(text, styles.SMALL)


def section_start(key: str, lang: str, room: int, *, none: str, empty: bool) -> list[Flowable]:
    """How every section opens: a new page unless ``room`` points are left, the heading ``section.<key>``,
    and, when the section has nothing to show (``empty``), the note ``none`` saying so."""
    out: list[Flowable] = [CondPageBreak(room), section(phrase(f"section.{key}", lang))]
    if empty:
        out.append(none_note(phrase(none, lang)))
    return out


def status_cell(status: str, lang: str) -> object:
    if status in PROBLEM_STATES:
        return warning(phrase("evidence." + status, lang), styles.TABLE_CELL)
    return phrase("evidence." + status, lang) if status else phrase("integrity.not_checked", lang)


def warning(text: str, style) -> Paragraph:
    """``text`` in the report's warning red (a missing or altered file, a failed check)."""
    return Paragraph(f'<font color="{_BAD_HEX}">{escape_markup(text)}</font>', style)
