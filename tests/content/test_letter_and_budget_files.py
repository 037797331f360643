"""Letter blocks and budget categories come from the content: read on first use, with the calm "reinstall" message."""

from __future__ import annotations

import shutil

import pytest

from desktop.content.loader import load_content
from desktop.content.model import Content
from desktop.domain.errors import UserError
from tests.content.conftest import RESOURCES


def test_loading_the_content_reads_neither_the_letter_blocks_nor_the_categories(resources_copy):
    """The window loads the content after the first paint; the Negotiate files wait until a page needs them."""
    content, problems = load_content(resources_copy)  # the copy has no letters/ and no budget/ folder
    assert not [p for p in problems if p.file.startswith(("letters", "budget"))]
    assert content.resources_dir == resources_copy and content.rules


def test_a_missing_categories_file_is_the_calm_message_and_is_read_again_once_restored(resources_copy):
    content, _ = load_content(resources_copy)
    with pytest.raises(UserError) as info:
        content.budget_categories  # noqa: B018 - the property reads the file
    assert "categories.toml" in info.value.zh and "重新安装" in info.value.zh
    assert "Reinstall" in info.value.en and info.value.field == "categories"
    (resources_copy / "budget").mkdir()
    shutil.copy(RESOURCES / "budget" / "categories.toml", resources_copy / "budget" / "categories.toml")
    categories = content.budget_categories
    assert "income.wages" in categories.item_codes()
    assert content.budget_categories is categories  # read once, then kept


def test_a_broken_letter_blocks_file_is_the_calm_message_and_the_other_letters_still_load(resources_copy):
    shutil.copytree(RESOURCES / "letters", resources_copy / "letters")
    broken = resources_copy / "letters" / "zh_CN" / "negotiation.toml"
    broken.write_text(broken.read_text(encoding="utf-8").replace('"plan.fits" = "', '"plan.fit" = "', 1),
                      encoding="utf-8")
    content, _ = load_content(resources_copy)
    with pytest.raises(UserError) as info:
        content.letter_blocks("negotiation", "zh_CN")
    assert "negotiation.toml" in info.value.zh and "plan.fit" in info.value.en
    assert info.value.field == "letter_blocks"
    assert content.letter_blocks("negotiation", "en").lang == "en"
    assert content.letter_blocks("complaint", "zh").lang == "zh_CN"  # the language is normalised


def test_an_empty_content_has_no_letters_or_categories_but_says_so_calmly():
    with pytest.raises(UserError) as info:
        Content().letter_blocks("complaint", "en")
    assert "complaint.toml" in info.value.en
    with pytest.raises(UserError):
        Content().budget_categories  # noqa: B018
