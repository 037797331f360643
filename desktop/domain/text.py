"""Text in both shipped languages: the language list, the one language normaliser, :class:`Text`.

The domain has no Qt, so it cannot use Qt Linguist; whatever it says to the user
(errors, notices, labels) is written in Chinese and English side by side, and
this module is the one place that decides which of the two a language tag gets.
Any English tag (``en``, ``en_US``) reads English; anything else, including an
empty or unknown tag, reads Chinese, the must-ship language.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("zh_CN", "en")
"""The shipped languages, must-ship first."""


def norm_lang(lang: str | None) -> str:
    """``"en"`` for any English tag (``en``, ``en_US``), otherwise ``"zh_CN"``."""
    return "en" if lang and lang.lower().startswith("en") else "zh_CN"


def pick(lang: str | None, zh: str, en: str) -> str:
    """The text in ``lang``; the other language if that one is empty."""
    if norm_lang(lang) == "en":
        return en or zh
    return zh or en


@dataclass(frozen=True)
class Text:
    """One text in Chinese and English."""

    zh: str
    en: str

    def in_(self, lang: str | None) -> str:
        """The text in ``lang`` (see :func:`norm_lang`); the other language if that one is empty."""
        return pick(lang, self.zh, self.en)


class Bilingual:
    """For a record or exception that carries its own ``zh`` and ``en`` message.

    Such records keep their two fields (they are built in many places with
    ``zh, en`` side by side); this gives them :attr:`text` and ``message(lang)``
    so none of them decides the language on its own.
    """

    zh: str
    en: str

    @property
    def text(self) -> Text:
        return Text(self.zh, self.en)

    def message(self, lang: str = "zh_CN") -> str:
        """The message in ``lang`` ("zh_CN" or "en"); Chinese for anything else."""
        return self.text.in_(lang)
