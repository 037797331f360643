"""The tamper-evident history of a case's contacts.

Every saved version of a contact is turned into canonical JSON (sorted keys, no
extra spaces, UTF-8) and hashed together with the previous version's hash:
``hash = SHA-256(prev_hash + "\\n" + canonical)``. The versions of all the
case's contacts form one chain in save order, so changing, removing or
reordering any stored version breaks every hash after it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.domain.contacts import Contact

GENESIS = "0" * 64


def contact_content(contact: Contact, *, uid: str, version: int, action: str, saved_at: datetime,
                    reason: str = "", attachments: tuple[str, ...] = ()) -> dict[str, Any]:
    """The content of one saved version, as plain JSON-able values.

    Fields added after the first release appear only once they are set, so every
    version stored before they existed keeps hashing byte for byte as it did.
    """
    content = {
        "uid": uid,
        "version": version,
        "action": action,
        "saved_at": saved_at.isoformat(timespec="seconds"),
        "reason": reason,
        "occurred_at": contact.occurred_at.isoformat(timespec="seconds") if contact.occurred_at else None,
        "channel": str(contact.channel),
        "direction": str(contact.direction) if contact.direction else None,
        "answered": contact.answered,
        "number": contact.number,
        "claimed_org": contact.claimed_org,
        "claimed_name": contact.claimed_name,
        "claimed_staff_id": contact.claimed_staff_id,
        "loan_id": contact.loan_id,
        "duration_s": contact.duration_s,
        "contacted_party": str(contact.contacted_party),
        "debt_disclosed": contact.debt_disclosed,
        "summary": contact.summary,
        "threats": contact.threats,
        "notes": contact.notes,
        "mood": contact.mood,
        "marks": sorted(contact.marks),
        "third_parties": [
            {
                "relation": str(p.relation),
                "name": p.name,
                "number": p.number,
                "debt_disclosed": p.debt_disclosed,
                "asked_to_pay": p.asked_to_pay,
            }
            for p in contact.third_parties
        ],
        "attachments": sorted(attachments),
    }
    if contact.reachable is not None:
        content["reachable"] = str(contact.reachable)
    if contact.continued_after_refusal is not None:
        content["continued_after_refusal"] = str(contact.continued_after_refusal)
    if contact.asked_to_pay:
        content["asked_to_pay"] = True
    return content


def canonical(content: dict[str, Any]) -> str:
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def chain_hash(prev_hash: str, canonical_text: str) -> str:
    return hashlib.sha256(f"{prev_hash}\n{canonical_text}".encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class ChainLink:
    seq: int
    contact_id: int
    version: int
    content: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainProblem:
    """One place where the stored history does not check out."""

    seq: int | None
    contact_id: int | None
    zh: str
    en: str

    def message(self, lang: str = "zh_CN") -> str:
        return self.en if lang == "en" else self.zh


def check_chain(links: list[ChainLink]) -> list[ChainProblem]:
    """Recompute the chain in ``seq`` order; report every broken link."""
    problems = []
    expected_prev = GENESIS
    for link in links:
        where_zh = f"记录 #{link.contact_id} 的第 {link.version} 个版本（序号 {link.seq}）"
        where_en = f"record #{link.contact_id}, version {link.version} (sequence {link.seq})"
        if link.prev_hash != expected_prev:
            problems.append(ChainProblem(link.seq, link.contact_id,
                                         f"{where_zh}：与上一个版本的链接不符，历史记录可能被删改或删除过。",
                                         f"{where_en}: its link to the previous version does not match; "
                                         "the history may have been edited or had entries removed."))
        actual = chain_hash(link.prev_hash, link.content)
        if actual != link.hash:
            problems.append(ChainProblem(link.seq, link.contact_id,
                                         f"{where_zh}：内容与保存时的哈希值不符，内容被改动过。",
                                         f"{where_en}: its content does not match the hash saved with it; "
                                         "it has been changed."))
        expected_prev = link.hash
    return problems
