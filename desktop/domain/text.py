"""Text in both shipped languages: the language list, the one language normaliser, :class:`Text`.

The domain has no Qt, so it cannot use Qt Linguist; whatever it says to the user
(errors, notices, labels) is written in Chinese and English side by side, and
this module is the one place that decides which of the two a language tag gets.
Any English tag (``en``, ``en_US``) reads English; anything else, including an
empty or unknown tag, reads Chinese, the must-ship language.
"""

from __future__ import annotations

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


class Text:
    """One text in Chinese and English; immutable, compared and hashed by value.

    Written out rather than a frozen dataclass or a NamedTuple: this module loads
    before the window's first paint (every error message is a ``Text``), where
    ``dataclasses`` costs ~2 ms and building a NamedTuple class ~1 ms.
    """

    __slots__ = ("zh", "en")
    zh: str
    en: str

    def __init__(self, zh: str, en: str) -> None:
        object.__setattr__(self, "zh", zh)
        object.__setattr__(self, "en", en)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Text is immutable: cannot set {name!r}")

    def __eq__(self, other: object) -> bool:
        if type(other) is not Text:
            return NotImplemented
        return self.zh == other.zh and self.en == other.en

    def __hash__(self) -> int:
        return hash((self.zh, self.en))

    def __repr__(self) -> str:
        return f"Text(zh={self.zh!r}, en={self.en!r})"

    def __reduce__(self):  # copy and pickle rebuild it through __init__, not by setting attributes
        return Text, (self.zh, self.en)

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
