"""``verify``: recompute a case's chain, compare what is stored now with it, and check every evidence file.

What is caught: a stored entry whose content or link no longer matches its hash
(or two entries at one position); a current record that differs from its newest
version (someone edited ``contacts`` or another chained table directly), was
hidden or un-hidden without a delete or restore version, was removed while its
versions remain, or has no version at all; automatic flags that differ from what
the rules give when recomputed; an evidence file that is missing or whose content
no longer matches its SHA-256 name. With an earlier head (from a PDF), whether the
history up to it is unchanged (:func:`desktop.domain.anchor.check_head`).

What is not caught: see :data:`desktop.domain.integrity.NOT_COVERED`; and a
history forged by someone who recomputes every hash, unless it is checked
against a head recorded before the forgery.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.anchor import Anchor, HeadCheck, check_head
from desktop.domain.evidence import ALTERED, INVALID, MISSING, Attachment, display_name
from desktop.domain.integrity import CONTACTS, ChainLink, ChainProblem, check_chain, record_name
from desktop.domain.rules_engine import EngineParams, compute_flags, flags_by_contact
from desktop.store import record_chain
from desktop.store.cases import CaseRepository
from desktop.store.contacts import ContactRepository
from desktop.store.evidence import EvidenceRepository

_NOT_COMPARED = ("action", "saved_at", "reason", "version")


@dataclass(frozen=True)
class VerifyReport:
    versions: int
    contacts: int
    files: int
    head: str
    problems: tuple[ChainProblem, ...]
    records: int = 0  # chained records other than contacts
    head_check: HeadCheck | None = None  # with an earlier head: where it stands

    @property
    def ok(self) -> bool:
        return not self.problems and (self.head_check is None or self.head_check.ok)


def record_problems(conn: sqlite3.Connection, params: EngineParams | None = None
                    ) -> tuple[list[ChainLink], int, list[ChainProblem]]:
    """The chain and the current records checked against it (no files): the chain's links,
    how many current records there are (contacts and others), and what does not check out."""
    links = record_chain.links(conn)
    problems = list(check_chain(links))
    contact_latest: dict[int, tuple[int, dict]] = {}
    record_latest: dict[tuple[str, str], dict] = {}
    for link in links:
        try:
            content = json.loads(link.content)
        except ValueError:
            continue  # already reported: its hash cannot match
        if not isinstance(content, dict):
            continue
        if link.table == CONTACTS:
            contact_latest[link.contact_id] = (link.version, content)
        else:
            # Which record it is comes from the hashed content, not the table's plain columns.
            record_latest[(str(content.get("table", link.table)), str(content.get("key", link.key)))] = content
    count = _contact_problems(conn, contact_latest, problems)
    count += _other_record_problems(conn, record_latest, problems)
    _flag_problems(conn, params or EngineParams(), problems)
    return links, count, problems


def _contact_problems(conn: sqlite3.Connection, latest: dict[int, tuple[int, dict]],
                      problems: list[ChainProblem]) -> int:
    contacts = ContactRepository(conn)
    hidden = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, deleted_at, delete_reason FROM contacts")}
    count = 0
    for contact_id, version, current in contacts.current_contents():
        count += 1
        stored = latest.get(contact_id)
        if stored is None:
            problems.append(ChainProblem(None, contact_id, f"记录 #{contact_id} 在历史链中没有任何版本，可能是被直接写进数据库的。",
                                         f"Record #{contact_id} has no version in the history chain; it may have "
                                         "been written into the database directly."))
            continue
        stored_version, content = stored
        differs = [k for k in current if k not in _NOT_COMPARED and current[k] != content.get(k)]
        if stored_version != version or differs:
            fields = ", ".join(differs) or "version"
            problems.append(ChainProblem(None, contact_id,
                                         f"记录 #{contact_id} 的当前内容与它最后保存的版本不一致（{fields}），被直接改动过。",
                                         f"Record #{contact_id} now differs from its last saved version ({fields}); "
                                         "it was changed directly."))
        deleted_at, reason = hidden.get(contact_id, (None, ""))
        should_hide = content.get("action") == "delete"
        if deleted_at is not None and not should_hide:
            problems.append(ChainProblem(None, contact_id,
                                         f"记录 #{contact_id} 在数据库里被隐藏了（标为已删除），但它的历史里最后一步不是删除：被直接改动过。",
                                         f"Record #{contact_id} is hidden (marked deleted) in the database, but the "
                                         "last step of its history is not a deletion: it was changed directly."))
        elif deleted_at is None and should_hide:
            problems.append(ChainProblem(None, contact_id,
                                         f"记录 #{contact_id} 的历史里最后一步是删除，但它在数据库里又显示出来了：被直接改动过。",
                                         f"The last step of record #{contact_id}'s history deletes it, but it is "
                                         "visible in the database: it was changed directly."))
        elif should_hide and reason != content.get("reason", ""):
            problems.append(ChainProblem(None, contact_id,
                                         f"记录 #{contact_id} 的删除原因与历史里保存的不一致，被直接改动过。",
                                         f"Record #{contact_id}'s reason for deletion differs from the one in its "
                                         "history; it was changed directly."))
    for contact_id, (version, _content) in latest.items():
        if contact_id not in hidden:
            problems.append(ChainProblem(None, contact_id,
                                         f"记录 #{contact_id} 已从数据库里被直接删掉了，但它的历史版本（{version} 个）还在。"
                                         "在本软件里删除只会隐藏记录，所以这是在软件之外改动的。",
                                         f"Record #{contact_id} has been removed from the database directly while its "
                                         f"history ({version} versions) remains. Deleting in this app only hides a "
                                         "record, so this was done outside the app."))
    return count


def _other_record_problems(conn: sqlite3.Connection, latest: dict[tuple[str, str], dict],
                           problems: list[ChainProblem]) -> int:
    if not record_chain.has_record_versions(conn):
        return 0
    count = 0
    for table in record_chain.CHAINED:
        current = record_chain.rows(conn, table)
        count += len(current)
        for key, row in current.items():
            zh, en = record_name(table, key)
            stored = latest.get((table, key))
            if stored is None:
                problems.append(ChainProblem(None, None, f"{zh}在历史链中没有任何版本，可能是被直接写进数据库的。",
                                             f"{en} has no version in the history chain; it may have been "
                                             "written into the database directly."))
            elif not isinstance(stored.get("row"), dict):
                problems.append(ChainProblem(None, None, f"{zh}在历史里已被删除，却又出现在数据库里：被直接改动过。",
                                             f"{en} was removed in its history but is in the database again: "
                                             "it was changed directly."))
            elif stored["row"] != row:
                fields = ", ".join(sorted(k for k in {*row, *stored["row"]} if row.get(k) != stored["row"].get(k)))
                problems.append(ChainProblem(None, None, f"{zh}的当前内容与它最后保存的版本不一致（{fields}），被直接改动过。",
                                             f"{en} now differs from its last saved version ({fields}); it was "
                                             "changed directly."))
        for (stored_table, key), stored in latest.items():
            if stored_table == table and key not in current and stored.get("row") is not None:
                zh, en = record_name(table, key)
                problems.append(ChainProblem(None, None, f"{zh}已从数据库里被直接删掉了，但它的历史版本还在。",
                                             f"{en} has been removed from the database directly while its "
                                             "history remains."))
    return count


def _flag_problems(conn: sqlite3.Connection, params: EngineParams, problems: list[ChainProblem]) -> None:
    """Automatic flags are derived data: recompute them with the rules and compare with what is stored."""
    expected = flags_by_contact(compute_flags(ContactRepository(conn, params).facts(all_days=True), params))
    stored: dict[int, set[str]] = defaultdict(set)
    for contact_id, rule_id in conn.execute("SELECT contact_id, rule_id FROM contact_flags"):
        stored[contact_id].add(rule_id)
    for contact_id in sorted(set(expected) | set(stored)):
        want, have = set(expected.get(contact_id, ())), stored.get(contact_id, set())
        if want != have:
            shown_have, shown_want = ", ".join(sorted(have)) or "—", ", ".join(sorted(want)) or "—"
            problems.append(ChainProblem(
                None, contact_id,
                f"记录 #{contact_id} 保存的自动标记（{shown_have}）与按规则重新计算的（{shown_want}）不一致："
                "自动标记被直接改动过，或者是按另一套规则参数算的。",
                f"Record #{contact_id}'s stored automatic flags ({shown_have}) differ from those the rules give "
                f"when recomputed ({shown_want}): they were changed directly, or computed with other rule settings."))


def verify_stored_case(cases: CaseRepository, case_id: str, params: EngineParams,
                       anchor: Anchor | None = None) -> VerifyReport:
    """``verify_case`` on a connection of its own, opened and closed here — for a worker thread, which
    must not use the window's connection (and so the UI never holds one)."""
    with cases.open(case_id) as conn:
        return verify_case(conn, cases.evidence_dir(case_id), params=params, anchor=anchor)


def verify_case(conn: sqlite3.Connection, evidence_dir: Path, *, params: EngineParams | None = None,
                anchor: Anchor | None = None, status: Callable[[Attachment], str] | None = None) -> VerifyReport:
    """Everything ``verify`` checks; with ``anchor`` (a head from an earlier report) also where it stands.

    ``status`` gives an evidence file's state (``EvidenceRepository.status`` by default): the report
    passes its cached one, so each evidence file is hashed once per export, not once per section.
    """
    links, count, problems = record_problems(conn, params)
    chain_problems = {p.seq for p in problems if p.seq is not None}
    head_check = check_head(links, anchor, chain_problems) if anchor is not None else None
    contact_rows = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    evidence = EvidenceRepository(conn, evidence_dir)
    files = evidence.all()
    for att in files:
        state = (status or evidence.status)(att)
        name = display_name(att.original_name)  # hidden characters shown, never sent to a terminal as-is
        if state == INVALID:  # the stored value is not shown: it is not a hash and may be anything
            problems.append(ChainProblem(None, att.contact_id,
                                         f"证据文件“{name}”（附件 #{att.id}）的记录已损坏：保存的 SHA-256 不是有效的格式，"
                                         "没有按它查找任何文件。",
                                         f"The record of the evidence file “{name}” (attachment #{att.id}) is "
                                         "damaged: its stored SHA-256 is not valid, so no file was looked for."))
        elif state == MISSING:
            problems.append(ChainProblem(None, att.contact_id,
                                         f"证据文件“{name}”（{att.sha256[:12]}…）不见了。",
                                         f"The evidence file “{name}” ({att.sha256[:12]}…) is missing."))
        elif state == ALTERED:
            problems.append(ChainProblem(None, att.contact_id,
                                         f"证据文件“{name}”（{att.sha256[:12]}…）的内容被改动过，与保存时的 SHA-256 不符。",
                                         f"The evidence file “{name}” ({att.sha256[:12]}…) has been "
                                         "changed: it no longer matches its SHA-256."))
    return VerifyReport(len(links), contact_rows, len(files), record_chain.head(conn), tuple(problems),
                        count - contact_rows, head_check)
