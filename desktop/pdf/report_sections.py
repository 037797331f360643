"""The sections of the exported report: one function per section, each returning flowables.

Fed only a :class:`~desktop.reports.model.ReportData`; every text comes from it or
from :func:`desktop.reports.texts.t` in the report's language. User text always goes
through :func:`~desktop.pdf.fonts.safe_text` / :func:`~desktop.pdf.fonts.escape_markup`.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.pdf import styles
from desktop.pdf.document import TEXT_WIDTH, Heading, data_table, section, text_paragraphs
from desktop.pdf.fonts import FONT_NAME, escape_markup, safe_text
from desktop.pdf.timeline import buckets, timeline_drawing
from desktop.reports import model as m
from desktop.reports.texts import t

BAD = colors.HexColor("#b00020")
_BAD_HEX = "#b00020"
LETTER_TITLE = ParagraphStyle("letter_title", parent=styles.H2, alignment=1, spaceBefore=6, spaceAfter=10)
LETTER_BODY = ParagraphStyle("letter_body", parent=styles.BODY, fontSize=11, leading=18, spaceAfter=8)
DRAFT_NOTE = ParagraphStyle("draft_note", parent=styles.SMALL, textColor=BAD, fontSize=9.5, leading=13,
                            borderColor=BAD, borderWidth=0.6, borderPadding=4, spaceBefore=2, spaceAfter=10)
COMMAND = ParagraphStyle("command", parent=styles.QUOTE, fontSize=10)
HASH_SIZE = 7.5
HASH_STYLE = styles.CODE


def _p(text: object, style=styles.BODY) -> Paragraph:
    return Paragraph(escape_markup(text, newlines=True), style)


def _when(value, lang: str) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else t("log.undated", lang)


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def _facts_table(rows: list[tuple[str, object]]) -> Table:
    """Label/value pairs in two columns, no header."""
    table = data_table([], [[label, value] for label, value in rows], [0.32, 0.68], repeat_header=False)
    table.setStyle(TableStyle([("TEXTCOLOR", (0, 0), (0, -1), styles.MUTED)]))
    return table


def _none(text: str) -> Paragraph:
    return _p(text, styles.SMALL)


def _status(status: str, lang: str) -> object:
    if status in ("missing", "altered"):
        return Paragraph(f'<font color="{_BAD_HEX}">{escape_markup(t("evidence." + status, lang))}</font>',
                         styles.TABLE_CELL)
    return t("evidence." + status, lang) if status else t("integrity.not_checked", lang)


# -- cover ---------------------------------------------------------------------------
def cover(d: m.ReportData) -> list[Flowable]:
    lang = d.lang
    out: list[Flowable] = [Heading(t(f"title.{d.preset}", lang), styles.TITLE, 0),
                           _p(f"{d.case_alias} · {t('cover.generated', lang)} {d.generated_at:%Y-%m-%d %H:%M}",
                              styles.SUBTITLE)]
    out.append(_p(t("cover.lender_intro" if d.preset == m.LENDER else "cover.lawyer_intro", lang)))
    facts: list[tuple[str, object]] = [(t("cover.case", lang), d.case_alias)]
    if d.preset != m.LENDER:
        facts.append((t("cover.range", lang), _range(d)))
        s = d.stats
        facts.append((t("cover.contacts", lang), str(s.total)))
        if s.total:
            facts += [
                (t("cover.first_last", lang), f"{_when(s.first, lang)} / {_when(s.last, lang)}"),
                (t("cover.flagged", lang), str(s.flagged)),
                (t("cover.night", lang, window=s.quiet_window), str(s.night)),
                (t("cover.third", lang), str(s.third_party)),
                (t("cover.disclosed", lang), str(s.disclosed)),
            ]
        if d.evidence:
            bad = sum(1 for e in d.evidence if e.status in ("missing", "altered"))
            facts.append((t("cover.evidence", lang), t("cover.evidence_count", lang, n=len(d.evidence), bad=bad)))
        facts.append((t("cover.chain", lang), Paragraph(escape_markup(d.integrity.head), styles.CODE)))
    else:
        if d.plan is not None and d.plan.summary:
            facts.append((t("section.plan", lang), d.plan.summary))
        if d.statement is not None:
            facts.append((t("statement.left", lang), d.statement.left_over))
    out.append(_facts_table(facts))
    if d.preset != m.LENDER and not d.stats.total:
        out.append(_p(t("cover.no_contacts_range" if (d.date_from or d.date_to) else "cover.no_contacts", lang),
                      styles.QUOTE))
    if d.loans:
        out.append(_p(t("cover.loans", lang), styles.H3))
        out.append(data_table(
            [t("loan.brand", lang), t("loan.contract", lang), t("loan.received", lang), t("loan.outstanding", lang),
             t("loan.overdue", lang)],
            [[x.label, x.contract_no, f"{x.borrowed} / {x.received}", x.outstanding,
              x.overdue_since.isoformat() if x.overdue_since else ""] for x in d.loans],
            [0.26, 0.2, 0.22, 0.18, 0.14]))
    if d.case_notes.strip() and d.preset != m.LENDER:
        out.append(_p(t("cover.notes", lang), styles.H3))
        out += text_paragraphs(d.case_notes)
    out.append(_p(t("cover.contents", lang), styles.H3))
    for s in d.sections[1:]:
        out.append(Paragraph(escape_markup(t(f"section.{s}", lang)), styles.BULLET, bulletText="•"))
    return out


def _range(d: m.ReportData) -> str:
    lang = d.lang
    if d.date_from and d.date_to:
        return t("cover.range_both", lang, start=d.date_from, end=d.date_to)
    if d.date_from:
        return t("cover.range_from", lang, start=d.date_from)
    if d.date_to:
        return t("cover.range_to", lang, end=d.date_to)
    return t("cover.range_all", lang)


# -- negotiation -------------------------------------------------------------------------
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


def letter(d: m.ReportData) -> list[Flowable]:
    lang = d.lang
    out: list[Flowable] = [PageBreak()]
    info = d.letter
    if info is None:
        return [section(t("section.letter", lang)), _none(t("letter.none", lang))]
    title = t("section.letter", lang)
    if not info.frozen:
        title += f"（{t('letter.draft_mark', lang)}）" if lang != "en" else f" ({t('letter.draft_mark', lang)})"
    out.append(section(title))
    out.append(_p(info.note, styles.SMALL if info.frozen else DRAFT_NOTE))
    pages: set[int] = set()
    paragraphs = [p.strip() for p in safe_text(info.text).split("\n\n") if p.strip()]
    for i, para in enumerate(paragraphs):
        parts = text_paragraphs(para, LETTER_TITLE if i == 0 else LETTER_BODY)
        if not info.frozen:  # before and after: a zero-height stamp can stay behind on the previous page
            stamp = t("letter.draft_mark", lang) + " DRAFT" if lang != "en" else "DRAFT"
            parts = [DraftStamp(stamp, pages), *parts, DraftStamp(stamp, pages)]
        out += parts
    return out


def statement(d: m.ReportData) -> list[Flowable]:
    lang = d.lang
    out: list[Flowable] = [CondPageBreak(200), section(t("section.statement", lang))]
    info = d.statement
    if info is None:
        return out + [_none(t("statement.none", lang))]
    rows = [[f"{x.category} · {x.item}", x.amount] for x in info.lines]
    n = len(rows)
    rows += [[t("statement.income", lang), info.income], [t("statement.spending", lang), info.spending],
             [t("statement.left", lang), info.left_over]]
    table = data_table([t("statement.item", lang), t("statement.monthly", lang)], rows, [0.7, 0.3])
    table.setStyle(TableStyle([
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("LINEABOVE", (0, n + 1), (-1, n + 1), 0.75, styles.ACCENT),
        ("TEXTCOLOR", (0, n + 1), (-1, -1), styles.ACCENT),
        ("BACKGROUND", (0, -1), (-1, -1), styles.HEADER_FILL),
    ]))
    return out + [table, _p(info.basis, styles.SMALL)]


def plan(d: m.ReportData) -> list[Flowable]:
    lang = d.lang
    out: list[Flowable] = [CondPageBreak(200), section(t("section.plan", lang))]
    info = d.plan
    if info is None:
        return out + [_none(t("plan.none", lang))]
    if info.loan:
        out.append(_p(t("plan.for_loan", lang, loan=info.loan)))
    if info.problem:
        out.append(_p(info.problem, styles.QUOTE))
    if info.summary:
        out.append(_p(info.summary))
    if d.statement is not None and info.instalments:
        out.append(_p(t("plan.fits", lang, monthly=info.instalments[0][2], left=d.statement.left_over), styles.SMALL))
    if info.requests:
        out.append(_p(t("plan.requests", lang)))
        out += [Paragraph(escape_markup(r), styles.BULLET, bulletText=f"{i}.") for i, r in enumerate(info.requests, 1)]
    if info.instalments:
        table = data_table([t("plan.no", lang), t("plan.due", lang), t("plan.amount", lang)],
                           [[str(n), due.isoformat(), amount] for n, due, amount in info.instalments], [0.15, 0.45, 0.4])
        table.setStyle(TableStyle([("ALIGN", (2, 0), (2, -1), "RIGHT")]))
        out.append(table)
    return out


def documents(d: m.ReportData) -> list[Flowable]:
    lang = d.lang
    out: list[Flowable] = [CondPageBreak(150), section(t("section.documents", lang))]
    if not d.documents:
        return out + [_none(t("docs.none", lang))]
    rows = []
    for doc in d.documents:
        file = f"{doc.file_name} ({doc.sha256[:12]})" if doc.sha256 else ""
        status = _status(doc.status, lang) if (doc.sha256 or doc.status) else ""
        rows.append([doc.label, t("docs.yes" if doc.have_it else "docs.no", lang), file, status])
    return out + [data_table([t("docs.document", lang), t("docs.have", lang), t("docs.file", lang),
                              t("evidence.status", lang)], rows, [0.36, 0.14, 0.36, 0.14])]


# -- the record ------------------------------------------------------------------------
def timeline(d: m.ReportData) -> list[Flowable]:
    lang = d.lang
    out: list[Flowable] = [CondPageBreak(240), section(t("section.timeline", lang))]
    if not d.per_day:
        return out + [_none(t("timeline.none", lang))]
    unit, bars = buckets(d.per_day)
    caption = t("timeline.caption", lang, unit=t(f"timeline.{unit}", lang), total=sum(n for _, n, _ in d.per_day),
                start=d.per_day[0][0], end=d.per_day[-1][0])
    return out + [KeepTogether([timeline_drawing(d.per_day, TEXT_WIDTH), _p(caption, styles.SMALL)])]


def flagged(d: m.ReportData) -> list[Flowable]:
    lang = d.lang
    out: list[Flowable] = [section(t("section.flagged", lang))]
    if not d.rules:
        return out + [_none(t("flagged.none", lang))]
    out.append(_p(t("flagged.intro", lang), styles.SMALL))
    out.append(data_table(
        [t("flagged.rule", lang), t("flagged.severity", lang), t("flagged.strength", lang), t("flagged.count", lang)],
        [[r.label, r.severity_label, r.strength_label, str(r.count)] for r in d.rules], [0.3, 0.36, 0.24, 0.1]))
    for rule in d.rules:
        out.append(CondPageBreak(120))
        out.append(section(f"{rule.label}（{rule.count}）" if lang != "en" else f"{rule.label} ({rule.count})", 1))
        if rule.strength_label:
            out.append(_p(f"{t('flagged.strength', lang)}：{rule.strength_label}；{t('flagged.severity', lang)}："
                          f"{rule.severity_label}" if lang != "en" else
                          f"{t('flagged.strength', lang)}: {rule.strength_label}; {t('flagged.severity', lang)}: "
                          f"{rule.severity_label}", styles.SMALL))
        if rule.explain:
            out.append(_p(rule.explain))
        for b in rule.bases:
            text = f"{b.title} {b.article}".strip() + (f" — {b.note}" if b.note else "")
            out.append(Paragraph(escape_markup(text), styles.BULLET, bulletText="§"))
        if len(rule.entries) > COMPACT_AFTER and all(e.auto for e in rule.entries) \
                and len({e.reason for e in rule.entries}) == 1:
            out += _compact_entries(rule, lang)  # e.g. hundreds of night calls: the log has the details
            continue
        out.append(fast_table(
            ["#", t("flagged.when", lang), t("flagged.who", lang), t("flagged.why", lang), ""],
            [[str(e.seq), _when(e.when, lang), e.who, e.reason, t("flagged.auto" if e.auto else "flagged.marked", lang)]
             for e in rule.entries], (0.07, 0.19, 0.27, 0.35, 0.12), lang))
    return out


#: A rule with more entries than this, all found automatically for the same reason, is listed compactly.
COMPACT_AFTER = 12
_PAIRS = 4


def _compact_entries(rule: m.RuleFinding, lang: str) -> list[Flowable]:
    """The records of one rule as (#, time) pairs, four to a row, with the shared reason above."""
    out: list[Flowable] = [_p(f"{t('flagged.why', lang)}：{rule.entries[0].reason}" if lang != "en"
                              else f"{t('flagged.why', lang)}: {rule.entries[0].reason}", styles.SMALL)]
    cells = [[f"#{e.seq}", _when(e.when, lang)] for e in rule.entries]
    rows = []
    for start in range(0, len(cells), _PAIRS):
        chunk = cells[start:start + _PAIRS]
        chunk += [["", ""]] * (_PAIRS - len(chunk))
        rows.append([v for pair in chunk for v in pair])
    header = ["#", t("flagged.when", lang)] * _PAIRS
    return out + [fast_table(header, rows, (0.07, 0.18) * _PAIRS, lang)]


def _log_content(c: m.ContactEntry, lang: str) -> str:
    parts = [c.summary.strip()]
    if c.threats.strip():
        parts.append(t("log.threats", lang) + c.threats.strip())
    if c.third_parties:
        sep = "、" if lang != "en" else ", "
        who = sep.join(
            p.relation + (f" {p.name}" if p.name else "") + (f" {p.number}" if p.number else "")
            + (f"（{t('log.disclosed', lang)}）" if p.debt_disclosed and lang != "en" else "")
            + (f" ({t('log.disclosed', lang)})" if p.debt_disclosed and lang == "en" else "")
            for p in c.third_parties)
        parts.append(t("log.contacted", lang) + who)
    extra = []
    if c.loan:
        extra.append(t("log.loan", lang) + c.loan)
    if c.duration:
        extra.append(t("log.duration", lang, d=c.duration))
    if c.mood is not None:
        extra.append(t("log.mood", lang, n=c.mood))
    if c.attachments:
        extra.append(t("log.attachments", lang, n=c.attachments))
    if extra:
        parts.append("；".join(extra) if lang != "en" else "; ".join(extra))
    if c.notes.strip():
        parts.append(t("log.notes", lang) + c.notes.strip())
    return "\n".join(p for p in parts if p)


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


LOG_WIDTHS = (0.05, 0.12, 0.075, 0.175, 0.35, 0.11, 0.12)
#: English words ("incoming", long rule names) need wider channel and flag columns.
LOG_WIDTHS_EN = (0.05, 0.11, 0.1, 0.155, 0.305, 0.16, 0.12)


def log_rows(d: m.ReportData) -> tuple[list[str], list[list[str]]]:
    """The full log's header and rows as plain text (also the bench's baseline table)."""
    lang = d.lang
    labels = d.rule_labels
    sep = "、" if lang != "en" else ", "
    header = [t("log.no", lang), t("log.when", lang), t("log.channel", lang), t("log.who", lang),
              t("log.what", lang), t("log.flags", lang), t("log.check", lang)]
    rows = []
    for c in d.contacts:
        when = f"{c.occurred_at:%Y-%m-%d}\n{c.occurred_at:%H:%M}" if c.occurred_at else t("log.undated", lang)
        rows.append([str(c.seq), when, c.channel.replace(" · ", "\n"), "\n".join(x for x in (c.number, c.claimed) if x),
                     _log_content(c, lang), sep.join(labels.get(r, r) for r in dict.fromkeys(c.flags + c.marks)),
                     c.short_hash])
    return header, rows


def log_table(d: m.ReportData) -> Table:
    """The full log as one table whose header repeats on every page."""
    header, rows = log_rows(d)
    return fast_table(header, rows, LOG_WIDTHS_EN if d.lang == "en" else LOG_WIDTHS, d.lang, {6: HASH_SIZE})


def log(d: m.ReportData) -> list[Flowable]:
    lang = d.lang
    out: list[Flowable] = [CondPageBreak(160), section(t("section.log", lang))]
    if not d.contacts:
        return out + [_none(t("cover.no_contacts_range" if (d.date_from or d.date_to) else "cover.no_contacts", lang))]
    return out + [_p(t("log.intro", lang), styles.SMALL), log_table(d)]


def third_parties(d: m.ReportData) -> list[Flowable]:
    lang = d.lang
    out: list[Flowable] = [CondPageBreak(120), section(t("section.third_parties", lang))]
    if not d.third_parties:
        return out + [_none(t("third.none", lang))]
    out.append(_p(t("third.intro", lang) + (" " + t("third.masked", lang) if d.masked else ""), styles.SMALL))
    yes, no = t("yes", lang), t("no", lang)
    rows = [[_when(p.when, lang), p.relation, p.name, p.number, yes if p.debt_disclosed else no,
             yes if p.asked_to_pay else no] for p in d.third_parties]
    return out + [fast_table([t("third.when", lang), t("third.relation", lang), t("third.name", lang),
                              t("third.number", lang), t("third.disclosed", lang), t("third.asked", lang)], rows,
                             (0.2, 0.14, 0.2, 0.2, 0.13, 0.13), lang)]


def evidence(d: m.ReportData) -> list[Flowable]:
    lang = d.lang
    out: list[Flowable] = [CondPageBreak(120), section(t("section.evidence", lang))]
    if not d.evidence:
        return out + [_none(t("evidence.none", lang))]
    out.append(_p(t("evidence.intro", lang), styles.SMALL))
    bad = sum(1 for e in d.evidence if e.status in ("missing", "altered"))
    if bad:
        out.append(Paragraph(f'<font color="{_BAD_HEX}">{escape_markup(t("evidence.problems", lang, n=bad))}</font>',
                             styles.BODY))
    rows = [[str(e.id), e.name, _size(e.size), f"{e.added_at:%Y-%m-%d %H:%M}",
             f"#{e.contact_seq}" if e.contact_seq else "—", Paragraph(escape_markup(e.sha256), styles.CODE),
             _status(e.status, lang)] for e in d.evidence]
    return out + [data_table(["#", t("evidence.name", lang), t("evidence.size", lang), t("evidence.added", lang),
                              t("evidence.record", lang), t("evidence.sha", lang), t("evidence.status", lang)], rows,
                             [0.05, 0.22, 0.09, 0.13, 0.08, 0.32, 0.11])]


def integrity(d: m.ReportData) -> list[Flowable]:
    lang = d.lang
    info = d.integrity
    out: list[Flowable] = [CondPageBreak(200), section(t("section.integrity", lang)), _p(t("integrity.body", lang))]
    facts: list[tuple[str, object]] = []
    if info.checked:
        facts += [(t("integrity.versions", lang), str(info.versions)), (t("integrity.records", lang), str(info.records)),
                  (t("integrity.deleted", lang), str(info.deleted)), (t("integrity.files", lang), str(info.files))]
    facts.append((t("integrity.head", lang), Paragraph(escape_markup(info.head), styles.CODE)))
    if not info.checked:
        result: object = t("integrity.not_checked", lang)
    elif info.ok:
        result = t("integrity.ok", lang)
    else:
        result = Paragraph(f'<font color="{_BAD_HEX}">{escape_markup(t("integrity.failed", lang, n=len(info.problems)))}'
                           "</font>", styles.TABLE_CELL)
    facts.append((t("integrity.result", lang), result))
    out.append(_facts_table(facts))
    for problem in info.problems:
        out.append(Paragraph(escape_markup(problem), styles.BULLET, bulletText="•"))
    out.append(_p(t("integrity.how", lang)))
    out.append(_p(f"python -m desktop verify {d.case_id}", COMMAND))
    return out


def sources(d: m.ReportData) -> list[Flowable]:
    lang = d.lang
    out: list[Flowable] = [CondPageBreak(120), section(t("section.sources", lang))]
    if not d.sources:
        return out + [_none(t("sources.none", lang))]
    out.append(_p(t("sources.intro", lang), styles.SMALL))
    sep = "、" if lang != "en" else ", "
    rows = [[s.title + (f"（{sep.join(s.articles)}）" if s.articles and lang != "en" else "")
             + (f" ({sep.join(s.articles)})" if s.articles and lang == "en" else ""), s.kind, s.issuer, s.dates]
            for s in d.sources]
    return out + [data_table([t("sources.title", lang), t("sources.kind", lang), t("sources.issuer", lang),
                              t("sources.date", lang)], rows,
                             [0.42, 0.19, 0.24, 0.15])]


def closing(d: m.ReportData) -> list[Flowable]:
    if d.preset == m.LENDER:
        return []
    return [Spacer(1, 10), _p(t("disclaimer.lawyer", d.lang), styles.SMALL)]


SECTIONS = {
    m.COVER: cover, m.LETTER: letter, m.STATEMENT: statement, m.PLAN: plan, m.DOCUMENTS: documents,
    m.TIMELINE: timeline, m.FLAGGED: flagged, m.LOG: log, m.THIRD_PARTIES: third_parties, m.EVIDENCE: evidence,
    m.INTEGRITY: integrity, m.SOURCES: sources,
}
