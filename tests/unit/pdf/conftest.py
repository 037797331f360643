"""Helpers for the PDF layer tests: read back what was written with pypdf (a test-only dependency)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

GENERATED_AT = "2026-11-28 10:00"


def page_texts(path: Path) -> list[str]:
    """Extracted text of every page."""
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def squash(text: str) -> str:
    """Text without whitespace (extractors differ in where they put spaces between CJK glyphs)."""
    return re.sub(r"\s+", "", text)


def outline_titles(path: Path) -> list[tuple[int, str, int]]:
    """(depth, title, 0-based page) for every outline entry, in order."""
    reader = PdfReader(str(path))
    out: list[tuple[int, str, int]] = []

    def walk(items, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                out.append((depth, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return out


@pytest.fixture
def out_dir(tmp_path) -> Path:
    """An output folder whose name has Chinese characters and spaces, like a real user's."""
    folder = tmp_path / "导出 报告 folder"
    folder.mkdir()
    return folder
