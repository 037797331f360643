"""An attachment's name is shown with its real extension, and only known evidence types are ever opened."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.domain.evidence import (
    MAX_NAME,
    OPENABLE_TYPES,
    display_name,
    file_name,
    openable_kind,
    real_extension,
)

RLO_BAT = "call-recording-2026-11-03\u202e3pm.bat"  # shows as "…tab.mp3" (review 3.17)
HIDDEN = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e",
          "\u200f", "\u061c", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {f"{p}{n}" for p in ("COM", "LPT")
                                                                        for n in "123456789¹²³"}


def test_the_review_s_right_to_left_trick_shows_its_real_extension_and_is_not_opened():
    shown = display_name(RLO_BAT)
    assert "\u202e" not in shown
    assert shown == "call-recording-2026-11-03[U+202E]3pm.bat"
    assert file_name(RLO_BAT) == "call-recording-2026-11-033pm.bat"
    assert openable_kind(RLO_BAT) is None


@pytest.mark.parametrize("name, kind", [
    ("王女士-催收录音-13800138000.m4a", "audio"),
    ("录音.MP3", "audio"),
    ("屏幕截图 2026-11-03.PNG", "image"),
    ("合同.pdf", "pdf"),
    ("video.3gp", "audio"),  # in both lists: either way a media player opens it
    ("聊天记录.txt", "text"),
    ("recording.mp3\u200b", "audio"),  # an invisible tail is dropped from the copy's name: still an .mp3
    ("recording.mp3. ", "audio"),  # Windows drops a trailing dot or space, and so does the copy's name
])
def test_known_evidence_types_open(name, kind):
    assert openable_kind(name) == kind


@pytest.mark.parametrize("name", [
    "run.bat", "run.cmd", "setup.exe", "x.com", "screen.scr", "a.ps1", "a.vbs", "a.js", "a.jse", "a.wsf",
    "a.hta", "shortcut.lnk", "link.url", "setup.msi", "page.html", "page.htm", "no-extension", "",
    "recording.mp3.exe", "recording.mp3.bat.", "recording.mp3.bat ", "recording.mp3.bat . . ",
    "recording.mp3::$DATA.bat", "x.mp3:evil.bat", "recording\u2024mp3",  # one-dot leader, not a dot
    "recording.ｍｐ３", "x.mp3\u202e.bat", ".bat", "mp3", "x.mp3/evil.bat",
])
def test_anything_else_is_refused(name):
    assert openable_kind(name) is None


@pytest.mark.parametrize("name, expected", [
    ("CON.mp3", "_CON.mp3"), ("nul", "_nul"), ("com1.txt.mp3", "_com1.txt.mp3"), ("Lpt9 .png", "_Lpt9 .png"),
    ("a<b>c:d\"e/f\\g|h?i*j.mp3", "abcdefghij.mp3"), ("...", "file"), (".mp3", "file.mp3"),
    ("录音  1 .m4a", "录音 1 .m4a"), ("a\r\nb.txt", "ab.txt"),
])
def test_copy_names_are_safe_on_windows(name, expected):
    assert file_name(name) == expected


def test_a_long_name_keeps_its_extension():
    name = "录" * 300 + ".mp3"
    assert len(file_name(name)) <= MAX_NAME and file_name(name).endswith(".mp3")


def test_every_hidden_character_is_made_visible_in_the_shown_name():
    for ch in HIDDEN:
        shown = display_name(f"a{ch}b.mp3")
        assert ch not in shown and f"[U+{ord(ch):04X}]" in shown


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
@example(RLO_BAT)
@example("CON")
@example("a" * 119 + ". .exe")
@example("x" * 200 + ".mp3" + "b" * 20)
@example(" . ")
@example("\x00\x1f.mp3")
def test_whatever_the_name_the_copy_s_name_is_safe_and_the_check_judges_that_very_name(name):
    """The extension checked is the one of the file written, so no name can slip an executable past it."""
    copy = file_name(name)
    assert copy and len(copy) <= MAX_NAME
    assert not set(copy) & set('<>:"/\\|?*')
    assert all(ord(ch) >= 32 for ch in copy) and not any(ch in copy for ch in HIDDEN)
    assert copy[-1] not in " ." and not copy.startswith(".")
    assert copy.split(".")[0].strip().upper() not in WINDOWS_RESERVED
    kind = openable_kind(name)
    if kind is not None:
        assert real_extension(copy) in OPENABLE_TYPES[kind]
    shown = display_name(name)
    assert not any(ch in shown for ch in HIDDEN)
