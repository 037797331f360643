"""The full log section of the report: every record in one table whose header repeats on every page."""

from __future__ import annotations

from reportlab.platypus import Flowable, Table

from desktop.domain.punctuation import bracketed, clause_separator, list_separator
from desktop.pdf import styles
from desktop.pdf.fast_table import fast_table
from desktop.pdf.report.common import para, section_start
from desktop.report_data.model import ContactEntry, ReportData
from desktop.report_data.texts import phrase

HASH_SIZE = 7.5


def _log_content(c: ContactEntry, lang: str) -> str:
    parts = [c.summary.strip()]
    if c.threats.strip():
        parts.append(phrase("log.threats", lang) + c.threats.strip())
    if c.third_parties:
        who = list_separator(lang).join(
            p.relation + (f" {p.name}" if p.name else "") + (f" {p.number}" if p.number else "")
            + (bracketed(phrase("log.disclosed", lang), lang) if p.debt_disclosed else "")
            for p in c.third_parties)
        parts.append(phrase("log.contacted", lang) + who)
    extra = []
    if c.loan:
        extra.append(phrase("log.loan", lang) + c.loan)
    if c.duration:
        extra.append(phrase("log.duration", lang, d=c.duration))
    if c.mood is not None:
        extra.append(phrase("log.mood", lang, n=c.mood))
    if c.attachments:
        extra.append(phrase("log.attachments", lang, n=c.attachments))
    if extra:
        parts.append(clause_separator(lang).join(extra))
    if c.notes.strip():
        parts.append(phrase("log.notes", lang) + c.notes.strip())
    return "\n".join(p for p in parts if p)


LOG_WIDTHS = (0.05, 0.12, 0.075, 0.175, 0.35, 0.11, 0.12)
#: English words ("incoming", long rule names) need wider channel and flag columns.
LOG_WIDTHS_EN = (0.05, 0.11, 0.1, 0.155, 0.305, 0.16, 0.12)


def log_rows(d: ReportData) -> tuple[list[str], list[list[str]]]:
    """The full log's header and rows as plain text (also the bench's baseline table)."""
    lang = d.lang
    labels = d.rule_labels
    sep = list_separator(lang)
    header = [phrase("log.no", lang), phrase("log.when", lang), phrase("log.channel", lang), phrase("log.who", lang),
              phrase("log.what", lang), phrase("log.flags", lang), phrase("log.check", lang)]
    rows = []
    for c in d.contacts:
        when = f"{c.occurred_at:%Y-%m-%d}\n{c.occurred_at:%H:%M}" if c.occurred_at else phrase("log.undated", lang)
        rows.append([str(c.seq), when, c.channel.replace(" · ", "\n"), "\n".join(x for x in (c.number, c.claimed) if x),
                     _log_content(c, lang), sep.join(labels.get(r, r) for r in dict.fromkeys(c.flags + c.marks)),
                     c.short_hash])
    return header, rows


def log_table(d: ReportData) -> Table:
    """The full log as one table whose header repeats on every page."""
    header, rows = log_rows(d)
    return fast_table(header, rows, LOG_WIDTHS_EN if d.lang == "en" else LOG_WIDTHS, d.lang, {6: HASH_SIZE})


def log(d: ReportData) -> list[Flowable]:
    lang = d.lang
    none = "cover.no_contacts_range" if (d.date_from or d.date_to) else "cover.no_contacts"
    out = section_start("log", lang, 160, none=none, empty=not d.contacts)
    if not d.contacts:
        return out
    return out + [para(phrase("log.intro", lang), styles.SMALL), log_table(d)]
