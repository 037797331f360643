"""One bad case folder never breaks the case list or another case (H4, 4.12, 4.13), and leftovers go (4.5, 4.6)."""

from __future__ import annotations

import sqlite3
import time

import pytest

from desktop import cli
from desktop.domain.contacts import Contact
from desktop.domain.errors import UserError
from desktop.domain.negotiation import Loan
from desktop.store.contacts import ContactRepository
from desktop.store.db import CaseDatabaseError
from desktop.store.drafts import DraftRepository
from desktop.store.letters import LetterRepository
from desktop.store.loans import LoanRepository
from desktop.store.safety.backups import MANUAL, backup_case_db, case_backup_folder
from desktop.store.safety.restore import restore


def _poke(cases, case_id, *statements):
    """Change a case file by hand, the way any SQLite tool could (or an import before values were checked)."""
    conn = sqlite3.connect(cases.db_path(case_id))
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.fixture
def two(cases):
    a, b = cases.create("甲"), cases.create("乙")
    for case in (a, b):
        with cases.open(case.id) as conn:
            ContactRepository(conn).add(Contact(summary=f"{case.alias}的记录"))
    return a.id, b.id


def _cli(data_dir, *argv):
    return cli.main(["--data-dir", str(data_dir.root), "--lang", "en", *argv])


POISONED = {
    "created_at garbage": ["UPDATE case_info SET created_at = 'garbage'"],
    "alias not UTF-8": ["UPDATE case_info SET alias = CAST(x'ff41' AS TEXT)"],
    "case_info row gone": ["DELETE FROM case_info"],
}


@pytest.mark.parametrize("poison", POISONED)
def test_a_poisoned_case_is_listed_as_damaged_and_the_other_opens(cases, data_dir, two, poison, capsys):
    good, bad = two
    _poke(cases, bad, *POISONED[poison])
    listed = {s.id: s for s in cases.list()}
    assert listed[good].problem is None and listed[good].alias == "甲"
    assert listed[bad].problem is not None and listed[bad].id == bad
    assert "Traceback" not in listed[bad].problem.en and listed[bad].problem.zh
    assert cases.get(good).alias == "甲"
    with pytest.raises(UserError):
        cases.get(bad)
    assert _cli(data_dir, "cases") == 0
    out = capsys.readouterr()
    assert bad in out.out and "甲" in out.out and "Traceback" not in out.out + out.err


def test_a_case_db_that_is_a_folder_is_listed_as_damaged(cases, data_dir, two, capsys):
    """4.12: it used to vanish from the list silently."""
    good, bad = two
    db = cases.db_path(bad)
    db.unlink()
    db.mkdir()
    listed = {s.id: s for s in cases.list()}
    assert "is a folder" in listed[bad].problem.en and listed[good].problem is None
    with pytest.raises(CaseDatabaseError):
        cases.open(bad)
    assert _cli(data_dir, "verify", bad) == 2
    assert "is a folder" in capsys.readouterr().err


@pytest.mark.parametrize("what", ["case.db", "folder", "evidence"])
def test_a_case_that_is_a_link_is_refused_and_never_followed_into_another_case(cases, data_dir, two, what, tmp_path,
                                                                               capsys):
    """4.13: B's case.db linked to A's made an import into B write into A."""
    a, b = two
    folder_b = cases.data_dir.case_dir(b)
    if what == "case.db":
        cases.db_path(b).unlink()
        cases.db_path(b).symlink_to(cases.db_path(a))
    elif what == "evidence":
        (folder_b / "evidence").rmdir()
        (folder_b / "evidence").symlink_to(cases.evidence_dir(a), target_is_directory=True)
    else:
        import shutil

        shutil.rmtree(folder_b)
        folder_b.symlink_to(cases.data_dir.case_dir(a), target_is_directory=True)
    before = cases.db_path(a).read_bytes()
    listed = {s.id: s for s in cases.list()}
    assert "link" in listed[b].problem.en and listed[a].problem is None
    with pytest.raises(CaseDatabaseError):
        cases.open(b)
    csv = tmp_path / "log.csv"
    csv.write_text("时间,方式,内容\n2026-11-03 21:05,电话,written through beta\n", encoding="utf-8")
    assert _cli(data_dir, "import-csv", b, str(csv), "--commit") == 2
    assert _cli(data_dir, "backup", b) == 2
    assert "link" in capsys.readouterr().err
    assert cases.db_path(a).read_bytes() == before
    assert not (cases.data_dir.case_dir(a) / "backups").exists() or not any(
        p.name.startswith("case-manual") for p in (cases.data_dir.case_dir(a) / "backups").iterdir())
    with cases.open(a) as conn:
        assert [r.summary for r in ContactRepository(conn).page(None, 0, 10)] == ["甲的记录"]
    cases.delete(b)  # a broken case can still be removed; only the link goes
    assert cases.db_path(a).is_file() and [s.id for s in cases.list()] == [a]


def test_exporting_a_case_with_bad_values_gives_a_calm_message(cases, data_dir, two, tmp_path, capsys):
    """3.14: a case that already holds a bad value (imported before values were checked) cannot crash the PDF."""
    good, bad = two
    with cases.open(bad) as conn:
        LoanRepository(conn).add(Loan(brand="某呗"))
        LetterRepository(conn).save_version("negotiation", "zh_CN", "尊敬的贷款方", "t1")
        DraftRepository(conn).put("negotiation", {"step": 1})
    for sql in ("UPDATE loans SET contract_date = 'garbage'", "UPDATE letters SET text = CAST(x'ff41' AS TEXT)",
                "UPDATE letters SET created_at = 'garbage'"):
        _poke(cases, bad, sql)
        for preset in ("lender", "lawyer"):
            code = _cli(data_dir, "export", bad, "--preset", preset, "-o", str(tmp_path / "x.pdf"))
            err = capsys.readouterr().err
            assert code == 2 and "cannot use" in err and "Traceback" not in err, (sql, preset, err)
        _poke(cases, bad, "UPDATE loans SET contract_date = NULL")
    assert _cli(data_dir, "export", good, "--preset", "lawyer", "-o", str(tmp_path / "good.pdf")) == 0


def test_a_deeply_nested_draft_on_disk_is_dropped_not_a_crash(cases, two):
    _good, bad = two
    with cases.open(bad) as conn:
        DraftRepository(conn).put("negotiation", {"step": 1})
    _poke(cases, bad, "UPDATE drafts SET data = '" + "[" * 100_000 + "]" * 100_000 + "'")
    with cases.open(bad) as conn:
        assert DraftRepository(conn).get("negotiation") is None


# -- restore (4.15) ---------------------------------------------------------------------


@pytest.mark.parametrize("extra", [
    "CREATE TRIGGER blank AFTER INSERT ON contacts BEGIN UPDATE contacts SET summary = ''; END",
    "CREATE VIEW everything AS SELECT * FROM contacts",
    "CREATE TABLE notes_of_mine (x)",
    "UPDATE contacts SET channel = 'evil'",
])
def test_restore_refuses_a_file_with_anything_beyond_the_app_s_schema_and_values(cases, two, extra):
    case_id = two[0]
    with cases.open(case_id) as conn:
        backup = backup_case_db(conn, case_backup_folder(conn), MANUAL)
    conn = sqlite3.connect(backup)
    conn.execute(extra)
    conn.commit()
    conn.close()
    before = cases.db_path(case_id).read_bytes()
    with pytest.raises(UserError) as err:
        restore(cases.data_dir.case_dir(case_id), backup)
    assert "Nothing was restored" in err.value.en
    assert cases.db_path(case_id).read_bytes() == before


# -- leftovers (4.5, 4.6) -----------------------------------------------------------------


def _leftovers(cases, case_id):
    folder = cases.data_dir.case_dir(case_id)
    (folder / "backups").mkdir(exist_ok=True)
    return [folder / ".bundle-abc123.db", folder / ".case.db.restoring-a1b2c3",
            folder / "backups" / ".case-manual-20261103-210500.db.partial",
            folder / "backups" / ".case-before-restore-20261103-210500.db.partial",
            cases.data_dir.root / "王女士.dchcase.unfinished-export-a1b2c3.tmp"]


def test_leftovers_of_killed_commands_are_removed_once_old_and_kept_while_fresh(cases, two):
    case_id = two[0]
    old = _leftovers(cases, case_id)
    for path in old:
        path.write_bytes(b"SQLite format 3\x00" + bytes(4096))
    staging = cases.data_dir.cases / ".import-deadbeef"
    (staging / "evidence").mkdir(parents=True)
    kept = [cases.data_dir.case_dir(case_id) / "notes.db", cases.db_path(case_id)]
    kept[0].write_bytes(b"not ours")
    assert cases.cleanup_leftovers() == []  # all fresh: a command may still be writing them
    assert cases.cleanup_leftovers(now=time.time() + 300) == []  # five minutes on: still kept
    removed = cases.cleanup_leftovers(now=time.time() + 2 * 3600)
    assert sorted(removed) == sorted([p.name for p in old] + [staging.name])
    assert not any(p.exists() for p in old) and not staging.exists()
    assert all(p.exists() for p in kept)
    assert cases.get(case_id).alias == "甲"


def test_the_cases_command_removes_leftovers(cases, data_dir, two, capsys, monkeypatch):
    from desktop.store import cases as cases_module

    old = _leftovers(cases, two[1])
    for path in old:
        path.write_bytes(b"x")
    monkeypatch.setattr(cases_module, "LEFTOVER_AFTER", -60.0)  # as if they were an hour old
    assert _cli(data_dir, "cases") == 0
    assert not any(p.exists() for p in old)
    assert "Traceback" not in capsys.readouterr().err


def test_a_leftover_name_that_is_a_link_is_not_followed(cases, two, tmp_path):
    outside = tmp_path / "outside.db"
    outside.write_bytes(b"keep me")
    link = cases.data_dir.case_dir(two[0]) / ".bundle-link.db"
    link.symlink_to(outside)
    cases.cleanup_leftovers(now=time.time() + 2 * 3600)
    assert link.is_symlink()
    assert outside.read_bytes() == b"keep me"
