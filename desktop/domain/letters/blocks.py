"""Paragraph blocks: what each letter kind may use (:data:`SCHEMAS`) and checking a read blocks file.

:func:`parse_blocks` refuses a file that lacks a block, has an unknown one, or
uses a placeholder the builder does not fill, so no ``{placeholder}`` can reach
a letter. Reading the file is ``desktop.content``'s job (``Content.letter_blocks``).
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from desktop.domain.contacts import Channel, Relation
from desktop.domain.data_files import DataFileKind
from desktop.domain.negotiation import DOC_CODES, HARDSHIP_REASONS, REQUESTS


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
    "salutation.local_regulator": _NONE,
    "intro.lender": _NONE,
    "intro.regulator": _ids("addressee"),
    "contacted_first": _NONE,
    "not_denying": _NONE,
    "facts.intro": _NONE,
    "facts.name": _ids("name"),
    "facts.phone": _ids("phone"),
    "facts.brand": _ids("brand"),
    "facts.lender": _ids("lender"),
    "facts.contract_no": _ids("contract_no"),
    "facts.police_report": _ids("date"),
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
    "scope.lender_bank_or_cfc": _NONE,
    "scope.lender_cfc": _NONE,
    "scope.credit_card": _NONE,
    "asks.intro.lender": _NONE,
    "asks.intro.regulator": _NONE,
    "ask.stop": _NONE,
    "ask.third_parties": _NONE,
    "ask.written_reply": _NONE,
    "ask.deadline.lender": _NONE,
    "ask.deadline.12378": _NONE,
    "ask.deadline.local_regulator": _NONE,
    "evidence": _NONE,
}
SCHEMAS: Mapping[str, Mapping[str, frozenset[str]]] = MappingProxyType(
    {"negotiation": MappingProxyType(_NEGOTIATION), "complaint": MappingProxyType(_COMPLAINT)}
)
"""Letter kind → block id → the placeholders the builder fills in that block."""


@dataclass(frozen=True)
class LetterBlocks:
    """The paragraph blocks of one letter kind in one language, as checked by :func:`parse_blocks`."""

    kind: str
    lang: str
    template_version: str
    blocks: Mapping[str, str] = field(hash=False)
    source: str = ""

    def text(self, block_id: str, **values: object) -> str:
        """Block ``block_id`` with its placeholders filled in from ``values``."""
        return self.blocks[block_id].format_map({k: str(v) for k, v in values.items()})


BLOCKS_FILE = DataFileKind("信件模板文件", "letter template file", "letter_blocks")


def _flatten(table: Mapping[str, object], prefix: str = "") -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flatten(value, name + "."))
        else:
            out[name] = value
    return out


def _check_placeholders(source: str, block_id: str, text: str, allowed: frozenset[str]) -> None:
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise BLOCKS_FILE.damaged(source, f"{block_id}: {exc}") from None
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if spec or conversion or name not in allowed:
            raise BLOCKS_FILE.damaged(source, f"{block_id}: placeholder {{{name}}} is not allowed here")


def parse_blocks(data: Mapping[str, object], source: str) -> LetterBlocks:
    """Check the parsed TOML of the blocks file ``source``; :class:`UserError` when it is malformed.

    The file has ``kind`` (``"negotiation"`` or ``"complaint"``), ``lang``,
    ``template_version`` and a ``[blocks]`` table; dotted ids may be written as
    quoted keys (``"hardship.illness" = "…"``) or as nested tables.
    """
    kind, lang, version = data.get("kind"), data.get("lang"), data.get("template_version")
    if kind not in SCHEMAS:
        raise BLOCKS_FILE.damaged(source, f"unknown kind {kind!r}")
    if lang not in ("zh_CN", "en"):
        raise BLOCKS_FILE.damaged(source, f"unknown lang {lang!r}")
    if not isinstance(version, str) or not version.strip():
        raise BLOCKS_FILE.damaged(source, "missing template_version")
    raw = data.get("blocks")
    if not isinstance(raw, dict):
        raise BLOCKS_FILE.damaged(source, "no [blocks] table")
    schema = SCHEMAS[kind]
    blocks: dict[str, str] = {}
    for block_id, text in _flatten(raw).items():
        if block_id not in schema:
            raise BLOCKS_FILE.damaged(source, f"unknown block {block_id!r}")
        if not isinstance(text, str) or not text.strip():
            raise BLOCKS_FILE.damaged(source, f"{block_id}: empty or not text")
        _check_placeholders(source, block_id, text, schema[block_id])
        blocks[block_id] = text.strip("\n")
    missing = sorted(set(schema) - set(blocks))
    if missing:
        raise BLOCKS_FILE.damaged(source, "missing blocks: " + ", ".join(missing[:5]))
    return LetterBlocks(kind, lang, version.strip(), MappingProxyType(blocks), source)
