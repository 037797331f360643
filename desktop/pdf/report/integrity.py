"""The proof sections of the report: evidence files with their hashes, the integrity check, and the sources cited."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from desktop.domain.evidence import PROBLEM_STATES
from desktop.domain.punctuation import bracketed, list_separator
from desktop.domain.sizes import human_size
from desktop.pdf import styles
from desktop.pdf.document import section
from desktop.pdf.fonts import escape_markup
from desktop.pdf.report.common import (
    facts_table,
    para,
    section_start,
    status_cell,
    warning,
)
from desktop.pdf.tables import data_table
from desktop.report_data.model import ReportData
from desktop.report_data.texts import phrase

COMMAND = ParagraphStyle("command", parent=styles.QUOTE, fontSize=10)


def evidence(d: ReportData) -> list[Flowable]:
    lang = d.lang
    out = section_start("evidence", lang, 120, none="evidence.none", empty=not d.evidence)
    if not d.evidence:
        return out
    out.append(para(phrase("evidence.intro", lang), styles.SMALL))
    bad = sum(1 for e in d.evidence if e.status in PROBLEM_STATES)
    if bad:
        out.append(warning(phrase("evidence.problems", lang, n=bad), styles.BODY))
    rows = [[str(e.id), e.name, human_size(e.size), f"{e.added_at:%Y-%m-%d %H:%M}",
             f"#{e.contact_seq}" if e.contact_seq else "—", Paragraph(escape_markup(e.sha256), styles.CODE),
             status_cell(e.status, lang)] for e in d.evidence]
    return out + [data_table(["#", phrase("evidence.name", lang), phrase("evidence.size", lang), phrase("evidence.added", lang),
                              phrase("evidence.record", lang), phrase("evidence.sha", lang), phrase("evidence.status", lang)], rows,
                             [0.05, 0.22, 0.09, 0.13, 0.08, 0.32, 0.11])]


def integrity(d: ReportData) -> list[Flowable]:
    lang = d.lang
    info = d.integrity
    out: list[Flowable] = [CondPageBreak(200), section(phrase("section.integrity", lang)), para(phrase("integrity.body", lang))]
    facts: list[tuple[str, object]] = []
    if info.checked:
        facts += [(phrase("integrity.versions", lang), str(info.versions)), (phrase("integrity.records", lang), str(info.records)),
                  (phrase("integrity.deleted", lang), str(info.deleted)), (phrase("integrity.files", lang), str(info.files))]
    facts.append((phrase("integrity.code", lang), Paragraph(escape_markup(info.code), styles.CHECK_CODE)))
    facts.append((phrase("integrity.head", lang), Paragraph(escape_markup(info.head), styles.CODE)))
    if not info.checked:
        result: object = phrase("integrity.not_checked", lang)
    elif info.ok:
        result = phrase("integrity.ok", lang)
    else:
        result = warning(phrase("integrity.failed", lang, n=len(info.problems)), styles.TABLE_CELL)
    facts.append((phrase("integrity.result", lang), result))
    out.append(facts_table(facts))
    for problem in info.problems:
        out.append(Paragraph(escape_markup(problem), styles.BULLET, bulletText="•"))
    out.append(para(phrase("integrity.how", lang)))
    out.append(para(f"python -m desktop verify {d.case_id} --head {info.code}", COMMAND))
    out.append(para(phrase("integrity.covered", lang), styles.H3))
    out.append(para(info.covered))
    out.append(para(phrase("integrity.not_covered", lang), styles.H3))
    for item in info.not_covered:
        out.append(Paragraph(escape_markup(item), styles.BULLET, bulletText="•"))
    out.append(para(phrase("integrity.limits", lang), styles.H3))
    out.append(para(info.limits))
    return out


def sources(d: ReportData) -> list[Flowable]:
    lang = d.lang
    out = section_start("sources", lang, 120, none="sources.none", empty=not d.sources)
    if not d.sources:
        return out
    out.append(para(phrase("sources.intro", lang), styles.SMALL))
    sep = list_separator(lang)
    rows = [[s.title + (bracketed(sep.join(s.articles), lang) if s.articles else ""), s.kind, s.issuer, s.dates]
            for s in d.sources]
    return out + [data_table([phrase("sources.title", lang), phrase("sources.kind", lang), phrase("sources.issuer", lang),
                              phrase("sources.date", lang)], rows,
                             [0.42, 0.19, 0.24, 0.15])]
