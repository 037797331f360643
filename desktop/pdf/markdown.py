"""The app's simple guidance Markdown turned into reportlab flowables.

Supported: ``#``/``##``/``###`` headings (with outline entries), paragraphs, ``-``/``*``
and ``1.`` lists (indented for nesting), ``**bold**``, ```code```, links
(``[text](topic:id)`` → ``text``; external ``[text](url)`` → ``text (url)``), pipe tables,
``>`` quotes, fenced code blocks and ``---`` rules. Anything else is shown as text.
Any input gives flowables, never an exception: a block whose markup reportlab rejects
falls back to plain escaped text.
"""

from __future__ import annotations

import re

from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer

from desktop.pdf import styles
from desktop.pdf.document import section
from desktop.pdf.fonts import escape_markup, register_fonts, safe_text
from desktop.pdf.tables import data_table

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)([-*+])\s+(.*)$")
_NUMBER = re.compile(r"^(\s*)(\d{1,9})[.)]\s+(.*)$")
_QUOTE = re.compile(r"^\s*>\s?(.*)$")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\s]*)\)")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_CODE = re.compile(r"`([^`\n]+)`")
#: A paragraph longer than this is cut into several, so reportlab never wraps megabytes at once.
_CHUNK = 4000
_INDENT = 14
_ACCENT = "#" + styles.ACCENT.hexval()[2:]


def _link_text(m: re.Match[str]) -> str:
    text, target = m.group(1), m.group(2)
    if not target or target.startswith(("topic:", "#")) or target == text:
        return text
    return f"{text} ({target})" if text else target


def plain(text: str) -> str:
    """Inline Markdown reduced to plain text (for table cells and titles)."""
    text = _LINK.sub(_link_text, safe_text(text))
    text = _BOLD.sub(lambda m: m.group(1) or m.group(2), text)
    return _CODE.sub(lambda m: m.group(1), text)


def inline(text: str) -> str:
    """Inline Markdown as reportlab Paragraph markup (escaped; bold drawn in the accent colour,
    since the bundled font has no bold face)."""
    out = escape_markup(_LINK.sub(_link_text, safe_text(text)))
    out = _BOLD.sub(
        lambda m: f'<b><font color="{_ACCENT}">{m.group(1) or m.group(2)}</font></b>',
        out,
    )
    return _CODE.sub(lambda m: m.group(1), out)


def _para(markup: str, style, raw: str, **kw) -> Paragraph:
    try:
        return Paragraph(markup, style, **kw)
    except Exception:  # reportlab rejected the markup: show the text as it is
        return Paragraph(escape_markup(raw), style, **kw)


def _paragraphs(text: str, style, **kw) -> list[Flowable]:
    """One paragraph (or several, when huge) of inline Markdown."""
    out: list[Flowable] = []
    for start in range(0, max(len(text), 1), _CHUNK):
        piece = text[start : start + _CHUNK]
        out.append(_para(inline(piece), style, piece, **kw))
        kw.pop("bulletText", None)
    return out


def _split_row(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [plain(c.strip().replace("\\|", "|")) for c in re.split(r"(?<!\\)\|", line)]


def _table(lines: list[str]) -> Flowable:
    rows = [_split_row(line) for line in lines if not _TABLE_SEP.match(line)]
    if not rows:
        return Spacer(1, 0)
    return data_table(rows[0], rows[1:])


def _item_style(depth: int):
    from reportlab.lib.styles import ParagraphStyle

    if depth == 0:
        return styles.BULLET
    return ParagraphStyle(
        f"bullet{depth}",
        parent=styles.BULLET,
        leftIndent=styles.BULLET.leftIndent + depth * _INDENT,
        bulletIndent=styles.BULLET.bulletIndent + depth * _INDENT,
    )


def markdown_to_flowables(text: str, *, outline: bool = True, base_level: int = 0) -> list[Flowable]:
    """Flowables for ``text``; headings become outline entries at ``base_level``+ when ``outline``."""
    register_fonts()  # outside the try: a missing font is a UserError, not a formatting problem
    try:
        return _convert(safe_text(text), outline, base_level)
    except Exception:  # last resort: never fail an export over guidance formatting
        return [Paragraph(escape_markup(text, newlines=True), styles.BODY)]


def _convert(text: str, outline: bool, base_level: int) -> list[Flowable]:
    out: list[Flowable] = []
    lines = text.split("\n")
    para: list[str] = []
    i = 0

    def flush() -> None:
        if para:
            out.extend(_paragraphs(" ".join(s.strip() for s in para), styles.BODY))
            para.clear()

    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            flush()
            i += 1
        elif stripped.startswith("```"):
            flush()
            code: list[str] = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith("```"):
                code.append(lines[i])
                i += 1
            i += 1
            body = "\n".join(code)
            for start in range(0, max(len(body), 1), _CHUNK):
                out.append(Paragraph(escape_markup(body[start : start + _CHUNK], newlines=True), styles.CODE))
        elif m := _HEADING.match(stripped):
            flush()
            i += 1
            level = len(m.group(1)) - 1
            title = plain(m.group(2))
            if outline:
                out.append(section(title, base_level + level))
            else:
                style = (styles.H1, styles.H2, styles.H3)[min(level, 2)]
                out.append(_para(inline(m.group(2)), style, title))
        elif _RULE.match(stripped) and not para:
            out.append(
                HRFlowable(width="100%", thickness=0.5, color=styles.RULE, spaceBefore=4, spaceAfter=6)
            )
            i += 1
        elif stripped.startswith("|") or (
            "|" in stripped and i + 1 < len(lines) and _TABLE_SEP.match(lines[i + 1]) and "-" in lines[i + 1]
        ):
            flush()
            block = []
            while i < len(lines) and lines[i].strip() and ("|" in lines[i]):
                block.append(lines[i])
                i += 1
            out.append(_table(block))
        elif _QUOTE.match(line):
            flush()
            quote: list[str] = []
            while i < len(lines) and (m := _QUOTE.match(lines[i])):
                quote.append(m.group(1).strip())
                i += 1
            joined = " ".join(q if q else "\n" for q in quote).replace(" \n ", "\n")
            for part in joined.split("\n"):
                if part.strip():
                    out.extend(_paragraphs(part.strip(), styles.QUOTE))
        elif (m := _BULLET.match(line) or _NUMBER.match(line)) and not _RULE.match(stripped):
            flush()
            indent = len(m.group(1).expandtabs(4))
            bullet = "•" if m.group(2) in "-*+" else f"{m.group(2)}."
            item = [m.group(3)]
            i += 1
            # continuation lines: indented, non-blank, not a new item/heading/quote/table
            while (
                i < len(lines)
                and lines[i].strip()
                and lines[i][:1] in " \t"
                and not (_BULLET.match(lines[i]) or _NUMBER.match(lines[i]) or _QUOTE.match(lines[i]))
            ):
                item.append(lines[i].strip())
                i += 1
            out.extend(_paragraphs(" ".join(item), _item_style(min(indent // 2, 6)), bulletText=bullet))
        else:
            para.append(line)
            i += 1
    flush()
    return out


