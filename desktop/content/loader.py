"""Load and check ``resources/``: sources, rules, rate references and guidance topics.

Order matters: sources first, because rules, rate lines and topics must cite
known source ids. Nothing here raises on bad data: every fault becomes a
:class:`~desktop.content.model.Problem` and the faulty entry (or only its bad
part, when the rest is still sound) is skipped.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from desktop.content.keywords import load_keywords
from desktop.content.model import Content, Problem
from desktop.content.phone_names import load_recording_names
from desktop.content.records import HHMM_RE, ID_RE, EntryReader, valid_full_date, valid_partial_date
from desktop.domain.guidance import Topic
from desktop.domain.legal import (
    CONDITIONS,
    DANGER_EN,
    DANGER_ZH,
    FREQUENT,
    MARKS,
    NIGHT,
    ROLES,
    RULE_IDS,
    SEVERITIES,
    SOURCE_KINDS,
    STRENGTH_INDUSTRY,
    STRENGTH_LAW,
    Basis,
    RateReference,
    Rule,
    Source,
    frozen_mapping,
)

SOURCES_FILE = "sources/sources.toml"
RULES_FILE = "rules/rules.toml"
RATES_FILE = "rules/rate_references.toml"
TOPICS_FILE = "guidance/topics.toml"
LANG_DIRS = {"zh_CN": "guidance/zh_CN", "en": "guidance/en"}

TOPIC_LINK_RE = re.compile(r"\]\(topic:([^)\s]*)\)")
_TOML_LINE_RE = re.compile(r"at line (\d+)")

_SOURCE_FIELDS = {"id", "title_zh", "title_en", "short_zh", "short_en", "issuer", "date", "in_force", "articles",
                  "kind", "mark", "article_mark", "status_zh", "status_en"}
_RULE_FIELDS = {"id", "label_zh", "label_en", "explain_zh", "explain_en", "severity", "binding", "soft", "automatic",
                "params", "common", "danger_zh", "danger_en", "threshold_basis", "severity_note_zh",
                "severity_note_en"}
_BASIS_FIELDS = {"source", "article", "note_zh", "note_en"}
_CITATION_FIELDS = {"condition", "role"}
_RATE_FIELDS = {"id", "label_zh", "label_en", "explain_zh", "explain_en", "weight_zh", "weight_en", "applies_to",
                "annual_rate_percent", "lpr_multiplier", "needs_lpr", "statutory_cap", "mark", "sources"}
_TOPIC_FIELDS = {"id", "order", "title_zh", "title_en", "summary_zh", "summary_en", "sources", "articles",
                 "reviewed_on", "generated"}
APPLIES_TO = ("licensed", "private", "unlicensed", "all")


def load_content(resources_dir: Path) -> tuple[Content, list[Problem]]:
    """Read everything under ``resources_dir``; return what is valid and the problems found."""
    resources_dir = Path(resources_dir)
    problems: list[Problem] = []
    sources = _load_sources(resources_dir, problems)
    rules = _load_rules(resources_dir, sources, problems)
    rates = _load_rates(resources_dir, sources, problems)
    topics, bodies = _load_topics(resources_dir, sources, problems)
    keyword_rules, service_prefixes = load_keywords(resources_dir, rules, problems)
    recording_names, _examples, name_problems = load_recording_names(resources_dir)
    problems.extend(name_problems)
    content = Content(recording_names=recording_names, sources=sources, rules=rules, rate_references=tuple(rates), topics=tuple(topics),
                      bodies=bodies, keyword_rules=keyword_rules, service_prefixes=service_prefixes,
                      resources_dir=resources_dir)
    return content, problems


# ── files ──────────────────────────────────────────────────────────────────────

def _read_toml(root: Path, rel: str, key: str, problems: list[Problem]) -> list[dict]:
    """The array of tables ``key`` from ``rel``; ``[]`` (and a problem) if unreadable."""
    path = root / rel
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        problems.append(Problem(rel, "", "missing_file", "找不到这个文件。", "The file is missing."))
        return []
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(rel, "", "unreadable_file", f"无法读取这个文件（{exc.__class__.__name__}）。",
                                f"The file cannot be read ({exc.__class__.__name__})."))
        return []
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = _TOML_LINE_RE.search(str(exc))
        line = int(m.group(1)) if m else None
        problems.append(Problem(rel, "", "toml_syntax", f"TOML格式错误：{exc}", f"TOML syntax error: {exc}",
                                line=line))
        return []
    entries = data.get(key)
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        problems.append(Problem(rel, "", "no_entries", f"没有找到 [[{key}]] 条目。",
                                f"No [[{key}]] entries found."))
        return []
    return entries


def _check_id(reader: EntryReader, seen: set[str]) -> str:
    entry_id = reader.str_("id")
    if reader.fatal:
        return entry_id
    if not ID_RE.match(entry_id):
        reader.report("bad_id", f"id“{entry_id}”只能用小写英文字母、数字和下划线。",
                      f"Id \"{entry_id}\" must be snake_case ASCII.", fatal=True)
    elif entry_id in seen:
        reader.report("duplicate_id", f"id“{entry_id}”重复，后一个已跳过。",
                      f"Duplicate id \"{entry_id}\"; the later one was skipped.", fatal=True)
    seen.add(entry_id)
    return entry_id


# ── sources ────────────────────────────────────────────────────────────────────

def _load_sources(root: Path, problems: list[Problem]) -> dict[str, Source]:
    sources: dict[str, Source] = {}
    for i, table in enumerate(_read_toml(root, SOURCES_FILE, "source", problems)):
        r = EntryReader(SOURCES_FILE, table, i, problems, _SOURCE_FIELDS)
        source_id = _check_id(r, set(sources))
        fields = {k: r.str_(k) for k in ("title_zh", "title_en", "issuer", "status_zh", "status_en")}
        dates = {k: r.str_(k, nonempty=False) for k in ("date", "in_force")}
        for key, value in dates.items():
            if isinstance(value, str) and not valid_partial_date(value):
                r.report("bad_date", f"字段“{key}”的日期“{value}”无效（应为 YYYY-MM-DD，或不知道时留空）。",
                         f"Field \"{key}\" has an invalid date \"{value}\" (use YYYY-MM-DD, or \"\" if unknown).",
                         fatal=True)
        articles = r.str_list("articles")
        kind = r.choice("kind", SOURCE_KINDS)
        mark = r.choice("mark", MARKS)
        article_mark = r.choice("article_mark", MARKS, required=False)
        short = {k: r.str_(k, required=False) for k in ("short_zh", "short_en")}
        if r.fatal:
            continue
        sources[source_id] = Source(id=source_id, articles=articles, kind=kind, mark=mark,
                                    article_mark=article_mark, **fields, **dates, **short)
    return sources


def _read_bases(r: EntryReader, key: str, sources: dict[str, Source], *, required: bool = True,
                citations: bool = False) -> tuple[Basis, ...]:
    """A list of ``{source, article, note_*}`` tables; bad items are reported and dropped.

    With ``citations`` (the rules file) every item must also say when it applies
    (``condition``) and whether it is a conduct rule (``role``): a citation that
    does not say so could reach a letter where it does not hold, so it is dropped.
    """
    items = r.get(key, list, required, [])
    bases = []
    allowed = _BASIS_FIELDS | _CITATION_FIELDS if citations else _BASIS_FIELDS
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("source"), str):
            r.report("bad_basis", f"“{key}”第{n}项应为 {{ source = \"…\", article = \"…\" }}。",
                     f"Item {n} of \"{key}\" should be {{ source = \"…\", article = \"…\" }}.")
            continue
        extra = set(item) - allowed
        texts = {k: item.get(k, "") for k in ("article", "note_zh", "note_en")}
        if citations and not _citation_fields_ok(r, key, n, item):
            continue
        if extra or not all(isinstance(v, str) for v in texts.values()):
            r.report("bad_basis", f"“{key}”第{n}项有未知或格式错误的字段。",
                     f"Item {n} of \"{key}\" has unknown or malformed fields.")
            continue
        source = sources.get(item["source"])
        if source is None:
            r.report("unknown_source", f"“{key}”引用了不存在的来源“{item['source']}”，该项已跳过。",
                     f"\"{key}\" cites an unknown source \"{item['source']}\"; that item was skipped.")
            continue
        if texts["article"] and texts["article"] not in source.articles:
            r.report("unlisted_article",
                     f"来源“{source.id}”的条文“{texts['article']}”没有列在 sources.toml 的 articles 里。",
                     f"Article \"{texts['article']}\" of source \"{source.id}\" is not listed in its "
                     "articles in sources.toml.")
        kinds = {k: item[k] for k in _CITATION_FIELDS if citations}
        bases.append(Basis(source_id=source.id, **texts, **kinds))
    return tuple(bases)


def _citation_fields_ok(r: EntryReader, key: str, n: int, item: dict) -> bool:
    """Report a citation whose ``condition`` or ``role`` is missing or unknown; true when both are fine."""
    ok = True
    for name, allowed in (("condition", CONDITIONS), ("role", ROLES)):
        value = item.get(name)
        if value is None:
            r.report("missing_condition" if name == "condition" else "missing_role",
                     f"“{key}”第{n}项（{item['source']} {item.get('article', '')}）缺少 {name}，该项已跳过。"
                     f"请写明 {name} = \"…\"（可选：{'、'.join(allowed)}）。",
                     f"Item {n} of \"{key}\" ({item['source']} {item.get('article', '')}) has no {name}; "
                     f"it was skipped. Add {name} = \"…\" (one of: {', '.join(allowed)}).")
            ok = False
        elif value not in allowed:
            r.report("unknown_value",
                     f"“{key}”第{n}项（{item['source']}）的 {name}“{value}”无效，该项已跳过。可选：{'、'.join(allowed)}。",
                     f"Item {n} of \"{key}\" ({item['source']}) has an unknown {name} \"{value}\"; it was "
                     f"skipped. Expected one of: {', '.join(allowed)}.")
            ok = False
    return ok


# ── rules ──────────────────────────────────────────────────────────────────────

def _load_rules(root: Path, sources: dict[str, Source], problems: list[Problem]) -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    seen: set[str] = set()
    for i, table in enumerate(_read_toml(root, RULES_FILE, "rule", problems)):
        r = EntryReader(RULES_FILE, table, i, problems, _RULE_FIELDS)
        rule_id = _check_id(r, seen)
        texts = {k: r.str_(k) for k in ("label_zh", "label_en", "explain_zh", "explain_en")}
        notes = {k: r.str_(k, required=False) for k in ("severity_note_zh", "severity_note_en")}
        severity = r.choice("severity", SEVERITIES)
        binding = _read_bases(r, "binding", sources, citations=True)
        soft = _read_bases(r, "soft", sources, citations=True)
        for basis in binding:
            if not sources[basis.source_id].is_binding:
                r.report("soft_as_binding", f"“{basis.source_id}”不是法律或监管规定，不能放在 binding 里。",
                         f"\"{basis.source_id}\" is not a law or binding rule; it cannot be in binding.", fatal=True)
        if not binding and not soft and not r.fatal:
            r.report("no_basis", "这条规则没有任何有效依据，已跳过。", "This rule has no valid basis; skipped.",
                     fatal=True)
        automatic = r.bool_("automatic")
        common = r.bool_("common")
        threshold = r.choice("threshold_basis", ("soft", "binding"), required=False)
        params = r.table_("params")
        _check_params(r, rule_id, params)
        danger_zh = r.str_("danger_zh", required=False, default=None)
        danger_en = r.str_("danger_en", required=False, default=None)
        if (danger_zh is None) != (danger_en is None):
            r.report("missing_translation", "“110”提示只有一种语言。", "The \"call 110\" line exists in one language only.")
        if severity == "critical" and not (danger_zh and danger_en):
            r.report("missing_danger", "紧急规则必须带有“有危险马上打110”的提示，已补上默认文字。",
                     "A critical rule must carry the \"call 110 now\" line; the default text was used.")
            danger_zh, danger_en = danger_zh or DANGER_ZH, danger_en or DANGER_EN
        if r.fatal:
            continue
        rules[rule_id] = Rule(id=rule_id, severity=severity, binding=binding, soft=soft, automatic=automatic,
                              params=frozen_mapping(params), common=common, danger_zh=danger_zh,
                              danger_en=danger_en, threshold_basis=threshold, **texts, **notes)
    for rule_id in RULE_IDS:
        if rule_id not in rules:
            problems.append(Problem(RULES_FILE, rule_id, "missing_rule", f"缺少规则“{rule_id}”（其他代码会用到它）。",
                                    f"Rule \"{rule_id}\" is missing (other code refers to it)."))
    return rules


_TIME_PARAMS = ("quiet_start", "quiet_end")
_CALL_COUNT_PARAMS = ("max_answered_calls_per_day", "max_attempts_per_day_per_number")
_COUNT_PARAMS = (*_CALL_COUNT_PARAMS, "many_people")
# The third-party grades' severity and strength (rules_engine.EngineParams reads them).
_GRADE_SEVERITY_PARAMS = tuple(f"grade_{g}_severity" for g in ("high", "medium", "low"))
_GRADE_STRENGTH_PARAMS = tuple(f"grade_{g}_strength" for g in ("high", "medium", "low"))
_REQUIRED_PARAMS = {NIGHT: _TIME_PARAMS, FREQUENT: _CALL_COUNT_PARAMS}


def _check_params(r: EntryReader, rule_id: str, params: dict) -> None:
    for name in _REQUIRED_PARAMS.get(rule_id, ()):
        if name not in params:
            r.report("missing_param", f"缺少参数 params.{name}。", f"Parameter params.{name} is missing.", fatal=True)
    for name, value in params.items():
        if name in _TIME_PARAMS and not (isinstance(value, str) and HHMM_RE.match(value)):
            r.report("bad_param", f"参数 {name} 应为“HH:MM”形式的时间。", f"Parameter {name} should be a time \"HH:MM\".",
                     fatal=True)
        elif name in _COUNT_PARAMS and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            r.report("bad_param", f"参数 {name} 应为正整数。", f"Parameter {name} should be a positive whole number.",
                     fatal=True)
        elif name in _GRADE_SEVERITY_PARAMS and value not in SEVERITIES:
            r.report("bad_param", f"参数 {name} 应为 {'、'.join(SEVERITIES)} 之一。",
                     f"Parameter {name} should be one of {', '.join(SEVERITIES)}.", fatal=True)
        elif name in _GRADE_STRENGTH_PARAMS and value not in (STRENGTH_LAW, STRENGTH_INDUSTRY):
            r.report("bad_param", f"参数 {name} 应为 {STRENGTH_LAW} 或 {STRENGTH_INDUSTRY}。",
                     f"Parameter {name} should be {STRENGTH_LAW} or {STRENGTH_INDUSTRY}.", fatal=True)
        elif not isinstance(value, str | int | float | bool):
            r.report("bad_param", f"参数 {name} 只能是文字、数字或 true/false。",
                     f"Parameter {name} must be text, a number or true/false.", fatal=True)


# ── rate references ────────────────────────────────────────────────────────────

def _load_rates(root: Path, sources: dict[str, Source], problems: list[Problem]) -> list[RateReference]:
    rates: list[RateReference] = []
    seen: set[str] = set()
    for i, table in enumerate(_read_toml(root, RATES_FILE, "reference", problems)):
        r = EntryReader(RATES_FILE, table, i, problems, _RATE_FIELDS)
        ref_id = _check_id(r, seen)
        texts = {k: r.str_(k) for k in ("label_zh", "label_en", "explain_zh", "explain_en", "weight_zh", "weight_en")}
        applies_to = r.choice("applies_to", APPLIES_TO)
        mark = r.choice("mark", MARKS)
        rate = r.number("annual_rate_percent")
        multiplier = r.number("lpr_multiplier")
        needs_lpr = r.bool_("needs_lpr")
        statutory = r.bool_("statutory_cap")
        if (rate is None) == (multiplier is None) and not r.fatal:
            r.report("bad_value", "annual_rate_percent 和 lpr_multiplier 必须有且只有一个。",
                     "Exactly one of annual_rate_percent and lpr_multiplier must be given.", fatal=True)
        if multiplier is not None and not needs_lpr:
            r.report("bad_value", "按LPR计算的参考线必须写 needs_lpr = true。",
                     "An LPR-based line must set needs_lpr = true.", fatal=True)
        bases = _read_bases(r, "sources", sources)
        if not bases and not r.fatal:
            r.report("no_basis", "这条参考线没有有效来源，已跳过。", "This reference line has no valid source; skipped.",
                     fatal=True)
        if r.fatal:
            continue
        rates.append(RateReference(id=ref_id, applies_to=applies_to, sources=bases, mark=mark,
                                   annual_rate_percent=rate, lpr_multiplier=multiplier, needs_lpr=needs_lpr,
                                   statutory_cap=statutory, **texts))
    return rates


# ── topics ─────────────────────────────────────────────────────────────────────

def _load_topics(root: Path, sources: dict[str, Source],
                 problems: list[Problem]) -> tuple[list[Topic], dict[tuple[str, str], str]]:
    topics: list[Topic] = []
    seen: set[str] = set()
    orders: dict[int, str] = {}
    for i, table in enumerate(_read_toml(root, TOPICS_FILE, "topic", problems)):
        r = EntryReader(TOPICS_FILE, table, i, problems, _TOPIC_FIELDS)
        topic_id = _check_id(r, seen)
        order = r.int_("order")
        texts = {k: r.str_(k) for k in ("title_zh", "title_en")}
        summaries = {k: r.str_(k, required=False) for k in ("summary_zh", "summary_en")}
        reviewed_on = r.str_("reviewed_on")
        if isinstance(reviewed_on, str) and reviewed_on and not valid_full_date(reviewed_on):
            r.report("bad_date", f"reviewed_on“{reviewed_on}”应为 YYYY-MM-DD。",
                     f"reviewed_on \"{reviewed_on}\" should be YYYY-MM-DD.", fatal=True)
        generated = r.bool_("generated")
        cited = []
        for source_id in r.str_list("sources"):
            if source_id in sources:
                cited.append(source_id)
            else:
                r.report("unknown_source", f"引用了不存在的来源“{source_id}”，已忽略。",
                         f"Cites an unknown source \"{source_id}\"; ignored.")
        articles = _topic_articles(r, r.table_("articles"), cited, sources)
        if not r.fatal and order in orders:
            r.report("duplicate_order", f"order = {order} 与“{orders[order]}”重复。",
                     f"order = {order} is also used by \"{orders[order]}\".")
        if r.fatal:
            continue
        orders.setdefault(order, topic_id)
        topics.append(Topic(id=topic_id, order=order, sources=tuple(cited), reviewed_on=reviewed_on,
                            generated=generated, articles=frozen_mapping(articles), **texts, **summaries))
    topics.sort(key=lambda t: (t.order, t.id))
    bodies = _load_bodies(root, topics, problems)
    kept = [t for t in topics if t.generated or (t.id, "zh_CN") in bodies or (t.id, "en") in bodies]
    _check_links(kept, bodies, problems)
    return kept, bodies


def _topic_articles(r: EntryReader, table: dict, cited: list[str], sources: dict[str, Source]) -> dict:
    articles: dict[str, tuple[str, ...]] = {}
    for source_id, items in table.items():
        if source_id not in cited:
            r.report("unknown_source", f"articles 里的“{source_id}”不在这个主题的 sources 里，已忽略。",
                     f"\"{source_id}\" in articles is not among this topic's sources; ignored.")
            continue
        if not isinstance(items, list) or not all(isinstance(a, str) for a in items):
            r.report("bad_type", f"articles.{source_id} 应为文字列表。", f"articles.{source_id} should be a list of texts.")
            continue
        for article in items:
            if article not in sources[source_id].articles:
                r.report("unlisted_article",
                         f"来源“{source_id}”的条文“{article}”没有列在 sources.toml 的 articles 里。",
                         f"Article \"{article}\" of source \"{source_id}\" is not listed in sources.toml.")
        articles[source_id] = tuple(items)
    return articles


def _load_bodies(root: Path, topics: list[Topic], problems: list[Problem]) -> dict[tuple[str, str], str]:
    bodies: dict[tuple[str, str], str] = {}
    known = {t.id for t in topics}
    for lang, rel_dir in LANG_DIRS.items():
        for topic in topics:
            rel = f"{rel_dir}/{topic.id}.md"
            try:
                text = (root / rel).read_text(encoding="utf-8-sig")
            except FileNotFoundError:
                if not topic.generated:
                    problems.append(Problem(rel, topic.id, "missing_body", f"主题“{topic.id}”缺少{_lang_zh(lang)}正文。",
                                            f"Topic \"{topic.id}\" has no {_lang_en(lang)} body."))
                continue
            except (OSError, UnicodeDecodeError) as exc:
                problems.append(Problem(rel, topic.id, "unreadable_file", f"无法读取（{exc.__class__.__name__}），请用UTF-8保存。",
                                        f"Cannot be read ({exc.__class__.__name__}); save it as UTF-8."))
                continue
            if not _has_text(text):
                problems.append(Problem(rel, topic.id, "empty_body", f"主题“{topic.id}”的{_lang_zh(lang)}正文是空的。",
                                        f"The {_lang_en(lang)} body of topic \"{topic.id}\" is empty."))
                continue
            bodies[(topic.id, lang)] = text.replace("\r\n", "\n")
        folder = root / rel_dir
        if folder.is_dir():
            for path in sorted(folder.glob("*.md")):
                if path.stem not in known:
                    problems.append(Problem(f"{rel_dir}/{path.name}", path.stem, "orphan_body",
                                            "topics.toml 里没有这个主题，文件未使用。",
                                            "No such topic in topics.toml; the file is unused."))
    return bodies


def _check_links(topics: list[Topic], bodies: dict[tuple[str, str], str], problems: list[Problem]) -> None:
    known = {t.id for t in topics}
    for topic in topics:
        for lang, rel_dir in LANG_DIRS.items():
            for target in TOPIC_LINK_RE.findall(bodies.get((topic.id, lang), "")):
                if target not in known:
                    problems.append(Problem(f"{rel_dir}/{topic.id}.md", topic.id, "broken_link",
                                            f"链接 topic:{target} 指向不存在的主题。",
                                            f"Link topic:{target} points to a topic that does not exist."))


def _has_text(markdown: str) -> bool:
    """True when the body says something beyond headings and blank lines."""
    return any(line.strip() and not line.lstrip().startswith("#") for line in markdown.splitlines())


def _lang_zh(lang: str) -> str:
    return "中文" if lang == "zh_CN" else "英文"


def _lang_en(lang: str) -> str:
    return "Chinese" if lang == "zh_CN" else "English"
