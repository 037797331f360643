"""The negotiation sections of the report (the core of the lender's copy): letter, budget statement, plan, documents."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, TableStyle

from desktop.domain.punctuation import bracketed
from desktop.pdf import styles
from desktop.pdf.document import section
from desktop.pdf.fonts import FONT_NAME, escape_markup, safe_text
from desktop.pdf.report.common import BAD, none_note, para, section_start, status_cell
from desktop.pdf.tables import data_table, text_paragraphs
from desktop.report_data.model import ReportData
from desktop.report_data.texts import phrase

LETTER_TITLE = ParagraphStyle("letter_title", parent=styles.H2, alignment=1, spaceBefore=6, spaceAfter=10)
LETTER_BODY = ParagraphStyle("letter_body", parent=styles.BODY, fontSize=11, leading=18, spaceAfter=8)
DRAFT_NOTE = ParagraphStyle("draft_note", parent=styles.SMALL, textColor=BAD, fontSize=9.5, leading=13,
                            borderColor=BAD, borderWidth=0.6, borderPadding=4, spaceBefore=2, spaceAfter=10)


class DraftStamp(Flowable):
    """Draws the diagonal DRAFT mark once on each page where the letter has a paragraph."""

    def __init__(self, text: str, pages: set[int]) -> None:
        super().__init__()
        self.text, self.pages = text, pages

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self) -> None:
        canv = self.canv
        page = canv.getPageNumber()
        if page in self.pages:
            return
        self.pages.add(page)
        from desktop.pdf.document import PAGE_HEIGHT, PAGE_WIDTH

        x, y = canv.absolutePosition(0, 0)
        canv.saveState()
        canv.translate(-x + PAGE_WIDTH / 2, -y + PAGE_HEIGHT / 2)
        canv.rotate(styles.WATERMARK_ANGLE)
        canv.setFont(FONT_NAME, styles.WATERMARK_FONT_SIZE)
        canv.setFillColor(styles.WATERMARK_COLOR)
        canv.drawCentredString(0, 0, self.text)
        canv.restoreState()


def letter(d: ReportData) -> list[Flowable]:
    lang = d.lang
    out: list[Flowable] = [PageBreak()]
    info = d.letter
    if info is None:
        return [section(phrase("section.letter", lang)), none_note(phrase("letter.none", lang))]
    title = phrase("section.letter", lang)
    if not info.frozen:
        title += bracketed(phrase("letter.draft_mark", lang), lang)
    out.append(section(title))
    out.append(para(info.note, styles.SMALL if info.frozen else DRAFT_NOTE))
    pages: set[int] = set()
    paragraphs = [p.strip() for p in safe_text(info.text).split("\n\n") if p.strip()]
    for i, paragraph in enumerate(paragraphs):
        parts = text_paragraphs(paragraph, LETTER_TITLE if i == 0 else LETTER_BODY)
        if not info.frozen:  # before and after: a zero-height stamp can stay behind on the previous page
            stamp = phrase("letter.draft_mark", lang) + " DRAFT" if lang != "en" else "DRAFT"
            parts = [DraftStamp(stamp, pages), *parts, DraftStamp(stamp, pages)]
        out += parts
    return out


def statement(d: ReportData) -> list[Flowable]:
    lang = d.lang
    info = d.statement
    out = section_start("statement", lang, 200, none="statement.none", empty=info is None)
    if info is None:
        return out
    rows = [[f"{x.category} · {x.item}", x.amount] for x in info.lines]
    n = len(rows)
    rows += [[phrase("statement.income", lang), info.income], [phrase("statement.spending", lang), info.spending],
             [phrase("statement.left", lang), info.left_over]]
    table = data_table([phrase("statement.item", lang), phrase("statement.monthly", lang)], rows, [0.7, 0.3])
    table.setStyle(TableStyle([
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("LINEABOVE", (0, n + 1), (-1, n + 1), 0.75, styles.ACCENT),
        ("TEXTCOLOR", (0, n + 1), (-1, -1), styles.ACCENT),
        ("BACKGROUND", (0, -1), (-1, -1), styles.HEADER_FILL),
    ]))
    return out + [table, para(info.basis, styles.SMALL)]


def plan(d: ReportData) -> list[Flowable]:
    lang = d.lang
    info = d.plan
    out = section_start("plan", lang, 200, none="plan.none", empty=info is None)
    if info is None:
        return out
    if info.loan:
        out.append(para(phrase("plan.for_loan", lang, loan=info.loan)))
    if info.problem:
        out.append(para(info.problem, styles.QUOTE))
    if info.summary:
        out.append(para(info.summary))
    if d.statement is not None and info.instalments:
        out.append(para(phrase("plan.fits", lang, monthly=info.instalments[0][2], left=d.statement.left_over), styles.SMALL))
    if info.requests:
        out.append(para(phrase("plan.requests", lang)))
        out += [Paragraph(escape_markup(r), styles.BULLET, bulletText=f"{i}.") for i, r in enumerate(info.requests, 1)]
    if info.instalments:
        table = data_table([phrase("plan.no", lang), phrase("plan.due", lang), phrase("plan.amount", lang)],
                           [[str(n), due.isoformat(), amount] for n, due, amount in info.instalments], [0.15, 0.45, 0.4])
        table.setStyle(TableStyle([("ALIGN", (2, 0), (2, -1), "RIGHT")]))
        out.append(table)
    return out


def documents(d: ReportData) -> list[Flowable]:
    lang = d.lang
    out = section_start("documents", lang, 150, none="docs.none", empty=not d.documents)
    if not d.documents:
        return out
    rows = []
    for doc in d.documents:
        file = f"{doc.file_name} ({doc.sha256[:12]})" if doc.sha256 else ""
        status = status_cell(doc.status, lang) if (doc.sha256 or doc.status) else ""
        rows.append([doc.label, phrase("docs.yes" if doc.have_it else "docs.no", lang), file, status])
    return out + [data_table([phrase("docs.document", lang), phrase("docs.have", lang), phrase("docs.file", lang),
                              phrase("evidence.status", lang)], rows, [0.36, 0.14, 0.36, 0.14])]
