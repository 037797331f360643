"""Full-text search over the guidance topics: plain, case-insensitive substring matching.

No regular expressions touch the user's query, so ``.*(`` and friends are just
characters. Each topic is rendered once per language to plain text and cached
on the :class:`~desktop.content.model.Content`, with a lower-cased copy and an
offset map for the rare characters whose lower case is longer (``"İ"``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from desktop.content.model import Content
from desktop.content.render import topic_markdown
from desktop.domain.text import norm_lang

SNIPPET_RADIUS = 40
_WS_RE = re.compile(r"\s+")
_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_RULE_LINE_RE = re.compile(r"^\s*\|?\s*:?-{3,}.*$", re.MULTILINE)
_MARKUP_RE = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)", re.MULTILINE)


@dataclass(frozen=True)
class Hit:
    """One match. ``start``/``end`` locate the match inside ``snippet``; ``position`` in the topic's plain text."""

    topic_id: str
    title: str
    snippet: str
    start: int
    end: int
    position: int
    in_title: bool = False


@dataclass(frozen=True)
class _Doc:
    topic_id: str
    title: str
    text: str
    lowered: str
    starts: tuple[int, ...] | None  # lowered offset of each original char, when lengths differ
    title_lowered: str


def plain_text(markdown: str) -> str:
    """Markdown reduced to readable text on one line: links to their text, markup and table rules removed."""
    text = _LINK_RE.sub(r"\1", markdown)
    text = _RULE_LINE_RE.sub(" ", text)
    text = _MARKUP_RE.sub("", text)
    text = text.replace("**", "").replace("|", " ").replace("`", "")
    text = re.sub(r"(?<!\w)\*|\*(?!\w)", "", text)
    return _WS_RE.sub(" ", text).strip()


def _lower(text: str) -> tuple[str, tuple[int, ...] | None]:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered, None
    starts, parts, offset = [], [], 0
    for ch in text:
        low = ch.lower()
        starts.append(offset)
        parts.append(low)
        offset += len(low)
    return "".join(parts), tuple(starts)


def _index(content: Content, lang: str) -> list[_Doc]:
    key = ("search", lang)
    docs = content._cache.get(key)
    if docs is None:
        docs = []
        for topic in content.topics:
            text = plain_text(topic_markdown(content, topic.id, lang))
            lowered, starts = _lower(text)
            title = topic.title(lang)
            docs.append(_Doc(topic.id, title, text, lowered, starts, title.lower()))
        content._cache[key] = docs
    return docs


def prepare_search(content: Content) -> None:
    """Build the search index for both languages now (e.g. at start-up) instead of on the first search."""
    for lang in ("zh_CN", "en"):
        _index(content, lang)


def _to_original(doc: _Doc, low_start: int, low_end: int) -> tuple[int, int]:
    if doc.starts is None:
        return low_start, low_end
    return bisect_right(doc.starts, low_start) - 1, bisect_left(doc.starts, low_end)


def _snippet(text: str, start: int, end: int) -> tuple[str, int, int]:
    left = max(0, start - SNIPPET_RADIUS)
    right = min(len(text), end + SNIPPET_RADIUS)
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(text) else ""
    snippet = prefix + text[left:right] + suffix
    return snippet, start - left + len(prefix), end - left + len(prefix)


def search(content: Content, lang: str, query: str, limit: int = 50) -> list[Hit]:
    """Topics matching ``query`` in ``lang``: title hits first, then body hits in topic order.

    Whitespace in the query is collapsed; an empty query gives no hits. Never raises
    on odd input (any length, regex metacharacters, characters outside the BMP).
    """
    if not isinstance(query, str) or limit <= 0:
        return []
    needle = _WS_RE.sub(" ", query).strip().lower()
    if not needle:
        return []
    docs = _index(content, norm_lang(lang))
    hits: list[Hit] = []
    for doc in docs:
        at = doc.title_lowered.find(needle)
        if at >= 0 and len(doc.title_lowered) == len(doc.title):
            hits.append(Hit(doc.topic_id, doc.title, doc.title, at, at + len(needle), -1, in_title=True))
            if len(hits) >= limit:
                return hits
    for doc in docs:
        if len(needle) > len(doc.lowered):
            continue
        pos = doc.lowered.find(needle)
        while pos >= 0:
            start, end = _to_original(doc, pos, pos + len(needle))
            snippet, s, e = _snippet(doc.text, start, end)
            hits.append(Hit(doc.topic_id, doc.title, snippet, s, e, start))
            if len(hits) >= limit:
                return hits
            pos = doc.lowered.find(needle, pos + max(1, len(needle)))
    return hits
