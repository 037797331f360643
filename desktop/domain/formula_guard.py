"""The apostrophe that keeps exported text from running as a spreadsheet formula, and its exact removal on import.

Excel, WPS and LibreOffice treat a CSV cell as a formula when its first
character is ``= + - @``, and some of them first drop or normalise what comes
before it: spaces, tabs and line breaks, invisible characters (zero-width
spaces, the byte-order mark, bidi controls) and full-width forms (``＝１＋１``
is read as ``=1+1``). So the exporter puts one apostrophe in front of a cell
when, after skipping such characters, the first visible one is a formula
character in any width, or when the cell starts with a tab, CR or LF at all.
Spreadsheets show the apostrophe as text and never evaluate the cell.

For an export → import to give back exactly what the user typed, the
importer must take off that apostrophe and only that one. The rule needs no
marker in the file because it is its own inverse: the exporter also adds an
apostrophe to every cell that already starts with one (so ``'=1`` typed by the
user is written ``''=1``), and the importer removes one apostrophe exactly when
what follows is a cell the exporter would have marked — formula-like, or
starting with an apostrophe. Text the app did not write loses an apostrophe
only where a spreadsheet user would have typed it to mean "this is text".
"""

from __future__ import annotations

import unicodedata

_FORMULA_START = frozenset("=+-@")
_ALWAYS_GUARDED = frozenset("\t\r\n")
# Format characters (Cf: zero-width, bidi controls, BOM, soft hyphen), controls (Cc) and separators
# (Zs/Zl/Zp): what a spreadsheet may skip, trim or normalise before it looks for a formula.
_SKIPPED_CATEGORIES = frozenset(("Cf", "Cc", "Zs", "Zl", "Zp"))


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet could take ``text`` for a formula (see the module docstring)."""
    if not text:
        return False
    if text[0] in _ALWAYS_GUARDED:
        return True
    for ch in text:
        if ch.isspace() or unicodedata.category(ch) in _SKIPPED_CATEGORIES:
            continue
        return ch in _FORMULA_START or unicodedata.normalize("NFKC", ch)[:1] in _FORMULA_START
    return False


def _marked(text: str) -> bool:
    return text[:1] == "'" or looks_like_formula(text)


def guard(text: str) -> str:
    """``text`` as written to a CSV cell: with a leading apostrophe when it needs one."""
    return "'" + text if _marked(text) else text


def unguard(text: str) -> str:
    """The inverse of :func:`guard`: one leading apostrophe removed when :func:`guard` would have added it."""
    return text[1:] if text[:1] == "'" and _marked(text[1:]) else text
