"""The punctuation that differs between the two shipped languages, for text built from parts.

Chinese lists with the enumeration comma 、, separates clauses with the full-width
semicolon ；, and puts an aside in full-width brackets straight after the word; English
uses ", ", "; " and " (…)". A label with its grade, a list of names or a run of short
notes goes through these, so neither language reads as if it were typed in the other.
"""

from __future__ import annotations

from desktop.domain.text import norm_lang


def list_separator(lang: str | None) -> str:
    """Between the items of a list: ``、`` in Chinese, ``", "`` in English."""
    return ", " if norm_lang(lang) == "en" else "、"


def clause_separator(lang: str | None) -> str:
    """Between clauses or short notes: ``；`` in Chinese, ``"; "`` in English."""
    return "; " if norm_lang(lang) == "en" else "；"


def bracketed(aside: str, lang: str | None) -> str:
    """``aside`` in brackets, to follow a word: ``（aside）`` in Chinese, ``" (aside)"`` in English."""
    return f" ({aside})" if norm_lang(lang) == "en" else f"（{aside}）"
