"""``verify``: recompute a case's chain and check every evidence file.

Three kinds of tampering are caught: a stored version whose content or link no
longer matches its hash; a current record that differs from its newest version
(someone edited the ``contacts`` table directly); an evidence file that is
missing or whose content no longer matches its SHA-256 name.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.evidence import ALTERED, INVALID, MISSING, display_name
from desktop.domain.integrity import ChainProblem, check_chain
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

    @property
    def ok(self) -> bool:
        return not self.problems


def record_problems(conn: sqlite3.Connection) -> tuple[list, int, list[ChainProblem]]:
    """The chain of stored versions and the current records checked against it (no files):
    the chain's links, how many current records there are, and what does not check out."""
    contacts = ContactRepository(conn)
    links = contacts.chain()
    problems = list(check_chain(links))
    latest: dict[int, tuple[int, dict]] = {}
    for link in links:
        try:
            content = json.loads(link.content)
        except ValueError:
            continue  # already reported: its hash cannot match
        latest[link.contact_id] = (link.version, content)
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
    return links, count, problems


def verify_case(conn: sqlite3.Connection, evidence_dir: Path) -> VerifyReport:
    contacts = ContactRepository(conn)
    links, count, problems = record_problems(conn)
    evidence = EvidenceRepository(conn, evidence_dir)
    files = evidence.all()
    for att in files:
        state = evidence.status(att)
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
    return VerifyReport(len(links), count, len(files), contacts.chain_head(), tuple(problems))
