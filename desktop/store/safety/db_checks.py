"""Is a case database from elsewhere exactly what this app makes? Its schema, and every value in it.

A bundle's database and a file given to ``restore`` come from outside: anyone
could have written them with any SQLite tool. Before such a file becomes a
case, :func:`check_schema` compares its schema with the one this app makes at
that version (no extra triggers, views, tables or indexes), and
:func:`check_values` reads every row of every table and checks each value the
app will later parse: dates and times in the ISO form the app writes, the
stable codes of enums, booleans, integers and their ranges, text that is valid
UTF-8 (SQLite can hold any bytes in a TEXT column: they are read with a text
factory that notices), JSON columns (parsed with a depth limit, so a 100,000-deep
draft cannot exhaust the stack) and evidence hashes (64 lowercase hex digits,
so a stored hash can never become a path). A failed check raises
:class:`DatabaseProblem`, which names the table, column and row and what is
wrong; each caller words the refusal for its own situation.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from desktop.domain.contacts import Channel, Direction, Relation
from desktop.domain.evidence import is_content_hash
from desktop.domain.money import MAX_FEN
from desktop.store.evidence import MAX_FILE
from desktop.store.safety.db_files import open_immutable
from desktop.store.schema.migrations import LADDER

MAX_JSON_DEPTH = 64  # the app's own drafts nest 4 deep; anything near this is not the app's


class DatabaseProblem(Exception):
    """What is wrong with a database file, in both languages; not a message by itself (callers frame it)."""

    def __init__(self, en: str, zh: str) -> None:
        super().__init__(en)
        self.en, self.zh = en, zh


# -- schema ----------------------------------------------------------------------------


def check_schema(db: Path, version: int) -> None:
    """The file's schema must be exactly what this app makes at ``version`` (no extra triggers or views)."""
    fresh = sqlite3.connect(":memory:")
    try:
        for step in LADDER[:version]:
            step(fresh)
        expected = sorted(fresh.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())
    finally:
        fresh.close()
    try:
        conn = open_immutable(db)
        try:
            found = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DatabaseProblem("the case database is damaged", "案件数据库已损坏") from exc
    if found != expected:
        raise DatabaseProblem("the case database has a structure this app does not make",
                              "案件数据库的结构与本软件的不同")


# -- JSON --------------------------------------------------------------------------------

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


def loads_limited(text: str, max_depth: int = MAX_JSON_DEPTH):
    """``json.loads`` that refuses nesting deeper than ``max_depth`` before parsing (ValueError).

    Python's parser recurses once per level, so a deeply nested value raises
    ``RecursionError`` (or worse) in whatever screen or PDF reads it; counting the
    brackets outside strings first is linear and cannot recurse.
    """
    if not isinstance(text, str):
        raise ValueError("not text")
    depth = 0
    for match in _BRACKET.finditer(_STRING.sub("", text)):
        depth += 1 if match.group() in "[{" else -1
        if depth > max_depth:
            raise ValueError(f"nested deeper than {max_depth}")
    return json.loads(text)


# -- values ------------------------------------------------------------------------------

_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{6})?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_RULE_ID = re.compile(r"[a-z][a-z0-9_]{0,63}")


class _BadText(Exception):
    pass


def _strict_text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _BadText() from exc


def _is_int(v) -> bool:
    return type(v) is int


def is_stored_datetime(v) -> bool:
    """True for a date and time as the app writes them: ``YYYY-MM-DDTHH:MM:SS[.ffffff]``, no time zone."""
    if not (isinstance(v, str) and _DATETIME.fullmatch(v)):
        return False
    try:
        datetime.fromisoformat(v)
    except ValueError:
        return False
    return True


def _is_date(v) -> bool:
    if not (isinstance(v, str) and _DATE.fullmatch(v)):
        return False
    try:
        date.fromisoformat(v)
    except ValueError:
        return False
    return True


def _is_json(v, kind: type | None = None) -> bool:
    try:
        value = loads_limited(v)
    except (ValueError, RecursionError):
        return False
    return kind is None or isinstance(value, kind)


def _one_of(values) -> Callable[[object], bool]:
    allowed = frozenset(str(v) for v in values)
    return lambda v: isinstance(v, str) and v in allowed


# kind → (test, what it must be: en, zh)
_KINDS: dict[str, tuple[Callable[[object], bool], str, str]] = {
    "text": (lambda v: isinstance(v, str), "text", "文字"),
    "id": (lambda v: _is_int(v) and v >= 1, "a record number (1 or more)", "记录编号（1 或以上）"),
    "count": (lambda v: _is_int(v) and 0 <= v < 2**31, "a whole number of 0 or more", "0 或以上的整数"),
    "bool": (lambda v: _is_int(v) and v in (0, 1), "0 or 1 (no/yes)", "0 或 1（否/是）"),
    "fen": (lambda v: _is_int(v) and 0 <= v <= MAX_FEN, "an amount in fen (0 to 10,000,000,000)",
            "以分计的金额（0 到 100 亿）"),
    "mood": (lambda v: _is_int(v) and 0 <= v <= 5, "a number from 0 to 5", "0 到 5 的数"),
    "datetime": (is_stored_datetime, "a date and time written YYYY-MM-DDTHH:MM:SS", "按 YYYY-MM-DDTHH:MM:SS 写的日期时间"),
    "date": (_is_date, "a date written YYYY-MM-DD", "按 YYYY-MM-DD 写的日期"),
    "json": (_is_json, "JSON data (nested at most 64 deep)", "JSON 数据（最多嵌套 64 层）"),
    "json_object": (lambda v: _is_json(v, dict), "a JSON object (nested at most 64 deep)",
                    "JSON 对象（最多嵌套 64 层）"),
    "sha256": (is_content_hash, "a SHA-256 of 64 lowercase hex digits", "64 位小写十六进制的 SHA-256"),
    "rule": (lambda v: isinstance(v, str) and _RULE_ID.fullmatch(v) is not None, "a rule code", "规则代码"),
    "channel": (_one_of(Channel), "one of " + ", ".join(Channel), "以下之一：" + "、".join(Channel)),
    "direction": (_one_of(Direction), "one of " + ", ".join(Direction), "以下之一：" + "、".join(Direction)),
    "relation": (_one_of(Relation), "one of " + ", ".join(Relation), "以下之一：" + "、".join(Relation)),
    "action": (_one_of(("create", "edit", "delete", "restore")), "create, edit, delete or restore",
               "create、edit、delete 或 restore"),
    "letter": (_one_of(("negotiation", "complaint")), "negotiation or complaint", "negotiation 或 complaint"),
    "file_size": (lambda v: _is_int(v) and 0 < v <= MAX_FILE, "a file size (1 byte to 4 GB)",
                  "文件大小（1 字节到 4 GB）"),
    "answer": (_one_of(("yes", "no", "unknown")), "yes, no or unknown", "yes、no 或 unknown"),
    "grade": (_one_of(("", "high", "medium", "low")), "high, medium, low or empty", "high、medium、low 或空"),
    "lender_type": (_one_of(("", "bank", "consumer_finance", "microloan", "other")),
                    "bank, consumer_finance, microloan, other or empty",
                    "bank、consumer_finance、microloan、other 或空"),
    "chained_table": (_one_of(("case_info", "loans", "attachments", "letters", "drafts", "events")),
                      "the name of a table in the history", "历史记录里的表名"),
    "phone_kind": (_one_of(("call", "message", "recording")), "call, message or recording",
                   "call、message 或 recording"),
    "record_action": (_one_of(("create", "edit", "delete", "restore", "freeze", "migrate")),
                      "create, edit, delete, restore, freeze or migrate",
                      "create、edit、delete、restore、freeze 或 migrate"),
}

# Every column of every table at the latest version (a test checks none is missing); "?" allows NULL.
COLUMNS: dict[str, dict[str, str]] = {
    "case_info": {"id": "id", "case_id": "text", "alias": "text", "created_at": "datetime", "notes": "text"},
    "loans": {
        "id": "id", "brand": "text", "contract_lender": "text", "contract_no": "text", "contract_date": "date?",
        "amount_borrowed_fen": "fen?", "amount_received_fen": "fen?", "outstanding_principal_fen": "fen?",
        "outstanding_interest_fen": "fen?", "outstanding_penalty_fen": "fen?", "outstanding_fees_fen": "fen?",
        "overdue_since": "date?", "schedule_json": "json", "notes": "text", "created_at": "datetime",
        "updated_at": "datetime", "deleted_at": "datetime?",
        "lender_type": "lender_type", "debt_illegal": "bool", "police_report_on": "date?",
    },
    "contacts": {
        "id": "id", "uid": "text", "version": "id", "occurred_at": "datetime?", "channel": "channel",
        "direction": "direction?", "answered": "bool?", "number": "text", "number_norm": "text",
        "claimed_org": "text", "claimed_name": "text", "claimed_staff_id": "text", "loan_id": "id?",
        "duration_s": "count?", "contacted_party": "relation", "debt_disclosed": "bool", "summary": "text",
        "threats": "text", "notes": "text", "mood": "mood?", "search_text": "text", "created_at": "datetime",
        "updated_at": "datetime", "deleted_at": "datetime?", "delete_reason": "text",
        "reachable": "answer?", "continued_after_refusal": "answer?", "asked_to_pay": "bool",
    },
    "contact_parties": {
        "id": "id", "contact_id": "id", "position": "count", "relation": "relation", "name": "text",
        "number": "text", "debt_disclosed": "bool", "asked_to_pay": "bool",
    },
    "contact_marks": {"contact_id": "id", "rule_id": "rule"},
    "contact_flags": {"contact_id": "id", "rule_id": "rule", "grade": "grade", "reason_zh": "text",
                      "reason_en": "text"},
    "flag_state": {"id": "id", "stamp": "text"},
    "record_versions": {
        "seq": "id", "tbl": "chained_table", "record_key": "text", "version": "id", "action": "record_action",
        "saved_at": "datetime", "content": "json_object", "prev_hash": "sha256", "hash": "sha256",
    },
    "contact_versions": {
        "seq": "id", "contact_id": "id", "version": "id", "action": "action", "saved_at": "datetime",
        "content": "json_object", "prev_hash": "sha256", "hash": "sha256",
    },
    "phone_identities": {"identity": "sha256", "kind": "phone_kind", "contact_id": "id?", "imported_at": "datetime"},
    "dismissed_suggestions": {"contact_id": "id", "rule_id": "text", "dismissed_at": "datetime"},
    "attachments": {
        "id": "id", "contact_id": "id?", "sha256": "sha256", "original_name": "text", "size": "file_size",
        "file_mtime": "datetime?", "added_at": "datetime", "note": "text", "removed_at": "datetime?",
    },
    "drafts": {"kind": "text", "data": "json_object", "updated_at": "datetime"},
    "letters": {
        "id": "id", "kind": "letter", "version": "id", "lang": "text", "text": "text", "template_version": "text",
        "app_version": "text", "created_at": "datetime", "frozen_at": "datetime?",
    },
    "events": {
        "id": "id", "kind": "text", "occurred_on": "date", "reference": "text", "notes": "text",
        "created_at": "datetime",
    },
}


def check_values(conn: sqlite3.Connection) -> None:
    """Read every row of every table of ``conn`` and check each value; raise :class:`DatabaseProblem`.

    Tables the file does not have (an older version) are skipped; the schema
    check has already made sure nothing else is there.
    """
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    saved_factory = conn.text_factory
    conn.text_factory = _strict_text
    try:
        for table, columns in COLUMNS.items():
            if table in present:
                _check_table(conn, table, columns)
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise DatabaseProblem("a record refers to another record that is not there",
                                  "有记录引用了不存在的另一条记录")
    finally:
        conn.text_factory = saved_factory


def _check_table(conn: sqlite3.Connection, table: str, columns: dict[str, str]) -> None:
    # An older file (a backup from before a schema step) lacks the newer columns; the schema
    # check has already compared its structure with that version's, so only what is there is read.
    present = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
    names = [name for name in columns if name in present]
    checks = []
    for name in names:
        kind = columns[name]
        checks.append((name, kind.endswith("?"), _KINDS[kind.rstrip("?")]))
    rows = conn.execute(f"SELECT {', '.join(names)} FROM {table}")  # noqa: S608 — names come from COLUMNS
    n = 0
    while True:
        n += 1
        try:
            row = rows.fetchone()
        except _BadText:
            raise DatabaseProblem(f"table “{table}”, row {n}: text that is not valid UTF-8",
                                  f"表“{table}”第 {n} 行：文字不是有效的 UTF-8") from None
        if row is None:
            return
        for value, (name, nullable, (test, en, zh)) in zip(row, checks, strict=True):
            if value is None and nullable:
                continue
            if value is None or not test(value):
                raise DatabaseProblem(
                    f"table “{table}”, column “{name}”, row {n}: not {en}",
                    f"表“{table}”的“{name}”列第 {n} 行：不是{zh}",
                )
