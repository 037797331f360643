"""What loading ``resources/`` produces: the :class:`Content` bundle and the :class:`Problem` list.

No Qt here: the Learn tab, the log's rule engine and the PDF all read the same
``Content``. A problem in the data is never an exception; it is a
:class:`Problem` naming the file, the entry and what is wrong in both languages,
so a broken file costs one entry, not the whole tab.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.content.data_files import (
    BUDGET_CATEGORIES,
    letter_blocks_path,
    read_budget_categories,
    read_letter_blocks,
)
from desktop.content.phone_howto import howto_markdown, pictures_dir
from desktop.domain.budget import CATEGORIES_FILE, CategorySet
from desktop.domain.guidance import Topic
from desktop.domain.legal import SEVERITIES, RateReference, Rule, Source
from desktop.domain.letters.blocks import BLOCKS_FILE, LetterBlocks
from desktop.domain.phone_evidence.recording_names import NamePattern
from desktop.domain.suggestions import KeywordRule
from desktop.domain.text import Bilingual, norm_lang, pick

FACTS_RESEARCH_DATE = "2026-11-28"
"""Research date of ``legal-facts.md``; the last-checked date when no topic says otherwise."""


@dataclass(frozen=True)
class Problem(Bilingual):
    """Something wrong in the content files, reported instead of raised.

    ``file`` is relative to the resources folder (``"rules/rules.toml"``), ``entry``
    the id (or ``"#3"`` for the third entry when it has none, ``""`` for the whole
    file), ``code`` a stable machine-readable kind (``"unknown_source"``), ``line``
    the line of a TOML syntax error.
    """

    file: str
    entry: str
    code: str
    zh: str
    en: str
    line: int | None = None

    def message(self, lang: str = "zh_CN") -> str:
        """The message in ``lang`` with file and entry named."""
        where = self.file + (f":{self.line}" if self.line else "")
        if self.entry:
            where += f" [{self.entry}]"
        return f"{where}: {self.text.in_(lang)}"

    def __str__(self) -> str:
        return self.message("en")


@dataclass(frozen=True)
class Content:
    """Everything loaded from ``resources/``: sources, rules, rate lines and guidance topics.

    ``rules`` and ``sources`` keep file order; ``topics`` is sorted by ``order``.
    ``bodies`` maps ``(topic_id, lang)`` to the Markdown written for that language
    (``lang`` is ``"zh_CN"`` or ``"en"``); generated topics may have only an intro.
    The letter blocks and the budget categories are read from ``resources_dir`` on
    first use (:meth:`letter_blocks`, :attr:`budget_categories`), not by ``load_content``:
    only the Negotiate tab, the complaint, the report and the sample case need them.
    """

    sources: dict[str, Source] = field(default_factory=dict)
    rules: dict[str, Rule] = field(default_factory=dict)
    rate_references: tuple[RateReference, ...] = ()
    topics: tuple[Topic, ...] = ()
    bodies: dict[tuple[str, str], str] = field(default_factory=dict)
    keyword_rules: tuple[KeywordRule, ...] = ()  # rules/keywords.toml: phrases that suggest a mark
    recording_names: tuple[NamePattern, ...] = ()  # phone/recording_names.toml: each phone's recording names
    service_prefixes: tuple[str, ...] = ()  # rules/keywords.toml [service]: 95…, 400…, 106… senders
    resources_dir: Path | None = None  # where it was loaded from; None for an empty Content (tests)
    _cache: dict = field(default_factory=dict, repr=False, compare=False, hash=False)

    def topic(self, topic_id: str) -> Topic | None:
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        return None

    @property
    def topic_ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.topics)

    def body(self, topic_id: str, lang: str) -> str:
        """The written Markdown for ``lang``, falling back to the other language, else ``""``."""
        lang = norm_lang(lang)
        other = "en" if lang == "zh_CN" else "zh_CN"
        return self.bodies.get((topic_id, lang)) or self.bodies.get((topic_id, other), "")

    def rules_by_severity(self) -> list[tuple[str, list[Rule]]]:
        """``[(severity, [rules…]), …]`` most serious first, skipping empty groups."""
        groups = [(s, [r for r in self.rules.values() if r.severity == s]) for s in SEVERITIES]
        return [(s, rules) for s, rules in groups if rules]

    def common_rules(self) -> list[Rule]:
        """The marks shown as big checkboxes during a live call."""
        return [r for r in self.rules.values() if r.common]

    def automatic_rules(self) -> list[Rule]:
        return [r for r in self.rules.values() if r.automatic]

    def rate_reference(self, ref_id: str) -> RateReference | None:
        return next((r for r in self.rate_references if r.id == ref_id), None)

    def letter_blocks(self, kind: str, lang: str) -> LetterBlocks:
        """The paragraph blocks of letter ``kind`` in ``lang``, read on first use.

        :class:`UserError` (the calm "reinstall" message) when the file is missing or
        broken; a broken file is read again next time, a good one is kept.
        """
        key = ("letter_blocks", kind, norm_lang(lang))
        if key not in self._cache:
            if self.resources_dir is None:
                raise BLOCKS_FILE.damaged(f"{kind}.toml", "no resources folder")
            self._cache[key] = read_letter_blocks(letter_blocks_path(self.resources_dir, lang, kind))
        return self._cache[key]

    @property
    def budget_categories(self) -> CategorySet:
        """The statement's income and spending categories, read on first use (:class:`UserError` as above)."""
        key = ("budget_categories",)
        if key not in self._cache:
            if self.resources_dir is None:
                raise CATEGORIES_FILE.damaged(BUDGET_CATEGORIES, "no resources folder")
            self._cache[key] = read_budget_categories(self.resources_dir / BUDGET_CATEGORIES)
        return self._cache[key]

    def phone_howto(self, lang: str) -> tuple[str, Path | None]:
        """The "Import from phone" how-to page in ``lang`` and the folder its pictures are named in.

        ``("", None)`` when it cannot be read: the dialog then says the text is missing.
        """
        if self.resources_dir is None:
            return "", None
        return howto_markdown(self.resources_dir, lang), pictures_dir(self.resources_dir)

    @property
    def last_checked(self) -> str:
        """The latest ``reviewed_on`` of any topic (ISO date), or the fact sheet's research date."""
        dates = [t.reviewed_on for t in self.topics if t.reviewed_on]
        return max(dates) if dates else FACTS_RESEARCH_DATE


def disclaimer(lang: str, content: Content | None = None) -> str:
    """The "information, not legal advice" line with the last-checked date, in ``lang``."""
    checked = content.last_checked if content is not None else FACTS_RESEARCH_DATE
    return pick(
        lang,
        f"本应用提供的是一般信息，不是法律意见。内容最后核对日期：{checked}。法律和规定可能变化，"
        "重要的事请打12348咨询法律援助或找律师确认。",
        f"This app gives general information, not legal advice. Content last checked: {checked}. "
        "Laws and rules change; for anything important, check with legal aid (12348) or a lawyer.",
    )
