"""Load ``resources/rules/keywords.toml``: the keyword rules behind suggested marks and the service-number prefixes.

A bad entry costs that entry (a :class:`Problem`), never the whole file; an entry
pointing to a rule id that ``rules.toml`` does not have is skipped and reported.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection
from pathlib import Path

from desktop.content.model import Problem
from desktop.content.records import EntryReader
from desktop.domain.suggestions import KeywordRule

KEYWORDS_FILE = "rules/keywords.toml"
_FIELDS = {"id", "phrases", "rule", "note_zh", "note_en"}


def load_keywords(root: Path, rule_ids: Collection[str],
                  problems: list[Problem]) -> tuple[tuple[KeywordRule, ...], tuple[str, ...]]:
    """``(keyword rules in file order, service-number prefixes)``; problems are appended to ``problems``."""
    path = Path(root) / KEYWORDS_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        problems.append(Problem(KEYWORDS_FILE, "", "missing_file", "找不到这个文件。", "The file is missing."))
        return (), ()
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(KEYWORDS_FILE, "", "unreadable_file", f"无法读取这个文件（{exc.__class__.__name__}）。",
                                f"Could not read this file ({exc.__class__.__name__})."))
        return (), ()
    except tomllib.TOMLDecodeError as exc:
        problems.append(Problem(KEYWORDS_FILE, "", "toml_syntax", f"TOML格式错误：{exc}", f"TOML syntax error: {exc}"))
        return (), ()
    rules: list[KeywordRule] = []
    seen: set[str] = set()
    tables = data.get("keyword", [])
    for i, table in enumerate(tables if isinstance(tables, list) else []):
        if not isinstance(table, dict):
            continue
        r = EntryReader(KEYWORDS_FILE, table, i, problems, _FIELDS)
        kid = r.str_("id")
        if kid in seen:
            r.report("duplicate_id", f"编号“{kid}”重复。", f"Duplicate id \"{kid}\".", fatal=True)
        seen.add(kid)
        phrases = tuple(p for p in r.str_list("phrases") if p.strip())
        rule = r.str_("rule")
        if rule and rule not in rule_ids:
            r.report("unknown_rule", f"rules.toml 里没有规则“{rule}”，已跳过。",
                     f"rules.toml has no rule \"{rule}\"; skipped.", fatal=True)
        if not phrases and not r.fatal:
            r.report("empty_field", "没有任何关键词，已跳过。", "No phrases; skipped.", fatal=True)
        note_zh, note_en = r.str_("note_zh"), r.str_("note_en")
        if r.fatal:
            continue
        rules.append(KeywordRule(kid, phrases, rule, note_zh, note_en))
    service = data.get("service", {})
    prefixes = service.get("prefixes", []) if isinstance(service, dict) else []
    prefixes = tuple(p for p in prefixes if isinstance(p, str) and p.isdigit())
    return tuple(rules), prefixes
