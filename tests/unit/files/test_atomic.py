"""desktop.files.atomic: a file appears whole or not at all, and no temporary file is left beside it."""

from __future__ import annotations

import pytest

from desktop.files import atomic


def test_a_finished_write_replaces_the_target_and_leaves_nothing_beside_it(tmp_path):
    target = tmp_path / "报告 最终.txt"
    target.write_text("旧", encoding="utf-8")
    with atomic.replacing(target) as tmp, open(tmp, "x", encoding="utf-8") as f:
        assert tmp.parent == tmp_path and tmp != target
        f.write("新")
    assert target.read_text(encoding="utf-8") == "新"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_write_that_fails_halfway_leaves_the_old_file_and_no_temporary_one(tmp_path):
    target = tmp_path / "case-list.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic.replacing(target) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("the disk filled up")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["case-list.json"]


def test_a_named_partial_file_is_used_and_removed_on_failure(tmp_path):
    target = tmp_path / "out.csv"
    partial = tmp_path / "out.csv.abc.tmp"
    with pytest.raises(KeyboardInterrupt), atomic.replacing(target, partial=partial) as tmp:
        assert tmp == partial
        tmp.write_bytes(b"x")
        raise KeyboardInterrupt  # a cancel is cleaned up too
    assert list(tmp_path.iterdir()) == []


def test_write_text_into_a_missing_folder_raises_and_creates_nothing(tmp_path):
    with pytest.raises(FileNotFoundError):
        atomic.write_text(tmp_path / "nope" / "a.txt", "x")
    assert list(tmp_path.iterdir()) == []
