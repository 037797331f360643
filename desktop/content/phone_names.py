"""Load the call-recording name conventions (``resources/phone/recording_names.toml``).

Each ``[[pattern]]`` becomes a :class:`~desktop.domain.phone_evidence.recording_names.NamePattern`
(the domain applies them); its ``[[pattern.example]]`` entries become :class:`NameExample`
records, which the tests check against the patterns. As everywhere in ``desktop.content``,
nothing raises on bad data: a broken entry is skipped and reported as a
:class:`~desktop.content.model.Problem`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from desktop.content.model import Problem
from desktop.content.records import ID_RE, EntryReader
from desktop.domain.phone_evidence.recording_names import NamePattern

NAMES_FILE = "phone/recording_names.toml"
_FIELDS = {"id", "brand", "regex", "number_group", "name_group", "party_group", "date_group", "date_format",
           "time_group", "time_format", "verified", "source", "example"}
_EXAMPLE_FIELDS = {"file", "number", "name", "started"}
_GROUP_FIELDS = ("number_group", "name_group", "party_group", "date_group", "time_group")


@dataclass(frozen=True)
class NameExample:
    """A real-looking file name and what its pattern must read from it (``""`` for nothing)."""

    pattern: str
    file: str
    number: str
    name: str
    started: str  # "YYYY-MM-DD HH:MM:SS" in the name's own (local) time, or ""


def load_recording_names(resources_dir: Path) -> tuple[tuple[NamePattern, ...], tuple[NameExample, ...],
                                                       list[Problem]]:
    """The patterns in file order, their examples, and the problems found."""
    problems: list[Problem] = []
    path = Path(resources_dir) / NAMES_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        return (), (), [Problem(NAMES_FILE, "", "missing_file", "找不到这个文件。", "The file is missing.")]
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return (), (), [Problem(NAMES_FILE, "", "unreadable_file", f"无法读取这个文件：{exc}",
                                f"The file cannot be read: {exc}")]
    entries = data.get("pattern")
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        return (), (), [Problem(NAMES_FILE, "", "no_entries", "没有找到 [[pattern]] 条目。",
                                "No [[pattern]] entries found.")]
    patterns: list[NamePattern] = []
    examples: list[NameExample] = []
    seen: set[str] = set()
    for index, table in enumerate(entries):
        pattern = _pattern(EntryReader(NAMES_FILE, table, index, problems, _FIELDS), seen)
        if pattern is None:
            continue
        patterns.append(pattern)
        for raw in table.get("example", []) if isinstance(table.get("example"), list) else []:
            ex = EntryReader(NAMES_FILE, {**raw, "id": pattern.id} if isinstance(raw, dict) else {"id": pattern.id},
                             index, problems, _EXAMPLE_FIELDS | {"id"})
            example = NameExample(pattern.id, ex.str_("file"), ex.str_("number", nonempty=False),
                                  ex.str_("name", nonempty=False), ex.str_("started", nonempty=False))
            if not ex.fatal:
                examples.append(example)
    return tuple(patterns), tuple(examples), problems


def _pattern(reader: EntryReader, seen: set[str]) -> NamePattern | None:
    entry_id = reader.str_("id")
    if not reader.fatal and (not ID_RE.match(entry_id) or entry_id in seen):
        reader.report("bad_id", f"id“{entry_id}”无效或重复。", f"Id \"{entry_id}\" is invalid or repeated.",
                      fatal=True)
    seen.add(entry_id)
    brand, source = reader.str_("brand"), reader.str_("source")
    text = reader.str_("regex")
    verified = reader.bool_("verified", default=False)
    groups = {key: reader.str_(key, required=False, nonempty=False) for key in _GROUP_FIELDS}
    formats = {key: reader.str_(key, required=False, nonempty=False) for key in ("date_format", "time_format")}
    if reader.fatal:
        return None
    try:
        regex = re.compile(text)
    except re.error as exc:
        reader.report("bad_regex", f"正则表达式有误：{exc}", f"The regular expression is invalid: {exc}", fatal=True)
        return None
    for key, group in groups.items():
        if group and group not in regex.groupindex:
            reader.report("unknown_group", f"“{key}”指向不存在的分组“{group}”。",
                          f"\"{key}\" names a group \"{group}\" the regex does not have.", fatal=True)
    if not (groups["number_group"] or groups["party_group"] or groups["name_group"]):
        reader.report("no_party", "至少要有 number_group、name_group 或 party_group 之一。",
                      "At least one of number_group, name_group or party_group is needed.", fatal=True)
    if groups["date_group"] and not formats["date_format"] or groups["time_group"] and not formats["time_format"]:
        reader.report("no_format", "有日期或时间分组就必须给出其格式。",
                      "A date or time group needs its format.", fatal=True)
    if not source.strip():
        reader.report("no_source", "必须写明来源（找不到就写 none found）。",
                      "The source must be given (write \"none found\" when there is none).", fatal=True)
    if reader.fatal:
        return None
    return NamePattern(id=entry_id, brand=brand, regex=regex, verified=verified, **groups, **formats)
