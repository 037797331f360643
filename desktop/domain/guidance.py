"""A guidance topic of the Learn tab, as a plain frozen record (loaded by :mod:`desktop.content`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop.domain.legal import frozen_mapping
from desktop.domain.text import pick


@dataclass(frozen=True)
class Topic:
    """A guidance topic of the Learn tab (one entry of ``resources/guidance/topics.toml``).

    ``articles`` optionally lists, per source id, which articles the topic cites;
    a source without an entry is cited as a whole.
    ``generated`` topics get (part of) their body from data at run time.
    """

    id: str
    order: int
    title_zh: str
    title_en: str
    sources: tuple[str, ...]
    reviewed_on: str
    generated: bool = False
    articles: Mapping[str, tuple[str, ...]] = field(default_factory=frozen_mapping, hash=False)
    summary_zh: str = ""
    summary_en: str = ""

    def title(self, lang: str) -> str:
        return pick(lang, self.title_zh, self.title_en)

    def summary(self, lang: str) -> str:
        return pick(lang, self.summary_zh, self.summary_en)
