"""The tamper-evident history of a case: one hash chain over everything the reports present.

Every saved version of a contact, and of every other chained record (the case's
alias and notes, loans, attachments, letters, the negotiation draft, events), is
turned into canonical JSON (sorted keys, no extra spaces, UTF-8) and hashed
together with the previous entry's hash: ``hash = SHA-256(prev_hash + "\\n" +
canonical)``. All entries form one chain in save order (``seq``), so changing,
removing or reordering any stored entry changes every hash after it.

What this shows, exactly: accidental and naive changes. The chain has no secret
key, so someone with the files who recomputes every hash can forge a consistent
history; that is caught only by comparing with a head recorded earlier outside
the computer (see :mod:`desktop.domain.anchor`). :data:`NOT_COVERED` lists what
is outside the chain.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.domain.contacts import Contact
from desktop.domain.text import Bilingual, Text

GENESIS = "0" * 64
CONTACTS = "contacts"

#: Label of each chained table, for messages: (Chinese, English).
RECORD_LABELS: dict[str, tuple[str, str]] = {
    CONTACTS: ("记录", "record"),
    "case_info": ("案件信息（名称和说明）", "the case record (name and notes)"),
    "loans": ("贷款", "loan"),
    "attachments": ("附件", "attachment"),
    "letters": ("信件", "letter"),
    "drafts": ("草稿", "draft"),
    "events": ("案件事件", "case event"),
}

#: What the chain and ``verify`` cover, and what they do not, said in
#: ``verify``'s output, the report's integrity statement and the window.
COVERED = Text(
    "每条催收记录的每个版本（含删除和恢复）；案件名称和说明；贷款；附件的文件名、备注和删除；信件的每个版本（含定稿）；"
    "协商还款草稿；案件事件。自动标记不入链，而是按规则重新计算后与保存的比对。证据文件按保存时的 SHA-256 核对。",
    "every version of every contact record (including deletions and restorations); the case's name and notes; "
    "loans; attachments' names, notes and removal; every version of every letter (including when it became "
    "final); the negotiation draft; case events. Automatic flags are not chained but recomputed from the rules "
    "and compared with the stored ones. Evidence files are checked against the SHA-256 saved for them.",
)
#: What a passing check shows and what it cannot, in the same words everywhere.
LIMITS = Text(
    "核对通过能说明：保存的内容与它的历史一致，意外的或简单的改动（直接改数据库里的一项、删掉一条）都会被发现。"
    "不能说明：能改动案件文件、又会重新计算全部哈希值的人，可以做出一份前后一致的假历史；"
    "这只有拿更早记在这台电脑以外的链头（打印或寄出的 PDF、核对码的照片）来比对，才能发现。"
    "证据文件只能证明自加入本软件以来没有变过。",
    "A passing check shows that what is stored matches its history, so accidental and naive changes (editing one "
    "value in the database, deleting a record) are found. It cannot show more: someone who can edit the case's files and "
    "recomputes every hash can make a consistent false history; that is found only by comparing with a head "
    "recorded earlier outside this computer (a printed or sent PDF, a photo of its check code). Evidence files "
    "are shown unchanged only since they were added to the app.",
)
NOT_COVERED: tuple[Text, ...] = (
    Text("证据文件加入本软件之前的内容：只能证明文件自加入以来没有变过。",
          "what an evidence file held before it was added: only that it has not changed since it was added"),
    Text("“正在接电话”里还没保存的草稿（报告里从不出现）。",
          "the unsaved draft of a call in progress (never shown in a report)"),
    Text("记录列表的搜索辅助列（由记录内容得出，只影响窗口里的搜索）。",
          "the log's search helper columns (derived from the records; they only affect searching in the window)"),
    Text("案件编号（案件文件夹的名字；导入案件包时会换新）。",
          "the case's id (the name of its folder; importing a case bundle gives it a new one)"),
    Text("本软件的设置和锁屏密码（不在案件里）。", "the app's settings and lock passcode (not part of a case)"),
)


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


def record_content(table: str, key: str, *, version: int, action: str, saved_at: datetime,
                   row: dict[str, Any] | None) -> dict[str, Any]:
    """One saved version of a chained record other than a contact: the whole stored row
    (``None`` once the row is gone, e.g. a cleared draft)."""
    return {
        "table": table,
        "key": key,
        "version": version,
        "action": action,
        "saved_at": saved_at.isoformat(timespec="seconds"),
        "row": row,
    }


def canonical(content: dict[str, Any]) -> str:
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def chain_hash(prev_hash: str, canonical_text: str) -> str:
    return hashlib.sha256(f"{prev_hash}\n{canonical_text}".encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class ChainLink:
    """One stored entry of the chain: a contact version (``table`` = contacts) or a record version."""

    seq: int
    contact_id: int | None
    version: int
    content: str
    prev_hash: str
    hash: str
    table: str = CONTACTS
    key: str = ""

    def where(self) -> tuple[str, str]:
        """Which entry this is, for messages: (Chinese, English)."""
        if self.table == CONTACTS:
            return (f"记录 #{self.contact_id} 的第 {self.version} 个版本（序号 {self.seq}）",
                    f"record #{self.contact_id}, version {self.version} (sequence {self.seq})")
        zh, en = record_name(self.table, self.key)
        return (f"{zh}的第 {self.version} 个版本（序号 {self.seq}）",
                f"{en[0].lower()}{en[1:]}, version {self.version} (sequence {self.seq})")


def record_name(table: str, key: str) -> tuple[str, str]:
    """A chained record's name to start a sentence with: "贷款 #3 " / "Loan #3" (the Chinese ends
    with the space that separates it from what follows, unless it ends in a bracket)."""
    zh, en = RECORD_LABELS.get(table, (table, table))
    if table == "case_info":
        return zh, en[0].upper() + en[1:]  # ends in "）": no space needed
    shown = f"#{key}" if key.isdigit() else f"“{key}”"
    return f"{zh} {shown} ", f"{en[0].upper()}{en[1:]} {shown}"


@dataclass(frozen=True)
class ChainProblem(Bilingual):
    """One place where the stored history does not check out."""

    seq: int | None
    contact_id: int | None
    zh: str
    en: str


def check_chain(links: list[ChainLink]) -> list[ChainProblem]:
    """Recompute the chain in ``seq`` order; report every broken link."""
    problems = []
    expected_prev = GENESIS
    previous_seq = None
    for link in links:
        where_zh, where_en = link.where()
        if link.seq == previous_seq:
            problems.append(ChainProblem(link.seq, link.contact_id,
                                         f"{where_zh}：与另一条历史记录占用了同一个序号，历史记录被改动过。",
                                         f"{where_en}: shares its sequence number with another entry; "
                                         "the history has been tampered with."))
        previous_seq = link.seq
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
