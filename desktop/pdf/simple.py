"""A PDF of one piece of Markdown: "save this guidance topic as PDF", and the self-test.

:func:`font_is_embedded` lets the frozen app's ``self-test`` check its own output
without pypdf: reportlab writes every object dictionary uncompressed (only content
streams and the font program are compressed) and uses no object streams, so an
embedded TrueType font shows up as a literal ``/FontFile2`` key in the bytes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from reportlab.platypus import Paragraph

from desktop.pdf import styles
from desktop.pdf.document import PdfMeta, build_pdf
from desktop.pdf.fonts import escape_markup
from desktop.pdf.markdown import markdown_to_flowables

_SUBSET_FONT = re.compile(rb"/BaseFont\s*/[A-Z]{6}\+")


def render_text_document(
    path: str | os.PathLike[str],
    *,
    title: str,
    markdown_text: str,
    lang: str = "zh_CN",
    header_text: str = "",
    generated_at: datetime | str,
    invariant: bool = False,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Path:
    """Write ``title`` and ``markdown_text`` as an A4 PDF at ``path`` (atomically) and return it.

    Raises :class:`~desktop.domain.errors.UserError` when the file cannot be written and
    :class:`~desktop.domain.errors.Cancelled` when ``cancel()`` says so.
    """
    story = [Paragraph(escape_markup(title), styles.TITLE)]
    story += markdown_to_flowables(markdown_text)
    meta = PdfMeta(title=title, subject=title, lang=lang, header_text=header_text, generated_at=generated_at)
    return build_pdf(path, story, meta, invariant=invariant, progress=progress, cancel=cancel)


def font_is_embedded(path: str | os.PathLike[str]) -> bool:
    """True when the PDF at ``path`` embeds a subset TrueType font (a ``/FontFile2`` and a
    ``/BaseFont /ABCDEF+Name`` subset name). Meant for PDFs this app wrote."""
    data = Path(path).read_bytes()
    return b"/FontFile2" in data and _SUBSET_FONT.search(data) is not None
