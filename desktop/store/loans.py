"""Loans of a case (贷款): the lender side contacts are about, and what the negotiation is for.

Every change appends the loan's new state to the case's chain in the same
transaction (:mod:`desktop.store.record_chain`).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

from desktop.domain.errors import UserError
from desktop.domain.legal import LENDER_TYPES
from desktop.domain.negotiation import Loan
from desktop.store import record_chain
from desktop.store.cases import bad_case_data
from desktop.store.db import clean_text, transaction
from desktop.store.safety.db_checks import DatabaseProblem, loads_limited

_FIELDS = (
    "brand", "contract_lender", "contract_no", "contract_date", "amount_borrowed_fen", "amount_received_fen",
    "outstanding_principal_fen", "outstanding_interest_fen", "outstanding_penalty_fen", "outstanding_fees_fen",
    "overdue_since", "notes", "lender_type", "debt_illegal", "police_report_on",
)


class LoanRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def labels(self) -> dict[int, str]:
        """loan id → a short label for lists: brand and the lender named in the contract."""
        labels = {}
        for loan_id, brand, lender, number in self._conn.execute(
            "SELECT id, brand, contract_lender, contract_no FROM loans WHERE deleted_at IS NULL ORDER BY id"
        ):
            parts = [p for p in (brand, lender) if p]
            labels[loan_id] = " / ".join(parts) or (number or f"#{loan_id}")
        return labels

    def list(self) -> list[Loan]:
        return [_loan(r) for r in self._conn.execute(
            f"SELECT id, {', '.join(_FIELDS)} FROM loans WHERE deleted_at IS NULL ORDER BY id")]

    def get(self, loan_id: int) -> Loan:
        row = self._conn.execute(f"SELECT id, {', '.join(_FIELDS)} FROM loans WHERE id = ?", (loan_id,)).fetchone()
        if row is None:
            raise UserError(zh=f"找不到贷款 #{loan_id}。", en=f"There is no loan #{loan_id}.")
        return _loan(row)

    def add(self, loan: Loan) -> Loan:
        now = datetime.now().isoformat(timespec="seconds")
        with transaction(self._conn):
            cur = self._conn.execute(
                f"INSERT INTO loans ({', '.join(_FIELDS)}, created_at, updated_at) "
                f"VALUES ({', '.join('?' * len(_FIELDS))}, ?, ?)", (*_values(loan), now, now))
            record_chain.append(self._conn, "loans", cur.lastrowid, "create")
        return self.get(cur.lastrowid)

    def update(self, loan: Loan) -> Loan:
        if loan.id is None:
            raise ValueError("update() needs a stored loan")
        with transaction(self._conn):
            self._conn.execute(
                f"UPDATE loans SET {', '.join(f + ' = ?' for f in _FIELDS)}, updated_at = ? WHERE id = ?",
                (*_values(loan), datetime.now().isoformat(timespec="seconds"), loan.id))
            record_chain.append(self._conn, "loans", loan.id, "edit")
        return self.get(loan.id)

    def delete(self, loan_id: int) -> None:
        """Hide a loan; contacts that named it keep their link (shown as a removed loan)."""
        with transaction(self._conn):
            cur = self._conn.execute("UPDATE loans SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                                    (datetime.now().isoformat(timespec="seconds"), loan_id))
            if cur.rowcount:
                record_chain.append(self._conn, "loans", loan_id, "delete")

    def cost_inputs(self, loan_id: int) -> dict:
        """What was entered for this loan in the true-cost step, as typed; {} when nothing (or nothing readable) is kept.

        The amount received, the original repayment schedule (a regular amount ×
        count per period, or dated lines) and the LPR: the raw text, so a half-typed
        line comes back exactly as it was left.
        """
        row = self._conn.execute("SELECT schedule_json FROM loans WHERE id = ?", (loan_id,)).fetchone()
        if not row or not row[0]:
            return {}
        try:
            value = loads_limited(row[0])
        except ValueError:
            return {}
        if not isinstance(value, dict):
            return {}
        return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str | int) and
                not isinstance(v, bool)}

    def set_cost_inputs(self, loan_id: int, inputs: dict) -> None:
        text = clean_text(json.dumps(inputs, ensure_ascii=False))
        with transaction(self._conn):
            # Unchanged inputs add nothing to the history (this is saved as the user types).
            cur = self._conn.execute("UPDATE loans SET schedule_json = ? WHERE id = ? AND schedule_json IS NOT ?",
                                    (text, loan_id, text))
            if cur.rowcount:
                record_chain.append(self._conn, "loans", loan_id, "edit")


def _values(loan: Loan) -> tuple:
    return (
        clean_text(loan.brand), clean_text(loan.contract_lender), clean_text(loan.contract_no),
        loan.contract_date.isoformat() if loan.contract_date else None,
        loan.amount_borrowed_fen, loan.amount_received_fen, loan.outstanding_principal_fen,
        loan.outstanding_interest_fen, loan.outstanding_penalty_fen, loan.outstanding_fees_fen,
        loan.overdue_since.isoformat() if loan.overdue_since else None, clean_text(loan.notes),
        loan.lender_type if loan.lender_type in LENDER_TYPES else "", int(bool(loan.debt_illegal)),
        loan.police_report_on.isoformat() if loan.police_report_on else None,
    )


def _loan(r) -> Loan:
    try:
        return _parse_loan(r)
    except ValueError as exc:  # a date another tool wrote: say so calmly rather than break the screen
        raise bad_case_data(DatabaseProblem(f"loan #{r[0]} has a date this app cannot read",
                                            f"贷款 #{r[0]} 的日期无法读取")) from exc


def _parse_loan(r) -> Loan:
    return Loan(
        id=r[0], brand=r[1], contract_lender=r[2], contract_no=r[3],
        contract_date=date.fromisoformat(r[4]) if r[4] else None,
        amount_borrowed_fen=r[5] or 0, amount_received_fen=r[6] or 0, outstanding_principal_fen=r[7] or 0,
        outstanding_interest_fen=r[8] or 0, outstanding_penalty_fen=r[9] or 0, outstanding_fees_fen=r[10] or 0,
        overdue_since=date.fromisoformat(r[11]) if r[11] else None, notes=r[12],
        lender_type=r[13] or "", debt_illegal=bool(r[14]),
        police_report_on=date.fromisoformat(r[15]) if r[15] else None,
    )
