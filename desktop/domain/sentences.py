"""Splitting a paragraph into the sentences a voice reads one at a time.

Read-aloud speaks one sentence, highlights it, then goes on to the next, so a
listener can follow the words on the screen and pause between sentences. A
sentence ends at Chinese or Western end punctuation (。！？；!?; and a full stop
followed by a space or the end). A very long run without any (a list pasted as one
line) is cut at a comma or a space so no single utterance runs on for minutes.
Offsets index the paragraph's text, so the caller can highlight exactly what is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_CHARS = 160
"""Longest utterance, in characters, before a run without end punctuation is cut."""

_END = re.compile(r"[。！？；!?;…]+[”’」』）)\"']*|\.(?=\s|$)[”’\"')]*")
_SOFT = re.compile(r"[，,、：:]\s*|\s+")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str, max_chars: int = MAX_CHARS) -> list[Sentence]:
    """The sentences of ``text`` in order, without surrounding whitespace; none for blank text."""
    out: list[Sentence] = []
    start = 0
    for match in _END.finditer(text):
        _add(text, start, match.end(), max_chars, out)
        start = match.end()
    _add(text, start, len(text), max_chars, out)
    return out


def _add(text: str, start: int, end: int, max_chars: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return
    if end - start <= max_chars:
        out.append(Sentence(start, end, text[start:end]))
        return
    # Too long to say in one breath: cut at the last comma or space inside the limit.
    cut = None
    for soft in _SOFT.finditer(text, start, start + max_chars):
        if soft.end() > start:
            cut = soft.end()
    if cut is None or cut <= start:
        cut = start + max_chars
    _add(text, start, cut, max_chars, out)
    _add(text, cut, end, max_chars, out)
