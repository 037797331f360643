"""Legal reference data as plain frozen dataclasses: sources, rules, rate lines.

The data itself lives in ``resources/`` (see :mod:`desktop.content`); this module
only says what a loaded record looks like. Every text that reaches the user comes
in both shipped languages; ``lang`` is ``"zh_CN"`` or ``"en"`` and anything else
falls back to Chinese (:func:`desktop.domain.text.norm_lang`).

How strong a flag is matters to a frightened reader: a rule backed by a law or a
regulator's rule ("law") is not the same as one backed only by a recommended
national standard or an industry association's guideline ("industry_standard").
:attr:`Rule.strength` derives that from the data so the UI never decides it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, time
from types import MappingProxyType

from desktop.domain.text import norm_lang, pick

SEVERITIES = ("critical", "high", "medium", "low")
"""Most serious first; the order pages and lists use."""

SOURCE_KINDS = (
    "law",
    "administrative_regulation",
    "departmental_rule",
    "normative_document",
    "judicial_interpretation",
    "recommended_national_standard",
    "industry_self_regulation",
    "government_notice",
)
MARKS = ("V", "S", "U")

BINDING_KINDS = frozenset(
    {"law", "administrative_regulation", "departmental_rule", "normative_document", "judicial_interpretation"}
)
SOFT_KINDS = frozenset({"recommended_national_standard", "industry_self_regulation"})

STRENGTH_LAW = "law"
STRENGTH_SECTOR = "sector_rule"
STRENGTH_INDUSTRY = "industry_standard"

ALWAYS = "always"
CONDITIONS = (
    ALWAYS,
    "debt_illegal",
    "police_report",
    "insult_or_defamation",
    "repeated",
    "lender_bank_or_cfc",
    "lender_cfc",
    "credit_card",
    "private_lending",
)
"""When a cited text applies (legal-facts §10.6). A letter or the lawyer PDF cites a
conduct rule only when the user's records show its condition holds; an
unanswered question never counts as a yes. ``credit_card`` and
``private_lending`` are never shown to hold: the app does not ask whether a
debt is a credit card or a private loan, so those texts stay on the Learn page."""

ROLE_CONDUCT = "conduct"
ROLE_INFORMATION = "information"
ROLES = (ROLE_CONDUCT, ROLE_INFORMATION)
"""``conduct``: a rule the collector's conduct can break. ``information``: a text that
helps the reader (police powers, fines, burden of proof, what courts support) but
that nobody "violates"; it is never cited as something the collector broke."""

LENDER_TYPES = ("bank", "consumer_finance", "microloan", "other")
"""The kind of lender named in the contract (贷款人/出资方); ``""`` = not answered.
``other`` covers "other, or I don't know"."""

_LENDER_CONDITIONS = {
    "lender_bank_or_cfc": frozenset({"bank", "consumer_finance"}),
    "lender_cfc": frozenset({"consumer_finance"}),
}

CONDITION_LABELS = {
    "debt_illegal": (
        "只在债务本身不合法时适用，比如高利放贷产生的债；正规贷款方的普通欠款不适用",
        "only where the debt itself is illegal, e.g. from usury; not an ordinary loan from a licensed lender",
    ),
    # 寻衅滋事解释 第一条第三款 (read in LawRefBook/Laws): debt disputes are generally excluded
    # "但经有关部门批评制止或者处理处罚后，继续实施…的除外".
    "police_report": (
        "因为欠债引起的，一般不算；警察等有关部门批评、制止或处罚以后，对方还继续的除外",
        "conduct over a debt is generally not covered, unless it goes on after the police or another authority "
        "has told them to stop or punished them",
    ),
    "insult_or_defamation": (
        "只在对方辱骂你，或编造假话损害你的名誉时适用",
        "only where they insulted you or said false things that harm your reputation",
    ),
    "repeated": ("发了不止一次才算", "only where it happened more than once"),
    "lender_bank_or_cfc": ("只管银行和消费金融公司", "binds banks and consumer finance companies only"),
    "lender_cfc": ("只管消费金融公司", "binds consumer finance companies only"),
    "credit_card": ("只管银行的信用卡业务", "binds banks' credit-card business only"),
    "private_lending": (
        "只适用于民间借贷，不适用于银行、消费金融公司、小额贷款公司",
        "private lending only; not banks, consumer finance or micro-loan companies",
    ),
}

NIGHT = "night_call"
FREQUENT = "frequent_calls"
THIRD_PARTY = "third_party_contact"
DISCLOSURE = "debt_disclosure"
"""The rules the app flags by itself from the records (:mod:`desktop.domain.rules_engine`); named
because code refers to them, where the others are only data."""

INSULTS = "insults"
INSULTING_IMAGES = "insulting_images"

RULE_IDS = (
    NIGHT,
    FREQUENT,
    THIRD_PARTY,
    DISCLOSURE,
    "public_shaming",
    INSULTING_IMAGES,
    "threats",
    "false_legal_threats",
    INSULTS,
    "impersonate_authority",
    "impersonate_lawyer",
    "fake_documents",
    "private_account",
    "extra_fees",
    "borrow_to_repay",
    "no_identification",
    "home_visit",
    "home_intrusion",
    "stalking",
    "violence",
    "property_damage",
    "soft_violence_display",
    "unlawful_interest",
    "info_misuse",
)
"""The improper-collection categories of legal-facts §8; stored contacts refer to these codes."""

DANGER_ZH = "如果你现在有危险，马上打110报警。"
DANGER_EN = "If you are in danger, call 110 now."

_EMPTY: Mapping[str, object] = MappingProxyType({})


def frozen_mapping(data: Mapping[str, object] | None = None) -> Mapping[str, object]:
    """A read-only copy of ``data`` (a dict given to a frozen record must not change under it)."""
    return MappingProxyType(dict(data)) if data else _EMPTY


SEVERITY_LABELS = {
    "critical": ("紧急：可能危及人身安全或涉嫌犯罪", "Critical: danger to safety or a likely crime"),
    "high": ("严重：很可能违反法律或监管规定", "High: likely breaks a law or a binding rule"),
    "medium": ("较重：很可能违反监管规定或行业标准", "Medium: likely breaks regulatory rules or industry standards"),
    "low": ("一般：不规范的做法", "Low: poor practice"),
}

STRENGTH_LABELS = {
    STRENGTH_LAW: ("法律或监管规定", "law or regulation"),
    STRENGTH_SECTOR: (
        "监管规定，但只管某些贷款方（看下面写的是哪些）；对其他贷款方只是行业标准",
        "a binding rule for some lenders only (see which below); for other lenders, an industry standard",
    ),
    STRENGTH_INDUSTRY: ("行业标准（不是法律）", "industry standard (not law)"),
}

KIND_LABELS = {
    "law": ("法律", "law"),
    "administrative_regulation": ("行政法规", "administrative regulation"),
    "departmental_rule": ("部门规章", "departmental rule"),
    "normative_document": ("规范性文件（法院、检察院或监管部门的意见、通知）", "normative document (opinion or notice of courts, prosecutors or regulators)"),
    "judicial_interpretation": ("司法解释", "judicial interpretation"),
    "recommended_national_standard": ("推荐性国家标准（不是强制的）", "recommended national standard (not mandatory)"),
    "industry_self_regulation": ("行业自律规范（不是法律）", "industry self-regulation (not law)"),
    "government_notice": ("政府部门通知或提示", "government notice or alert"),
}

MARK_LABELS = {
    "V": ("已核对条文原文", "checked against the text"),
    "S": ("来自二手资料，条文未核对原文", "from secondary sources; wording not checked"),
    "U": ("不确定，待核实", "uncertain; to be verified"),
}


def severity_label(severity: str, lang: str) -> str:
    return pick(lang, *SEVERITY_LABELS.get(severity, (severity, severity)))


def strength_label(strength: str, lang: str) -> str:
    return pick(lang, *STRENGTH_LABELS.get(strength, (strength, strength)))


@dataclass(frozen=True)
class Source:
    """A law, rule, standard or notice the app cites (one row of ``resources/sources/sources.toml``).

    ``date`` is when it was adopted or issued and ``in_force`` when it took effect:
    ISO dates, possibly only ``YYYY`` or ``YYYY-MM`` when that is all the fact sheet
    records, or ``""`` when unknown. ``mark`` is the fact sheet's confidence for the
    substance, ``article_mark`` for the article numbers (often weaker).
    """

    id: str
    title_zh: str
    title_en: str
    issuer: str
    date: str
    in_force: str
    articles: tuple[str, ...]
    kind: str
    mark: str
    status_zh: str = ""
    status_en: str = ""
    short_zh: str = ""
    short_en: str = ""
    article_mark: str = ""

    def title(self, lang: str) -> str:
        return pick(lang, self.title_zh, self.title_en)

    def short(self, lang: str) -> str:
        """A short name for running text ("治安管理处罚法"); the full title if none is given."""
        return pick(lang, self.short_zh, self.short_en) or self.title(lang)

    def status(self, lang: str) -> str:
        return pick(lang, self.status_zh, self.status_en)

    @property
    def force(self) -> str:
        """``"binding"``, ``"soft"`` (standard or self-regulation) or ``"informational"`` (notices, alerts)."""
        if self.kind in BINDING_KINDS:
            return "binding"
        if self.kind in SOFT_KINDS:
            return "soft"
        return "informational"

    @property
    def is_binding(self) -> bool:
        return self.force == "binding"

    @property
    def is_judicial(self) -> bool:
        """An interpretation or opinion of the Supreme Court or Procuratorate (alone or with others).

        Such texts guide courts and police; the Learn page lists them on their own,
        never among government tips.
        """
        issuer = self.issuer.split(" / ")[0]
        return self.kind in ("judicial_interpretation", "normative_document") and issuer.startswith(
            ("最高人民法院", "最高人民检察院")
        )

    def kind_label(self, lang: str) -> str:
        return pick(lang, *KIND_LABELS.get(self.kind, (self.kind, self.kind)))

    @property
    def weakest_mark(self) -> str:
        """The less certain of ``mark`` and ``article_mark`` (V < S < U)."""
        marks = [m for m in (self.mark, self.article_mark) if m in MARKS]
        return max(marks, key=MARKS.index) if marks else "U"


@dataclass(frozen=True)
class CitationFacts:
    """What the user recorded that citation conditions depend on, for one rule in one letter or report.

    Every field defaults to "not answered", which never makes a condition hold:
    ``lender_type`` is one of :data:`LENDER_TYPES` or ``""``; ``debt_illegal`` is
    true only when the user said the debt itself is illegal; ``after_police_report``
    only when a police report date is recorded and the conduct was recorded on or
    after it; ``insult_marked`` only when a contact of this rule is also marked
    as insults; ``repeated`` only when the rule has more than one recorded contact.
    """

    lender_type: str = ""
    debt_illegal: bool = False
    after_police_report: bool = False
    insult_marked: bool = False
    repeated: bool = False

    def holds(self, condition: str) -> bool:
        if condition == ALWAYS:
            return True
        if condition in _LENDER_CONDITIONS:
            return self.lender_type in _LENDER_CONDITIONS[condition]
        return {
            "debt_illegal": self.debt_illegal,
            "police_report": self.after_police_report,
            "insult_or_defamation": self.insult_marked,
            "repeated": self.repeated,
        }.get(condition, False)


INSULT_RULES = (INSULTS, INSULTING_IMAGES)
"""Marks that record insults: with one of them on a contact, "insult_or_defamation" holds for it."""


def citation_facts(
    *,
    lender_type: str = "",
    debt_illegal: bool = False,
    police_report_on: date | None = None,
    dates: Iterable[date | None] = (),
    marks: Iterable[Iterable[str]] = (),
    repeated: bool | None = None,
) -> CitationFacts:
    """The :class:`CitationFacts` for one rule: the loan's answers and that rule's contacts.

    ``dates`` are the days of the rule's contacts (``None`` when not recorded: such a
    contact never counts as after the police report); ``marks`` their marks.
    ``repeated`` defaults to "more than one date given".
    """
    dates = list(dates)
    return CitationFacts(
        lender_type=lender_type if lender_type in LENDER_TYPES else "",
        debt_illegal=bool(debt_illegal),
        after_police_report=police_report_on is not None
        and any(d is not None and d >= police_report_on for d in dates),
        insult_marked=any(m in INSULT_RULES for ms in marks for m in ms),
        repeated=len(dates) >= 2 if repeated is None else repeated,
    )


@dataclass(frozen=True)
class Basis:
    """One legal basis of a rule: a source and, when known, its article (``""`` = the whole text).

    ``note_*`` says what in it matters here, e.g. "每天有效通话不超过3次".
    ``condition`` (one of :data:`CONDITIONS`) says when the text applies and
    ``role`` whether it is a conduct rule or information (see :data:`ROLES`).
    """

    source_id: str
    article: str = ""
    note_zh: str = ""
    note_en: str = ""
    condition: str = ALWAYS
    role: str = ROLE_CONDUCT

    def note(self, lang: str) -> str:
        return pick(lang, self.note_zh, self.note_en)

    @property
    def is_conduct(self) -> bool:
        return self.role == ROLE_CONDUCT

    @property
    def lender_bound(self) -> bool:
        """True when the text binds only some kinds of lender (a sector rule)."""
        return self.condition in _LENDER_CONDITIONS or self.condition == "credit_card"

    def condition_label(self, lang: str) -> str:
        """When the text applies, in plain words; ``""`` when it always does."""
        labels = CONDITION_LABELS.get(self.condition)
        return pick(lang, *labels) if labels else ""

    def cited_as_conduct(self, facts: CitationFacts) -> bool:
        """May a letter or report say the collector's conduct may break this text, given ``facts``?"""
        return self.is_conduct and facts.holds(self.condition)


@dataclass(frozen=True)
class Rule:
    """An improper-collection category (legal-facts §8): a checkbox in the log and a flag.

    ``binding`` holds laws, regulations and rules; ``soft`` the recommended national
    standard and industry self-regulation. ``threshold_basis`` is ``"soft"`` when the
    rule's hours or counts come only from soft texts (night calls, call counts), in
    which case the flag is an industry-standard flag even though the law may also be
    broken when the conduct is repeated. ``params`` holds the trigger parameters of
    automatic rules (read-only mapping).
    """

    id: str
    label_zh: str
    label_en: str
    explain_zh: str
    explain_en: str
    severity: str
    binding: tuple[Basis, ...] = ()
    soft: tuple[Basis, ...] = ()
    automatic: bool = False
    params: Mapping[str, object] = field(default_factory=frozen_mapping, hash=False)
    common: bool = False
    danger_zh: str | None = None
    danger_en: str | None = None
    threshold_basis: str = ""
    severity_note_zh: str = ""
    severity_note_en: str = ""

    def label(self, lang: str) -> str:
        return pick(lang, self.label_zh, self.label_en)

    def explain(self, lang: str) -> str:
        return pick(lang, self.explain_zh, self.explain_en)

    def danger(self, lang: str) -> str | None:
        """The "call 110" line, or ``None`` when the rule has none."""
        if self.danger_zh is None and self.danger_en is None:
            return None
        return pick(lang, self.danger_zh or "", self.danger_en or "")

    def severity_note(self, lang: str) -> str:
        return pick(lang, self.severity_note_zh, self.severity_note_en)

    @property
    def is_critical(self) -> bool:
        return self.severity == "critical"

    @property
    def strength(self) -> str:
        """How strong the flag is when the lender's type is not known.

        ``"law"`` when a binding conduct rule covers the conduct for every lender
        (conditions on the facts, such as "only for illegal debts", do not make
        it law); ``"sector_rule"`` when only rules for some kinds of lender do;
        else ``"industry_standard"``. Hour and count limits (``threshold_basis =
        "soft"``) come from standards, so those flags are always industry-standard.
        """
        return self.strength_for("")

    def strength_for(self, lender_type: str) -> str:
        """The strength for a lender of ``lender_type`` (one of :data:`LENDER_TYPES`, ``""`` = unknown)."""
        if self.threshold_basis == "soft":
            return STRENGTH_INDUSTRY
        conduct = [b for b in self.binding if b.is_conduct]
        if any(b.condition == ALWAYS for b in conduct):
            return STRENGTH_LAW
        facts = CitationFacts(lender_type=lender_type)
        if any(b.lender_bound and facts.holds(b.condition) for b in conduct):
            return STRENGTH_LAW
        if not lender_type and any(b.lender_bound for b in conduct):
            return STRENGTH_SECTOR
        return STRENGTH_INDUSTRY

    def strength_label(self, lang: str) -> str:
        return strength_label(self.strength, lang)

    @property
    def bases(self) -> tuple[Basis, ...]:
        return self.binding + self.soft

    @property
    def source_ids(self) -> tuple[str, ...]:
        """Every cited source id, in order, without repeats."""
        return tuple(dict.fromkeys(b.source_id for b in self.bases))

    def param(self, name: str, default: object = None) -> object:
        return self.params.get(name, default)

    def time_param(self, name: str) -> time | None:
        """A ``"HH:MM"`` parameter as a :class:`datetime.time` (``None`` if absent)."""
        value = self.params.get(name)
        if not isinstance(value, str):
            return None
        hours, minutes = value.split(":")
        return time(int(hours), int(minutes))


@dataclass(frozen=True)
class RateReference:
    """A reference line on the loan-cost screen, with its true legal weight.

    A fixed line has ``annual_rate_percent``; an LPR-based line has
    ``lpr_multiplier`` and ``needs_lpr`` (the one-year LPR on the contract date).
    ``applies_to`` is ``"licensed"``, ``"private"``, ``"unlicensed"`` or ``"all"``.
    """

    id: str
    label_zh: str
    label_en: str
    explain_zh: str
    explain_en: str
    weight_zh: str
    weight_en: str
    applies_to: str
    sources: tuple[Basis, ...]
    mark: str
    annual_rate_percent: float | None = None
    lpr_multiplier: float | None = None
    needs_lpr: bool = False
    statutory_cap: bool = False

    def label(self, lang: str) -> str:
        return pick(lang, self.label_zh, self.label_en)

    def explain(self, lang: str) -> str:
        return pick(lang, self.explain_zh, self.explain_en)

    def weight(self, lang: str) -> str:
        return pick(lang, self.weight_zh, self.weight_en)

    def rate_percent(self, lpr_percent: float | None = None) -> float | None:
        """The line in % a year; ``None`` for an LPR line when no LPR is given."""
        if self.annual_rate_percent is not None:
            return self.annual_rate_percent
        if self.lpr_multiplier is not None and lpr_percent is not None:
            return self.lpr_multiplier * lpr_percent
        return None


_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def chinese_number(text: str) -> int | None:
    """``"一千零三十三"`` → 1033; ``None`` if ``text`` is not a plain Chinese numeral below 10,000."""
    if not text:
        return None
    total, digit = 0, None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def article_label(article: str, lang: str) -> str:
    """How an article reference reads in ``lang``.

    Articles are stored the Chinese way (``"第五十条第一款(五)"``); English gets
    ``"Art. 50 para. 1 item 5"``, ``"Art. 253-1"``. Anything unparsable is returned as is.
    """
    if norm_lang(lang) != "en" or not article:
        return article
    m = re.fullmatch(r"第(.+?)条(之(.+?))?(第(.+?)款)?(\((.+?)\))?", article)
    if not m:
        return article
    number = chinese_number(m.group(1))
    if number is None:
        return article
    out = f"Art. {number}"
    for group, fmt in ((3, "-{}"), (5, " para. {}"), (7, " item {}")):
        if m.group(group):
            value = chinese_number(m.group(group))
            if value is None:
                return article
            out += fmt.format(value)
    return out
