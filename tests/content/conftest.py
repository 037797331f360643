"""Fixtures for the content tests: the shipped resources, and a writable copy to break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.content.loader import load_content

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
CONTENT_PARTS = ("sources", "rules", "guidance")


@pytest.fixture(scope="session")
def shipped():
    """``(content, problems)`` loaded from the real ``resources/`` folder."""
    return load_content(RESOURCES)


@pytest.fixture(scope="session")
def content(shipped):
    return shipped[0]


@pytest.fixture
def resources_copy(tmp_path: Path) -> Path:
    """A private copy of the content files (not fonts) that a test may damage."""
    root = tmp_path / "resources"
    for part in CONTENT_PARTS:
        shutil.copytree(RESOURCES / part, root / part)
    return root
