"""Loans of a case (贷款)."""

from __future__ import annotations

import sqlite3


def loan_labels(conn: sqlite3.Connection) -> dict[int, str]:
    """loan id → a short label for lists: brand and the lender named in the contract."""
    labels = {}
    for loan_id, brand, lender, number in conn.execute(
        "SELECT id, brand, contract_lender, contract_no FROM loans WHERE deleted_at IS NULL ORDER BY id"
    ):
        parts = [p for p in (brand, lender) if p]
        label = " / ".join(parts) or (number or f"#{loan_id}")
        labels[loan_id] = label
    return labels
