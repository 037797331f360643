"""Letters built by pure functions: the negotiation letter (协商还款申请) and the complaint.

House style §10: a letter is a pure function of its inputs and of paragraph
blocks chosen by id; the blocks (``resources/letters/<lang>/<kind>.toml``) are
text with ``{placeholders}`` and hold no logic. :data:`SCHEMAS` is the contract
between the two: for each letter kind, every block id the builder may use and
the placeholders it fills in. :func:`load_blocks` refuses a file that lacks a
block, has an unknown one, or uses a placeholder the builder does not fill, so
no ``{placeholder}`` can reach a letter. User text is inserted as a value and
is never itself parsed as a template.

Wording rules the blocks follow (checked by the tests): the negotiation letter
acknowledges the debt, asks — never claims rights — and threatens nothing. The
complaint says "可能违反《…》" only for rules backed by law (:attr:`Rule.strength`
is ``"law"``), and "不符合…行业标准或自律规范" for rules backed only by
standards and self-regulation; it never calls those "违法".
"""

from __future__ import annotations

import string
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType

from desktop.domain.budget import Statement
from desktop.domain.contacts import Channel, Contact, Relation
from desktop.domain.errors import UserError
from desktop.domain.legal import SEVERITIES, STRENGTH_LAW, Basis, Rule, Source, article_label, norm_lang
from desktop.domain.money import format_amount
from desktop.domain.negotiation import DOC_CODES, HARDSHIP_REASONS, REQUESTS, Loan, NegotiationDraft
from desktop.domain.plan import Instalment

CHANNELS = ("lender", "12378")
SUMMARY_LIMIT = 150
"""Characters of a contact's summary (and recorded threats) quoted in a complaint."""

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _ids(*names: str) -> frozenset[str]:
    return frozenset(names)


_NONE = frozenset()
_COMMON = {
    "title": _NONE,
    "date": _ids("year", "month", "day", "month_name"),
    "addressee.lender_brand": _ids("lender", "brand"),
    "addressee.lender": _ids("lender"),
    "addressee.brand": _ids("brand"),
    "addressee.unknown": _NONE,
    "numbered": _ids("n", "text"),
    "closing": _NONE,
    "signoff": _NONE,
    "signature": _ids("name"),
    "signature.blank": _NONE,
    "date_line": _ids("date"),
}
_NEGOTIATION = {
    **_COMMON,
    "salutation": _ids("addressee"),
    "opening": _NONE,
    "loan.intro": _NONE,
    "loan.brand": _ids("brand"),
    "loan.lender": _ids("lender"),
    "loan.contract_no": _ids("contract_no"),
    "loan.contract_date": _ids("date"),
    "loan.borrowed": _ids("amount"),
    "loan.received": _ids("amount"),
    "loan.overdue_since": _ids("date"),
    "loan.outstanding": _ids("total"),
    "loan.outstanding_parts": _ids("principal", "interest", "penalty", "fees"),
    "hardship.intro": _NONE,
    **{f"hardship.{code}": _NONE for code in HARDSHIP_REASONS},
    "hardship.description": _ids("description"),
    "hardship.none": _NONE,
    "statement": _ids("income", "spending", "left_over"),
    "statement.no_left_over": _ids("income", "spending"),
    "plan.instalments": _ids("count", "monthly", "first_date", "total"),
    "plan.last": _ids("last"),
    "plan.single": _ids("total", "first_date"),
    "plan.fits": _NONE,
    "plan.none": _NONE,
    "requests.intro": _NONE,
    **{f"request.{code}": _NONE for code in REQUESTS},
    "collection_conduct": _NONE,
    "collection_conduct.third_parties": _NONE,
    "enclosures.intro": _NONE,
    **{f"doc.{code}": _NONE for code in DOC_CODES},
    "enclosures.none": _NONE,
    "contact": _ids("phone"),
}
_COMPLAINT = {
    **_COMMON,
    "datetime": _ids("date", "time"),
    "list_sep": _NONE,
    "source_sep": _NONE,
    "salutation.lender": _ids("addressee"),
    "salutation.12378": _NONE,
    "intro.lender": _NONE,
    "intro.12378": _ids("addressee"),
    "contacted_first": _NONE,
    "not_denying": _NONE,
    "facts.intro": _NONE,
    "facts.name": _ids("name"),
    "facts.phone": _ids("phone"),
    "facts.brand": _ids("brand"),
    "facts.lender": _ids("lender"),
    "facts.contract_no": _ids("contract_no"),
    "summary.single": _NONE,
    "summary.range": _ids("first", "last", "count"),
    "summary.one_day": _ids("first", "count"),
    "summary.undated": _ids("count"),
    "summary.breakdown": _NONE,
    "summary.rule_count": _ids("label", "count"),
    "incidents.intro": _NONE,
    "incident": _ids("n", "when", "action"),
    "incident.no_time": _NONE,
    **{f"action.{c.value}": _ids("target") for c in Channel},
    **{f"target.{r.value}": _NONE for r in Relation},
    "target.unknown": _NONE,
    "incident.number": _ids("number"),
    "incident.claimed": _ids("who"),
    "incident.unanswered": _NONE,
    "incident.disclosed": _NONE,
    "incident.asked_to_pay": _NONE,
    "incident.summary": _ids("summary"),
    "incident.threats": _ids("threats"),
    "incident.rules": _ids("labels"),
    "rules.intro": _NONE,
    "rule.law": _ids("label", "citations"),
    "rule.law_also_industry": _ids("citations"),
    "rule.industry": _ids("label", "citations"),
    "rule.industry_repeated": _ids("citations"),
    "rule.plain": _ids("label"),
    "cite.law": _ids("title", "articles"),
    "cite.law_whole": _ids("title"),
    "cite.soft": _ids("title", "articles"),
    "cite.soft_whole": _ids("title"),
    "asks.intro.lender": _NONE,
    "asks.intro.12378": _NONE,
    "ask.stop": _NONE,
    "ask.third_parties": _NONE,
    "ask.written_reply": _NONE,
    "ask.deadline.lender": _NONE,
    "ask.deadline.12378": _NONE,
    "evidence": _NONE,
}
SCHEMAS: Mapping[str, Mapping[str, frozenset[str]]] = MappingProxyType(
    {"negotiation": MappingProxyType(_NEGOTIATION), "complaint": MappingProxyType(_COMPLAINT)}
)
"""Letter kind → block id → the placeholders the builder fills in that block."""


# ── Blocks ────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class LetterBlocks:
    """The paragraph blocks of one letter kind in one language, as loaded by :func:`load_blocks`."""

    kind: str
    lang: str
    template_version: str
    blocks: Mapping[str, str] = field(hash=False)
    source: str = ""

    def text(self, block_id: str, **values: object) -> str:
        """Block ``block_id`` with its placeholders filled in from ``values``."""
        return self.blocks[block_id].format_map({k: str(v) for k, v in values.items()})


def blocks_path(resources_dir: str | Path, lang: str, kind: str) -> Path:
    """Where the ``kind`` blocks for ``lang`` live: ``resources/letters/<lang>/<kind>.toml``."""
    return Path(resources_dir) / "letters" / norm_lang(lang) / f"{kind}.toml"


def _bad_blocks(path: Path, detail: str) -> UserError:
    return UserError(
        zh=f"信件模板文件 {path.name} 有问题（{detail}）。请重新安装本程序；如果问题仍在，请告诉开发者。",
        en=f"The letter template file {path.name} is damaged ({detail}). Reinstall the app; if that does not "
        "help, please tell the developers.",
        field="letter_blocks",
    )


def _flatten(table: Mapping[str, object], prefix: str = "") -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flatten(value, name + "."))
        else:
            out[name] = value
    return out


def _check_placeholders(path: Path, block_id: str, text: str, allowed: frozenset[str]) -> None:
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise _bad_blocks(path, f"{block_id}: {exc}") from None
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if spec or conversion or name not in allowed:
            raise _bad_blocks(path, f"{block_id}: placeholder {{{name}}} is not allowed here")


def load_blocks(path: str | Path) -> LetterBlocks:
    """Read and check a blocks file; :class:`UserError` when it is missing or malformed.

    The file has ``kind`` (``"negotiation"`` or ``"complaint"``), ``lang``,
    ``template_version`` and a ``[blocks]`` table; dotted ids may be written as
    quoted keys (``"hardship.illness" = "…"``) or as nested tables.
    """
    path = Path(path)
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except OSError as exc:
        raise _bad_blocks(path, f"cannot read: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise _bad_blocks(path, f"not valid TOML: {exc}") from exc
    kind, lang, version = data.get("kind"), data.get("lang"), data.get("template_version")
    if kind not in SCHEMAS:
        raise _bad_blocks(path, f"unknown kind {kind!r}")
    if lang not in ("zh_CN", "en"):
        raise _bad_blocks(path, f"unknown lang {lang!r}")
    if not isinstance(version, str) or not version.strip():
        raise _bad_blocks(path, "missing template_version")
    raw = data.get("blocks")
    if not isinstance(raw, dict):
        raise _bad_blocks(path, "no [blocks] table")
    schema = SCHEMAS[kind]
    blocks: dict[str, str] = {}
    for block_id, text in _flatten(raw).items():
        if block_id not in schema:
            raise _bad_blocks(path, f"unknown block {block_id!r}")
        if not isinstance(text, str) or not text.strip():
            raise _bad_blocks(path, f"{block_id}: empty or not text")
        _check_placeholders(path, block_id, text, schema[block_id])
        blocks[block_id] = text.strip("\n")
    missing = sorted(set(schema) - set(blocks))
    if missing:
        raise _bad_blocks(path, "missing blocks: " + ", ".join(missing[:5]))
    return LetterBlocks(kind, lang, version.strip(), MappingProxyType(blocks), str(path))


# ── Letters ───────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Letter:
    """A built letter. ``text`` is the plain text to copy: the title, then the
    paragraphs, separated by blank lines. ``template_version`` comes from the
    blocks; the caller adds the app version and time when a letter is frozen."""

    kind: str
    lang: str
    title: str
    paragraphs: tuple[str, ...]
    text: str
    template_version: str
    built_on: date


def _letter(blocks: LetterBlocks, paragraphs: list[str], today: date) -> Letter:
    title = blocks.text("title")
    paras = tuple(p for p in paragraphs if p)
    return Letter(
        blocks.kind, blocks.lang, title, paras, "\n\n".join((title,) + paras), blocks.template_version, today
    )


@dataclass(frozen=True)
class StatementSummary:
    """The three totals of a monthly statement the letter quotes (fen a month)."""

    income_fen: int
    spending_fen: int

    @property
    def left_over_fen(self) -> int:
        return self.income_fen - self.spending_fen

    @classmethod
    def from_statement(cls, statement: Statement) -> StatementSummary:
        return cls(statement.total_income, statement.total_spending)


def _check_blocks(blocks: LetterBlocks, kind: str, lang: str | None = None) -> None:
    if blocks.kind != kind:
        raise ValueError(f"expected {kind} blocks, got {blocks.kind}")
    if lang is not None and blocks.lang != norm_lang(lang):
        raise ValueError(f"blocks are {blocks.lang}, the letter is {lang}")


def _clean(text: str, *, one_line: bool = True, limit: int | None = None) -> str:
    """User text made safe for a letter: no control characters, trimmed, optionally one line and shortened."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs"))
    if one_line:
        text = " ".join(text.split())
    else:  # keep the user's line breaks, but no blank lines inside a paragraph
        text = "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def _date(blocks: LetterBlocks, d: date) -> str:
    return blocks.text("date", year=d.year, month=d.month, day=d.day, month_name=_MONTHS_EN[d.month - 1])


def _sentences(blocks: LetterBlocks, parts: Iterable[str]) -> str:
    # Chinese sentences end in "。" and run on; English ones need a space between them.
    return ("" if blocks.lang == "zh_CN" else " ").join(p for p in parts if p)


def _addressee(blocks: LetterBlocks, loan: Loan | None) -> str:
    lender = _clean(loan.contract_lender) if loan else ""
    brand = _clean(loan.brand) if loan else ""
    if lender and brand and lender.casefold() != brand.casefold():
        return blocks.text("addressee.lender_brand", lender=lender, brand=brand)
    if lender:
        return blocks.text("addressee.lender", lender=lender)
    if brand:
        return blocks.text("addressee.brand", brand=brand)
    return blocks.text("addressee.unknown")


def _numbered(blocks: LetterBlocks, intro: str, items: Sequence[str]) -> str:
    lines = [blocks.text("numbered", n=i, text=item) for i, item in enumerate(items, start=1)]
    return "\n".join([intro, *lines])


def _signature(blocks: LetterBlocks, name: str, today: date) -> str:
    name = _clean(name)
    sign = blocks.text("signature", name=name) if name else blocks.text("signature.blank")
    return "\n".join([sign, blocks.text("date_line", date=_date(blocks, today))])


# ── The negotiation letter ────────────────────────────────────────────────────


def _loan_facts(blocks: LetterBlocks, loan: Loan) -> str:
    b, lang = blocks.text, blocks.lang
    lines = []
    if brand := _clean(loan.brand):
        lines.append(b("loan.brand", brand=brand))
    if lender := _clean(loan.contract_lender):
        lines.append(b("loan.lender", lender=lender))
    if contract_no := _clean(loan.contract_no):
        lines.append(b("loan.contract_no", contract_no=contract_no))
    if loan.contract_date:
        lines.append(b("loan.contract_date", date=_date(blocks, loan.contract_date)))
    if loan.amount_borrowed_fen > 0:
        lines.append(b("loan.borrowed", amount=format_amount(loan.amount_borrowed_fen, lang)))
    if loan.amount_received_fen > 0 and loan.amount_received_fen != loan.amount_borrowed_fen:
        lines.append(b("loan.received", amount=format_amount(loan.amount_received_fen, lang)))
    if loan.overdue_since:
        lines.append(b("loan.overdue_since", date=_date(blocks, loan.overdue_since)))
    if loan.outstanding_total_fen > 0:
        lines.append(b("loan.outstanding", total=format_amount(loan.outstanding_total_fen, lang)))
        lines.append(
            b(
                "loan.outstanding_parts",
                principal=format_amount(loan.outstanding_principal_fen, lang),
                interest=format_amount(loan.outstanding_interest_fen, lang),
                penalty=format_amount(loan.outstanding_penalty_fen, lang),
                fees=format_amount(loan.outstanding_fees_fen, lang),
            )
        )
    return "\n".join([b("loan.intro"), *lines]) if lines else ""


def _hardship(blocks: LetterBlocks, draft: NegotiationDraft) -> str:
    description = _clean(draft.hardship.description, one_line=False)
    reasons = [r for r in draft.hardship.reasons if not (r == "other" and description)]
    if not reasons and not description:
        return blocks.text("hardship.none")
    parts = [blocks.text("hardship.intro")] + [blocks.text(f"hardship.{r}") for r in reasons]
    if description:
        parts.append(blocks.text("hardship.description", description=description))
    return _sentences(blocks, parts)


def _summary(value: StatementSummary | Statement | None) -> StatementSummary | None:
    if isinstance(value, Statement):
        return StatementSummary.from_statement(value)
    return value


def _plan(blocks: LetterBlocks, schedule: Sequence[Instalment], summary: StatementSummary | None) -> str:
    b, lang = blocks.text, blocks.lang
    if not schedule:
        return b("plan.none")
    total = sum(i.amount_fen for i in schedule)
    first = _date(blocks, schedule[0].due_date)
    if len(schedule) == 1:
        return b("plan.single", total=format_amount(total, lang), first_date=first)
    regular, last = schedule[0].amount_fen, schedule[-1].amount_fen
    parts = [
        b(
            "plan.instalments",
            count=len(schedule),
            monthly=format_amount(regular, lang),
            first_date=first,
            total=format_amount(total, lang),
        )
    ]
    if last != regular:
        parts.append(b("plan.last", last=format_amount(last, lang)))
    if summary is not None and 0 < max(regular, last) <= summary.left_over_fen:
        parts.append(b("plan.fits"))
    return _sentences(blocks, parts)


def _enclosures(blocks: LetterBlocks, draft: NegotiationDraft) -> str:
    labels = []
    for doc in draft.docs:
        if not doc.have_it:
            continue
        label = _clean(doc.label) or (blocks.text(f"doc.{doc.code}") if doc.code in DOC_CODES else "")
        if label:
            labels.append(label)
    labels = list(dict.fromkeys(labels))
    if not labels:
        return blocks.text("enclosures.none")
    return _numbered(blocks, blocks.text("enclosures.intro"), labels)


def build_negotiation_letter(
    draft: NegotiationDraft,
    loan: Loan,
    statement_summary: StatementSummary | Statement | None,
    schedule: Sequence[Instalment] | None,
    blocks: LetterBlocks,
    *,
    today: date,
) -> Letter:
    """The 协商还款申请 for ``loan`` from ``draft``, in ``draft.letter_lang``.

    ``blocks`` must be the negotiation blocks of the draft's letter language
    (anything else is a bug: :class:`ValueError`). ``statement_summary`` and
    ``schedule`` (from :func:`desktop.domain.plan.build_schedule`) may be
    ``None`` while the draft is unfinished; their paragraphs then give way to a
    neutral sentence or are left out. Same inputs, same letter.
    """
    _check_blocks(blocks, "negotiation", draft.letter_lang)
    if draft.loan_id is not None and loan.id is not None and draft.loan_id != loan.id:
        raise ValueError(f"the draft is for loan {draft.loan_id}, not {loan.id}")
    b = blocks.text
    summary = _summary(statement_summary)
    requests = draft.plan.requests if draft.plan is not None else ()
    paragraphs = [
        b("salutation", addressee=_addressee(blocks, loan)),
        b("opening"),
        _loan_facts(blocks, loan),
        _hardship(blocks, draft),
    ]
    if summary is not None and (summary.income_fen or summary.spending_fen):
        income = format_amount(summary.income_fen, blocks.lang)
        spending = format_amount(summary.spending_fen, blocks.lang)
        if summary.left_over_fen > 0:
            left = format_amount(summary.left_over_fen, blocks.lang)
            paragraphs.append(b("statement", income=income, spending=spending, left_over=left))
        else:
            paragraphs.append(b("statement.no_left_over", income=income, spending=spending))
    paragraphs.append(_plan(blocks, list(schedule or ()), summary))
    if requests:
        paragraphs.append(_numbered(blocks, b("requests.intro"), [b(f"request.{r}") for r in requests]))
    third = "stop_third_party_contact" in requests
    paragraphs.append(b("collection_conduct" if third else "collection_conduct.third_parties"))
    paragraphs.append(_enclosures(blocks, draft))
    if phone := _clean(draft.contact_phone):
        paragraphs.append(b("contact", phone=phone))
    paragraphs += [b("closing"), b("signoff"), _signature(blocks, draft.signature_name, today)]
    return _letter(blocks, paragraphs, today)


# ── The complaint ─────────────────────────────────────────────────────────────


def _ordered_rules(rules: Mapping[str, Rule] | Iterable[Rule]) -> dict[str, Rule]:
    """Rules by id, most serious first, file order within a severity."""
    items = list(rules.values()) if isinstance(rules, Mapping) else list(rules)
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    items.sort(key=lambda r: rank.get(r.severity, len(rank)))  # stable: keeps file order
    return {r.id: r for r in items}


def _contact_rules(contact: Contact, flags: Mapping[int, Sequence[str]], rules: dict[str, Rule]) -> list[str]:
    ids = set(contact.marks) | set(flags.get(contact.id, ()) if contact.id is not None else ())
    return [rule_id for rule_id in rules if rule_id in ids]


def _citations(
    blocks: LetterBlocks, bases: Sequence[Basis], sources: Mapping[str, Source], soft: bool
) -> str:
    by_source: dict[str, list[str]] = {}
    for basis in bases:
        by_source.setdefault(basis.source_id, [])
        if basis.article and basis.article not in by_source[basis.source_id]:
            by_source[basis.source_id].append(basis.article)
    kind = "cite.soft" if soft else "cite.law"
    sep = blocks.text("list_sep")
    parts = []
    for source_id, articles in by_source.items():
        title = sources[source_id].short(blocks.lang)
        if articles:
            labels = sep.join(article_label(a, blocks.lang) for a in articles)
            parts.append(blocks.text(kind, title=title, articles=labels))
        else:
            parts.append(blocks.text(f"{kind}_whole", title=title))
    return blocks.text("source_sep").join(parts)


def _rule_line(blocks: LetterBlocks, rule: Rule, sources: Mapping[str, Source], count: int) -> str:
    b, label = blocks.text, rule.label(blocks.lang)
    binding = [x for x in rule.binding if x.source_id in sources and sources[x.source_id].is_binding]
    # Laws bind every lender; a sector rule (credit cards, consumer finance companies)
    # binds only some, and the app does not know which kind of lender this is.
    laws = [x for x in binding if sources[x.source_id].kind == "law"] or binding
    soft = [x for x in rule.soft if x.source_id in sources and sources[x.source_id].force == "soft"]
    law_text = _citations(blocks, laws, sources, soft=False) if laws else ""
    soft_text = _citations(blocks, soft, sources, soft=True) if soft else ""
    if rule.strength == STRENGTH_LAW and law_text:
        parts = [b("rule.law", label=label, citations=law_text)]
        if soft_text:
            parts.append(b("rule.law_also_industry", citations=soft_text))
    elif soft_text:
        parts = [b("rule.industry", label=label, citations=soft_text)]
        # The binding texts behind an hours/count rule apply only to repeated conduct.
        if law_text and count >= 2:
            parts.append(b("rule.industry_repeated", citations=law_text))
    else:
        parts = [b("rule.plain", label=label)]
    return _sentences(blocks, parts)


def _when(blocks: LetterBlocks, contact: Contact) -> str:
    if contact.occurred_at is None:
        return blocks.text("incident.no_time")
    at = contact.occurred_at
    return blocks.text("datetime", date=_date(blocks, at.date()), time=f"{at.hour:02d}:{at.minute:02d}")


def _incident(blocks: LetterBlocks, n: int, contact: Contact, labels: list[str]) -> str:
    b = blocks.text
    parties = [contact.contacted_party] if contact.contacted_party != Relation.SELF else []
    parties += [tp.relation for tp in contact.third_parties if tp.relation != Relation.SELF]
    parties = list(dict.fromkeys(Relation(p) for p in parties))
    if parties:
        target = b("list_sep").join(b(f"target.{p.value}") for p in parties)
    else:
        target = b("target.unknown" if contact.channel == Channel.THIRD_PARTY else "target.self")
    lines = [
        b(
            "incident",
            n=n,
            when=_when(blocks, contact),
            action=b(f"action.{Channel(contact.channel).value}", target=target),
        )
    ]
    if number := _clean(contact.number):
        lines.append(b("incident.number", number=number))
    if who := _clean(f"{contact.claimed_org} {contact.claimed_name} {contact.claimed_staff_id}"):
        lines.append(b("incident.claimed", who=who))
    if contact.channel == Channel.CALL and contact.answered is False:
        lines.append(b("incident.unanswered"))
    if contact.debt_disclosed or any(tp.debt_disclosed for tp in contact.third_parties):
        lines.append(b("incident.disclosed"))
    if any(tp.asked_to_pay for tp in contact.third_parties):
        lines.append(b("incident.asked_to_pay"))
    if summary := _clean(contact.summary, limit=SUMMARY_LIMIT):
        lines.append(b("incident.summary", summary=summary))
    if threats := _clean(contact.threats, limit=SUMMARY_LIMIT):
        lines.append(b("incident.threats", threats=threats))
    if labels:
        lines.append(b("incident.rules", labels=b("list_sep").join(labels)))
    return "\n".join(lines)


def _complaint_summary(
    blocks: LetterBlocks, contacts: Sequence[Contact], counts: dict[str, int], rules: dict[str, Rule]
) -> str:
    b, count = blocks.text, len(contacts)
    dated = [c.occurred_at.date() for c in contacts if c.occurred_at is not None]
    if count == 1:
        first_line = b("summary.single")
    elif not dated:
        first_line = b("summary.undated", count=count)
    elif min(dated) == max(dated):
        first_line = b("summary.one_day", first=_date(blocks, dated[0]), count=count)
    else:
        first_line = b(
            "summary.range", first=_date(blocks, min(dated)), last=_date(blocks, max(dated)), count=count
        )
    if not counts:
        return first_line
    lines = [b("summary.rule_count", label=rules[r].label(blocks.lang), count=n) for r, n in counts.items()]
    return "\n".join([first_line, b("summary.breakdown"), *lines])


def build_complaint(
    contacts: Sequence[Contact],
    rules: Mapping[str, Rule] | Iterable[Rule],
    sources: Mapping[str, Source],
    loan: Loan | None,
    *,
    channel: str,
    lang: str,
    blocks: LetterBlocks,
    today: date,
    flags: Mapping[int, Sequence[str]] | None = None,
    lender_contacted_first: bool = False,
    signature_name: str = "",
    contact_phone: str = "",
) -> Letter:
    """A complaint about the selected ``contacts``, to the lender or to 12378.

    ``channel`` is ``"lender"`` (the lender's complaint channel) or ``"12378"``
    (国家金融监督管理总局's consumer hotline); ``lender_contacted_first`` adds,
    in the 12378 version, that the user raised it with the lender first. A
    contact's rules are its ``marks`` plus ``flags[contact.id]`` (automatic
    flags); rule ids missing from ``rules`` are skipped. ``blocks`` must be the
    complaint blocks for ``lang``. Raises :class:`UserError` when no contact is
    selected, or when a 12378 complaint cannot name the lender.
    """
    if channel not in CHANNELS:
        raise ValueError(f"channel must be one of {CHANNELS}, not {channel!r}")
    _check_blocks(blocks, "complaint", lang)
    if not contacts:
        raise UserError(
            zh="请先选择至少一条要投诉的催收记录。",
            en="Select at least one collection contact to complain about.",
            field="contacts",
        )
    if channel == "12378" and not (loan and (_clean(loan.contract_lender) or _clean(loan.brand))):
        raise UserError(
            zh="向12378投诉需要写明被投诉的机构。请在借款信息里填写合同上的贷款人（出资方）。",
            en="A complaint to 12378 must name the institution. Enter the lender named in the contract in "
            "the loan details.",
            field="contract_lender",
        )
    b = blocks.text
    flags = flags or {}
    ordered = _ordered_rules(rules)
    contacts = [
        c
        for _, c in sorted(
            enumerate(contacts), key=lambda ic: (ic[1].occurred_at is None, ic[1].occurred_at or today, ic[0])
        )
    ]
    per_contact = [_contact_rules(c, flags, ordered) for c in contacts]
    counts = {r: n for r in ordered if (n := sum(r in ids for ids in per_contact))}
    addressee = _addressee(blocks, loan)
    lender_side = channel == "lender"

    paragraphs = [b("salutation.lender", addressee=addressee) if lender_side else b("salutation.12378")]
    intro = [b("intro.lender") if lender_side else b("intro.12378", addressee=addressee)]
    if not lender_side and lender_contacted_first:
        intro.append(b("contacted_first"))
    intro.append(b("not_denying"))
    paragraphs.append(_sentences(blocks, intro))
    facts = []
    if name := _clean(signature_name):
        facts.append(b("facts.name", name=name))
    if phone := _clean(contact_phone):
        facts.append(b("facts.phone", phone=phone))
    if loan is not None:
        if brand := _clean(loan.brand):
            facts.append(b("facts.brand", brand=brand))
        if lender := _clean(loan.contract_lender):
            facts.append(b("facts.lender", lender=lender))
        if contract_no := _clean(loan.contract_no):
            facts.append(b("facts.contract_no", contract_no=contract_no))
    if facts:
        paragraphs.append("\n".join([b("facts.intro"), *facts]))
    paragraphs.append(_complaint_summary(blocks, contacts, counts, ordered))
    paragraphs.append(b("incidents.intro"))
    for n, (contact, ids) in enumerate(zip(contacts, per_contact, strict=True), start=1):
        paragraphs.append(_incident(blocks, n, contact, [ordered[r].label(blocks.lang) for r in ids]))
    if counts:
        lines = [_rule_line(blocks, ordered[r], sources, n) for r, n in counts.items()]
        paragraphs.append(_numbered(blocks, b("rules.intro"), lines))
    asks = [b("ask.stop"), b("ask.third_parties"), b("ask.written_reply"), b(f"ask.deadline.{channel}")]
    paragraphs.append(_numbered(blocks, b(f"asks.intro.{channel}"), asks))
    paragraphs += [b("evidence"), b("closing"), b("signoff"), _signature(blocks, signature_name, today)]
    return _letter(blocks, paragraphs, today)
