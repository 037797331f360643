"""The log's summary counts (per day, per rule, night calls, third parties), read straight from the case file."""

from __future__ import annotations

import sqlite3
from datetime import date

from desktop.domain.contacts import LogStats
from desktop.domain.legal import NIGHT, THIRD_PARTY
from desktop.store.contact_rows import parse_dt


def log_stats(conn: sqlite3.Connection, since: date) -> LogStats:
    """Counts for the summary: per day since ``since``, per rule (flags and marks), night, third parties."""
    live = "deleted_at IS NULL"
    per_day = {
        date.fromisoformat(r[0]): r[1]
        for r in conn.execute(
            f"SELECT substr(occurred_at, 1, 10) d, count(*) FROM contacts WHERE {live} AND occurred_at >= ? "
            "GROUP BY d ORDER BY d", (since.isoformat(),))
    }
    per_rule: dict[str, int] = {}
    for rule_id, n in conn.execute(
        "SELECT rule_id, count(DISTINCT contact_id) FROM ("
        " SELECT contact_id, rule_id FROM contact_flags UNION SELECT contact_id, rule_id FROM contact_marks"
        f") JOIN contacts c ON c.id = contact_id WHERE c.{live} GROUP BY rule_id"):
        per_rule[rule_id] = n
    night = conn.execute(
        f"SELECT count(*) FROM contact_flags f JOIN contacts c ON c.id = f.contact_id "
        f"WHERE f.rule_id = ? AND c.{live}", (NIGHT,)).fetchone()[0]
    third_contacts = conn.execute(
        f"SELECT count(*) FROM contact_flags f JOIN contacts c ON c.id = f.contact_id "
        f"WHERE f.rule_id = ? AND c.{live}", (THIRD_PARTY,)).fetchone()[0]
    parties = conn.execute(
        f"SELECT count(*) FROM contact_parties p JOIN contacts c ON c.id = p.contact_id WHERE c.{live}").fetchone()[0]
    first, last, total = conn.execute(
        f"SELECT min(occurred_at), max(occurred_at), count(*) FROM contacts WHERE {live}").fetchone()
    return LogStats(per_day, per_rule, night, third_contacts, parties, parse_dt(first), parse_dt(last), total)
