"""Build the full Markdown of a guidance topic: written body, generated parts, sources, disclaimer.

``not_allowed`` is generated from the rules data, so the Learn page and the log's
checkboxes cannot disagree; ``legal_basis`` is generated from the sources table.
Every page ends with a "来源 / Sources" section and the disclaimer with the
last-checked date. Pure functions over :class:`~desktop.content.model.Content`.
"""

from __future__ import annotations

from desktop.content.model import Content, disclaimer
from desktop.domain.legal import (
    MARK_LABELS,
    SOURCE_KINDS,
    Basis,
    Rule,
    Source,
    article_label,
    norm_lang,
    pick,
    severity_label,
)

NOT_ALLOWED = "not_allowed"
LEGAL_BASIS = "legal_basis"


def topic_markdown(content: Content, topic_id: str, lang: str) -> str:
    """The whole page of ``topic_id`` in ``lang`` ("zh_CN" or "en"). Raises ``KeyError`` for an unknown id."""
    lang = norm_lang(lang)
    key = ("md", topic_id, lang)
    cached = content._cache.get(key)
    if cached is not None:
        return cached
    topic = content.topic(topic_id)
    if topic is None:
        raise KeyError(topic_id)
    body = content.bodies.get((topic_id, lang))
    parts = []
    if body is None:
        body = content.body(topic_id, lang)
        if body:
            parts.append(pick(lang, "> 这一页暂时没有中文版，下面是英文原文。", "> This page has no English version yet; the Chinese text follows."))
    parts.append(body.strip() if body.strip() else f"# {topic.title(lang)}")
    if topic_id == NOT_ALLOWED:
        parts.append(rules_markdown(content, lang))
        parts.append(sources_markdown(content, _rule_citations(content), lang))
    elif topic_id == LEGAL_BASIS:
        parts.append(legal_index_markdown(content, lang))
    else:
        citations = {sid: topic.articles.get(sid, ()) for sid in topic.sources if sid in content.sources}
        parts.append(sources_markdown(content, citations, lang))
    parts.append(f"---\n\n*{disclaimer(lang, content)}*")
    text = "\n\n".join(p for p in parts if p) + "\n"
    content._cache[key] = text
    return text


def topic_headings(content: Content, topic_id: str, lang: str) -> list[tuple[int, str]]:
    """``[(level, text), …]`` of the page's Markdown headings, for a table of contents."""
    out = []
    for line in topic_markdown(content, topic_id, lang).splitlines():
        stripped = line.lstrip("#")
        level = len(line) - len(stripped)
        if 1 <= level <= 6 and stripped.startswith(" "):
            out.append((level, stripped.strip()))
    return out


# ── rules page ─────────────────────────────────────────────────────────────────

def rules_markdown(content: Content, lang: str) -> str:
    """Every rule, grouped by severity, with its explanation, basis and strength."""
    blocks = []
    for severity, rules in content.rules_by_severity():
        blocks.append(f"## {severity_label(severity, lang)}")
        if severity == "critical":
            blocks.append(pick(lang, "> **如果你现在有危险，马上打110报警。**", "> **If you are in danger, call 110 now.**"))
        blocks.extend(rule_markdown(content, rule, lang) for rule in rules)
    return "\n\n".join(blocks)


def rule_markdown(content: Content, rule: Rule, lang: str) -> str:
    """One rule as a Markdown block (also usable by the log's detail pane)."""
    lines = [f"### {rule.label(lang)}", "", rule.explain(lang), ""]
    if rule.severity_note(lang):
        # One line per grade: short lines for a frightened reader, each kept as its own line.
        lines += ["  \n".join(f"*{line.strip()}*" for line in rule.severity_note(lang).splitlines() if line.strip()),
                  ""]
    lines.append(pick(lang, f"- **这条规定有多硬：** {rule.strength_label(lang)}",
                      f"- **How binding it is:** {rule.strength_label(lang)}"))
    if rule.threshold_basis == "soft":
        lines.append(pick(lang, "- 晚上几点、一天几次，这些数字来自行业标准，不是法律；反复发生时，也可能违反下面的法律。",
                          "- The hours and the counts come from industry standards, not law; if it keeps happening, "
                          "it may also break the laws below."))
    groups: dict[str, list[Basis]] = {key: [] for key in _BASIS_HEADINGS}
    for basis in rule.binding:
        groups[_binding_group(content, basis)].append(basis)
    for basis in rule.soft:
        groups[_soft_group(content, basis)].append(basis)
    for group, (zh, en) in _BASIS_HEADINGS.items():
        if groups[group]:
            lines.append(pick(lang, f"- **{zh}：** ", f"- **{en}:** ") + _bases(content, tuple(groups[group]), lang))
    if rule.automatic:
        lines.append(pick(lang, "- 本应用会根据你的记录自动标出这一项。", "- The app flags this automatically from your log."))
    danger = rule.danger(lang)
    if danger:
        lines.append(f"- **{danger}**")
    return "\n".join(lines)


_BASIS_HEADINGS = {
    "binding": ("法律或监管规定", "Law or regulation"),
    "information": ("相关规定（帮你了解，不是对方“违反”的条文）",
                    "Related provisions (good to know; not rules the collector breaks)"),
    "judicial": ("司法机关意见（法院、检察院办案用的解释和意见）",
                 "Judicial opinions (interpretations and opinions courts and prosecutors work by)"),
    "soft": ("行业标准（不是法律）", "Industry standards (not law)"),
    "informational": ("其他参考（监管部门、政府的通知和提示）", "Other references (regulators' notices, official alerts)"),
}


def _binding_group(content: Content, basis: Basis) -> str:
    source = content.sources.get(basis.source_id)
    if source is not None and source.is_judicial:
        return "judicial"
    return "binding" if basis.is_conduct else "information"


def _soft_group(content: Content, basis: Basis) -> str:
    source = content.sources.get(basis.source_id)
    if source is None:
        return "informational"
    if source.is_judicial:
        return "judicial"
    return "soft" if source.force == "soft" else "informational"


def _bases(content: Content, bases: tuple[Basis, ...], lang: str) -> str:
    items = []
    for basis in bases:
        source = content.sources.get(basis.source_id)
        name = source.short(lang) if source else basis.source_id
        text = f"{name} {article_label(basis.article, lang)}".strip()
        notes = [n for n in (basis.note(lang), basis.condition_label(lang)) if n]
        if notes:
            joined = pick(lang, "；", "; ").join(notes)
            text += pick(lang, f"（{joined}）", f" ({joined})")
        items.append(text)
    return pick(lang, "；", "; ").join(items)


def _rule_citations(content: Content) -> dict[str, tuple[str, ...]]:
    cited: dict[str, dict[str, None]] = {}
    for rule in content.rules.values():
        for basis in rule.bases:
            articles = cited.setdefault(basis.source_id, {})
            if basis.article:
                articles[basis.article] = None
    out = {}
    for sid, arts in cited.items():
        listed = content.sources[sid].articles if sid in content.sources else ()
        out[sid] = tuple(sorted(arts, key=lambda a: listed.index(a) if a in listed else len(listed)))
    return out


# ── sources ────────────────────────────────────────────────────────────────────

def sources_markdown(content: Content, citations: dict[str, tuple[str, ...]], lang: str) -> str:
    """The closing "来源 / Sources" section: one line per cited source, binding texts first."""
    heading = pick(lang, "## 来源", "## Sources")
    sources = [content.sources[sid] for sid in citations if sid in content.sources]
    if not sources:
        return f"{heading}\n\n" + pick(lang, "本页没有引用具体条文。完整列表见 [法律依据](topic:legal_basis)。",
                                       "This page cites no specific texts. See [Legal basis](topic:legal_basis).")
    force_rank = {"binding": 0, "soft": 1, "informational": 2}
    sources.sort(key=lambda s: force_rank[s.force])
    lines = [source_line(s, citations[s.id], lang) for s in sources]
    return f"{heading}\n\n" + "\n".join(lines)


def source_line(source: Source, articles: tuple[str, ...], lang: str) -> str:
    """``- 《title》articles — issuer, dates — kind · force · how well checked``."""
    title = pick(lang, f"《{source.title(lang)}》", f"*{source.title(lang)}*")
    arts = pick(lang, "、", ", ").join(article_label(a, lang) for a in articles)
    head = f"{title} {arts}".rstrip()
    return f"- {head} — {_facts(source, lang)}"


def _facts(source: Source, lang: str) -> str:
    bits = [source.issuer.split(" / ")[0] if norm_lang(lang) == "zh_CN" else source.issuer.split(" / ")[-1]]
    if source.date:
        bits.append(pick(lang, f"{_zh_date(source.date)}发布或通过", f"dated {source.date}"))
    if source.in_force:
        bits.append(pick(lang, f"{_zh_date(source.in_force)}起施行", f"in force {source.in_force}"))
    check_zh, check_en = MARK_LABELS[source.weakest_mark]
    return pick(lang, "，", ", ").join(bits) + f" — {source.kind_label(lang)} · {pick(lang, check_zh, check_en)}"


def _zh_date(iso: str) -> str:
    """``2020`` → ``2020年``, ``2025-04`` → ``2025年4月``; full dates stay ISO (unambiguous, sortable)."""
    parts = iso.split("-")
    if len(parts) == 1:
        return f"{parts[0]}年"
    if len(parts) == 2:
        return f"{parts[0]}年{int(parts[1])}月"
    return iso + " "


def legal_index_markdown(content: Content, lang: str) -> str:
    """The generated part of ``legal_basis``: every source, grouped by kind, with status."""
    blocks = [pick(lang, "## 来源：全部法律依据", "## Sources: every text cited")]
    for kind in SOURCE_KINDS:
        group = [s for s in content.sources.values() if s.kind == kind]
        if not group:
            continue
        label = group[0].kind_label(lang)
        blocks.append(f"### {label[:1].upper()}{label[1:]}")
        lines = []
        for source in group:
            line = source_line(source, source.articles, lang)
            if source.status(lang):
                line += f"  \n  {source.status(lang)}"  # hard line break inside the list item
            lines.append(line)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
