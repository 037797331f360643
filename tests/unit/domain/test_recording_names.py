"""Call-recording names: every example in the data file reads as it says; odd folders get clear flags."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.content.phone_names import load_recording_names
from desktop.domain.phone_evidence.recording_names import CHINA_TIME, read_name, recordings_from_files
from desktop.domain.phone_evidence.records import (
    FLAG_DUPLICATE,
    FLAG_EMPTY_FILE,
    FLAG_PATTERN_UNVERIFIED,
    FLAG_TIME_FROM_FILE,
)
from desktop.files.recordings import scan_recordings
from tests.phone_data import write_recordings

RESOURCES = Path(__file__).resolve().parents[3] / "resources"
PATTERNS, EXAMPLES, PROBLEMS = load_recording_names(RESOURCES)


def test_the_data_file_loads_without_problems_and_every_pattern_has_an_example():
    assert not PROBLEMS
    assert {e.pattern for e in EXAMPLES} == {p.id for p in PATTERNS}


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e.pattern}:{e.file}" for e in EXAMPLES])
def test_each_example_name_reads_as_the_data_file_says(example):
    facts = read_name(example.file, PATTERNS)
    assert facts is not None and facts.pattern == example.pattern
    assert (facts.number or "") == example.number
    assert (facts.contact_name or "") == example.name
    started = facts.started_at.strftime("%Y-%m-%d %H:%M:%S") if facts.started_at else ""
    assert started == example.started
    assert facts.started_at is None or facts.started_at.tzinfo == CHINA_TIME


def test_names_matching_nothing_take_the_file_time_and_ask(tmp_path):
    when = datetime(2026, 3, 2, 1, 2, 3, tzinfo=UTC)
    write_recordings(tmp_path, ["录音 0001.m4a", "新录音😀𠮷.mp3"], mtime=when)
    files, _ = scan_recordings(tmp_path)
    recs = recordings_from_files(files, PATTERNS)
    assert all(FLAG_TIME_FROM_FILE in r.flags and r.started_at == when and r.name_pattern is None for r in recs)


def test_a_folder_with_empty_duplicate_unverified_and_other_files(tmp_path):
    write_recordings(tmp_path, ["张三@13800000003_20240318093000.amr", "13800000006_20240320_101010.m4a"])
    (tmp_path / "empty@13800000009_20240318093000.amr").write_bytes(b"")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "copy.amr").write_bytes((tmp_path / "张三@13800000003_20240318093000.amr").read_bytes())
    (tmp_path / "notes.txt").write_text("not audio")
    files, skipped = scan_recordings(tmp_path)
    recs = {r.name: r for r in recordings_from_files(files, PATTERNS)}
    assert skipped == 1 and len(recs) == 4
    assert FLAG_EMPTY_FILE in recs["empty@13800000009_20240318093000.amr"].flags
    assert FLAG_DUPLICATE in recs["张三@13800000003_20240318093000.amr"].flags  # the sub folder sorts first
    assert FLAG_PATTERN_UNVERIFIED in recs["13800000006_20240320_101010.m4a"].flags
    assert recs["copy.amr"].identity == recs["张三@13800000003_20240318093000.amr"].identity


def test_an_unreadable_file_is_flagged_not_raised(tmp_path, monkeypatch):
    write_recordings(tmp_path, ["a.mp3"])
    real_open = open

    def failing_open(path, *args, **kwargs):
        if str(path).endswith("a.mp3"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", failing_open)
    files, _ = scan_recordings(tmp_path)
    recs = recordings_from_files(files, PATTERNS)
    assert recs[0].sha256 == "" and "unreadable" in recs[0].flags


def test_a_folder_of_2000_recordings(tmp_path, capsys):
    names = [f"张三@1380000{i:04d}_202403{1 + i % 28:02d}{i % 24:02d}{i % 60:02d}00.amr" for i in range(2000)]
    write_recordings(tmp_path, names)
    start = time.perf_counter()
    files, _ = scan_recordings(tmp_path)
    recs = recordings_from_files(files, PATTERNS)
    seconds = time.perf_counter() - start
    with capsys.disabled():
        print(f"\n[phone bench] 2,000 small recordings scanned, hashed and named: {seconds:.2f} s")
    assert len(recs) == 2000 and all(r.name_pattern == "huawei_honor" for r in recs)
