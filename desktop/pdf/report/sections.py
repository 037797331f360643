"""The sections of the exported report: one function per section, each returning flowables.

Fed only a :class:`~desktop.report_data.model.ReportData`; every text comes from it or
from :func:`desktop.report_data.texts.t` in the report's language. User text always goes
through :func:`~desktop.pdf.fonts.safe_text` / :func:`~desktop.pdf.fonts.escape_markup`.

This module has the cover, the timeline and the closing note, and :data:`SECTIONS`,
which maps each section to its function; the others live by topic in
:mod:`~desktop.pdf.report.negotiation`, :mod:`~desktop.pdf.report.findings`,
:mod:`~desktop.pdf.report.log` and :mod:`~desktop.pdf.report.integrity`.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desktop.domain.evidence import PROBLEM_STATES
from desktop.pdf import styles
from desktop.pdf.document import Heading
from desktop.pdf.fonts import escape_markup
from desktop.pdf.report.common import facts_table, para, section_start, when_text
from desktop.pdf.report.findings import flagged, third_parties
from desktop.pdf.report.integrity import evidence, integrity, sources
from desktop.pdf.report.log import log
from desktop.pdf.report.negotiation import documents, letter, plan, statement
from desktop.pdf.tables import TEXT_WIDTH, data_table, text_paragraphs
from desktop.pdf.timeline import buckets, timeline_drawing
from desktop.report_data.model import (
    COVER,
    DOCUMENTS,
    EVIDENCE,
    FLAGGED,
    INTEGRITY,
    LENDER,
    LETTER,
    LOG,
    PLAN,
    SOURCES,
    STATEMENT,
    THIRD_PARTIES,
    TIMELINE,
    ReportData,
)
from desktop.report_data.texts import phrase


def cover(d: ReportData) -> list[Flowable]:
    lang = d.lang
    out: list[Flowable] = [Heading(phrase(f"title.{d.preset}", lang), styles.TITLE, 0),
                           para(f"{d.case_alias} · {phrase('cover.generated', lang)} {d.generated_at:%Y-%m-%d %H:%M}",
                                styles.SUBTITLE)]
    out.append(para(phrase("cover.lender_intro" if d.preset == LENDER else "cover.lawyer_intro", lang)))
    facts: list[tuple[str, object]] = [(phrase("cover.case", lang), d.case_alias)]
    if d.preset != LENDER:
        facts.append((phrase("cover.range", lang), _range(d)))
        s = d.stats
        facts.append((phrase("cover.contacts", lang), str(s.total)))
        if s.total:
            facts += [
                (phrase("cover.first_last", lang), f"{when_text(s.first, lang)} / {when_text(s.last, lang)}"),
                (phrase("cover.flagged", lang), str(s.flagged)),
                (phrase("cover.night", lang, window=s.quiet_window), str(s.night)),
                (phrase("cover.third", lang), str(s.third_party)),
                (phrase("cover.disclosed", lang), str(s.disclosed)),
            ]
        if d.evidence:
            bad = sum(1 for e in d.evidence if e.status in PROBLEM_STATES)
            facts.append((phrase("cover.evidence", lang), phrase("cover.evidence_count", lang, n=len(d.evidence), bad=bad)))
    else:
        if d.plan is not None and d.plan.summary:
            facts.append((phrase("section.plan", lang), d.plan.summary))
        if d.statement is not None:
            facts.append((phrase("statement.left", lang), d.statement.left_over))
    # Every report carries the outside anchor: the head and its short code, to check this report against later.
    facts.append((phrase("cover.code", lang), Paragraph(escape_markup(d.integrity.code), styles.CHECK_CODE)))
    facts.append((phrase("cover.chain", lang), Paragraph(escape_markup(d.integrity.head), styles.CODE)))
    out.append(facts_table(facts))
    if d.preset == LENDER:
        out.append(para(phrase("cover.code_note", lang), styles.SMALL))
    if d.preset != LENDER and not d.stats.total:
        out.append(para(phrase("cover.no_contacts_range" if (d.date_from or d.date_to) else "cover.no_contacts", lang),
                        styles.QUOTE))
    if d.loans:
        out.append(para(phrase("cover.loans", lang), styles.H3))
        out.append(data_table(
            [phrase("loan.brand", lang), phrase("loan.contract", lang), phrase("loan.received", lang), phrase("loan.outstanding", lang),
             phrase("loan.overdue", lang)],
            [[x.label, x.contract_no, f"{x.borrowed} / {x.received}", x.outstanding,
              x.overdue_since.isoformat() if x.overdue_since else ""] for x in d.loans],
            [0.26, 0.2, 0.22, 0.18, 0.14]))
    if d.case_notes.strip() and d.preset != LENDER:
        out.append(para(phrase("cover.notes", lang), styles.H3))
        out += text_paragraphs(d.case_notes)
    out.append(para(phrase("cover.contents", lang), styles.H3))
    for s in d.sections[1:]:
        out.append(Paragraph(escape_markup(phrase(f"section.{s}", lang)), styles.BULLET, bulletText="•"))
    return out


def _range(d: ReportData) -> str:
    lang = d.lang
    if d.date_from and d.date_to:
        return phrase("cover.range_both", lang, start=d.date_from, end=d.date_to)
    if d.date_from:
        return phrase("cover.range_from", lang, start=d.date_from)
    if d.date_to:
        return phrase("cover.range_to", lang, end=d.date_to)
    return phrase("cover.range_all", lang)


def timeline(d: ReportData) -> list[Flowable]:
    lang = d.lang
    out = section_start("timeline", lang, 240, none="timeline.none", empty=not d.per_day)
    if not d.per_day:
        return out
    unit, bars = buckets(d.per_day)
    caption = phrase("timeline.caption", lang, unit=phrase(f"timeline.{unit}", lang), total=sum(n for _, n, _ in d.per_day),
                start=d.per_day[0][0], end=d.per_day[-1][0])
    return out + [KeepTogether([timeline_drawing(d.per_day, TEXT_WIDTH), para(caption, styles.SMALL)])]


def closing(d: ReportData) -> list[Flowable]:
    if d.preset == LENDER:
        return []
    return [Spacer(1, 10), para(phrase("disclaimer.lawyer", d.lang), styles.SMALL)]


SECTIONS = {
    COVER: cover, LETTER: letter, STATEMENT: statement, PLAN: plan, DOCUMENTS: documents,
    TIMELINE: timeline, FLAGGED: flagged, LOG: log, THIRD_PARTIES: third_parties, EVIDENCE: evidence,
    INTEGRITY: integrity, SOURCES: sources,
}
