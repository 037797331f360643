"""Checking one TOML entry field by field, collecting problems instead of raising.

:class:`EntryReader` wraps a table from a TOML file; each ``str_``/``bool_``/…
call returns a usable value and records a :class:`Problem` when the field is
missing or of the wrong type. A caller builds its record, then drops it if
``reader.fatal`` is set.
"""

from __future__ import annotations

import re
from datetime import date

from desktop.content.model import Problem

ID_RE = re.compile(r"[a-z][a-z0-9_]*\Z")
PARTIAL_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")
HHMM_RE = re.compile(r"([01]\d|2[0-3]):([0-5]\d)\Z")

_TYPE_NAMES = {
    str: ("文字", "text"),
    bool: ("true 或 false", "true or false"),
    int: ("整数", "a whole number"),
    list: ("列表", "a list"),
    dict: ("表", "a table"),
}


def valid_partial_date(text: str) -> bool:
    """``""``, ``YYYY``, ``YYYY-MM`` or a real ``YYYY-MM-DD``."""
    if text == "":
        return True
    m = PARTIAL_DATE_RE.match(text)
    if not m:
        return False
    year, month, day = (int(g) if g else None for g in m.groups())
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return False
    return True


def valid_full_date(text: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", text)) and valid_partial_date(text)


class EntryReader:
    """Reads typed fields out of one TOML table, noting what is wrong."""

    def __init__(self, file: str, table: dict, index: int, problems: list[Problem], known: set[str]) -> None:
        self.file = file
        self.table = table
        self.problems = problems
        self.fatal = False
        raw_id = table.get("id")
        self.entry = raw_id if isinstance(raw_id, str) and raw_id else f"#{index + 1}"
        for key in table:
            if key not in known:
                self.report("unknown_field", f"未知字段“{key}”（拼写错误？），已忽略。",
                            f"Unknown field \"{key}\" (a typo?); ignored.")

    def report(self, code: str, zh: str, en: str, *, fatal: bool = False) -> None:
        self.problems.append(Problem(self.file, self.entry, code, zh, en))
        self.fatal = self.fatal or fatal

    def get(self, key: str, kind: type, required: bool, default):
        if key not in self.table:
            if required:
                self.report("missing_field", f"缺少必填字段“{key}”。", f"Required field \"{key}\" is missing.",
                            fatal=True)
            return default
        value = self.table[key]
        ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        if not ok:
            zh_t, en_t = _TYPE_NAMES.get(kind, (kind.__name__, kind.__name__))
            self.report("bad_type", f"字段“{key}”应为{zh_t}。", f"Field \"{key}\" should be {en_t}.",
                        fatal=required)
            return default
        return value

    def str_(self, key: str, *, required: bool = True, nonempty: bool = True, default: str = "") -> str:
        value = self.get(key, str, required, default)
        if required and nonempty and isinstance(value, str) and not value.strip() and key in self.table:
            self.report("empty_field", f"字段“{key}”不能为空。", f"Field \"{key}\" must not be empty.", fatal=True)
        return value

    def bool_(self, key: str, default: bool = False) -> bool:
        return self.get(key, bool, False, default)

    def int_(self, key: str, *, required: bool = True, default: int = 0) -> int:
        return self.get(key, int, required, default)

    def number(self, key: str) -> float | None:
        if key not in self.table:
            return None
        value = self.table[key]
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            self.report("bad_value", f"字段“{key}”应为正数。", f"Field \"{key}\" should be a positive number.",
                        fatal=True)
            return None
        return float(value)

    def str_list(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        value = self.get(key, list, required, [])
        if not all(isinstance(v, str) for v in value):
            self.report("bad_type", f"字段“{key}”应为文字列表。", f"Field \"{key}\" should be a list of texts.",
                        fatal=True)
            return ()
        return tuple(value)

    def table_(self, key: str) -> dict:
        return self.get(key, dict, False, {})

    def choice(self, key: str, allowed, *, required: bool = True, default: str = "") -> str:
        value = self.str_(key, required=required, nonempty=False, default=default)
        if key in self.table and isinstance(value, str) and value not in allowed:
            listed = ", ".join(allowed)
            self.report("unknown_value", f"字段“{key}”的值“{value}”无效，应为：{listed}。",
                        f"Field \"{key}\" has an unknown value \"{value}\"; expected one of: {listed}.",
                        fatal=required)
            return default
        return value
