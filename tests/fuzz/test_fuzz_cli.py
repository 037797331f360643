"""The command line over random argument lists: done (0), or exit 2 with a message — never a traceback."""

from __future__ import annotations

import contextlib
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop import cli
from tests.fuzz import fuzz_settings
from tests.test_bundle_cli import run_cli

# Heavy or window-starting commands are left out: self-test and bench build windows and PDFs.
_COMMANDS = [c for c in cli._SUBCOMMANDS if c not in ("self-test", "bench")]
_WORDS = st.sampled_from([
    "new", "export", "import", "--list", "--commit", "--passphrase-file", "--received", "--payments", "--period",
    "month", "week", "10000", "1000x12", "-1", "0", "x", "--lang", "en", "zh_CN", "--help", "-h", "nope.csv",
    "case.db", "../..", "王女士", "", " ", "\x00", "𠮷", "--", "-", "1e309", "1000x", "x12",
])
_TOKENS = st.one_of(_WORDS, st.text(max_size=12).filter(lambda t: not t.startswith("--data")))


def _call(main, argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
            code = exc.code
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def data_root():
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder) / "数据"


def _check(code, err):
    assert code in (0, 2), (code, err)
    if code == 2:
        assert err.strip()
    assert "Traceback" not in err


@fuzz_settings()
@given(st.sampled_from(_COMMANDS), st.lists(_TOKENS, max_size=6))
def test_random_arguments_to_the_app_commands(data_root, command, rest):
    code, _out, err = _call(cli.main, ["--data-dir", str(data_root), command, *rest])
    _check(code, err)


@fuzz_settings()
@given(st.sampled_from(["backup", "restore", "bundle"]), st.lists(_TOKENS, max_size=6))
def test_random_arguments_to_backup_restore_and_bundle(data_root, command, rest):
    code, _out, err = _call(lambda argv: run_cli(*argv), ["--data-dir", str(data_root), command, *rest])
    _check(code, err)
