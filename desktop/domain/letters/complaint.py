"""The complaint about collection conduct: to the lender, to 12378, or to the local financial regulator.

Which texts it cites (legal-facts §10.6): a rule's conduct citations whose
condition holds for what the user recorded (:class:`~desktop.domain.legal.CitationFacts`):
the loan's lender type, whether the user said the debt itself is illegal, a police
report date, and insult marks on the rule's contacts. An unanswered question never
counts as a yes, and a text whose role is "information" (police powers, fines,
burden of proof) is never cited as something the collector broke. A sector rule
says which lenders it binds.

It says "可能违反《…》" only where such a binding citation holds, and "不符合…行业标准
或自律规范" for rules backed only by standards and self-regulation; it never calls
those "违法". A letter to a regulator asks it to pass the complaint on and see that
the lender deals with it; the lender's 15/30/60-day deadlines are the lender's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from desktop.domain.contacts import Channel, Contact, Relation
from desktop.domain.errors import UserError
from desktop.domain.legal import SEVERITIES, THIRD_PARTY, Basis, Rule, Source, article_label, citation_facts
from desktop.domain.letters.blocks import LetterBlocks
from desktop.domain.letters.common import (
    Letter,
    addressee_line,
    assemble_letter,
    check_blocks,
    clean_user_text,
    join_sentences,
    letter_date,
    numbered_list,
    signature_lines,
)
from desktop.domain.negotiation import Loan
from desktop.domain.punctuation import bracketed
from desktop.domain.rules_engine import HIGH, LOW, grade_label

CHANNELS = ("lender", "12378", "local_regulator")
REGULATOR_CHANNELS = ("12378", "local_regulator")
SUMMARY_LIMIT = 150
"""Characters of a contact's summary (and recorded threats) quoted in a complaint."""

_REGULATOR_BY_LENDER = {"bank": ("12378",), "consumer_finance": ("12378",), "microloan": ("local_regulator",)}


def regulator_channels(lender_type: str) -> tuple[str, ...]:
    """The regulator route(s) for a lender of ``lender_type`` (legal-facts §10.8).

    12378 for banks and consumer finance companies; the local financial regulator
    (and 12345) for 小额贷款公司 incl. 网络小贷; both when the type is other or unknown,
    so the user can find out and choose.
    """
    return _REGULATOR_BY_LENDER.get(lender_type, REGULATOR_CHANNELS)


def _ordered_rules(rules: Mapping[str, Rule] | Iterable[Rule]) -> dict[str, Rule]:
    """Rules by id, most serious first, file order within a severity."""
    items = list(rules.values()) if isinstance(rules, Mapping) else list(rules)
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    items.sort(key=lambda r: rank.get(r.severity, len(rank)))  # stable: keeps file order
    return {r.id: r for r in items}


def _contact_rules(
    contact: Contact, flags: Mapping[int, Sequence[str]], rules: dict[str, Rule], grades: Mapping[int, str]
) -> list[str]:
    ids = set(contact.marks) | set(flags.get(contact.id, ()) if contact.id is not None else ())
    # A third-party contact graded low (you truly could not be reached; one polite request) is
    # generally allowed by the standards, so the letter does not complain about it (review L9).
    if grades.get(contact.id) == LOW:
        ids.discard(THIRD_PARTY)
    return [rule_id for rule_id in rules if rule_id in ids]


def _rule_labels(blocks: LetterBlocks, contact: Contact, ids: list[str], rules: dict[str, Rule],
                 grades: Mapping[int, str]) -> list[str]:
    """The rules an incident involves; a third-party contact carries its grade ("联系第三人（较重）")."""
    labels = []
    for rule_id in ids:
        label = rules[rule_id].label(blocks.lang)
        grade = grades.get(contact.id) if rule_id == THIRD_PARTY else None
        if grade:
            text = grade_label(grade, blocks.lang)
            label += bracketed(text, blocks.lang)
        labels.append(label)
    return labels


def _citations(
    blocks: LetterBlocks, bases: Sequence[Basis], sources: Mapping[str, Source], soft: bool
) -> str:
    by_source: dict[str, list[str]] = {}
    scope: dict[str, str] = {}
    for basis in bases:
        by_source.setdefault(basis.source_id, [])
        if basis.article and basis.article not in by_source[basis.source_id]:
            by_source[basis.source_id].append(basis.article)
        if basis.lender_bound:
            scope[basis.source_id] = basis.condition
    kind = "cite.soft" if soft else "cite.law"
    sep = blocks.text("list_sep")
    parts = []
    for source_id, articles in by_source.items():
        title = sources[source_id].short(blocks.lang)
        if articles:
            labels = sep.join(article_label(a, blocks.lang) for a in articles)
            text = blocks.text(kind, title=title, articles=labels)
        else:
            text = blocks.text(f"{kind}_whole", title=title)
        if source_id in scope:  # a sector rule says which lenders it binds
            text += blocks.text(f"scope.{scope[source_id]}")
        parts.append(text)
    return blocks.text("source_sep").join(parts)


def _conduct_citations(rule: Rule, sources: Mapping[str, Source], loan: Loan | None,
                       contacts: Sequence[Contact]) -> list[Basis]:
    """The rule's binding conduct texts whose condition holds for these contacts and this loan."""
    facts = citation_facts(
        lender_type=loan.lender_type if loan else "",
        debt_illegal=bool(loan and loan.debt_illegal),
        police_report_on=loan.police_report_on if loan else None,
        dates=[c.occurred_at.date() if c.occurred_at else None for c in contacts],
        marks=[c.marks for c in contacts],
    )
    return [
        b for b in rule.binding
        if b.source_id in sources and sources[b.source_id].is_binding and not sources[b.source_id].is_judicial
        and b.cited_as_conduct(facts)
    ]


def _rule_line(blocks: LetterBlocks, rule: Rule, sources: Mapping[str, Source], loan: Loan | None,
               contacts: Sequence[Contact], grades: Mapping[int, str]) -> str:
    b, label = blocks.text, rule.label(blocks.lang)
    laws = _conduct_citations(rule, sources, loan, contacts)
    if rule.id == THIRD_PARTY and not any(grades.get(c.id) == HIGH for c in contacts):
        # Only a third-party contact graded high (debt told, payment demanded, many people,
        # kept on after a refusal) is claimed to breach the law; a medium one is "可能不当"
        # against the standards (legal-facts §8), and an unknown answer never counts as high.
        laws = []
    soft = [x for x in rule.soft if x.source_id in sources and sources[x.source_id].force == "soft" and x.is_conduct]
    law_text = _citations(blocks, laws, sources, soft=False) if laws else ""
    soft_text = _citations(blocks, soft, sources, soft=True) if soft else ""
    # A conduct text that holds makes this "may breach"; hour and count limits come from
    # standards, so for them the law is mentioned only for repeated conduct.
    if law_text and rule.threshold_basis != "soft":
        parts = [b("rule.law", label=label, citations=law_text)]
        if soft_text:
            parts.append(b("rule.law_also_industry", citations=soft_text))
    elif soft_text:
        parts = [b("rule.industry", label=label, citations=soft_text)]
        if law_text and len(contacts) >= 2:
            parts.append(b("rule.industry_repeated", citations=law_text))
    else:
        parts = [b("rule.plain", label=label)]
    return join_sentences(blocks, parts)


def _when(blocks: LetterBlocks, contact: Contact) -> str:
    if contact.occurred_at is None:
        return blocks.text("incident.no_time")
    at = contact.occurred_at
    return blocks.text("datetime", date=letter_date(blocks, at.date()), time=f"{at.hour:02d}:{at.minute:02d}")


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
    if number := clean_user_text(contact.number):
        lines.append(b("incident.number", number=number))
    if who := clean_user_text(f"{contact.claimed_org} {contact.claimed_name} {contact.claimed_staff_id}"):
        lines.append(b("incident.claimed", who=who))
    if contact.channel == Channel.CALL and contact.answered is False:
        lines.append(b("incident.unanswered"))
    # "Told this person" / "asked this person" say something only when this person is not the borrower.
    someone_else = contact.contacted_party != Relation.SELF or contact.channel == Channel.THIRD_PARTY
    if (contact.debt_disclosed and someone_else) or any(tp.debt_disclosed for tp in contact.third_parties):
        lines.append(b("incident.disclosed"))
    if (contact.asked_to_pay and someone_else) or any(tp.asked_to_pay for tp in contact.third_parties):
        lines.append(b("incident.asked_to_pay"))
    if summary := clean_user_text(contact.summary, limit=SUMMARY_LIMIT):
        lines.append(b("incident.summary", summary=summary))
    if threats := clean_user_text(contact.threats, limit=SUMMARY_LIMIT):
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
        first_line = b("summary.one_day", first=letter_date(blocks, dated[0]), count=count)
    else:
        first_line = b(
            "summary.range", first=letter_date(blocks, min(dated)), last=letter_date(blocks, max(dated)), count=count
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
    grades: Mapping[int, str] | None = None,
    lender_contacted_first: bool = False,
    signature_name: str = "",
    contact_phone: str = "",
) -> Letter:
    """A complaint about the selected ``contacts``, to the lender or to a regulator.

    ``channel`` is ``"lender"`` (the lender's complaint channel), ``"12378"``
    (国家金融监督管理总局's consumer hotline, for banks and consumer finance
    companies) or ``"local_regulator"`` (the local financial regulator, for
    小额贷款公司; see :func:`regulator_channels`); ``lender_contacted_first`` adds,
    in a regulator version, that the user raised it with the lender first. ``loan``
    gives the lender type, illegal-debt answer and police-report date the
    citations depend on. A
    contact's rules are its ``marks`` plus ``flags[contact.id]`` (automatic
    flags); rule ids missing from ``rules`` are skipped. ``grades[contact.id]`` is the
    grade of a contact's third-party flag: high and medium ones are complained about
    with their grade shown, low ones are left out. ``blocks`` must be the
    complaint blocks for ``lang``. Raises :class:`UserError` when no contact is
    selected, or when a regulator complaint cannot name the lender.
    """
    if channel not in CHANNELS:
        raise ValueError(f"channel must be one of {CHANNELS}, not {channel!r}")
    check_blocks(blocks, "complaint", lang)
    if not contacts:
        raise UserError(
            zh="请先选择至少一条要投诉的催收记录。",
            en="Select at least one collection contact to complain about.",
            field="contacts",
        )
    if channel in REGULATOR_CHANNELS and not (loan and (clean_user_text(loan.contract_lender) or clean_user_text(loan.brand))):
        raise UserError(
            zh="向监管部门投诉需要写明被投诉的机构。请在借款信息里填写合同上的贷款人（出资方）。",
            en="A complaint to a regulator must name the institution. Enter the lender named in the contract in "
            "the loan details.",
            field="contract_lender",
        )
    b = blocks.text
    flags = flags or {}
    grades = grades or {}
    ordered = _ordered_rules(rules)
    contacts = [
        c
        for _, c in sorted(
            enumerate(contacts), key=lambda ic: (ic[1].occurred_at is None, ic[1].occurred_at or today, ic[0])
        )
    ]
    per_contact = [_contact_rules(c, flags, ordered, grades) for c in contacts]
    counts = {r: n for r in ordered if (n := sum(r in ids for ids in per_contact))}
    addressee = addressee_line(blocks, loan)
    lender_side = channel == "lender"

    paragraphs = [b("salutation.lender", addressee=addressee) if lender_side else b(f"salutation.{channel}")]
    intro = [b("intro.lender") if lender_side else b("intro.regulator", addressee=addressee)]
    if not lender_side and lender_contacted_first:
        intro.append(b("contacted_first"))
    intro.append(b("not_denying"))
    paragraphs.append(join_sentences(blocks, intro))
    facts = []
    if name := clean_user_text(signature_name):
        facts.append(b("facts.name", name=name))
    if phone := clean_user_text(contact_phone):
        facts.append(b("facts.phone", phone=phone))
    if loan is not None:
        if brand := clean_user_text(loan.brand):
            facts.append(b("facts.brand", brand=brand))
        if lender := clean_user_text(loan.contract_lender):
            facts.append(b("facts.lender", lender=lender))
        if contract_no := clean_user_text(loan.contract_no):
            facts.append(b("facts.contract_no", contract_no=contract_no))
        if loan.police_report_on is not None:
            facts.append(b("facts.police_report", date=letter_date(blocks, loan.police_report_on)))
    if facts:
        paragraphs.append("\n".join([b("facts.intro"), *facts]))
    paragraphs.append(_complaint_summary(blocks, contacts, counts, ordered))
    paragraphs.append(b("incidents.intro"))
    for n, (contact, ids) in enumerate(zip(contacts, per_contact, strict=True), start=1):
        paragraphs.append(_incident(blocks, n, contact, _rule_labels(blocks, contact, ids, ordered, grades)))
    if counts:
        lines = [
            _rule_line(blocks, ordered[r], sources, loan, [c for c, ids in zip(contacts, per_contact, strict=True)
                                                           if r in ids], grades)
            for r in counts
        ]
        paragraphs.append(numbered_list(blocks, b("rules.intro"), lines))
    asks = [b("ask.stop"), b("ask.third_parties"), b("ask.written_reply"), b(f"ask.deadline.{channel}")]
    paragraphs.append(numbered_list(blocks, b("asks.intro.lender" if lender_side else "asks.intro.regulator"), asks))
    paragraphs += [b("evidence"), b("closing"), b("signoff"), signature_lines(blocks, signature_name, today)]
    return assemble_letter(blocks, paragraphs, today)
