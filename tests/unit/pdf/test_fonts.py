"""fonts.py: the bundled font registers once, and safe_text makes any string drawable."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from desktop.domain.errors import UserError
from desktop.pdf import fonts, styles


def test_register_fonts_is_idempotent_and_thread_safe():
    """Concurrent first calls all get the one registered font, with bold/italic mapped to it."""
    names: list[str] = []
    threads = [threading.Thread(target=lambda: names.append(fonts.register_fonts())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert names == [fonts.FONT_NAME] * 8
    assert fonts.register_fonts() == fonts.FONT_NAME
    assert fonts.FONT_NAME in pdfmetrics.getRegisteredFontNames()
    from reportlab.lib.fonts import tt2ps

    assert tt2ps(fonts.FONT_NAME, 1, 0) == fonts.FONT_NAME  # <b> maps to the same face


def test_substitute_is_in_the_font():
    """The visible replacement character must itself be drawable."""
    assert fonts.has_glyph(fonts.SUBSTITUTE)


def test_font_covers_chinese_latin_and_common_symbols():
    for ch in "催收应对助手ABCxyz0123，。？“”（）¥℃①":
        assert fonts.has_glyph(ch), ch


def test_safe_text_replaces_what_the_font_lacks():
    sub = fonts.SUBSTITUTE
    assert fonts.safe_text("你好 abc") == "你好 abc"
    assert fonts.safe_text("a😀b") == f"a{sub}b"
    assert fonts.safe_text("❤\ufe0f") == ("❤" if fonts.has_glyph("❤") else sub)  # selector dropped
    assert fonts.safe_text("x\x00y\x07z") == f"x{sub}y{sub}z"
    assert fonts.safe_text("a\ud800b\udfffc") == f"a{sub}b{sub}c"
    assert fonts.safe_text("1\t2\r\n3\r4") == "1 2\n3\n4"
    rare = "𠮷"
    assert fonts.safe_text(rare) == (rare if fonts.has_glyph(rare) else sub)
    assert fonts.safe_text(None) == ""
    assert fonts.safe_text(12.5) == "12.5"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_safe_text_output_is_always_drawable(s):
    """Any string (including lone surrogates) comes out encodable and fully covered by the font."""
    out = fonts.safe_text(s)
    out.encode("utf-8")  # no lone surrogates left
    cmap = fonts.charmap()
    assert all(ch == "\n" or ord(ch) in cmap for ch in out)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_escape_markup_always_parses_as_a_paragraph(s):
    para = Paragraph(fonts.escape_markup(s, newlines=True), styles.BODY)
    para.wrap(300, 10_000)


def test_escape_markup_escapes_xml():
    assert fonts.escape_markup("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"
    assert fonts.escape_markup("a\nb", newlines=True) == "a<br/>b"


def test_missing_font_is_a_user_error(tmp_path, monkeypatch):
    """A damaged install (no font file) gives a calm bilingual message, not a traceback."""
    monkeypatch.setattr(fonts, "_registered", False)
    with pytest.raises(UserError) as info:
        fonts.register_fonts(tmp_path)  # tmp_path has no fonts/ folder
    assert "重新安装" in info.value.zh and "reinstall" in info.value.en
