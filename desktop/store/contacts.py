"""Contacts: current state for fast lists, plus an append-only, hash-chained history.

Every save (create, edit, delete, restore) appends a version to
``contact_versions`` with its canonical content and chain hash, and updates the
current row in ``contacts`` — in one transaction, together with the automatic
flags of the days it touches. Nothing is ever removed: a delete hides a contact
and records why. The versions are chained after the case's last entry, which may
be a contact version or a record version (:mod:`desktop.store.record_chain`):
one chain, one head.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.contacts import (
    Contact,
    ContactFilter,
    ContactRow,
    FlaggedContact,
    LogStats,
    Relation,
    ThirdParty,
)
from desktop.domain.errors import UserError
from desktop.domain.integrity import canonical, chain_hash, contact_content
from desktop.domain.legal import THIRD_PARTY
from desktop.domain.rules_engine import (
    ContactFacts,
    EngineParams,
    Flag,
    compute_flags,
    flags_by_contact,
    grades_by_contact,
)
from desktop.store import record_chain
from desktop.store.contact_filter import where_clause
from desktop.store.contact_rows import (
    COLUMNS,
    clean_contact,
    contact_from_row,
    day_of,
    optional_bool,
    parse_dt,
    row_values,
)
from desktop.store.db import transaction
from desktop.store.log_stats import log_stats

if TYPE_CHECKING:
    from desktop.store.evidence import EvidenceRepository

__all__ = ["ContactNotFound", "ContactRepository", "ContactVersion"]

_CHUNK = 500  # contacts per query when reading many (SQLite allows 999 parameters in older builds)


@dataclass(frozen=True)
class ContactVersion:
    seq: int
    version: int
    action: str
    saved_at: datetime
    content: dict
    hash: str


class ContactNotFound(UserError):
    def __init__(self, contact_id: int) -> None:
        super().__init__(zh=f"找不到记录 #{contact_id}。", en=f"There is no record #{contact_id}.")


class ContactRepository:
    def __init__(self, conn: sqlite3.Connection, params: EngineParams | None = None,
                 clock: Callable[[], datetime] = datetime.now, evidence: EvidenceRepository | None = None) -> None:
        self._conn = conn
        self.params = params or EngineParams()
        self.clock = clock
        # Where ``add``/``update`` copy a contact's evidence files (the session passes its own).
        self.evidence = evidence

    # -- writing ---------------------------------------------------------------
    def add(self, contact: Contact, files: Sequence[Path] = ()) -> Contact:
        """Store a new contact with its evidence ``files``: the contact, its files and one version, or nothing.

        Raises :class:`UserError` naming the file when one cannot be read; then no contact
        row, no version and no new file in ``evidence/`` is left behind.
        """
        with self._copied(files) as copies, transaction(self._conn):
            self._claim_empty_case()
            saved = self._create(contact, copies)
            self._refresh_flags({day_of(saved)})
        return saved

    def add_many(self, contacts: Iterable[Contact],
                 within: Callable[[list[Contact]], None] | None = None) -> list[Contact]:
        """Store new contacts in one transaction: all of them, or none.

        ``within(saved)`` runs inside that transaction before the flags are refreshed (the
        phone import attaches recordings and records identities there, all-or-nothing).
        """
        saved = []
        days: set[date | None] = set()
        with transaction(self._conn):
            self._claim_empty_case()
            for contact in contacts:
                contact = self._create(contact)
                days.add(day_of(contact))
                saved.append(contact)
            if within is not None:
                within(saved)
            self._refresh_flags(days)
        return saved

    def _create(self, contact: Contact, copies: list[tuple[str, str, int, datetime | None]] = ()) -> Contact:
        """Inside a transaction: the new row, its parts and files, and its first version listing them."""
        contact = clean_contact(contact)
        now = self._now()
        uid = uuid.uuid4().hex
        cur = self._conn.execute(
            f"INSERT INTO contacts (uid, version, created_at, updated_at, {', '.join(COLUMNS)}) "
            f"VALUES (?, 1, ?, ?, {', '.join('?' * len(COLUMNS))})",
            (uid, now.isoformat(), now.isoformat(), *row_values(contact)),
        )
        contact = replace(contact, id=cur.lastrowid)
        self._write_parts(contact)
        self._record(contact.id, copies)
        self._append_version(contact, uid, 1, "create", now)
        return contact

    def update(self, contact: Contact, files: Sequence[Path] = ()) -> Contact:
        """Save an edit, with new evidence ``files``, as one new version; the old one stays in the history.

        All-or-nothing as :meth:`add`: a file that cannot be read leaves the contact as it was.
        """
        if contact.id is None:
            raise ValueError("update() needs a stored contact")
        contact = clean_contact(contact)
        with self._copied(files) as copies, transaction(self._conn):
            old = self._get(contact.id)
            uid, version, deleted = self._identity(contact.id)
            if deleted:
                raise UserError(zh="这条记录已删除，请先撤销删除再修改。",
                                en="This record is deleted; undo the deletion before editing it.")
            now = self._now()
            self._conn.execute(
                f"UPDATE contacts SET version = ?, updated_at = ?, {', '.join(c + ' = ?' for c in COLUMNS)} "
                "WHERE id = ?",
                (version + 1, now.isoformat(), *row_values(contact), contact.id),
            )
            self._write_parts(contact)
            self._record(contact.id, copies)
            self._append_version(contact, uid, version + 1, "edit", now)
            self._refresh_flags({day_of(old), day_of(contact)})
        return contact

    def delete(self, contact_id: int, reason: str) -> None:
        """Hide a contact; it stays in the history with the reason and can be restored."""
        self._set_deleted(contact_id, reason.strip(), "delete")

    def restore(self, contact_id: int) -> None:
        self._set_deleted(contact_id, "", "restore")

    def _set_deleted(self, contact_id: int, reason: str, action: str) -> None:
        with transaction(self._conn):
            contact = self._get(contact_id)
            uid, version, deleted = self._identity(contact_id)
            if deleted == (action == "delete"):
                return
            now = self._now()
            self._conn.execute(
                "UPDATE contacts SET version = ?, updated_at = ?, deleted_at = ?, delete_reason = ? WHERE id = ?",
                (version + 1, now.isoformat(), now.isoformat() if action == "delete" else None, reason, contact_id),
            )
            self._append_version(contact, uid, version + 1, action, now, reason)
            self._refresh_flags({day_of(contact)})

    def _write_parts(self, contact: Contact) -> None:
        self._conn.execute("DELETE FROM contact_parties WHERE contact_id = ?", (contact.id,))
        self._conn.executemany(
            "INSERT INTO contact_parties (contact_id, position, relation, name, number, debt_disclosed, asked_to_pay) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(contact.id, i, str(p.relation), p.name, p.number, int(p.debt_disclosed), int(p.asked_to_pay))
             for i, p in enumerate(contact.third_parties)],
        )
        self._conn.execute("DELETE FROM contact_marks WHERE contact_id = ?", (contact.id,))
        self._conn.executemany("INSERT INTO contact_marks (contact_id, rule_id) VALUES (?, ?)",
                              [(contact.id, m) for m in sorted(set(contact.marks))])

    def _append_version(self, contact: Contact, uid: str, version: int, action: str, now: datetime,
                        reason: str = "") -> None:
        content = canonical(contact_content(contact, uid=uid, version=version, action=action, saved_at=now,
                                            reason=reason, attachments=self._attachment_hashes(contact.id)))
        seq, prev = record_chain.tip(self._conn)
        self._conn.execute(
            "INSERT INTO contact_versions (seq, contact_id, version, action, saved_at, content, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (seq + 1, contact.id, version, action, now.isoformat(), content, prev, chain_hash(prev, content)),
        )

    def _attachment_hashes(self, contact_id: int) -> tuple[str, ...]:
        return tuple(r[0] for r in self._conn.execute(
            "SELECT sha256 FROM attachments WHERE contact_id = ? AND removed_at IS NULL", (contact_id,)))

    @contextlib.contextmanager
    def _copied(self, files: Sequence[Path]):
        """Copy ``files`` into ``evidence/`` first (outside the transaction: copying takes time);
        if anything fails before the block ends, remove the copies this save created."""
        if files and self.evidence is None:
            raise ValueError("saving evidence files needs the repository's evidence store")
        created: list[Path] = []
        copies: list[tuple[str, str, int, datetime | None]] = []
        try:
            for source in files:
                source = Path(source)
                mtime = self.evidence.check_source(source)
                digest, size, was_created = self.evidence.copy_in(source)
                if was_created:
                    created.append(self.evidence.folder / digest)
                copies.append((digest, source.name, size, mtime))
            yield copies
        except BaseException:
            for path in created:
                with contextlib.suppress(OSError):
                    path.unlink()
            raise

    def _record(self, contact_id: int, copies: list[tuple[str, str, int, datetime | None]]) -> None:
        """Inside the save's transaction: the attachment rows, before the version that lists them."""
        for digest, name, size, mtime in copies:
            self.evidence.record(contact_id, digest, name, size, mtime)

    def version_listing_attachments(self, contact_id: int) -> None:
        """Inside a transaction that just added attachments: a new version of the contact listing them."""
        contact = self._get(contact_id)
        uid, version, _ = self._identity(contact_id)
        now = self._now()
        self._conn.execute("UPDATE contacts SET version = ?, updated_at = ? WHERE id = ?",
                          (version + 1, now.isoformat(), contact_id))
        self._append_version(contact, uid, version + 1, "edit", now)

    def dismiss_suggestion(self, contact_id: int, rule_id: str) -> None:
        """Remember that the user dismissed suggestion ``rule_id`` on a contact (not evidence: no version)."""
        with transaction(self._conn):
            self._conn.execute("INSERT OR IGNORE INTO dismissed_suggestions (contact_id, rule_id, dismissed_at) "
                              "VALUES (?, ?, ?)", (contact_id, rule_id, self._now().isoformat(timespec="seconds")))

    def dismissed_suggestions(self, contact_id: int) -> frozenset[str]:
        """The rule ids whose suggestion the user dismissed on this contact."""
        rows = self._conn.execute("SELECT rule_id FROM dismissed_suggestions WHERE contact_id = ?", (contact_id,))
        return frozenset(r[0] for r in rows)

    # -- reading ---------------------------------------------------------------
    def get(self, contact_id: int) -> Contact:
        return self._get(contact_id)

    def _get(self, contact_id: int) -> Contact:
        row = self._conn.execute(
            f"SELECT id, {', '.join(COLUMNS)} FROM contacts WHERE id = ?", (contact_id,)).fetchone()
        if row is None:
            raise ContactNotFound(contact_id)
        parties = tuple(
            ThirdParty(Relation(r[0]), r[1], r[2], bool(r[3]), bool(r[4]))
            for r in self._conn.execute(
                "SELECT relation, name, number, debt_disclosed, asked_to_pay FROM contact_parties "
                "WHERE contact_id = ? ORDER BY position", (contact_id,))
        )
        marks = tuple(r[0] for r in self._conn.execute(
            "SELECT rule_id FROM contact_marks WHERE contact_id = ? ORDER BY rule_id", (contact_id,)))
        return contact_from_row(row, parties, marks)

    def get_many(self, ids: list[int]) -> dict[int, Contact]:
        """Several contacts at once: three queries per chunk instead of three per contact."""
        found: dict[int, Contact] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            parties, marks = self._parts_of(chunk)
            for row in self._conn.execute(
                f"SELECT id, {', '.join(COLUMNS)} FROM contacts WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
                found[row[0]] = contact_from_row(row, parties.get(row[0], ()), marks.get(row[0], ()))
        return found

    def with_flags(self, flt: ContactFilter | None = None, chunk: int = _CHUNK) -> Iterator[FlaggedContact]:
        """The contacts ``flt`` selects, whole, with their stored flags and newest hash, oldest first (the
        report). Each contact's row is read once, in one query streamed ``chunk`` rows at a time with
        their parties and marks, so a case of 10,000 contacts is never held as rows all at once."""
        where, params = where_clause(flt or ContactFilter())
        cur = self._conn.execute(
            f"SELECT c.id, {', '.join('c.' + col for col in COLUMNS)}, "
            "(SELECT group_concat(rule_id) FROM contact_flags f WHERE f.contact_id = c.id), "
            f"(SELECT grade FROM contact_flags f WHERE f.contact_id = c.id AND f.rule_id = '{THIRD_PARTY}'), "
            # The newest version by its position in the chain; (contact_id, version) is indexed.
            "(SELECT hash FROM contact_versions v WHERE v.contact_id = c.id ORDER BY v.seq DESC LIMIT 1) "
            # The log's order oldest first (page(descending=False)): undated contacts come first.
            f"FROM contacts c WHERE {where} ORDER BY c.occurred_at, c.id", params)
        try:
            while rows := cur.fetchmany(chunk):
                parties, marks = self._parts_of([r[0] for r in rows])
                for r in rows:
                    contact = contact_from_row(r, parties.get(r[0], ()), marks.get(r[0], ()))
                    flags, grade, head = r[-3:]
                    yield FlaggedContact(contact, tuple(sorted(flags.split(","))) if flags else (), grade or "",
                                         head or "")
        finally:
            cur.close()  # a report stopped half-way (Cancel) does not keep the read open

    def _parts_of(self, ids: list[int]) -> tuple[dict[int, tuple[ThirdParty, ...]], dict[int, tuple[str, ...]]]:
        """The third parties and the marks of the contacts ``ids`` (at most a chunk), by contact id."""
        marks_in = ", ".join("?" * len(ids))
        parties: dict[int, list[ThirdParty]] = {}
        for r in self._conn.execute(
            "SELECT contact_id, relation, name, number, debt_disclosed, asked_to_pay FROM contact_parties "
            f"WHERE contact_id IN ({marks_in}) ORDER BY contact_id, position", ids):
            parties.setdefault(r[0], []).append(ThirdParty(Relation(r[1]), r[2], r[3], bool(r[4]), bool(r[5])))
        marks: dict[int, list[str]] = {}
        for r in self._conn.execute(
            f"SELECT contact_id, rule_id FROM contact_marks WHERE contact_id IN ({marks_in}) "
            "ORDER BY contact_id, rule_id", ids):
            marks.setdefault(r[0], []).append(r[1])
        return {k: tuple(v) for k, v in parties.items()}, {k: tuple(v) for k, v in marks.items()}

    def _identity(self, contact_id: int) -> tuple[str, int, bool]:
        row = self._conn.execute("SELECT uid, version, deleted_at FROM contacts WHERE id = ?", (contact_id,)).fetchone()
        if row is None:
            raise ContactNotFound(contact_id)
        return row[0], row[1], row[2] is not None

    def is_deleted(self, contact_id: int) -> bool:
        return self._identity(contact_id)[2]

    def history(self, contact_id: int) -> list[ContactVersion]:
        return [
            ContactVersion(r[0], r[1], r[2], datetime.fromisoformat(r[3]), json.loads(r[4]), r[5])
            for r in self._conn.execute(
                "SELECT seq, version, action, saved_at, content, hash FROM contact_versions "
                "WHERE contact_id = ? ORDER BY version", (contact_id,))
        ]

    def count(self, flt: ContactFilter | None = None) -> int:
        where, params = where_clause(flt or ContactFilter())
        return self._conn.execute(f"SELECT count(*) FROM contacts c WHERE {where}", params).fetchone()[0]

    def page(self, flt: ContactFilter | None, offset: int, limit: int, descending: bool = True) -> list[ContactRow]:
        """One page of the list, newest first (or oldest first). Never loads more than ``limit`` rows."""
        where, params = where_clause(flt or ContactFilter())
        order = "DESC" if descending else "ASC"
        rows = self._conn.execute(
            "SELECT c.id, c.occurred_at, c.channel, c.direction, c.answered, c.number, c.number_norm, "
            "trim(c.claimed_org || ' ' || c.claimed_name || ' ' || c.claimed_staff_id), c.loan_id, c.duration_s, "
            "c.contacted_party, substr(c.summary, 1, 200), "
            "(SELECT group_concat(rule_id) FROM contact_flags f WHERE f.contact_id = c.id), "
            "(SELECT group_concat(rule_id) FROM contact_marks m WHERE m.contact_id = c.id), "
            "c.deleted_at IS NOT NULL, c.version, "
            f"(SELECT grade FROM contact_flags f WHERE f.contact_id = c.id AND f.rule_id = '{THIRD_PARTY}') "
            f"FROM contacts c WHERE {where} "
            # Exactly the index's order (occurred_at, id), so a page is read from the index, not sorted.
            # Undated contacts come last when newest is first, and first otherwise.
            f"ORDER BY c.occurred_at {order}, c.id {order} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        return [
            ContactRow(r[0], parse_dt(r[1]), r[2], r[3], optional_bool(r[4]), r[5], r[6], r[7], r[8], r[9], r[10],
                       r[11],
                       tuple(sorted((r[12] or "").split(","))) if r[12] else (),
                       tuple(sorted((r[13] or "").split(","))) if r[13] else (), bool(r[14]), r[15], r[16] or "")
            for r in rows
        ]

    def flags_for(self, contact_id: int) -> tuple[str, ...]:
        return tuple(r[0] for r in self._conn.execute(
            "SELECT rule_id FROM contact_flags WHERE contact_id = ? ORDER BY rule_id", (contact_id,)))

    # -- automatic flags ---------------------------------------------------------
    def numbers(self) -> frozenset[str]:
        """Every number already recorded on a contact of this case, normalised (the phone import pre-ticks these)."""
        rows = self._conn.execute("SELECT DISTINCT number_norm FROM contacts WHERE number_norm != ''")
        return frozenset(r[0] for r in rows)

    def stats(self, since: date) -> LogStats:
        """The log summary's counts: per day since ``since``, per rule, at night, third parties."""
        return log_stats(self._conn, since)

    def facts(self, day: date | None = None, *, all_days: bool = False) -> list[ContactFacts]:
        sql = ("SELECT c.id, c.occurred_at, c.channel, c.direction, c.answered, c.number_norm, c.loan_id, "
               "c.contacted_party, c.debt_disclosed, "
               "(SELECT count(*) FROM contact_parties p WHERE p.contact_id = c.id), "
               "(SELECT count(*) FROM contact_parties p WHERE p.contact_id = c.id AND p.debt_disclosed), "
               "c.duration_s, c.reachable, c.continued_after_refusal, c.asked_to_pay, "
               "(SELECT count(*) FROM contact_parties p WHERE p.contact_id = c.id AND p.asked_to_pay), "
               f"EXISTS (SELECT 1 FROM contact_marks m WHERE m.contact_id = c.id AND m.rule_id = '{THIRD_PARTY}') "
               "FROM contacts c WHERE c.deleted_at IS NULL")
        params: tuple = ()
        if not all_days:
            if day is None:
                sql += " AND c.occurred_at IS NULL"
            else:
                sql += " AND c.occurred_at >= ? AND c.occurred_at < ?"
                params = (datetime.combine(day, time()).isoformat(),
                          datetime.combine(day + timedelta(days=1), time()).isoformat())
        return [
            ContactFacts(r[0], parse_dt(r[1]), r[2], r[3], optional_bool(r[4]), r[5], r[6], r[7], bool(r[8]), r[9],
                         bool(r[10]), r[11], r[12], r[13], bool(r[14]), bool(r[15]), bool(r[16]))
            for r in self._conn.execute(sql, params)
        ]

    def _refresh_flags(self, days: set[date | None]) -> None:
        for day in days:
            self._replace_flags(self._day_ids(day), compute_flags(self.facts(day), self.params))

    def _day_ids(self, day: date | None) -> list[int]:
        if day is None:
            return [r[0] for r in self._conn.execute("SELECT id FROM contacts WHERE occurred_at IS NULL")]
        return [r[0] for r in self._conn.execute(
            "SELECT id FROM contacts WHERE occurred_at >= ? AND occurred_at < ?",
            (datetime.combine(day, time()).isoformat(),
             datetime.combine(day + timedelta(days=1), time()).isoformat()))]

    def _replace_flags(self, ids: list[int], flags: list) -> None:
        self._conn.executemany("DELETE FROM contact_flags WHERE contact_id = ?", [(i,) for i in ids])
        self._insert_flags(flags)

    def _insert_flags(self, flags: list) -> None:
        grades = grades_by_contact(flags)
        # The words the report prints, stored with the flag (the first flag of a rule marking a contact
        # speaks for it); they depend only on the flag and the parameters, both named by the stamp.
        reasons: dict[tuple[int, str], tuple[str, str]] = {}
        for flag in flags:
            for cid in flag.marked_ids:
                if (cid, flag.rule_id) not in reasons:
                    reasons[cid, flag.rule_id] = (flag.reason("zh_CN", self.params), flag.reason("en", self.params))
        self._conn.executemany(
            "INSERT INTO contact_flags (contact_id, rule_id, grade, reason_zh, reason_en) VALUES (?, ?, ?, ?, ?)",
            [(cid, rule, grades.get(cid, "") if rule == THIRD_PARTY else "", *reasons.get((cid, rule), ("", "")))
             for cid, rules in flags_by_contact(flags).items() for rule in sorted(rules)])

    def recompute_all_flags(self) -> None:
        """After an import, or when the stored flags were made by another engine or other parameters."""
        with transaction(self._conn):
            self._conn.execute("DELETE FROM contact_flags")
            self._insert_flags(compute_flags(self.facts(all_days=True), self.params))
            self._conn.execute("INSERT OR REPLACE INTO flag_state (id, stamp) VALUES (1, ?)", (self.params.stamp(),))

    def ensure_flags_current(self) -> bool:
        """Recompute the stored flags if they were made by another engine version or parameters; True if it did.

        Flags are derived data, so a case saved by an older app (or before a rules
        change) is brought up to date when it opens rather than showing old counts.
        """
        row = self._conn.execute("SELECT stamp FROM flag_state WHERE id = 1").fetchone()
        if row is not None and row[0] == self.params.stamp():
            return False
        self.recompute_all_flags()
        return True

    def flags_found(self, contact_id: int) -> list[Flag]:
        """The automatic flags resting on one contact, with what their reasons need (its day is recounted)."""
        day = day_of(self._get(contact_id))
        return [f for f in compute_flags(self.facts(day), self.params) if contact_id in f.marked_ids]

    def _claim_empty_case(self) -> None:
        """A case without contacts has no stale flags: the first contacts stored set whose flags these are."""
        if self._conn.execute("SELECT 1 FROM flag_state").fetchone() is None and \
                self._conn.execute("SELECT 1 FROM contacts LIMIT 1").fetchone() is None:
            self._conn.execute("INSERT INTO flag_state (id, stamp) VALUES (1, ?)", (self.params.stamp(),))

    def flag_reasons(self, lang: str) -> dict[tuple[int, str], str]:
        """(contact id, rule id) → why the stored flag is there, in ``lang`` (what the report prints)."""
        column = "reason_en" if lang == "en" else "reason_zh"
        return {(r[0], r[1]): r[2] for r in self._conn.execute(
            f"SELECT contact_id, rule_id, {column} FROM contact_flags")}

    def grades_for(self, ids: Iterable[int]) -> dict[int, str]:
        """contact id → the grade of its third-party flag (high / medium / low), for those that have one."""
        ids = list(ids)
        out: dict[int, str] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            out.update(self._conn.execute(
                f"SELECT contact_id, grade FROM contact_flags WHERE rule_id = '{THIRD_PARTY}' AND grade != '' "
                f"AND contact_id IN ({', '.join('?' * len(chunk))})", chunk).fetchall())
        return out

    # -- integrity -------------------------------------------------------------
    def current_contents(self) -> Iterable[tuple[int, int, dict]]:
        """(contact id, current version, what the current row says now) — to compare with the chain."""
        identities = self._conn.execute("SELECT id, uid, version FROM contacts ORDER BY id").fetchall()
        attachments: dict[int, list[str]] = {}
        for contact_id, sha in self._conn.execute(
                "SELECT contact_id, sha256 FROM attachments WHERE removed_at IS NULL ORDER BY id"):
            attachments.setdefault(contact_id, []).append(sha)
        for start in range(0, len(identities), _CHUNK):  # a chunk of whole contacts in memory at a time
            chunk = identities[start:start + _CHUNK]
            contacts = self.get_many([i[0] for i in chunk])
            for contact_id, uid, version in chunk:
                yield contact_id, version, {"uid": uid, **contact_content(
                    contacts[contact_id], uid=uid, version=version, action="", saved_at=datetime.min,
                    attachments=tuple(attachments.get(contact_id, ())))}

    def chain_head(self) -> str:
        """The head of the case's one chain (contacts and the other chained records)."""
        return record_chain.head(self._conn)

    def _now(self) -> datetime:
        return self.clock().replace(microsecond=0)
