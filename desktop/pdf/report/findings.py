"""The findings sections of the report: the flagged records rule by rule, and the third parties contacted."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from desktop.domain.punctuation import bracketed
from desktop.pdf import styles
from desktop.pdf.document import section
from desktop.pdf.fast_table import fast_table
from desktop.pdf.fonts import escape_markup
from desktop.pdf.report.common import none_note, para, section_start, when_text
from desktop.pdf.tables import data_table
from desktop.report_data.model import ReportData, RuleFinding
from desktop.report_data.texts import phrase


def flagged(d: ReportData) -> list[Flowable]:
    lang = d.lang
    out: list[Flowable] = [section(phrase("section.flagged", lang))]
    if not d.rules:
        return out + [none_note(phrase("flagged.none", lang))]
    out.append(para(phrase("flagged.intro", lang), styles.SMALL))
    out.append(data_table(
        [phrase("flagged.rule", lang), phrase("flagged.severity", lang), phrase("flagged.strength", lang), phrase("flagged.count", lang)],
        [[r.label, r.severity_label, r.strength_label, str(r.count)] for r in d.rules], [0.3, 0.36, 0.24, 0.1]))
    for rule in d.rules:
        out.append(CondPageBreak(120))
        out.append(section(rule.label + bracketed(str(rule.count), lang), 1))
        if rule.strength_label:
            out.append(para(f"{phrase('flagged.strength', lang)}：{rule.strength_label}；{phrase('flagged.severity', lang)}："
                            f"{rule.severity_label}" if lang != "en" else
                            f"{phrase('flagged.strength', lang)}: {rule.strength_label}; {phrase('flagged.severity', lang)}: "
                            f"{rule.severity_label}", styles.SMALL))
        if rule.explain:
            out.append(para(rule.explain))
        if rule.grade_note:
            out.append(para(rule.grade_note))
        for b in rule.bases:
            text = f"{b.title} {b.article}".strip() + (f" — {b.note}" if b.note else "")
            out.append(Paragraph(escape_markup(text), styles.BULLET, bulletText="§"))
        if len(rule.entries) > COMPACT_AFTER and all(e.auto for e in rule.entries) \
                and len({e.reason for e in rule.entries}) == 1:
            out += _compact_entries(rule, lang)  # e.g. hundreds of night calls: the log has the details
            continue
        out.append(fast_table(
            ["#", phrase("flagged.when", lang), phrase("flagged.who", lang), phrase("flagged.why", lang), phrase("flagged.found_by", lang)],
            [[str(e.seq), when_text(e.when, lang), e.who, e.reason, phrase("flagged.auto" if e.auto else "flagged.marked", lang)]
             for e in rule.entries], (0.07, 0.19, 0.27, 0.35, 0.12), lang))
    return out


#: A rule with more entries than this, all found automatically for the same reason, is listed compactly.
COMPACT_AFTER = 12
_PAIRS = 4


def _compact_entries(rule: RuleFinding, lang: str) -> list[Flowable]:
    """The records of one rule as (#, time) pairs, four to a row, with the shared reason above."""
    out: list[Flowable] = [para(f"{phrase('flagged.why', lang)}：{rule.entries[0].reason}" if lang != "en"
                                else f"{phrase('flagged.why', lang)}: {rule.entries[0].reason}", styles.SMALL)]
    cells = [[f"#{e.seq}", when_text(e.when, lang)] for e in rule.entries]
    rows = []
    for start in range(0, len(cells), _PAIRS):
        chunk = cells[start:start + _PAIRS]
        chunk += [["", ""]] * (_PAIRS - len(chunk))
        rows.append([v for pair in chunk for v in pair])
    header = ["#", phrase("flagged.when", lang)] * _PAIRS
    return out + [fast_table(header, rows, (0.07, 0.18) * _PAIRS, lang)]


def third_parties(d: ReportData) -> list[Flowable]:
    lang = d.lang
    out = section_start("third_parties", lang, 120, none="third.none", empty=not d.third_parties)
    if not d.third_parties:
        return out
    out.append(para(phrase("third.intro", lang) + (" " + phrase("third.masked", lang) if d.masked else ""), styles.SMALL))
    yes, no = phrase("yes", lang), phrase("no", lang)
    rows = [[when_text(p.when, lang), p.relation, p.name, p.number, yes if p.debt_disclosed else no,
             yes if p.asked_to_pay else no] for p in d.third_parties]
    return out + [fast_table([phrase("third.when", lang), phrase("third.relation", lang), phrase("third.name", lang),
                              phrase("third.number", lang), phrase("third.disclosed", lang), phrase("third.asked", lang)], rows,
                             (0.2, 0.14, 0.2, 0.2, 0.13, 0.13), lang)]
