"""The chained records other than contacts: which tables, their stored versions, and the chain's tip.

Every save of a chained row calls :func:`append` in the same transaction: it
reads the row as stored and appends its canonical JSON to ``record_versions``
(schema v3), chained to the case's last entry, whichever table that is in.
``verify`` compares each row with its last version, so a row changed, added or
removed directly in the database is named.

Contacts keep their own versions (``contact_versions``, see
:mod:`desktop.store.contacts`); the two tables share one ``seq`` and one head.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.domain.integrity import GENESIS, ChainLink, canonical, chain_hash, record_content


@dataclass(frozen=True)
class Chained:
    """How one table is chained: its key column, columns left out, keys left out."""

    key: str = "id"
    left_out: tuple[str, ...] = ()  # columns outside the chain (see integrity.NOT_COVERED)
    skipped: tuple[str, ...] = ()  # keys outside the chain


#: Every chained table (contacts apart). ``case_info.case_id`` is the folder's name and
#: changes when a bundle is imported; the live-call draft is scratch that no report shows.
CHAINED: dict[str, Chained] = {
    "case_info": Chained(left_out=("case_id",)),
    "loans": Chained(),
    "attachments": Chained(),
    "letters": Chained(),
    "drafts": Chained(key="kind", skipped=("live_call",)),
    "events": Chained(),
}


def tip(conn: sqlite3.Connection) -> tuple[int, str]:
    """(seq, hash) of the case's last chain entry; (0, GENESIS) when there is none."""
    best = (0, GENESIS)
    for table in ("contact_versions", "record_versions"):
        row = conn.execute(f"SELECT seq, hash FROM {table} ORDER BY seq DESC LIMIT 1").fetchone()
        if row is not None and row[0] > best[0]:
            best = (row[0], row[1])
    return best


def has_record_versions(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'record_versions'"
                        ).fetchone() is not None


def _value(value: Any) -> Any:
    # No column of a chained table holds bytes, but a hand-edited file may: keep them comparable.
    return {"bytes": value.hex()} if isinstance(value, bytes) else value


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    left_out = CHAINED[table].left_out
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in left_out]


def keys(conn: sqlite3.Connection, table: str) -> list[str]:
    spec = CHAINED[table]
    return [str(r[0]) for r in conn.execute(f"SELECT {spec.key} FROM {table} ORDER BY {spec.key}")
            if str(r[0]) not in spec.skipped]


def rows(conn: sqlite3.Connection, table: str) -> dict[str, dict[str, Any]]:
    """Every chained row of ``table`` as stored now: key → {column: value}."""
    spec = CHAINED[table]
    columns = _columns(conn, table)
    out = {}
    for r in conn.execute(f"SELECT {', '.join(columns)} FROM {table}"):
        row = {c: _value(v) for c, v in zip(columns, r, strict=True)}
        key = str(row[spec.key])
        if key not in spec.skipped:
            out[key] = row
    return out


def snapshot(conn: sqlite3.Connection, table: str, key: object) -> dict[str, Any] | None:
    spec = CHAINED[table]
    columns = _columns(conn, table)
    r = conn.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE {spec.key} = ?", (key,)).fetchone()
    return None if r is None else {c: _value(v) for c, v in zip(columns, r, strict=True)}


def append(conn: sqlite3.Connection, table: str, key: object, action: str, now: datetime | None = None) -> None:
    """Append the row as stored now (or its absence) as the next version; call inside the save's transaction."""
    spec = CHAINED[table]
    key_text = str(key)
    if key_text in spec.skipped:
        return
    now = (now or datetime.now()).replace(microsecond=0)
    last = conn.execute("SELECT max(version) FROM record_versions WHERE tbl = ? AND record_key = ?",
                        (table, key_text)).fetchone()[0] or 0
    content = canonical(record_content(table, key_text, version=last + 1, action=action, saved_at=now,
                                       row=snapshot(conn, table, key)))
    seq, prev = tip(conn)
    conn.execute(
        "INSERT INTO record_versions (seq, tbl, record_key, version, action, saved_at, content, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq + 1, table, key_text, last + 1, action, now.isoformat(), content, prev, chain_hash(prev, content)),
    )


def links(conn: sqlite3.Connection) -> list[ChainLink]:
    """The whole chain in ``seq`` order: contact versions and record versions together."""
    out = [ChainLink(*r) for r in conn.execute(
        "SELECT seq, contact_id, version, content, prev_hash, hash FROM contact_versions ORDER BY seq")]
    if has_record_versions(conn):
        out += [ChainLink(r[0], None, r[1], r[2], r[3], r[4], r[5], r[6]) for r in conn.execute(
            "SELECT seq, version, content, prev_hash, hash, tbl, record_key FROM record_versions ORDER BY seq")]
        out.sort(key=lambda link: link.seq)
    return out


def head(conn: sqlite3.Connection) -> str:
    return tip(conn)[1]
