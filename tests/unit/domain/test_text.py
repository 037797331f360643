"""The one bilingual text type and language normaliser, and the records that share them."""

from __future__ import annotations

import errno

import pytest

from desktop import i18n
from desktop.content.model import Problem
from desktop.domain import budget, integrity, legal, plan
from desktop.domain.errors import UserError
from desktop.domain.importing import preview as import_preview
from desktop.domain.importing import values as import_values
from desktop.domain.rules_engine import grade_label
from desktop.domain.text import LANGUAGES, Bilingual, Text, norm_lang, pick
from desktop.files import data_dir
from desktop.store.safety.recovery import RecoveryResult


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("zh_CN", "中文"), ("en", "English"), ("en_US", "English"), ("EN", "English"), ("fr", "中文"), ("", "中文"),
     (None, "中文")],
)
def test_text_reads_english_for_any_english_tag_and_chinese_for_anything_else(lang, expected):
    assert Text("中文", "English").in_(lang) == expected


def test_text_falls_back_to_the_other_language_when_one_is_empty():
    assert Text("中文", "").in_("en") == "中文"
    assert Text("", "English").in_("zh_CN") == "English"
    assert pick("en", "中文", "") == "中文" and norm_lang("en_GB") == "en"


def test_one_language_list_is_used_by_the_app_and_the_domain():
    assert LANGUAGES == ("zh_CN", "en")
    assert i18n.LANGUAGES is LANGUAGES
    assert not hasattr(legal, "LANGUAGES")


def test_every_bilingual_record_answers_through_the_one_text_type():
    records = [
        UserError("错", "wrong"),
        import_values.Notice("错", "wrong"),
        plan.Notice("code", "错", "wrong"),
        import_preview.RowProblem(3, "时间", "time", "错", "wrong"),
        import_preview.ColumnProblem("unknown", 1, "x", "错", "wrong", False),
        integrity.ChainProblem(1, 2, "错", "wrong"),
        RecoveryResult(False, None, None, 0, "错", "wrong"),
    ]
    for record in records:
        assert isinstance(record, Bilingual)
        assert record.text == Text("错", "wrong")
        assert (record.message("zh_CN"), record.message("en"), record.message("en_US")) == ("错", "wrong", "wrong")
        assert record.message() == "错"
    assert budget.BudgetItem("housing.rent", "房租", "Rent").label("en") == "Rent"
    assert grade_label("high", "en_US") == grade_label("high", "en") != grade_label("high", "zh_CN")
    assert Problem("rules/rules.toml", "night_call", "bad", "错", "wrong").message("en") == "rules/rules.toml [night_call]: wrong"


@pytest.mark.parametrize(
    ("exc", "zh", "en"),
    [
        (PermissionError(errno.EACCES, "denied"), "没有写入权限", "not writable"),
        (NotADirectoryError(errno.ENOTDIR, "file"), "是一个文件", "is a file"),
        (OSError(errno.ENOSPC, "full"), "磁盘空间已满", "disk is full"),
        (OSError(errno.EIO, "io"), "系统拒绝了操作", "refused"),
    ],
)
def test_a_data_folder_error_names_the_reason_in_both_languages(tmp_path, exc, zh, en):
    error = data_dir._folder_error(tmp_path, exc)
    assert zh in error.message("zh_CN") and en in error.message("en")


def test_text_is_an_immutable_value_that_copies_and_pickles():
    import copy
    import pickle

    text = Text("中文", "English")
    assert text == Text(zh="中文", en="English") and hash(text) == hash(Text("中文", "English"))
    assert text != Text("中文", "") and text != ("中文", "English")
    assert copy.deepcopy(text) == text and pickle.loads(pickle.dumps(text)) == text
    with pytest.raises(AttributeError):
        text.zh = "改"  # type: ignore[misc]
    assert text.in_("en") == "English"
