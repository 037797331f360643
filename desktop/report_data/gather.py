"""Gather an open case into a :class:`~desktop.report_data.model.ReportData` for one preset.

Reads through the case's repositories only (no SQL here), decides what the
report includes, and resolves every label in the report's language. The
lender's copy masks third parties' numbers and leaves out mood scores and
private notes, here, before any layout code sees the data.

``check(fraction)`` (optional) is called now and then with 0..1: the caller uses
it for a progress bar and to stop (by raising) when the user cancels.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date, datetime
from functools import cached_property

from desktop.content.model import Content
from desktop.domain import legal, rules_engine
from desktop.domain.contacts import ContactFilter
from desktop.domain.durations import duration_clock
from desktop.domain.errors import UserError
from desktop.domain.legal import (
    SEVERITIES,
    STRENGTH_INDUSTRY,
    STRENGTH_LAW,
    article_label,
    citation_facts,
    severity_label,
    strength_label,
)
from desktop.domain.money import format_amount
from desktop.domain.phone import mask_number
from desktop.domain.punctuation import bracketed, clause_separator
from desktop.domain.text import norm_lang
from desktop.domain.vocabulary import CHANNELS, DIRECTIONS, RELATIONS, report_label
from desktop.report_data.gather_negotiation import NegotiationGatherer
from desktop.report_data.model import (
    COVER,
    DOCUMENTS,
    EVIDENCE,
    FLAGGED,
    INTEGRITY,
    LAWYER,
    LENDER,
    LETTER,
    LOG,
    PLAN,
    STATEMENT,
    THIRD_PARTIES,
    TIMELINE,
    BasisEntry,
    ContactEntry,
    EvidenceEntry,
    FlaggedEntry,
    IntegrityInfo,
    LoanEntry,
    ReportData,
    RuleFinding,
    SourceEntry,
    Stats,
    ThirdPartyEntry,
    sections_for,
)
from desktop.report_data.texts import phrase

_ALL = 10**9
_CONTACT_SECTIONS = {COVER, TIMELINE, FLAGGED, LOG, THIRD_PARTIES, EVIDENCE}
_DRAFT_SECTIONS = {STATEMENT, PLAN, DOCUMENTS}


def check_range(date_from: date | None, date_to: date | None) -> None:
    """Refuse a period that ends before it starts, saying how to fix it."""
    if date_from is not None and date_to is not None and date_from > date_to:
        raise UserError(
            zh=f"开始日期（{date_from}）晚于结束日期（{date_to}）。请把开始日期改早，或把结束日期改晚。",
            en=f"The start date ({date_from}) is after the end date ({date_to}). Move the start earlier or "
            "the end later.",
            field="date_from",
        )


def gather(
    session,
    content: Content,
    *,
    preset: str = LAWYER,
    sections: tuple[str, ...] | list[str] | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    lang: str = "zh_CN",
    masked: bool | None = None,
    freeze_letter: bool | None = None,
    now: datetime | None = None,
    check: Callable[[float], None] | None = None,
) -> ReportData:
    """Everything the report for ``preset`` shows, from the open ``session`` (a CaseSession).

    ``masked`` (default: the lender preset) hides third parties' numbers and leaves out
    mood and notes. ``freeze_letter`` (default: the lender preset) says the included
    letter becomes final with this export (the caller freezes it after writing the file).
    """
    check_range(date_from, date_to)
    lang = norm_lang(lang)
    chosen = sections_for(preset, sections)
    masked = (preset == LENDER) if masked is None else masked
    freeze_letter = (preset == LENDER) if freeze_letter is None else freeze_letter
    now = (now or datetime.now()).replace(microsecond=0)
    step = check or (lambda _f: None)
    step(0.0)
    gatherer = _CaseGatherer(session, content, lang, masked, step)
    wants_contacts = preset != LENDER and bool(_CONTACT_SECTIONS & set(chosen))
    contacts = gatherer.contacts(date_from, date_to) if wants_contacts else ()
    step(0.5)
    rules = gatherer.findings(contacts) if wants_contacts else ()
    check_files = bool({EVIDENCE, DOCUMENTS, INTEGRITY} & set(chosen))
    evidence = gatherer.evidence(contacts, bool(date_from or date_to), check_files) if wants_contacts else ()
    step(0.7)
    negotiation = NegotiationGatherer(session, lang, content, gatherer.status)
    draft = negotiation.draft() if (_DRAFT_SECTIONS | {LETTER}) & set(chosen) else None
    loans = gatherer.loans()
    data = ReportData(
        lang=lang,
        preset=preset,
        sections=chosen,
        case_id=session.case.id,
        case_alias=session.case.alias,
        case_notes="" if masked else session.case.notes,
        generated_at=now,
        date_from=date_from,
        date_to=date_to,
        masked=masked,
        contacts=contacts,
        rules=rules,
        third_parties=tuple(p for c in contacts for p in c.third_parties),
        evidence=evidence,
        integrity=gatherer.integrity(INTEGRITY in chosen),
        loans=loans,
        statement=negotiation.statement(draft) if draft is not None and STATEMENT in chosen else None,
        plan=negotiation.plan(draft, loans) if draft is not None and PLAN in chosen else None,
        documents=negotiation.documents(draft, check_files) if draft is not None and DOCUMENTS in chosen else (),
        letter=negotiation.letter(freeze_letter) if LETTER in chosen else None,
        sources=gatherer.sources(rules),
        per_day=_per_day(contacts),
        stats=_stats(contacts, gatherer.params),
        rule_labels={r.id: r.label(lang) for r in content.rules.values()},
    )
    step(1.0)
    return data


class _CaseGatherer:
    """The contact, findings, evidence, integrity and loan parts of one report.

    The negotiation parts come from :class:`~desktop.report_data.gather_negotiation.NegotiationGatherer`.
    """

    def __init__(self, session, content: Content, lang: str, masked: bool, step: Callable[[float], None]) -> None:
        self.session, self.content, self.lang, self.masked, self.step = session, content, lang, masked, step
        self.params = session.contacts.params
        self._status_cache: dict[tuple[str, int], str] = {}
        self._loan_of: dict[int, int | None] = {}  # contact id → loan id, for citation conditions
        self._grade_of: dict[int, str] = {}  # contact id → the grade of its third-party flag, read with it
        self._loan_cache: dict | None = None

    @cached_property
    def _loan_labels(self) -> dict[int, str]:
        """Each loan's label, read once for the log's loan column and the loans section."""
        return self.session.loans.labels()

    @cached_property
    def _files(self):
        """The case's attachment records, read once for the per-contact counts and the evidence list."""
        return tuple(self.session.evidence.all())

    # -- contacts -------------------------------------------------------------------
    def contacts(self, date_from: date | None, date_to: date | None) -> tuple[ContactEntry, ...]:
        repo = self.session.contacts
        flt = ContactFilter(date_from=date_from, date_to=date_to)
        total = repo.count(flt)  # for the progress bar only: counted from the index
        attachments = Counter(a.contact_id for a in self._files)
        loans = self._loan_labels
        out = []
        # Each contact is read once: the whole contact with its stored flags, grade and newest hash.
        for seq, stored in enumerate(repo.with_flags(flt), 1):
            if seq % 500 == 0:
                self.step(0.5 * seq / max(total, seq))
            c = stored.contact
            self._loan_of[c.id] = c.loan_id
            if stored.grade:
                self._grade_of[c.id] = stored.grade
            parties = tuple(
                ThirdPartyEntry(c.id, c.occurred_at, report_label(RELATIONS, p.relation, self.lang), self._name(p.name),
                                self._number(p.number), p.debt_disclosed, p.asked_to_pay)
                for p in c.third_parties
            )
            if not parties and str(c.contacted_party) != "self":
                parties = (ThirdPartyEntry(c.id, c.occurred_at, report_label(RELATIONS, c.contacted_party, self.lang), "",
                                           "", c.debt_disclosed, False),)
            channel = report_label(CHANNELS, c.channel, self.lang)
            if c.direction:
                channel += " · " + report_label(DIRECTIONS, c.direction, self.lang)
            out.append(ContactEntry(
                id=c.id, seq=seq, occurred_at=c.occurred_at, channel=channel, number=c.number,
                claimed=" ".join(p for p in (c.claimed_org, c.claimed_name, c.claimed_staff_id) if p),
                loan=loans.get(c.loan_id, f"#{c.loan_id}") if c.loan_id is not None else "",
                duration=duration_clock(c.duration_s) if c.duration_s else "",
                contacted="" if str(c.contacted_party) == "self" else report_label(RELATIONS, c.contacted_party, self.lang),
                debt_disclosed=c.debt_disclosed, summary=c.summary, threats=c.threats,
                notes="" if self.masked else c.notes, mood=None if self.masked else c.mood,
                flags=stored.flags, marks=tuple(sorted(set(c.marks))), third_parties=parties,
                attachments=attachments.get(c.id, 0), short_hash=stored.head[:12],
            ))
        return tuple(out)

    def _number(self, number: str) -> str:
        return mask_number(number) if self.masked else number

    def _name(self, name: str) -> str:
        if not self.masked or len(name) <= 1:
            return name
        return name[0] + "*" * min(len(name) - 1, 3)

    # -- findings -------------------------------------------------------------------
    def findings(self, contacts: tuple[ContactEntry, ...]) -> tuple[RuleFinding, ...]:
        """One finding per rule, except third-party contacts: one finding per grade (high / medium / low)."""
        # Stored with the flags when they were counted (same engine and parameters: the stamp), not recounted.
        reasons = self.session.contacts.flag_reasons(self.lang)
        entries: dict[str, list[FlaggedEntry]] = defaultdict(list)
        for c in contacts:
            who = " ".join(p for p in (c.number, c.claimed) if p)
            for rule_id in c.flags:
                key = _graded(rule_id, self._grade_of.get(c.id))
                entries[key].append(FlaggedEntry(c.id, c.seq, c.occurred_at, who,
                                                 reasons.get((c.id, rule_id), ""), True))
            for rule_id in c.marks:
                if rule_id in c.flags:
                    continue
                snippet = (c.threats or c.summary).replace("\n", " ")
                entries[rule_id].append(FlaggedEntry(c.id, c.seq, c.occurred_at, who,
                                                     snippet[:80] + ("…" if len(snippet) > 80 else ""), False))
        order = {s: i for i, s in enumerate(SEVERITIES)}
        by_id = {c.id: c for c in contacts}
        known = list(self.content.rules)
        out = []
        for key in sorted(entries, key=lambda k: (order.get(self._severity(k), 9),
                                                    known.index(_rule_of(k)) if _rule_of(k) in known else 99, k)):
            rule_id, grade = _rule_of(key), _grade_of(key)
            rule = self.content.rules.get(rule_id)
            if rule is None:  # a mark from another version's rules: still listed, by its code
                out.append(RuleFinding(rule_id, rule_id, "", "", "", "", "", (), tuple(entries[key])))
                continue
            bases, strength = self._bases(rule, [by_id[e.contact_id] for e in entries[key] if e.contact_id in by_id])
            label, severity, note = rule.label(self.lang), rule.severity, ""
            if grade:
                # The grade decides how serious and how strong the claim is, not the rule as a whole:
                # a medium or low grade claims no breach of law, so no law is cited for it.
                grade_text = rules_engine.grade_label(grade, self.lang)
                label += bracketed(grade_text, self.lang)
                severity = self.params.severity_for(grade)
                if self.params.strength_for(grade) != STRENGTH_LAW:
                    strength = self.params.strength_for(grade)
                    bases = tuple(b for b in bases if not b.binding)
                note = phrase(f"grade.{grade}", self.lang)
            out.append(RuleFinding(
                rule_id, label, severity, severity_label(severity, self.lang),
                strength, strength_label(strength, self.lang), rule.explain(self.lang), bases, tuple(entries[key]),
                note,
            ))
        return tuple(out)

    def _severity(self, key: str) -> str:
        grade = _grade_of(key)
        if grade:
            return self.params.severity_for(grade)
        rule = self.content.rules.get(key)
        return rule.severity if rule else ""

    def _bases(self, rule, contacts: list[ContactEntry]) -> tuple[tuple[BasisEntry, ...], str]:
        """The texts this report cites for ``rule``, and the strength they give it (legal-facts §10.6).

        A conduct text whose condition (lender type, illegal debt, police report,
        insults) holds for none of the rule's recorded contacts is left out, as in
        the letters; a text that is information is kept and says so.
        """
        loans = self._loans_by_id()
        held: set = set()
        for c in contacts:
            loan = loans.get(self._loan_of.get(c.id))
            facts = citation_facts(
                lender_type=loan.lender_type if loan else "", debt_illegal=bool(loan and loan.debt_illegal),
                police_report_on=loan.police_report_on if loan else None,
                dates=[c.occurred_at.date() if c.occurred_at else None], marks=[c.marks],
                repeated=len(contacts) >= 2)
            held.update(b for b in rule.bases if b.cited_as_conduct(facts))
        binding = set(rule.binding)
        out = []
        for b in rule.bases:
            if b.is_conduct and b not in held:
                continue
            note = b.note(self.lang)
            if not b.is_conduct:
                note = ("For information: " if self.lang == "en" else "说明：") + note
            elif b.condition_label(self.lang):
                note += clause_separator(self.lang) + b.condition_label(self.lang)
            out.append(BasisEntry(b.source_id, self._source_title(b.source_id), article_label(b.article, self.lang),
                                  note, b in binding))
        law = rule.threshold_basis != "soft" and any(b in binding and b in held for b in rule.bases)
        return tuple(out), STRENGTH_LAW if law else STRENGTH_INDUSTRY

    def _loans_by_id(self) -> dict:
        if self._loan_cache is None:
            self._loan_cache = {loan.id: loan for loan in self.session.loans.list()}
        return self._loan_cache

    def _source_title(self, source_id: str) -> str:
        source = self.content.sources.get(source_id)
        return source.title(self.lang) if source else source_id

    def sources(self, rules: tuple[RuleFinding, ...]) -> tuple[SourceEntry, ...]:
        """Only the sources behind rules this report cites, in the sources file's order."""
        articles: dict[str, list[str]] = defaultdict(list)
        for finding in rules:
            for basis in finding.bases:
                if basis.article and basis.article not in articles[basis.source_id]:
                    articles[basis.source_id].append(basis.article)
                articles.setdefault(basis.source_id, [])
        out = []
        for source_id, source in self.content.sources.items():
            if source_id not in articles:
                continue
            dates = " / ".join(d for d in (source.date, source.in_force) if d)
            out.append(SourceEntry(source_id, source.title(self.lang), source.kind_label(self.lang),
                                   source.issuer, dates, tuple(articles[source_id])))
        return tuple(out)

    # -- evidence and integrity -------------------------------------------------------
    def status(self, attachment) -> str:
        key = (attachment.sha256, attachment.size)
        if key not in self._status_cache:
            self._status_cache[key] = self.session.evidence.status(attachment)
        return self._status_cache[key]

    def evidence(self, contacts: tuple[ContactEntry, ...], ranged: bool, check_files: bool
                 ) -> tuple[EvidenceEntry, ...]:
        by_id = {c.id: c for c in contacts}
        files = [a for a in self._files
                 if not ranged or a.contact_id is None or a.contact_id in by_id]
        out = []
        for i, a in enumerate(files):
            self.step(0.5 + 0.2 * i / max(len(files), 1))
            contact = by_id.get(a.contact_id)
            out.append(EvidenceEntry(
                a.id, contact.seq if contact else None, contact.occurred_at if contact else None,
                a.original_name, a.size, a.added_at, a.sha256, self.status(a) if check_files else "",
            ))
        return tuple(out)

    def integrity(self, verify: bool) -> IntegrityInfo:
        """The head and check code for every report; with ``verify`` the whole check (the lawyer's statement)."""
        from desktop.domain.anchor import check_code
        from desktop.domain.integrity import COVERED, LIMITS, NOT_COVERED

        texts = {"covered": COVERED.in_(self.lang), "not_covered": tuple(item.in_(self.lang) for item in NOT_COVERED),
                 "limits": LIMITS.in_(self.lang)}
        repo = self.session.contacts
        deleted = repo.count(ContactFilter(deleted_only=True))
        if not verify:
            head = repo.chain_head()
            return IntegrityInfo(head=head, code=check_code(head), deleted=deleted, **texts)

        # The whole check reads the contacts again, on purpose: it compares every stored contact (deleted
        # ones and those outside the report's period included, with their uid and version) with the chain,
        # and recounts the flags from the rows, exactly as the `verify` command does. Fed the report's
        # contacts instead, what the PDF states as checked would depend on the report's filter and on
        # the gatherer's reading of the rows. Evidence files are shared: each is hashed once per export.
        report = self.session.verify(status=self.status)
        return IntegrityInfo(report.head, check_code(report.head), report.versions, report.contacts, deleted,
                             report.files, True, tuple(p.message(self.lang) for p in report.problems), **texts)

    # -- loans -------------------------------------------------------------------------
    def loans(self) -> tuple[LoanEntry, ...]:
        labels = self._loan_labels
        fmt = self._money
        return tuple(
            LoanEntry(loan.id, labels.get(loan.id, f"#{loan.id}"), loan.contract_no, fmt(loan.amount_borrowed_fen),
                      fmt(loan.amount_received_fen), fmt(loan.outstanding_total_fen), loan.overdue_since,
                      loan.outstanding_total_fen)
            for loan in self.session.loans.list()
        )

    def _money(self, fen: int) -> str:
        return format_amount(fen, self.lang)


def _graded(rule_id: str, grade: str | None) -> str:
    """The findings key of an automatic flag: ``"third_party_contact/medium"`` for a graded third-party contact."""
    return f"{rule_id}/{grade}" if rule_id == legal.THIRD_PARTY and grade else rule_id


def _rule_of(key: str) -> str:
    return key.split("/", 1)[0]


def _grade_of(key: str) -> str:
    return key.split("/", 1)[1] if "/" in key else ""


def _per_day(contacts: tuple[ContactEntry, ...]) -> tuple[tuple[date, int, int], ...]:
    total: Counter[date] = Counter()
    flagged: Counter[date] = Counter()
    for c in contacts:
        if c.occurred_at is None:
            continue
        day = c.occurred_at.date()
        total[day] += 1
        if c.flags or c.marks:
            flagged[day] += 1
    return tuple((d, total[d], flagged[d]) for d in sorted(total))


def _stats(contacts: tuple[ContactEntry, ...], params) -> Stats:
    dated = [c.occurred_at for c in contacts if c.occurred_at is not None]
    return Stats(
        total=len(contacts),
        flagged=sum(1 for c in contacts if c.flags or c.marks),
        night=sum(1 for c in contacts if legal.NIGHT in c.flags),
        third_party=sum(1 for c in contacts if legal.THIRD_PARTY in c.flags),
        disclosed=sum(1 for c in contacts if legal.DISCLOSURE in c.flags),
        first=min(dated) if dated else None,
        last=max(dated) if dated else None,
        quiet_window=f"{params.quiet_start:%H:%M}–{params.quiet_end:%H:%M}",
    )
