"""Reading the data files the letters and the budget use: letter blocks and budget categories.

Unlike the guidance and rules (where a bad entry costs that entry, see ``loader``),
these files are all-or-nothing: a letter with a missing paragraph must not be
built. So a missing or broken file is the domain's calm "reinstall" :class:`UserError`
(``desktop.domain.data_files``); the domain checks what was read
(:func:`~desktop.domain.letters.blocks.parse_blocks`, :func:`~desktop.domain.budget.parse_categories`).
Callers reach them through ``Content.letter_blocks`` and ``Content.budget_categories``.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from desktop.domain.budget import CATEGORIES_FILE, CategorySet, parse_categories
from desktop.domain.data_files import DataFileKind
from desktop.domain.letters.blocks import BLOCKS_FILE, LetterBlocks, parse_blocks
from desktop.domain.text import norm_lang

BUDGET_CATEGORIES = "budget/categories.toml"


def letter_blocks_path(resources_dir: str | Path, lang: str, kind: str) -> Path:
    """Where the ``kind`` blocks for ``lang`` live: ``resources/letters/<lang>/<kind>.toml``."""
    return Path(resources_dir) / "letters" / norm_lang(lang) / f"{kind}.toml"


def read_letter_blocks(path: str | Path) -> LetterBlocks:
    """Read and check one blocks file; :class:`UserError` when it is missing or malformed."""
    return parse_blocks(_read_toml(Path(path), BLOCKS_FILE), str(path))


def read_budget_categories(path: str | Path) -> CategorySet:
    """Read and check the categories file; :class:`UserError` when it is missing or malformed."""
    return parse_categories(_read_toml(Path(path), CATEGORIES_FILE), str(path))


def _read_toml(path: Path, kind: DataFileKind) -> dict:
    """The parsed file; the kind's calm error if it cannot be read or parsed."""
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except OSError as exc:
        detail = f"cannot read: {exc.strerror or exc}"
    except tomllib.TOMLDecodeError as exc:
        detail = f"not valid TOML: {exc}"
    raise kind.damaged(path, detail)
