"""Suggested marks from what a message says: keyword rules as data, matched here.

A suggestion is never a mark: the person confirms or dismisses it (issue 13 item 4).
The rules come from ``resources/rules/keywords.toml``; each points to a rule id of
``rules.toml``. Matching folds full-width forms and case (NFKC + casefold), so
"ＡＢＣ" matches "abc" and "律 师 函" does not match "律师函" (spaces are kept:
inserting spaces is not how these texts arrive).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.text import pick


@dataclass(frozen=True)
class KeywordRule:
    """Phrases that suggest one rule. ``rule`` is a rule id in ``rules.toml``."""

    id: str
    phrases: tuple[str, ...]
    rule: str
    note_zh: str = ""
    note_en: str = ""

    def note(self, lang: str = "zh_CN") -> str:
        """The note in ``lang``; the other language's when that one is empty."""
        return pick(lang, self.note_zh, self.note_en)


@dataclass(frozen=True)
class Suggestion:
    """``rule_id`` suggested because ``phrase`` (of keyword rule ``keyword_rule_id``) occurs in the text."""

    rule_id: str
    keyword_rule_id: str
    phrase: str


_GAPS = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]+")


def fold_text(text: str) -> str:
    """The form both text and phrases are compared in: NFKC (full width → half width), casefolded, and
    without spaces or zero-width characters — collection texts space words out ("立 案", "起\u200b诉") to
    get past message filters, and the phrases are Chinese, where a space never separates words."""
    return _GAPS.sub("", unicodedata.normalize("NFKC", text or "").casefold())


def suggest_marks(text: str, rules: Iterable[KeywordRule]) -> tuple[Suggestion, ...]:
    """One suggestion per rule id whose phrases occur in ``text``, in the order of ``rules``.

    The first matching phrase of the first matching keyword rule names the reason.
    """
    folded = fold_text(text)
    if not folded:
        return ()
    out: list[Suggestion] = []
    seen: set[str] = set()
    for rule in rules:
        if rule.rule in seen:
            continue
        for phrase in rule.phrases:
            if phrase and fold_text(phrase) in folded:
                out.append(Suggestion(rule.rule, rule.id, phrase))
                seen.add(rule.rule)
                break
    return tuple(out)
