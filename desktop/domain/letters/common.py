"""What both letters share: the built :class:`Letter` and the paragraphs common to them
(date, addressee, numbered lists, signature), and making user text safe to quote."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.domain.letters.blocks import LetterBlocks
from desktop.domain.negotiation import Loan
from desktop.domain.text import norm_lang

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class Letter:
    """A built letter. ``text`` is the plain text to copy: the title, then the
    paragraphs, separated by blank lines. ``template_version`` comes from the
    blocks; the caller adds the app version and time when a letter is frozen."""

    kind: str
    lang: str
    title: str
    paragraphs: tuple[str, ...]
    text: str
    template_version: str
    built_on: date


def assemble_letter(blocks: LetterBlocks, paragraphs: list[str], today: date) -> Letter:
    """The :class:`Letter` of ``paragraphs`` (empty ones left out) under the blocks' title."""
    title = blocks.text("title")
    paras = tuple(p for p in paragraphs if p)
    return Letter(
        blocks.kind, blocks.lang, title, paras, "\n\n".join((title,) + paras), blocks.template_version, today
    )


def check_blocks(blocks: LetterBlocks, kind: str, lang: str | None = None) -> None:
    """Refuse blocks of another letter kind or language: a programming error, not the user's."""
    if blocks.kind != kind:
        raise ValueError(f"expected {kind} blocks, got {blocks.kind}")
    if lang is not None and blocks.lang != norm_lang(lang):
        raise ValueError(f"blocks are {blocks.lang}, the letter is {lang}")


def clean_user_text(text: str, *, one_line: bool = True, limit: int | None = None) -> str:
    """User text made safe for a letter: no control characters, trimmed, optionally one line and shortened."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs"))
    if one_line:
        text = " ".join(text.split())
    else:  # keep the user's line breaks, but no blank lines inside a paragraph
        text = "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def letter_date(blocks: LetterBlocks, d: date) -> str:
    """``d`` the way a letter in the blocks' language writes a date."""
    return blocks.text("date", year=d.year, month=d.month, day=d.day, month_name=_MONTHS_EN[d.month - 1])


def join_sentences(blocks: LetterBlocks, parts: Iterable[str]) -> str:
    """The non-empty ``parts`` run together as one paragraph."""
    # Chinese sentences end in "。" and run on; English ones need a space between them.
    return ("" if blocks.lang == "zh_CN" else " ").join(p for p in parts if p)


def addressee_line(blocks: LetterBlocks, loan: Loan | None) -> str:
    """Who the letter is to: the contract lender and the app's brand, whichever the user gave."""
    lender = clean_user_text(loan.contract_lender) if loan else ""
    brand = clean_user_text(loan.brand) if loan else ""
    if lender and brand and lender.casefold() != brand.casefold():
        return blocks.text("addressee.lender_brand", lender=lender, brand=brand)
    if lender:
        return blocks.text("addressee.lender", lender=lender)
    if brand:
        return blocks.text("addressee.brand", brand=brand)
    return blocks.text("addressee.unknown")


def numbered_list(blocks: LetterBlocks, intro: str, items: Sequence[str]) -> str:
    """``intro`` and then ``items`` numbered from 1, one a line."""
    lines = [blocks.text("numbered", n=i, text=item) for i, item in enumerate(items, start=1)]
    return "\n".join([intro, *lines])


def signature_lines(blocks: LetterBlocks, name: str, today: date) -> str:
    """The signature (a blank to sign when no name is given) and the date line."""
    name = clean_user_text(name)
    sign = blocks.text("signature", name=name) if name else blocks.text("signature.blank")
    return "\n".join([sign, blocks.text("date_line", date=letter_date(blocks, today))])
