"""The exported case report (导出报告): for the lender, or for a lawyer or regulator.

:func:`render` lays out a :class:`~desktop.report_data.model.ReportData` (already
gathered, masked and in its language) with :func:`desktop.pdf.document.build_pdf`:
A4, header with the case alias and time, "第 X 页 / 共 Y 页", an outline entry per
section, metadata, atomic write, progress and cancel. :func:`render_bare_table` is
the bench's yardstick: the same table rows in a plain reportlab document.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.platypus import Flowable

from desktop.pdf.document import PdfMeta, build_pdf
from desktop.pdf.report.sections import SECTIONS, closing
from desktop.report_data.model import FLAGGED, LOG, THIRD_PARTIES, TIMELINE, ReportData
from desktop.report_data.texts import phrase


def story(data: ReportData) -> list[Flowable]:
    """The report's flowables, section by section (an empty case skips the empty record sections)."""
    out: list[Flowable] = []
    empty = not data.contacts
    for section in data.sections:
        if empty and section in (TIMELINE, FLAGGED, LOG, THIRD_PARTIES):
            continue  # the cover already says no contacts are recorded yet
        out += SECTIONS[section](data)
    return out + closing(data)


def render(
    data: ReportData,
    path: str | os.PathLike[str],
    *,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    invariant: bool = False,
) -> Path:
    """Write the report to ``path`` (atomically) and return it.

    Raises :class:`~desktop.domain.errors.UserError` when the file cannot be written
    and :class:`~desktop.domain.errors.Cancelled` when ``cancel()`` says so; either way
    no file is left behind.
    """
    title = f"{phrase(f'title.{data.preset}', data.lang)} — {data.case_alias}"
    meta = PdfMeta(
        title=title,
        subject=phrase(f"subject.{data.preset}", data.lang),
        lang=data.lang,
        header_text=f"{data.case_alias} · {phrase(f'title.{data.preset}', data.lang)}",
        generated_at=data.generated_at,
    )
    return build_pdf(path, story(data), meta, invariant=invariant, progress=progress, cancel=cancel)


def render_bare_table(path: str | os.PathLike[str], header: Sequence[str], rows: Sequence[Sequence[str]],
                      col_widths: Sequence[float]) -> None:
    """A plain reportlab document holding one table of ``rows`` (the bench's baseline, not for users)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from desktop.pdf import styles
    from desktop.pdf.fonts import FONT_NAME, register_fonts

    register_fonts()
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=styles.MARGIN_LEFT, rightMargin=styles.MARGIN_RIGHT,
                            topMargin=styles.MARGIN_TOP, bottomMargin=styles.MARGIN_BOTTOM)
    table = Table([list(header), *map(list, rows)], colWidths=list(col_widths), repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT_NAME, 9, 12), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc.build([table])
