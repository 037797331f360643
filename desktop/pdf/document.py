"""The shared document builder behind every PDF the app writes.

:func:`build_pdf` lays out a story of flowables on A4 with a header (case alias,
generated-at time), a "第 X 页 / 共 Y 页" footer, an outline built from
:func:`section` headings, metadata without the computer user's name, an optional
DRAFT watermark, progress and cancel callbacks, and an atomic write: the PDF is
rendered into a temp file beside the target and renamed over it only when complete.
Environment failures (read-only or missing folder, full disk) become a
:class:`~desktop.domain.errors.UserError`; a cancel becomes
:class:`~desktop.domain.errors.Cancelled`.
The flowables for tables and long text live in :mod:`desktop.pdf.tables` and
are re-exported here.
"""

from __future__ import annotations

import errno
import functools
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table

from desktop.domain.errors import Cancelled, UserError
from desktop.domain.text import norm_lang
from desktop.files import atomic
from desktop.pdf import styles
from desktop.pdf.fonts import FONT_NAME, escape_markup, register_fonts, safe_text
from desktop.pdf.tables import TEXT_WIDTH

CREATOR = "Debt Call Helper"
PAGE_WIDTH, PAGE_HEIGHT = A4
_MAX_HEADING_CHARS = 200


class Heading(Paragraph):
    """A heading that also becomes a PDF bookmark and an outline entry."""

    def __init__(self, text: str, style, level: int = 0) -> None:
        register_fonts()
        title = safe_text(text).replace("\n", " ").strip()
        if len(title) > _MAX_HEADING_CHARS:
            title = title[: _MAX_HEADING_CHARS - 1] + "…"
        super().__init__(escape_markup(title), style)
        self.outline_title = title or "—"
        self.outline_level = max(0, int(level))

    def split(self, availWidth, availHeight):
        # Never split a heading: move it whole to the next page so its bookmark stays on it.
        return []

    def draw(self) -> None:
        super().draw()
        mark = getattr(self.canv, "mark_heading", None)
        if mark is not None:
            x, y = self.canv.absolutePosition(0, self.height)
            mark(self.outline_title, self.outline_level, x, y)


def section(title: str, level: int = 0) -> Heading:
    """A section heading (level 0 = H1, 1 = H2, 2+ = H3) with an outline entry."""
    style = (styles.H1, styles.H2, styles.H3)[min(max(level, 0), 2)]
    return Heading(title, style, level)


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each footer can say how many pages there are.

    Bookmarks are held back too: reportlab binds a bookmark to the page being shown,
    which only happens in :meth:`save`.
    """

    def __init__(self, *args, footer_lang: str, check: Callable[[float], None], **kw) -> None:
        super().__init__(*args, **kw)  # reportlab passes its own lang= (the /Lang entry) in kw
        self._lang = footer_lang
        self._check = check
        self._page_states: list[dict] = []
        self._page_marks: list[tuple[str, int, float, float]] = []

    def mark_heading(self, title: str, level: int, x: float, y: float) -> None:
        self._page_marks.append((title, level, x, y))

    def showPage(self) -> None:  # noqa: N802 (reportlab API)
        self._page_states.append(dict(self.__dict__))
        self._page_marks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        seq = 0
        last_level = -1
        for number, state in enumerate(self._page_states, 1):
            self._check(0.9 + 0.1 * number / max(total, 1))
            self.__dict__.update(state)
            for title, level, x, y in self._page_marks:
                seq += 1
                key = f"h{seq}"
                level = min(level, last_level + 1)  # reportlab rejects skipped levels
                last_level = level
                self.bookmarkPage(key, fit="XYZ", left=x, top=y)
                self.addOutlineEntry(title, key, level=level, closed=level > 0)
            self._draw_footer(number, total)
            Canvas.showPage(self)
        if seq:
            self.showOutline()
        Canvas.save(self)

    def _draw_footer(self, number: int, total: int) -> None:
        text = f"Page {number} of {total}" if self._lang == "en" else f"第 {number} 页 / 共 {total} 页"
        self.saveState()
        self.setFont(FONT_NAME, 8)
        self.setFillColor(styles.MUTED)
        self.drawCentredString(PAGE_WIDTH / 2, styles.MARGIN_BOTTOM / 2, text)
        self.restoreState()


def _fit(text: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` points (one line of the header)."""
    if len(text) * size <= width or stringWidth(text, FONT_NAME, size) <= width:
        return text
    text = text[: int(width / size * 4) + 1]  # no glyph is narrower than ~0.25 em
    while text and stringWidth(text + "…", FONT_NAME, size) > width:
        text = text[:-1]
    return text + "…"


class _Doc(BaseDocTemplate):
    """Page template with header and watermark; reports progress and honours cancel."""

    def __init__(
        self,
        fh,
        *,
        header_left: str,
        header_right: str,
        draft_text: str | None,
        check: Callable[[float], None],
        total_weight: int,
        **kw,
    ) -> None:
        super().__init__(
            fh,
            pagesize=A4,
            leftMargin=styles.MARGIN_LEFT,
            rightMargin=styles.MARGIN_RIGHT,
            topMargin=styles.MARGIN_TOP,
            bottomMargin=styles.MARGIN_BOTTOM,
            **kw,
        )
        self._header_left = header_left
        self._header_right = header_right
        self._header_fitted: str | None = None
        self._draft_text = draft_text
        self._check = check
        self._total_weight = max(total_weight, 1)
        self._done_weight = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        if self._draft_text:
            canv.setFont(FONT_NAME, styles.WATERMARK_FONT_SIZE)
            canv.setFillColor(styles.WATERMARK_COLOR)
            canv.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            canv.rotate(styles.WATERMARK_ANGLE)
            canv.drawCentredString(0, 0, self._draft_text)
            canv.rotate(-styles.WATERMARK_ANGLE)
            canv.translate(-PAGE_WIDTH / 2, -PAGE_HEIGHT / 2)
        canv.setFont(FONT_NAME, 8)
        canv.setFillColor(styles.MUTED)
        y = PAGE_HEIGHT - styles.MARGIN_TOP + 8
        right_w = stringWidth(self._header_right, FONT_NAME, 8)
        canv.drawRightString(PAGE_WIDTH - styles.MARGIN_RIGHT, y, self._header_right)
        if self._header_fitted is None:  # measured once, not on every page
            self._header_fitted = _fit(self._header_left, 8, TEXT_WIDTH - right_w - 12)
        canv.drawString(styles.MARGIN_LEFT, y, self._header_fitted)
        canv.setStrokeColor(styles.RULE)
        canv.setLineWidth(0.5)
        canv.line(styles.MARGIN_LEFT, y - 4, PAGE_WIDTH - styles.MARGIN_RIGHT, y - 4)
        canv.restoreState()

    def handle_flowable(self, flowables) -> None:
        self._check(0.9 * self._done_weight / self._total_weight)
        super().handle_flowable(flowables)

    def afterFlowable(self, flowable) -> None:  # noqa: N802 (reportlab API)
        self._done_weight += _weight(flowable)


def _weight(flowable: object) -> int:
    """Progress weight: a table counts its rows, anything else counts 1."""
    weight = getattr(flowable, "progress_weight", None)  # fast_table.PlainTable
    if weight is not None:
        return max(weight, 1)
    if isinstance(flowable, Table):
        return max(len(getattr(flowable, "_cellvalues", ())) - flowable.repeatRows, 1)
    return 1


def _format_time(value: datetime | str) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return safe_text(value)


def _user_error(exc: OSError) -> UserError:
    """A calm, bilingual message for an OSError while writing the PDF."""
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return UserError(
            zh="磁盘空间不足，PDF 没有保存。请清理磁盘空间，或保存到其他位置。",
            en="The disk is full, so the PDF was not saved. Free some space or save it somewhere else.",
        )
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)) or code in (errno.ENOENT, errno.ENOTDIR):
        return UserError(
            zh="保存位置的文件夹不存在（可能已被移动、删除，或 U 盘已拔出）。请重新选择保存位置。",
            en="The folder to save into does not exist (it may have been moved or deleted, "
            "or the drive removed). Please choose another location.",
        )
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(
            zh="无法写入这个位置：文件夹是只读的或没有权限，或者同名的 PDF 正在被其他程序打开。"
            "请关闭该文件，或另选一个文件夹（例如“文档”）。",
            en="Cannot write here: the folder is read-only or not permitted, or a PDF with the "
            "same name is open in another program. Close it or choose another folder (e.g. Documents).",
        )
    if isinstance(exc, IsADirectoryError) or code == errno.EISDIR:
        return UserError(
            zh="已有一个同名的文件夹，请换一个文件名。",
            en="A folder with that name already exists. Please choose another file name.",
        )
    if code == errno.ENAMETOOLONG:
        return UserError(
            zh="文件名或路径太长，请换一个短一些的名字。",
            en="The file name or path is too long. Please choose a shorter name.",
        )
    reason = safe_text(exc.strerror or type(exc).__name__)
    return UserError(
        zh=f"PDF 没有保存：{reason}。请另选一个位置再试。",
        en=f"The PDF was not saved: {reason}. Please try another location.",
    )


@dataclass(frozen=True)
class PdfMeta:
    """What a PDF says about itself: title and subject (its document properties), language, the
    text at the top left of every page, when it was made, and whether it is a draft.

    Each renderer builds one from what it lays out; how the build runs (``invariant``,
    ``progress``, ``cancel``) is the caller's and is passed to :func:`build_pdf` apart.
    """

    title: str
    generated_at: datetime | str
    subject: str = ""
    lang: str = "zh_CN"
    header_text: str = ""
    draft: bool = False


def build_pdf(
    path: str | os.PathLike[str],
    story: list[Flowable],
    meta: PdfMeta,
    *,
    invariant: bool = False,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Path:
    """Lay out ``story`` into an A4 PDF at ``path`` atomically and return the path.

    ``progress(fraction)`` gets 0..1 (monotonic); ``cancel()`` returning True stops the
    build with :class:`Cancelled`. No file (and no temp file) is left behind on failure.
    Raises :class:`UserError` for write failures caused by the environment.
    """
    register_fonts()
    target = Path(path)
    lang_code = norm_lang(meta.lang)
    last = [-1.0]

    def check(fraction: float) -> None:
        if cancel is not None and cancel():
            raise Cancelled()
        if progress is not None and fraction - last[0] >= 0.01:
            last[0] = fraction
            progress(min(fraction, 1.0))

    check(0.0)
    generated = _format_time(meta.generated_at)
    header_right = f"Generated {generated}" if lang_code == "en" else f"生成于 {generated}"
    draft_text = ("DRAFT" if lang_code == "en" else "草稿 DRAFT") if meta.draft else None
    story = list(story)  # reportlab consumes the list
    # The PDF is opened with "xb" rather than mkstemp so it gets the usual permissions from
    # the umask, not mkstemp's owner-only 0600.
    try:
        with atomic.replacing(target) as tmp, open(tmp, "xb") as fh:
            doc = _Doc(
                fh,
                header_left=safe_text(meta.header_text).replace("\n", " "),
                header_right=header_right,
                draft_text=draft_text,
                check=check,
                total_weight=sum(_weight(f) for f in story),
                title=safe_text(meta.title)[:500],
                subject=safe_text(meta.subject)[:500],
                author="",  # never the computer user's name (reportlab's default is "anonymous")
                creator=CREATOR,
                keywords="",
                lang="en" if lang_code == "en" else "zh-CN",
                displayDocTitle=1,
                initialFontName=FONT_NAME,  # else an unused, unembedded Helvetica is listed
                invariant=1 if invariant else 0,
            )
            doc.build(
                story, canvasmaker=functools.partial(_NumberedCanvas, footer_lang=lang_code, check=check)
            )
    except OSError as exc:
        raise _user_error(exc) from exc
    if progress is not None:
        progress(1.0)
    return target
