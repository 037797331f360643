"""Every version of the case's letters; an exported version is frozen and never changes.

Each new version, and the moment one becomes final, is appended to the case's
chain in the same transaction (:mod:`desktop.store.record_chain`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from desktop import __version__
from desktop.domain.errors import UserError
from desktop.store import record_chain
from desktop.store.cases import bad_case_data
from desktop.store.db import clean_text, transaction
from desktop.store.safety.db_checks import DatabaseProblem


@dataclass(frozen=True)
class StoredLetter:
    id: int
    kind: str  # "negotiation" or "complaint"
    version: int
    lang: str
    text: str
    template_version: str
    app_version: str
    created_at: datetime
    frozen_at: datetime | None

    @property
    def frozen(self) -> bool:
        return self.frozen_at is not None


_COLS = "id, kind, version, lang, text, template_version, app_version, created_at, frozen_at"


def freeze_letter(cases, case_id: str, letter_id: int) -> StoredLetter:
    """Freeze a letter of a case that is no longer open (an export finishing after the case closed)."""
    with cases.open(case_id) as conn:
        return LetterRepository(conn).freeze(letter_id)


class LetterRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def save_version(self, kind: str, lang: str, text: str, template_version: str) -> StoredLetter:
        """Keep ``text`` as the next version of ``kind`` (the same text twice in a row is kept once)."""
        text = clean_text(text)
        latest = self.latest(kind)
        if latest is not None and latest.text == text and latest.lang == lang and not latest.frozen:
            return latest
        with transaction(self._conn):
            version = self._conn.execute("SELECT coalesce(max(version), 0) + 1 FROM letters WHERE kind = ?",
                                        (kind,)).fetchone()[0]
            cur = self._conn.execute(
                "INSERT INTO letters (kind, version, lang, text, template_version, app_version, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (kind, version, lang, text, template_version, __version__, datetime.now().isoformat(timespec="seconds")))
            record_chain.append(self._conn, "letters", cur.lastrowid, "create")
        return self.get(cur.lastrowid)

    def freeze(self, letter_id: int) -> StoredLetter:
        """Mark a version as exported: its text, template and app version are kept as they are."""
        with transaction(self._conn):
            cur = self._conn.execute("UPDATE letters SET frozen_at = ? WHERE id = ? AND frozen_at IS NULL",
                                    (datetime.now().isoformat(timespec="seconds"), letter_id))
            if cur.rowcount:
                record_chain.append(self._conn, "letters", letter_id, "freeze")
        return self.get(letter_id)

    def get(self, letter_id: int) -> StoredLetter:
        row = self._conn.execute(f"SELECT {_COLS} FROM letters WHERE id = ?", (letter_id,)).fetchone()
        if row is None:
            raise UserError(zh=f"找不到信件 #{letter_id}。", en=f"There is no letter #{letter_id}.")
        return _letter(row)

    def latest(self, kind: str) -> StoredLetter | None:
        row = self._conn.execute(f"SELECT {_COLS} FROM letters WHERE kind = ? ORDER BY version DESC LIMIT 1",
                                (kind,)).fetchone()
        return _letter(row) if row else None

    def versions(self, kind: str) -> list[StoredLetter]:
        return [_letter(r) for r in self._conn.execute(
            f"SELECT {_COLS} FROM letters WHERE kind = ? ORDER BY version", (kind,))]


def _letter(r) -> StoredLetter:
    try:
        created, frozen = datetime.fromisoformat(r[7]), datetime.fromisoformat(r[8]) if r[8] else None
    except (TypeError, ValueError) as exc:  # a time another tool wrote: say so calmly rather than break the screen
        raise bad_case_data(DatabaseProblem(f"letter #{r[0]} has a time this app cannot read",
                                            f"信件 #{r[0]} 的时间无法读取")) from exc
    return StoredLetter(r[0], r[1], r[2], r[3], r[4], r[5], r[6], created, frozen)
