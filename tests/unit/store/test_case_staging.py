"""Listing the cases removes hidden staging leftovers an hour old, and never a case or anything younger."""

from __future__ import annotations

import os
import time

from desktop.store import cases as cases_module

HOUR = 3600


def folder(parent, name, *, files=("case.db",)):
    path = parent / name
    (path / "evidence").mkdir(parents=True)
    for file in files:
        (path / file).write_bytes(b"x")
    return path


def touch(path, when):
    os.utime(path, (when, when))


def test_stale_staging_folders_go_and_everything_else_stays(cases, tmp_path):
    real = cases.create("真的案件")
    root = cases.data_dir.cases
    stale = [folder(root, ".import-0a1b2c3d"), folder(root, f".new-{real.id}x"), folder(root, ".deleted-20200101-abcdef-12ab")]
    later = time.time() + 2 * HOUR  # two hours from now, everything made above is an hour old and more
    young_import = folder(root, ".import-still-writing")
    touch(young_import / "evidence", later - 60)  # something inside changed a minute "ago"
    young_deleted = folder(root, ".deleted-20200101-fedcba-34cd")
    touch(young_deleted, later - 60)
    plain = folder(root, "20200101-0a0b0c", files=())  # no leading dot: a case folder, even without a database
    other_hidden = folder(root, ".backup-of-something")
    (root / ".import-a-file").write_bytes(b"not a folder")
    outside = folder(tmp_path, "outside")
    os.symlink(outside, root / ".import-link", target_is_directory=True)

    removed = cases.cleanup_staging(now=later)

    assert sorted(removed) == sorted(p.name for p in stale)
    assert not any(p.exists() for p in stale)
    for kept in (young_import, young_deleted, plain, other_hidden, root / ".import-a-file", cases.db_path(real.id)):
        assert kept.exists(), kept
    assert (root / ".import-link").is_symlink() and (outside / "case.db").is_file()
    assert [s.id for s in cases.list()] == [real.id]


def test_nothing_younger_than_an_hour_is_removed(cases):
    cases.create("真的案件")
    fresh = folder(cases.data_dir.cases, ".import-fresh")
    assert cases.cleanup_staging() == [] and fresh.is_dir()
    assert cases.cleanup_staging(now=time.time() + HOUR - 60) == [] and fresh.is_dir()


def test_listing_the_cases_cleans_up(cases, monkeypatch):
    real = cases.create("真的案件")
    leftover = folder(cases.data_dir.cases, ".import-crashed")
    monkeypatch.setattr(cases_module, "STALE_AFTER", -60.0)  # "an hour" has passed for everything here
    assert [s.id for s in cases.list()] == [real.id]
    assert not leftover.exists() and cases.exists(real.id)
