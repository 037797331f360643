"""What an exported report holds: plain frozen dataclasses, already in the report's language.

:func:`desktop.report_data.gather.gather` fills a :class:`ReportData` from an open case;
:mod:`desktop.pdf.report.render` lays it out. Everything the PDF prints is decided here
(what is included, masked or left out), so the layout code cannot leak a third
party's number or a mood score into the lender's copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

# Section ids, in the order they appear in a report.
COVER = "cover"
LETTER = "letter"
STATEMENT = "statement"
PLAN = "plan"
DOCUMENTS = "documents"
TIMELINE = "timeline"
FLAGGED = "flagged"
LOG = "log"
THIRD_PARTIES = "third_parties"
EVIDENCE = "evidence"
INTEGRITY = "integrity"
SOURCES = "sources"

ALL_SECTIONS = (COVER, LETTER, STATEMENT, PLAN, DOCUMENTS, TIMELINE, FLAGGED, LOG, THIRD_PARTIES, EVIDENCE,
                INTEGRITY, SOURCES)

LENDER, LAWYER, CUSTOM = "lender", "lawyer", "custom"
PRESETS: dict[str, tuple[str, ...]] = {
    LENDER: (COVER, LETTER, STATEMENT, PLAN, DOCUMENTS),
    LAWYER: (COVER, TIMELINE, FLAGGED, LOG, THIRD_PARTIES, EVIDENCE, INTEGRITY, LETTER, SOURCES),
}
#: The lawyer's order: the letter comes late, after the evidence.
LAWYER_ORDER = PRESETS[LAWYER]


def sections_for(preset: str, chosen: tuple[str, ...] | list[str] | None = None) -> tuple[str, ...]:
    """The sections of ``preset``; for ``custom`` the ``chosen`` ones in report order (cover always first)."""
    if preset in PRESETS:
        return PRESETS[preset]
    if preset != CUSTOM:
        raise ValueError(f"unknown preset {preset!r}")
    wanted = set(chosen or ()) | {COVER}
    unknown = wanted - set(ALL_SECTIONS)
    if unknown:
        raise ValueError(f"unknown sections {sorted(unknown)}")
    return tuple(s for s in LAWYER_ORDER + (STATEMENT, PLAN, DOCUMENTS) if s in wanted)


@dataclass(frozen=True)
class ThirdPartyEntry:
    contact_id: int
    when: datetime | None
    relation: str  # label in the report's language
    name: str
    number: str  # masked in the lender's copy
    debt_disclosed: bool
    asked_to_pay: bool


@dataclass(frozen=True)
class ContactEntry:
    """One contact's current version, as the report shows it."""

    id: int
    seq: int  # 1-based position in the report's log (oldest first)
    occurred_at: datetime | None
    channel: str  # "电话 · 来电"
    number: str
    claimed: str
    loan: str
    duration: str  # "3:20" or ""
    contacted: str  # who was contacted, label ("" = the borrower)
    debt_disclosed: bool
    summary: str
    threats: str
    notes: str
    mood: int | None  # None in the lender's copy
    flags: tuple[str, ...]  # automatic rule ids
    marks: tuple[str, ...]  # the user's own rule ids
    third_parties: tuple[ThirdPartyEntry, ...]
    attachments: int
    short_hash: str  # first 12 hex of the latest version's hash


@dataclass(frozen=True)
class BasisEntry:
    source_id: str
    title: str
    article: str
    note: str
    binding: bool


@dataclass(frozen=True)
class FlaggedEntry:
    contact_id: int
    seq: int
    when: datetime | None
    who: str
    reason: str
    auto: bool  # found by the engine (else the user's mark)


@dataclass(frozen=True)
class RuleFinding:
    """A rule that some included contacts break, with its basis and strength."""

    rule_id: str
    label: str
    severity: str  # code
    severity_label: str
    strength: str  # "law" or "industry_standard"
    strength_label: str
    explain: str
    bases: tuple[BasisEntry, ...]
    entries: tuple[FlaggedEntry, ...]
    grade_note: str = ""  # third-party contacts: what the grade (high / medium / low) means

    @property
    def count(self) -> int:
        return len({e.contact_id for e in self.entries})


@dataclass(frozen=True)
class EvidenceEntry:
    id: int
    contact_seq: int | None  # the record's number in the log, if it is in the report
    contact_when: datetime | None
    name: str
    size: int
    added_at: datetime
    sha256: str
    status: str  # "ok", "missing", "altered", "invalid" ("" = not checked)


@dataclass(frozen=True)
class IntegrityInfo:
    """The chain's head and check code (printed on every report), the check's result, and its limits."""

    head: str
    code: str = ""  # the head's short check code (desktop.domain.anchor.check_code)
    versions: int = 0
    records: int = 0
    deleted: int = 0
    files: int = 0
    checked: bool = False
    problems: tuple[str, ...] = ()
    covered: str = ""  # what the chain covers, in the report's language
    not_covered: tuple[str, ...] = ()
    limits: str = ""  # what a passing check shows and what it cannot

    @property
    def ok(self) -> bool:
        return self.checked and not self.problems


@dataclass(frozen=True)
class LoanEntry:
    id: int
    label: str
    contract_no: str
    borrowed: str
    received: str
    outstanding: str
    overdue_since: date | None
    outstanding_fen: int


@dataclass(frozen=True)
class StatementLine:
    category: str
    item: str
    amount: str
    kind: str  # "income" or "spending"


@dataclass(frozen=True)
class StatementInfo:
    lines: tuple[StatementLine, ...]
    income: str
    spending: str
    left_over: str
    left_over_fen: int
    basis: str


@dataclass(frozen=True)
class PlanInfo:
    loan: str
    instalments: tuple[tuple[int, date, str], ...]  # (n, due date, amount)
    summary: str
    requests: tuple[str, ...]
    problem: str = ""


@dataclass(frozen=True)
class DocumentEntry:
    label: str
    have_it: bool
    file_name: str = ""
    sha256: str = ""
    status: str = ""


@dataclass(frozen=True)
class LetterInfo:
    id: int
    version: int
    lang: str
    text: str
    frozen: bool  # frozen already, or frozen by this export (lender)
    note: str  # "final since …" / "DRAFT …"


@dataclass(frozen=True)
class SourceEntry:
    id: str
    title: str
    kind: str
    issuer: str
    dates: str
    articles: tuple[str, ...]


@dataclass(frozen=True)
class Stats:
    total: int = 0
    flagged: int = 0
    night: int = 0
    third_party: int = 0
    disclosed: int = 0
    first: datetime | None = None
    last: datetime | None = None
    quiet_window: str = "22:00–08:00"


@dataclass(frozen=True)
class ReportData:
    """A whole report, ready to lay out (the language's texts are already chosen)."""

    lang: str
    preset: str
    sections: tuple[str, ...]
    case_id: str
    case_alias: str
    generated_at: datetime
    date_from: date | None = None
    date_to: date | None = None
    masked: bool = False
    case_notes: str = ""
    contacts: tuple[ContactEntry, ...] = ()
    rules: tuple[RuleFinding, ...] = ()
    third_parties: tuple[ThirdPartyEntry, ...] = ()
    evidence: tuple[EvidenceEntry, ...] = ()
    integrity: IntegrityInfo = field(default_factory=lambda: IntegrityInfo(head=""))
    loans: tuple[LoanEntry, ...] = ()
    statement: StatementInfo | None = None
    plan: PlanInfo | None = None
    documents: tuple[DocumentEntry, ...] = ()
    letter: LetterInfo | None = None
    sources: tuple[SourceEntry, ...] = ()
    per_day: tuple[tuple[date, int, int], ...] = ()  # (day, contacts, possibly improper)
    stats: Stats = field(default_factory=Stats)
    rule_labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def has(self, section: str) -> bool:
        return section in self.sections
