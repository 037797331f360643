"""Autosaved drafts (live call in progress, the negotiation flow): JSON by kind, one row each.

Each change of a draft other than the live call's is appended to the case's chain
in the same transaction (:mod:`desktop.store.record_chain`); saving the same data
again changes nothing, so autosave does not grow the history.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from desktop.domain.negotiation import NegotiationDraft
from desktop.store import record_chain
from desktop.store.db import clean_text, transaction
from desktop.store.safety.db_checks import loads_limited

NEGOTIATION = "negotiation"  # the negotiation flow's draft (its kind in the drafts table)


class DraftRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def get(self, kind: str) -> dict | None:
        row = self._conn.execute("SELECT data FROM drafts WHERE kind = ?", (kind,)).fetchone()
        if row is None:
            return None
        try:
            data = loads_limited(row[0])
        except ValueError:
            return None  # a damaged (or absurdly nested) draft is dropped rather than crashing the screen that reads it
        return data if isinstance(data, dict) else None

    def negotiation(self) -> NegotiationDraft | None:
        """The negotiation flow's draft, typed; None when none was saved.

        Raises :class:`UserError` when the stored draft cannot be read (hand-edited, or from a
        newer app): the negotiate screen says so, a report treats it as nothing filled in yet.
        """
        data = self.get(NEGOTIATION)
        return None if data is None else NegotiationDraft.from_json_dict(data)

    def put(self, kind: str, data: dict) -> None:
        # Lone surrogates (a broken paste) cannot be stored as UTF-8: cleaned the way every text is.
        text = clean_text(json.dumps(data, ensure_ascii=False, sort_keys=True))
        with transaction(self._conn):
            row = self._conn.execute("SELECT data FROM drafts WHERE kind = ?", (kind,)).fetchone()
            if row is not None and row[0] == text:
                return
            self._conn.execute(
                "INSERT INTO drafts (kind, data, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (kind) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
                (kind, text, datetime.now().isoformat(timespec="seconds")),
            )
            record_chain.append(self._conn, "drafts", kind, "create" if row is None else "edit")

    def clear(self, kind: str) -> None:
        with transaction(self._conn):
            if self._conn.execute("DELETE FROM drafts WHERE kind = ?", (kind,)).rowcount:
                record_chain.append(self._conn, "drafts", kind, "delete")
