"""The Chinese translation is complete, in step with the code, and keeps every placeholder."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "desktop_zh_CN.ts"
PLACEHOLDER = re.compile(r"%(?:n|L?\d)|\{[A-Za-z_][A-Za-z0-9_]*\}")


def _messages(path: Path):
    for ctx in ET.parse(path).getroot().findall("context"):
        name = ctx.findtext("name")
        for msg in ctx.findall("message"):
            yield name, msg.findtext("source"), msg.find("translation")


def test_every_string_is_translated():
    unfinished = [
        (ctx, src)
        for ctx, src, tr in _messages(TS)
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip()
    ]
    assert not unfinished, f"untranslated strings: {unfinished[:10]}"


def test_placeholders_match():
    wrong = []
    for ctx, src, tr in _messages(TS):
        if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(tr.text or "")):
            wrong.append((ctx, src, tr.text))
    assert not wrong, f"placeholders differ: {wrong[:5]}"


def test_accelerators_are_kept():
    """A menu entry with an &-shortcut in English keeps one in Chinese."""
    for ctx, src, tr in _messages(TS):
        if re.search(r"&\w", src):
            assert re.search(r"&\w", tr.text or ""), (ctx, src)


def test_the_ts_file_is_in_step_with_the_code(tmp_path):
    """Running lupdate finds no string in the code that the .ts file lacks."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = shutil.which("pyside6-lupdate")
    if not lupdate:
        pytest.skip("pyside6-lupdate not installed")
    copy = tmp_path / "check.ts"
    shutil.copyfile(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-ts", str(copy)], check=True, capture_output=True)
    known = {(c, s) for c, s, _ in _messages(TS)}
    found = {(c, s) for c, s, _ in _messages(copy)}
    assert found - known == set(), f"strings in code missing from the .ts (run tools/translations.py update): {sorted(found - known)[:10]}"
    assert known - found == set(), f"strings in the .ts no longer in the code: {sorted(known - found)[:10]}"
