"""Schema version 3: one chain for everything the reports present, not only contacts.

``record_versions`` holds every saved version of the chained records other than
contacts — the case's name and notes (``case_info``), ``loans``, ``attachments``,
``letters``, ``drafts`` (all but the unsaved live-call draft) and ``events`` — as
canonical JSON of the whole stored row (see :mod:`desktop.store.record_chain`).
Its ``seq`` numbers and ``contact_versions.seq`` share one sequence: the two
tables together are the case's one chain, ordered by ``seq``, and their last
entry is the one head that ``verify`` and every PDF print.

The step creates the table and appends a first version ("migrate") of every
existing chained row, after the existing contact versions, whose stored content
and hashes it leaves exactly as they are. A later step that adds a column to a
chained table must append a new version of each of its rows in the same step.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from desktop.store import record_chain

STATEMENTS = (
    """
    CREATE TABLE record_versions (
        seq         INTEGER PRIMARY KEY,
        tbl         TEXT NOT NULL,
        record_key  TEXT NOT NULL,
        version     INTEGER NOT NULL,
        action      TEXT NOT NULL,
        saved_at    TEXT NOT NULL,
        content     TEXT NOT NULL,
        prev_hash   TEXT NOT NULL,
        hash        TEXT NOT NULL UNIQUE,
        UNIQUE (tbl, record_key, version)
    )
    """,
)


def migrate(conn: sqlite3.Connection) -> None:
    """The ladder's step 2 → 3 (run inside the ladder's transaction)."""
    for stmt in STATEMENTS:
        conn.execute(stmt)
    now = datetime.now().replace(microsecond=0)
    for table in record_chain.CHAINED:
        for key in record_chain.keys(conn, table):
            record_chain.append(conn, table, key, "migrate", now)
