"""Phone numbers as people type them, made comparable and printable.

Callers always keep the number exactly as the user (or the import file) gave it;
the functions here only derive a *normalised* form for display and matching
("is this the same caller as last night?") and a *masked* form for the copy of a
document that goes to the lender.

Mainland conventions: mobile numbers are 11 digits starting with ``1``; landlines
are an area code starting with ``0`` plus 7–8 digits; service numbers are short
(``95188``, ``12345``) or ``400``/``800`` numbers. Numbers written with the
country code (``+86``, ``0086``, ``86``) are turned into the domestic form.
Anything that is not a number (a WeChat id, an account name) is returned as text.
"""

from __future__ import annotations

import re
import unicodedata

# Separators people put inside numbers: spaces of all widths, dashes of all
# kinds, brackets, dots and slashes. Full-width forms are folded by NFKC first.
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―−ー()\[\]{}（）【】.·/\\]+")
_MOBILE = re.compile(r"1[3-9]\d{9}")
_DIGITS = re.compile(r"\+?\d+")


def normalise_number(text: str | None) -> str:
    """The number in a canonical form for display and matching.

    ``"+86 138-1234-5678"`` → ``"13812345678"``, ``"400-123-4567"`` →
    ``"4001234567"``, ``"+86 10 8888 7777"`` → ``"01088887777"``. Text that is not
    a phone number (``"wxid_abc"``) comes back stripped but otherwise unchanged;
    ``None`` or blank text gives ``""``. Never raises for any string.
    """
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", str(text)).strip()
    if not folded:
        return ""
    compact = _SEPARATORS.sub("", folded)
    if not _DIGITS.fullmatch(compact):
        # Not purely a number (an account name, "138xxxx5678", an extension
        # written as "转2"): keep the text, only tidy the outer whitespace.
        return " ".join(folded.split())
    return _domestic(compact)


def _domestic(compact: str) -> str:
    """Strip a Chinese country code; keep foreign numbers with their ``+``."""
    explicit = None
    if compact.startswith("+86"):
        explicit = compact[3:]
    elif compact.startswith("0086"):
        explicit = compact[4:]
    if explicit is not None:
        if not explicit:
            return compact
        if explicit.startswith("0") or _MOBILE.fullmatch(explicit) or _is_service(explicit):
            return explicit
        # "+86 10 8888 7777": an area code without its trunk prefix.
        return "0" + explicit
    if compact.startswith("86") and len(compact) == 13 and _MOBILE.fullmatch(compact[2:]):
        return compact[2:]
    return compact


def _is_service(digits: str) -> bool:
    """Short service numbers (95xxx, 12345, 10086) and 400/800 numbers."""
    return len(digits) <= 6 or (len(digits) == 10 and digits[:3] in ("400", "800"))


def mask_number(text: str | None) -> str:
    """The number with its middle hidden, e.g. ``"138****5678"``.

    Service numbers (``95188``, ``400…``) are public and shown whole. Other
    numbers keep their first three and last four digits; short or non-numeric
    values keep only their first and last character. Never raises.
    """
    shown = normalise_number(text)
    if not shown:
        return ""
    digits = shown.lstrip("+")
    if digits.isdigit() and not shown.startswith("+") and _is_service(digits):
        return shown
    if digits.isdigit() and len(digits) >= 8:
        head = len(shown) - len(digits) + 3
        return shown[:head] + "*" * (len(shown) - head - 4) + shown[-4:]
    if len(shown) <= 2:
        return "*" * len(shown)
    return shown[0] + "*" * (len(shown) - 2) + shown[-1]
