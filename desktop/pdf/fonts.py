"""The bundled Chinese font, registered with reportlab once, and text made safe for it.

Every PDF this app writes uses WenQuanYi Micro Hei (``resources/fonts/wqy-microhei.ttc``,
TrueType outlines, face 0). reportlab embeds a TrueType font as a subset, so a PDF
carries only the glyphs it uses. The font has no bold face: ``<b>`` maps to the same
face, so bold markup never crashes (and never embeds the 5 MB font twice).

A character the font lacks (emoji, rare hanzi such as 𠮷, control characters, lone
surrogates from a broken clipboard) must never crash an export or vanish silently:
:func:`safe_text` swaps it for a visible :data:`SUBSTITUTE` that the font has.
"""

from __future__ import annotations

import threading
from pathlib import Path
from xml.sax.saxutils import escape as _xml_escape

from desktop.domain.errors import UserError

#: reportlab name of the bundled face; its bold/italic variants map to the same face.
FONT_NAME = "WQYMicroHei"
FONT_FILE = "wqy-microhei.ttc"
#: Shown in place of a character the font cannot draw. The font has it (checked in tests).
SUBSTITUTE = "\u25a1"  # □

_lock = threading.Lock()
_registered: bool = False
_charmap: frozenset[int] | None = None
_translation: _Translation | None = None

# Invisible format characters: drop them when the font lacks them instead of showing a box
# (variation selectors after emoji, joiners, bidi marks, tag characters of flag sequences).
_INVISIBLE = (
    set(range(0xFE00, 0xFE10))
    | set(range(0x200B, 0x2010))
    | set(range(0x202A, 0x202F))
    | set(range(0x2060, 0x2070))
    | {0xFEFF, 0x00AD, 0x034F}
    | set(range(0xE0000, 0xE0080))
    | set(range(0xE0100, 0xE01F0))
)


def _resources_dir(resources: Path | None) -> Path:
    """The app's resources folder: the argument, else ``desktop.paths``, else the source tree."""
    if resources is not None:
        return Path(resources)
    try:  # lazy: paths.py may import Qt, and it knows about frozen builds
        from desktop.paths import resources_dir
    except ImportError:
        return Path(__file__).resolve().parents[2] / "resources"
    return Path(resources_dir())


def font_path(resources: Path | None = None) -> Path:
    """Where the bundled font file lives."""
    return _resources_dir(resources) / "fonts" / FONT_FILE


def register_fonts(resources: Path | None = None) -> str:
    """Register the bundled font with reportlab (once; thread-safe) and return its name.

    Raises :class:`UserError` when the font file is missing or unreadable (a damaged
    install: the fix is to reinstall).
    """
    global _registered, _charmap
    if _registered:
        return FONT_NAME
    with _lock:
        if _registered:
            return FONT_NAME
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        path = font_path(resources)
        try:
            font = TTFont(FONT_NAME, str(path), subfontIndex=0)
        except Exception as exc:  # reportlab raises TTFError/OSError/... for a bad file
            raise UserError(
                zh=f"程序自带的中文字体缺失或已损坏（{path.name}），无法生成 PDF。请重新安装本程序。",
                en=f"The bundled Chinese font is missing or damaged ({path.name}), so no PDF "
                "can be made. Please reinstall the app.",
            ) from exc
        pdfmetrics.registerFont(font)
        register_family()
        _charmap = frozenset(font.face.charToGlyph)
        _registered = True
    return FONT_NAME


def register_family() -> None:
    """Map the font's bold/italic variants to its one face (cheap: no file is read).

    Paragraph markup is parsed when a Paragraph is created, and the parser needs this
    mapping, so :mod:`desktop.pdf.styles` calls it on import; measuring and drawing text
    need the font itself (:func:`register_fonts`).
    """
    from reportlab.pdfbase import pdfmetrics

    # No bold/italic face exists: every variant maps to the one face, so <b>/<i> are safe.
    pdfmetrics.registerFontFamily(
        FONT_NAME, normal=FONT_NAME, bold=FONT_NAME, italic=FONT_NAME, boldItalic=FONT_NAME
    )


def charmap() -> frozenset[int]:
    """The code points the bundled font can draw (from its cmap; cached)."""
    register_fonts()
    assert _charmap is not None
    return _charmap


def has_glyph(char: str) -> bool:
    """True when the bundled font has a glyph for the single character ``char``."""
    return len(char) == 1 and ord(char) in charmap()


class _Translation(dict):
    """A ``str.translate`` table that decides each code point once, on first sight."""

    def __init__(self, cmap: frozenset[int]) -> None:
        super().__init__()
        self._cmap = cmap

    def __missing__(self, cp: int) -> str | None:
        if cp == 0x0A:  # newline stays: callers decide whether it is a line break
            out: str | None = "\n"
        elif cp in (0x09, 0x0D):
            out = " " if cp == 0x09 else "\n"
        elif cp < 0x20 or 0x7F <= cp < 0xA0 or 0xD800 <= cp < 0xE000:
            out = SUBSTITUTE  # control characters, NUL, lone surrogates
        elif cp in self._cmap:
            out = chr(cp)
        elif cp in _INVISIBLE:
            out = None  # deleted
        elif cp in (0x2028, 0x2029):
            out = "\n"
        else:
            out = SUBSTITUTE
        self[cp] = out
        return out


def safe_text(s: object) -> str:
    """``s`` as text the bundled font can draw: never raises, never returns surrogates.

    Tabs become spaces, ``\\r\\n`` and ``\\r`` become ``\\n``; control characters,
    lone surrogates and characters missing from the font become :data:`SUBSTITUTE`;
    invisible selectors/joiners the font lacks are dropped.
    """
    global _translation
    if s is None:
        return ""
    if not isinstance(s, str):
        s = str(s)
    if _translation is None:
        _translation = _Translation(charmap())
    if "\r\n" in s:
        s = s.replace("\r\n", "\n")
    return s.translate(_translation)


def escape_markup(s: object, *, newlines: bool = False) -> str:
    """``s`` made safe and XML-escaped for reportlab ``Paragraph`` markup.

    With ``newlines=True`` a newline becomes ``<br/>``; otherwise it is plain whitespace.
    """
    out = _xml_escape(safe_text(s))
    if newlines:
        out = out.replace("\n", "<br/>")
    return out
