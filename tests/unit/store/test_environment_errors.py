"""The environment's faults are calm messages (4.10, 4.11), and odd text is stored, not refused (1.6)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import cli
from desktop.domain.contacts import Contact
from desktop.domain.errors import UserError
from desktop.domain.negotiation import Loan
from desktop.files.data_dir import DataDir
from desktop.store.bundle.bundles import export_bundle
from desktop.store.cases import CaseRepository
from desktop.store.contacts import ContactRepository
from desktop.store.db import EnvironmentFault, connect, environment_error
from desktop.store.drafts import DraftRepository
from desktop.store.letters import LetterRepository
from desktop.store.loans import LoanRepository

ROOT = Path(__file__).resolve().parents[3]


def _cli(root, *argv):
    return cli.main(["--data-dir", str(root), "--lang", "en", *argv])


def _full(conn: sqlite3.Connection) -> None:
    """The disk is full for this file: SQLite may not grow it by a single page (SQLITE_FULL, as on a full disk)."""
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def test_adding_a_contact_on_a_full_disk_is_a_calm_message_and_nothing_is_half_written(cases):
    case = cases.create("满盘")
    with cases.open(case.id) as conn:
        repo = ContactRepository(conn)
        repo.add(Contact(summary="之前的记录"))
        _full(conn)
        with pytest.raises(UserError) as err:
            repo.add(Contact(summary="x" * 200_000))
        assert "disk is full" in err.value.en and err.value.zh
        assert isinstance(err.value, sqlite3.OperationalError)  # callers that handle those still do
        assert [r.summary for r in repo.page(None, 0, 10)] == ["之前的记录"]


def test_cases_new_on_a_full_disk_is_a_calm_message_and_leaves_nothing(tmp_path, capsys, monkeypatch):
    from desktop.store.schema import migrations

    def full_connect(path, **kwargs):
        conn = connect(path, **kwargs)
        conn.execute("PRAGMA max_page_count = 1")  # a new file: no room for its first table
        return conn

    monkeypatch.setattr(migrations, "connect", full_connect)
    assert _cli(tmp_path, "cases", "new", "满盘") == 2
    err = capsys.readouterr().err
    assert "disk is full" in err and "Traceback" not in err
    assert [p.name for p in (tmp_path / "cases").iterdir()] == []


def test_the_environment_table_maps_sqlite_result_codes():
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13
    assert "disk is full" in environment_error(full).en
    readonly = sqlite3.OperationalError("attempt to write a readonly database")
    readonly.sqlite_errorcode = 8 | (1 << 8)  # an extended code: SQLITE_READONLY_RECOVERY
    assert "read-only" in environment_error(readonly).en
    assert environment_error(sqlite3.OperationalError("near 'x': syntax error")) is None  # a bug stays a bug
    assert isinstance(environment_error(full), EnvironmentFault)


LONE = "借\ud800呗\udfff"


def test_lone_surrogates_are_cleaned_in_loans_drafts_and_letters_as_in_contacts(cases):
    """1.6: the store API raised UnicodeEncodeError for these; now one cleaning function drops them everywhere."""
    case = cases.create("代理")
    with cases.open(case.id) as conn:
        loan = LoanRepository(conn).add(Loan(brand=LONE, contract_lender=LONE, notes=LONE))
        assert (loan.brand, loan.contract_lender, loan.notes) == ("借呗",) * 3
        LoanRepository(conn).set_cost_inputs(loan.id, {"received": LONE})
        assert LoanRepository(conn).cost_inputs(loan.id) == {"received": "借呗"}
        drafts = DraftRepository(conn)
        drafts.put("negotiation", {"note": LONE, LONE: [LONE]})
        assert drafts.get("negotiation") == {"note": "借呗", "借呗": ["借呗"]}
        letter = LetterRepository(conn).save_version("negotiation", "zh_CN", f"尊敬的{LONE}\x00", "t1")
        assert letter.text == "尊敬的借呗"
        assert ContactRepository(conn).add(Contact(summary=LONE)).summary == "借呗"


def test_a_plain_bundle_import_says_it_was_not_encrypted(cases, tmp_path, capsys):
    case = cases.create("明文")
    plain = export_bundle(cases, case.id, tmp_path / "plain.dchcase").path
    assert _cli(cases.data_dir.root, "bundle", "import", str(plain)) == 0
    assert "not encrypted" in capsys.readouterr().out
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse 电池 staple", encoding="utf-8")
    sealed = export_bundle(cases, case.id, tmp_path / "sealed.dchcase", "correct horse 电池 staple").path
    assert _cli(cases.data_dir.root, "bundle", "import", str(sealed), "--passphrase-file", str(secret)) == 0
    assert "not encrypted" not in capsys.readouterr().out


# -- a read-only data folder (4.11) -------------------------------------------------------


def _read_only_run(root: Path, *argv: str) -> subprocess.CompletedProcess:
    """Run the CLI on ``root`` made truly read-only for that process.

    Root ignores permission bits, so as root the folder is bind-mounted read-only in a
    private mount namespace (``unshare -m``): only the child sees it read-only, and it
    goes away with the child. As any other user, the folder's write bits are removed.
    """
    command = [sys.executable, "-m", "desktop", "--data-dir", str(root), "--lang", "en", *argv]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in [root, *root.rglob("*")] if p.is_dir()}
        for path in modes:
            path.chmod(0o555)
        try:
            return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
    if shutil.which("unshare") is None:
        pytest.skip("needs unshare to make a read-only mount as root")
    quoted = " ".join(f"'{a}'" for a in command)
    script = f"mount --bind -o ro '{root}' '{root}' && touch '{root}/probe' 2>/dev/null && exit 99; exec {quoted}"
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, env=env, timeout=120)
    if done.returncode == 99 or "mount:" in done.stderr:
        pytest.skip("cannot make a read-only mount here")
    return done


def test_a_read_only_data_folder_can_be_listed_verified_and_exported_and_writes_are_plain(tmp_path):
    root = tmp_path / "只读 数据"
    data_dir = DataDir(root)
    data_dir.ensure()
    cases = CaseRepository(data_dir)
    case = cases.create("只读")
    with cases.open(case.id) as conn:
        ContactRepository(conn).add(Contact(summary="读得到"))
    pdf_dir = tmp_path / "out"
    pdf_dir.mkdir()
    before = sorted(str(p) for p in root.rglob("*"))

    listed = _read_only_run(root, "cases")
    assert listed.returncode == 0 and case.id in listed.stdout and "只读" in listed.stdout, listed.stderr
    verified = _read_only_run(root, "verify", case.id)
    assert verified.returncode == 0 and verified.stdout.startswith("OK"), verified.stderr
    exported = _read_only_run(root, "export", case.id, "--preset", "lawyer", "-o", str(pdf_dir / "r.pdf"))
    assert exported.returncode == 0, exported.stderr
    assert (pdf_dir / "r.pdf").read_bytes()[:5] == b"%PDF-"
    for argv in (["cases", "new", "新"], ["backup", case.id]):
        refused = _read_only_run(root, *argv)
        assert refused.returncode == 2 and "Traceback" not in refused.stderr, refused.stderr
        assert "writ" in refused.stderr  # "not writable" / "cannot be written"
    assert sorted(str(p) for p in root.rglob("*")) == before


def test_a_data_folder_not_made_yet_is_not_taken_for_a_read_only_one(tmp_path):
    cases = CaseRepository(DataDir(tmp_path / "later" / "数据"))
    assert not cases.readonly
    case = cases.create("新")
    with cases.open(case.id) as conn:
        ContactRepository(conn).add(Contact(summary="写得进去"))
