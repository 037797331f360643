"""The negotiate flow's state (协商还款草稿) as frozen dataclasses, and their JSON form.

The Negotiate tab autosaves a :class:`NegotiationDraft` at every step as JSON in
the case's ``drafts`` table, so a draft is often half-filled: every field has an
empty default, and nothing here insists that a step is finished. The letter
builder (:mod:`desktop.domain.letters`) leaves out whatever is still missing.

JSON: ``to_json_dict()`` gives plain ``json``-safe values (dates as ISO strings,
tuples as lists) and ``from_json_dict()`` reads them back exactly. Reading is
tolerant of drafts written by other versions: a missing key takes its default,
an unknown key is ignored, and an unknown code (a hardship reason, request or
document this version does not know) is dropped. A value of the wrong type means
the draft was damaged; that is a :class:`UserError`.

Stable codes are stored, never labels (house style §3); the labels live in the
letter blocks (``resources/letters/<lang>/negotiation.toml``) and the UI.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any

from desktop.domain.errors import UserError

SCHEMA_VERSION = 1
"""Written into every draft's JSON as ``"schema"``; readers ignore it for now."""

HARDSHIP_REASONS = ("unemployment", "income_drop", "illness", "family_event", "business_trouble", "other")
"""失业、收入下降、疾病、家庭变故、经营困难、其他 (design §6 step 3)."""

REQUESTS = ("stop_third_party_contact", "waive_penalty_and_fees", "freeze_interest")
"""What the borrower may ask for, as requests, never as rights (design §6 step 5)."""

DOC_CODES = (
    "unemployment_proof",
    "income_proof",
    "bank_statements",
    "medical_records",
    "family_event_proof",
    "business_proof",
    "hardship_statement",
    "id_copy",
)
"""Documents lenders commonly ask for (legal-facts §4.3, practice not law); others get a free label."""

LETTER_LANGS = ("zh_CN", "en")


# ── JSON helpers ──────────────────────────────────────────────────────────────


def _damaged(key: str) -> UserError:
    return UserError(
        zh=f"保存的协商草稿有一项数据损坏了（{key}）。可以删掉这份草稿重新填写；如果问题反复出现，请告诉开发者。",
        en=f"A value in the saved negotiation draft is damaged ({key}). You can discard the draft and start "
        "again; if this keeps happening, please tell the developers.",
        field=key,
    )


def _get_int(data: Mapping[str, Any], key: str, default: int | None = 0) -> int | None:
    value = data.get(key)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        raise _damaged(key)
    return value


def _get_fen(data: Mapping[str, Any], key: str) -> int:
    value = _get_int(data, key, 0)
    if value is None or value < 0:
        raise _damaged(key)
    return value


def _get_str(data: Mapping[str, Any], key: str, default: str = "") -> str:
    value = data.get(key)
    if value is None:
        return default
    if not isinstance(value, str):
        raise _damaged(key)
    return value


def _get_bool(data: Mapping[str, Any], key: str, default: bool = False) -> bool:
    value = data.get(key)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise _damaged(key)
    return value


def _get_date(data: Mapping[str, Any], key: str) -> date | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise _damaged(key)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _damaged(key) from None


def _get_list(data: Mapping[str, Any], key: str) -> list:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _damaged(key)
    return value


def _get_table(data: Mapping[str, Any], key: str) -> Mapping[str, Any] | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise _damaged(key)
    return value


def _known_codes(values: list, known: tuple[str, ...], key: str) -> tuple[str, ...]:
    """Known codes in order, without repeats; unknown strings (other versions) are dropped."""
    if not all(isinstance(v, str) for v in values):
        raise _damaged(key)
    return tuple(dict.fromkeys(v for v in values if v in known))


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _check_codes(codes: tuple[str, ...], known: tuple[str, ...], what: str) -> tuple[str, ...]:
    codes = tuple(codes)
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise ValueError(f"unknown {what} code(s): {unknown}")
    return codes


# ── The records ───────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Loan:
    """One loan as the user copied it from the lender's app or contract. Amounts are fen (≥ 0).

    ``brand`` is the app or platform the user knows (借呗, 分期乐…); ``contract_lender``
    is the lender named in the loan contract (贷款人/出资方), who may differ and is
    the one the letter is addressed to. ``amount_borrowed_fen`` is the contract
    amount and ``amount_received_fen`` what actually arrived (less when fees were
    deducted up front). The ``outstanding_*`` amounts are what the lender says is
    still owed today, by kind. ``overdue_since`` is the first missed due date.
    ``id`` is ``None`` until the loan is stored.

    What the complaint's citations and route depend on (legal-facts §10.6, §10.8):
    ``lender_type`` is the kind of lender named in the contract (one of
    :data:`desktop.domain.legal.LENDER_TYPES`, ``""`` = not answered);
    ``debt_illegal`` is true only when the user says the debt itself is illegal
    (高利放贷/非法放贷); ``police_report_on`` is the day the user reported this
    lender's collectors to the police, if they did.
    """

    id: int | None = None
    brand: str = ""
    contract_lender: str = ""
    contract_no: str = ""
    contract_date: date | None = None
    amount_borrowed_fen: int = 0
    amount_received_fen: int = 0
    outstanding_principal_fen: int = 0
    outstanding_interest_fen: int = 0
    outstanding_penalty_fen: int = 0
    outstanding_fees_fen: int = 0
    overdue_since: date | None = None
    notes: str = ""
    lender_type: str = ""
    debt_illegal: bool = False
    police_report_on: date | None = None

    @property
    def outstanding_total_fen(self) -> int:
        """Principal, interest, penalty interest and fees still owed, together."""
        return (
            self.outstanding_principal_fen
            + self.outstanding_interest_fen
            + self.outstanding_penalty_fen
            + self.outstanding_fees_fen
        )

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "brand": self.brand,
            "contract_lender": self.contract_lender,
            "contract_no": self.contract_no,
            "contract_date": _iso(self.contract_date),
            "amount_borrowed_fen": self.amount_borrowed_fen,
            "amount_received_fen": self.amount_received_fen,
            "outstanding_principal_fen": self.outstanding_principal_fen,
            "outstanding_interest_fen": self.outstanding_interest_fen,
            "outstanding_penalty_fen": self.outstanding_penalty_fen,
            "outstanding_fees_fen": self.outstanding_fees_fen,
            "overdue_since": _iso(self.overdue_since),
            "notes": self.notes,
            "lender_type": self.lender_type,
            "debt_illegal": self.debt_illegal,
            "police_report_on": _iso(self.police_report_on),
        }

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> Loan:
        return cls(
            id=_get_int(data, "id", None),
            brand=_get_str(data, "brand"),
            contract_lender=_get_str(data, "contract_lender"),
            contract_no=_get_str(data, "contract_no"),
            contract_date=_get_date(data, "contract_date"),
            amount_borrowed_fen=_get_fen(data, "amount_borrowed_fen"),
            amount_received_fen=_get_fen(data, "amount_received_fen"),
            outstanding_principal_fen=_get_fen(data, "outstanding_principal_fen"),
            outstanding_interest_fen=_get_fen(data, "outstanding_interest_fen"),
            outstanding_penalty_fen=_get_fen(data, "outstanding_penalty_fen"),
            outstanding_fees_fen=_get_fen(data, "outstanding_fees_fen"),
            overdue_since=_get_date(data, "overdue_since"),
            notes=_get_str(data, "notes"),
            lender_type=_get_str(data, "lender_type"),
            debt_illegal=_get_bool(data, "debt_illegal"),
            police_report_on=_get_date(data, "police_report_on"),
        )


@dataclass(frozen=True)
class Hardship:
    """Why the borrower cannot pay as agreed: ``reasons`` are codes of :data:`HARDSHIP_REASONS`
    (several may apply, in the order ticked); ``description`` is the user's own words."""

    reasons: tuple[str, ...] = ()
    description: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "reasons", _check_codes(self.reasons, HARDSHIP_REASONS, "hardship"))

    def to_json_dict(self) -> dict[str, Any]:
        return {"reasons": list(self.reasons), "description": self.description}

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> Hardship:
        return cls(
            reasons=_known_codes(_get_list(data, "reasons"), HARDSHIP_REASONS, "hardship.reasons"),
            description=_get_str(data, "description"),
        )


@dataclass(frozen=True)
class SupportingDoc:
    """A document backing the hardship (失业证明, 病历…).

    Either ``code`` (one of :data:`DOC_CODES`, labelled by the letter blocks) or a
    free ``label`` the user typed; a non-empty ``label`` wins. ``attachment_id``
    points at the stored file, if any. ``have_it`` is whether the user has the
    document now; only those are listed as enclosures.
    """

    code: str = ""
    label: str = ""
    attachment_id: int | None = None
    have_it: bool = False

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "label": self.label,
            "attachment_id": self.attachment_id,
            "have_it": self.have_it,
        }

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> SupportingDoc:
        return cls(
            code=_get_str(data, "code"),
            label=_get_str(data, "label"),
            attachment_id=_get_int(data, "attachment_id", None),
            have_it=_get_bool(data, "have_it"),
        )


@dataclass(frozen=True)
class PlanRequest:
    """The repayment proposal: ``instalments`` monthly payments of ``monthly_fen``
    starting on ``first_date`` (any may still be unset), and the ``requests``
    (codes of :data:`REQUESTS`) the borrower asks the lender to consider."""

    instalments: int | None = None
    monthly_fen: int | None = None
    first_date: date | None = None
    requests: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "requests", _check_codes(self.requests, REQUESTS, "request"))

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "instalments": self.instalments,
            "monthly_fen": self.monthly_fen,
            "first_date": _iso(self.first_date),
            "requests": list(self.requests),
        }

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> PlanRequest:
        monthly = _get_int(data, "monthly_fen", None)
        if monthly is not None and monthly < 0:
            raise _damaged("plan.monthly_fen")
        return cls(
            instalments=_get_int(data, "instalments", None),
            monthly_fen=monthly,
            first_date=_get_date(data, "first_date"),
            requests=_known_codes(_get_list(data, "requests"), REQUESTS, "plan.requests"),
        )


def _frozen_statement(items: Mapping[str, int] | None = None) -> Mapping[str, int]:
    return MappingProxyType(dict(items or {}))


@dataclass(frozen=True)
class NegotiationDraft:
    """Everything the Negotiate tab has gathered for one letter.

    * ``loan_id`` — the stored :class:`Loan` the letter is about (``None`` until chosen).
    * ``hardship`` — why the borrower cannot pay as agreed.
    * ``docs`` — the supporting documents, had or still to get.
    * ``statement`` — the monthly income and spending statement: budget item code
      (``"income.wages"``, ``"housing.rent"``…, see ``resources/budget``) → fen a month.
    * ``plan`` — the proposal and requests, ``None`` until that step is reached.
    * ``letter_lang`` — the letter's own language (``"zh_CN"`` or ``"en"``),
      independent of the UI language.
    * ``signature_name`` — the name or alias to sign with; empty leaves a line
      for a handwritten signature.
    * ``contact_phone`` — the number the lender should use; empty to leave it out.
    """

    loan_id: int | None = None
    hardship: Hardship = field(default_factory=Hardship)
    docs: tuple[SupportingDoc, ...] = ()
    statement: Mapping[str, int] = field(default_factory=_frozen_statement, hash=False)
    plan: PlanRequest | None = None
    letter_lang: str = "zh_CN"
    signature_name: str = ""
    contact_phone: str = ""

    def __post_init__(self) -> None:
        if self.letter_lang not in LETTER_LANGS:
            raise ValueError(f"letter_lang must be one of {LETTER_LANGS}, not {self.letter_lang!r}")
        object.__setattr__(self, "docs", tuple(self.docs))
        object.__setattr__(self, "statement", _frozen_statement(self.statement))

    def to_json_dict(self) -> dict[str, Any]:
        """A ``json``-safe dict; :meth:`from_json_dict` reads it back to an equal draft."""
        return {
            "schema": SCHEMA_VERSION,
            "loan_id": self.loan_id,
            "hardship": self.hardship.to_json_dict(),
            "docs": [d.to_json_dict() for d in self.docs],
            "statement": dict(self.statement),
            "plan": self.plan.to_json_dict() if self.plan is not None else None,
            "letter_lang": self.letter_lang,
            "signature_name": self.signature_name,
            "contact_phone": self.contact_phone,
        }

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> NegotiationDraft:
        """Read a saved draft; missing keys take defaults and unknown keys are ignored."""
        if not isinstance(data, Mapping):
            raise _damaged("draft")
        hardship = _get_table(data, "hardship")
        plan = _get_table(data, "plan")
        statement = _get_table(data, "statement") or {}
        for code, fen in statement.items():
            if not isinstance(code, str) or isinstance(fen, bool) or not isinstance(fen, int) or fen < 0:
                raise _damaged("statement")
        docs = []
        for doc in _get_list(data, "docs"):
            if not isinstance(doc, Mapping):
                raise _damaged("docs")
            docs.append(SupportingDoc.from_json_dict(doc))
        lang = _get_str(data, "letter_lang", "zh_CN")
        return cls(
            loan_id=_get_int(data, "loan_id", None),
            hardship=Hardship.from_json_dict(hardship) if hardship is not None else Hardship(),
            docs=tuple(docs),
            statement=statement,
            plan=PlanRequest.from_json_dict(plan) if plan is not None else None,
            letter_lang=lang if lang in LETTER_LANGS else "zh_CN",
            signature_name=_get_str(data, "signature_name"),
            contact_phone=_get_str(data, "contact_phone"),
        )
