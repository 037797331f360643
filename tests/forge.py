"""The review's attacks on a case file (adversarial review 6.5, 3.18), done as an attacker with the files would:
plain sqlite3 on ``case.db``, then every hash recomputed so the chain checks out on its own.

Each returns nothing; the tests then show that ``verify`` alone may pass, but ``verify --head`` with the
head printed in an earlier PDF fails.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from desktop.domain.integrity import GENESIS, canonical, chain_hash


def _connect(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db)
    conn.isolation_level = None
    conn.execute("BEGIN")
    return conn


def rehash(conn: sqlite3.Connection) -> None:
    """Recompute every prev_hash and hash in seq order, across both history tables."""
    entries = [("contact_versions", seq, content) for seq, content in
               conn.execute("SELECT seq, content FROM contact_versions")]
    entries += [("record_versions", seq, content) for seq, content in
                conn.execute("SELECT seq, content FROM record_versions")]
    prev = GENESIS
    for table, seq, content in sorted(entries, key=lambda e: e[1]):
        digest = chain_hash(prev, content)
        conn.execute(f"UPDATE {table} SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, seq))
        prev = digest


def _rewrite_contact_versions(conn: sqlite3.Connection, contact_id: int, change) -> None:
    for seq, content in conn.execute("SELECT seq, content FROM contact_versions WHERE contact_id = ?",
                                     (contact_id,)).fetchall():
        data = json.loads(content)
        change(data)
        conn.execute("UPDATE contact_versions SET content = ? WHERE seq = ?", (canonical(data), seq))


def edit_summary_everywhere(db: Path, contact_id: int, summary: str) -> None:
    """Change a record's summary in its row and in every version, then re-hash: a consistent false history."""
    conn = _connect(db)
    conn.execute("UPDATE contacts SET summary = ? WHERE id = ?", (summary, contact_id))
    _rewrite_contact_versions(conn, contact_id, lambda d: d.update(summary=summary))
    rehash(conn)
    conn.execute("COMMIT")
    conn.close()


def delete_record_with_history(db: Path, contact_id: int) -> None:
    """Remove a record, its parts, flags, attachments and every version, then re-hash."""
    conn = _connect(db)
    for table in ("contact_parties", "contact_marks", "contact_flags", "contact_versions"):
        conn.execute(f"DELETE FROM {table} WHERE contact_id = ?", (contact_id,))
    ids = [r[0] for r in conn.execute("SELECT id FROM attachments WHERE contact_id = ?", (contact_id,))]
    conn.execute("DELETE FROM attachments WHERE contact_id = ?", (contact_id,))
    for attachment_id in ids:
        conn.execute("DELETE FROM record_versions WHERE tbl = 'attachments' AND record_key = ?", (str(attachment_id),))
    conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
    rehash(conn)
    conn.execute("COMMIT")
    conn.close()


def cut_end(db: Path, keep: int) -> None:
    """Keep only the first ``keep`` entries of the chain, and roll every row back to its last kept version."""
    conn = _connect(db)
    conn.execute("DELETE FROM contact_versions WHERE seq > ?", (keep,))
    conn.execute("DELETE FROM record_versions WHERE seq > ?", (keep,))
    conn.execute("DELETE FROM contact_flags")
    conn.execute("DELETE FROM contacts WHERE id NOT IN (SELECT contact_id FROM contact_versions)")
    conn.execute("COMMIT")
    conn.close()


def swap_evidence(db: Path, evidence_dir: Path, attachment_id: int, new_bytes: bytes) -> None:
    """Replace an evidence file with other content, and its SHA-256 everywhere it is named, then re-hash."""
    conn = _connect(db)
    old, contact_id = conn.execute("SELECT sha256, contact_id FROM attachments WHERE id = ?",
                                   (attachment_id,)).fetchone()
    new = hashlib.sha256(new_bytes).hexdigest()
    (evidence_dir / new).write_bytes(new_bytes)
    (evidence_dir / old).unlink()
    conn.execute("UPDATE attachments SET sha256 = ?, size = ? WHERE id = ?", (new, len(new_bytes), attachment_id))
    _rewrite_contact_versions(conn, contact_id,
                              lambda d: d.update(attachments=sorted(new if a == old else a for a in d["attachments"])))
    for seq, content in conn.execute("SELECT seq, content FROM record_versions WHERE tbl = 'attachments' AND "
                                     "record_key = ?", (str(attachment_id),)).fetchall():
        data = json.loads(content)
        data["row"].update(sha256=new, size=len(new_bytes))
        conn.execute("UPDATE record_versions SET content = ? WHERE seq = ?", (canonical(data), seq))
    rehash(conn)
    conn.execute("COMMIT")
    conn.close()
