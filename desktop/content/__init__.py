"""Loads and checks ``resources/`` (sources, rules, rate lines, guidance) and renders and searches topics.

No Qt here. Typical use::

    content, problems = load_content(paths.resources_dir())
    for p in problems: log.warning(p.message("en"))
    page = topic_markdown(content, "call_script", "zh_CN")
    hits = search(content, "zh_CN", "验证码")
"""

from desktop.content.loader import load_content
from desktop.content.model import FACTS_RESEARCH_DATE, Content, Problem, disclaimer
from desktop.content.render import rule_markdown, sources_markdown, topic_headings, topic_markdown
from desktop.content.search import Hit, plain_text, prepare_search, search

__all__ = [
    "FACTS_RESEARCH_DATE",
    "Content",
    "Hit",
    "Problem",
    "disclaimer",
    "load_content",
    "plain_text",
    "prepare_search",
    "rule_markdown",
    "search",
    "sources_markdown",
    "topic_headings",
    "topic_markdown",
]
