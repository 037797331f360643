"""Cases as folders: ``cases/<id>/case.db`` and ``cases/<id>/evidence/``.

No query can mix two clients because each client's records live in their own
database file — and a case folder, its ``case.db`` or its ``evidence/`` that is a
link (or a ``case.db`` that is a folder) is refused as damaged, never followed, so
one case can never reach into another. A case is created in a hidden temporary
folder and renamed into place, so a crash never leaves a half-made case in the list;
listing the cases removes such hidden leftovers once nothing has touched them for an
hour, and :meth:`CaseRepository.cleanup_leftovers` also removes the temporary files
a killed export, backup or restore leaves (see :data:`LEFTOVER_FILES`).

A case that cannot be read — damaged, a link, values this app cannot use — is listed
with its id and a plain reason (``CaseSummary.problem``) and never stops the other
cases from being listed or opened.

On a data folder this user cannot write (write-protected media) the repository opens
cases read-only: listing, ``verify`` and ``export`` work, and a change is refused with a
plain message.
"""

from __future__ import annotations

import contextlib
import fnmatch
import os
import secrets
import shutil
import sqlite3
import time
from datetime import datetime
from pathlib import Path
from typing import Literal

from desktop.domain.cases import Case, CaseSummary, clean_alias, clean_notes
from desktop.domain.errors import UserError
from desktop.domain.text import Text
from desktop.files.data_dir import DataDir
from desktop.store import record_chain
from desktop.store.db import CaseDatabaseError, environment_error, transaction
from desktop.store.safety.db_checks import DatabaseProblem, check_values, is_stored_datetime
from desktop.store.safety.db_files import DB_NAME
from desktop.store.schema.migrations import open_case_db

# Hidden folders left by a create, an import or a delete that did not finish (a crash, a file held open).
STAGING_PREFIXES = (".new-", ".import-", ".deleted-")
STALE_AFTER = 3600.0  # seconds without a change; an import still running writes far more often
# Temporary files a killed command leaves, by where they are: a bundle export's database copy and a
# restore's copy (in the case folder), a backup being written (in its backups folder), and a bundle
# being written when its destination is inside the data folder. Each is written in one go and renamed
# or removed within seconds, so one untouched for LEFTOVER_AFTER belongs to no running command.
LEFTOVER_FILES = {
    "case": (".bundle-*.db", ".bundle-*.db-journal", f".{DB_NAME}.restoring-*"),
    "backups": (".case-*.db.partial", ".case-*.db.partial-journal"),
    "root": ("*.unfinished-export-*.tmp",),
}
LEFTOVER_AFTER = 600.0


def _now() -> str:
    return datetime.now().isoformat()


class CaseNotFound(UserError):
    def __init__(self, case_id: str) -> None:
        super().__init__(
            zh=f"找不到案件“{case_id}”：数据文件夹里没有这个案件（它可能已被删除或移走）。",
            en=f"There is no case “{case_id}” in the data folder (it may have been deleted or moved).",
            command_hint=Text("可以用“python -m desktop cases”查看所有案件的编号。",
                              "Run “python -m desktop cases” to list the case ids."),
        )


class CaseRepository:
    """Create, list, rename, open and delete the cases in one data folder."""

    def __init__(self, data_dir: DataDir, *, readonly: bool | None = None) -> None:
        """``readonly`` None: read-only exactly when the data folder cannot be written (asked each time)."""
        self.data_dir = data_dir
        self._readonly = readonly

    @property
    def readonly(self) -> bool:
        return (not self.data_dir.writable()) if self._readonly is None else self._readonly

    # -- listing -------------------------------------------------------------
    def list(self, *, quick: bool = False) -> list[CaseSummary]:
        """Every case, oldest first; one that cannot be read is listed with its ``problem``, never raised.

        ``quick`` (the window's case bar) skips the work that grows with each case: the
        whole-file check and counting the records (``contact_count`` is then None). A file
        that is not a case, a link, or whose information cannot be read is still listed with
        its problem; damage only the whole-file check finds shows when the case is opened (the
        window checks it then and offers the recovery).
        """
        if not self.data_dir.cases.is_dir():
            return []
        if not self.readonly:
            self.cleanup_staging()
        found = []
        for folder in self.data_dir.cases.iterdir():
            if folder.name.startswith(".") or not os.path.lexists(folder / DB_NAME):
                continue
            found.append(self._summary(folder, quick))
        found.sort(key=lambda s: (s.created_at or datetime.min, s.id))
        return found

    def _summary(self, folder: Path, quick: bool = False) -> CaseSummary:
        try:
            with self._open_folder(folder, check=not quick) as conn:
                info = _read_info(conn)
                count = None if quick else conn.execute(
                    "SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0]
        except UserError as exc:
            return CaseSummary(folder.name, folder.name, None, 0, problem=exc)
        except sqlite3.Error as exc:  # unreadable text, a damaged page found late: the case's fault, not the list's
            return CaseSummary(folder.name, folder.name, None, 0, problem=_unreadable(folder.name, exc))
        return CaseSummary(info.id, info.alias, info.created_at, count)

    def cleanup_leftovers(self, max_age: float | None = None, *, now: float | None = None) -> list[str]:
        """Remove what killed commands left behind; return the names removed. Never raises.

        The hidden staging folders (:meth:`cleanup_staging`) and the temporary files of
        :data:`LEFTOVER_FILES` untouched for ``max_age`` seconds (default :data:`LEFTOVER_AFTER`).
        Links are never followed, and nothing is done on a read-only data folder. Cheap: one
        folder listing per case. The window runs it after its first paint, off the UI thread;
        the ``cases`` command runs it before listing.
        """
        if self.readonly:
            return []
        removed = self.cleanup_staging(now=now)
        cutoff = (time.time() if now is None else now) - (LEFTOVER_AFTER if max_age is None else max_age)
        folders = [(self.data_dir.root, LEFTOVER_FILES["root"])]
        with contextlib.suppress(OSError):
            for entry in os.scandir(self.data_dir.cases):
                if not entry.name.startswith(".") and entry.is_dir(follow_symlinks=False):
                    folders.append((Path(entry.path), LEFTOVER_FILES["case"]))
                    folders.append((Path(entry.path) / "backups", LEFTOVER_FILES["backups"]))
        for folder, patterns in folders:
            removed += _remove_old_files(folder, patterns, cutoff)
        return removed

    def cleanup_staging(self, max_age: float | None = None, *, now: float | None = None) -> list[str]:
        """Remove the hidden staging folders nothing has changed for ``max_age`` seconds; return their names.

        Only folders named ``.new-*``, ``.import-*`` or ``.deleted-*`` are candidates — a case folder's
        name never starts with a dot — and one counts as stale only when neither it nor anything inside
        it changed (or, for the folder itself, was renamed) within ``max_age``, so an import still
        writing (in another window or on the command line) and a case deleted a minute ago are left
        alone. Links are never followed. Failures are ignored: this runs while listing the cases, which
        must not fail because of a leftover.
        """
        cutoff = (time.time() if now is None else now) - (STALE_AFTER if max_age is None else max_age)
        removed = []
        with contextlib.suppress(OSError):
            for entry in os.scandir(self.data_dir.cases):
                if not entry.name.startswith(STAGING_PREFIXES):
                    continue
                with contextlib.suppress(OSError):
                    if entry.is_dir(follow_symlinks=False) and _unchanged_since(entry.path, cutoff):
                        shutil.rmtree(entry.path)
                        removed.append(entry.name)
        return removed

    def exists(self, case_id: str) -> bool:
        """True when ``case_id`` names a case folder with a ``case.db`` (usable or not: see :meth:`open`)."""
        return _safe_id(case_id) and os.path.lexists(self.data_dir.case_dir(case_id) / DB_NAME)

    # -- changes -------------------------------------------------------------
    def create(self, alias: str, notes: str = "") -> Case:
        alias = clean_alias(alias)
        notes = clean_notes(notes)
        self.data_dir.ensure()
        case_id = self.new_id()
        staging = self.data_dir.cases / f".new-{case_id}"
        try:
            (staging / "evidence").mkdir(parents=True)
            conn = open_case_db(staging / DB_NAME)
            try:
                with transaction(conn):
                    conn.execute(
                        "INSERT INTO case_info (id, case_id, alias, created_at, notes) VALUES (1, ?, ?, ?, ?)",
                        (case_id, alias, _now(), notes),
                    )
                    record_chain.append(conn, "case_info", 1, "create")
            finally:
                conn.close()
            staging.rename(self.data_dir.case_dir(case_id))
        except sqlite3.Error as exc:  # the disk filled up while the new file was being made
            shutil.rmtree(staging, ignore_errors=True)
            calm = environment_error(exc)
            if calm is None:
                raise
            raise calm from exc
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise UserError(
                zh=f"无法在数据文件夹里新建案件（{exc.strerror or exc}）。请检查磁盘空间和文件夹权限。",
                en=f"Could not create the case in the data folder ({exc.strerror or exc}). "
                "Check the free disk space and the folder's permissions.",
            ) from exc
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return self.get(case_id)

    def new_id(self) -> str:
        """An id no case folder has yet: the day and six random hex digits, ``20261204-3fa9c1``."""
        while True:
            case_id = f"{datetime.now():%Y%m%d}-{secrets.token_hex(3)}"
            if not os.path.lexists(self.data_dir.case_dir(case_id)):
                return case_id

    def set_case_id(self, conn: sqlite3.Connection, case_id: str) -> Case:
        """Write ``case_id`` into the case file open on ``conn`` (an imported bundle's new id); its case info.

        The id is the folder's name, left out of the record chain, so this adds no history entry.
        """
        with transaction(conn):
            conn.execute("UPDATE case_info SET case_id = ? WHERE id = 1", (case_id,))
        return _read_info(conn)

    def get(self, case_id: str) -> Case:
        with self.open(case_id) as conn:
            return _read_info(conn)

    def rename(self, case_id: str, alias: str) -> Case:
        """Rename a case that is not open (the open one is renamed through its session)."""
        alias = clean_alias(alias)
        with self.open(case_id) as conn:
            return write_alias(conn, alias)

    def set_notes(self, case_id: str, notes: str) -> Case:
        """Set the notes of a case that is not open (the open one's go through its session)."""
        with self.open(case_id) as conn:
            return write_notes(conn, notes)

    def delete(self, case_id: str) -> None:
        """Remove the case folder with everything in it. The caller has asked the user first."""
        if not self.exists(case_id):
            raise CaseNotFound(case_id)
        folder = self.data_dir.case_dir(case_id)
        # Rename first so a half-finished delete (a file held open on Windows)
        # never leaves a broken case in the list.
        doomed = self.data_dir.cases / f".deleted-{case_id}-{secrets.token_hex(2)}"
        try:
            folder.rename(doomed)
            if doomed.is_symlink():  # a case folder that is a link: remove the link, never what it points to
                doomed.unlink()
                return
        except OSError as exc:
            raise UserError(
                zh="无法删除这个案件：它的文件正被其他程序使用。请关闭打开着这个案件文件的程序后再试。",
                en="Could not delete this case: its files are in use by another program. "
                "Close any program that has them open and try again.",
            ) from exc
        shutil.rmtree(doomed, ignore_errors=True)

    # -- access for the other repositories ------------------------------------
    def open(self, case_id: str, *, check: bool = True) -> _CaseConnection:
        """The case's database; :class:`CaseDatabaseError` when its folder is damaged or a link.

        ``check=False`` leaves the whole-file check to the caller (see ``open_case_db``).
        """
        if not self.exists(case_id):
            raise CaseNotFound(case_id)
        return self._open_folder(self.data_dir.case_dir(case_id), check=check)

    def _open_folder(self, folder: Path, *, check: bool = True) -> _CaseConnection:
        problem = folder_problem(folder)
        if problem is not None:
            raise problem
        return _CaseConnection(open_case_db(folder / DB_NAME, readonly=self.readonly, check=check))

    def info(self, conn: sqlite3.Connection) -> Case:
        """The case information in an open case database (``get`` opens the file for it)."""
        return _read_info(conn)

    def evidence_dir(self, case_id: str) -> Path:
        return self.data_dir.case_dir(case_id) / "evidence"

    def db_path(self, case_id: str) -> Path:
        return self.data_dir.case_dir(case_id) / DB_NAME

    # -- the case browser's line (desktop/store/case_list.py keeps it) ----------
    def details(self, case_id: str) -> CaseSummary:
        """The case's full line for the case browser, from one opening of its file.

        Raises as :meth:`open` does (:class:`CaseNotFound`, a damaged file's error) and
        ``sqlite3.Error`` for a file that breaks while it is read; the caller lists those.
        Without the whole-file check (its time grows with the case): damage only that check
        finds shows when the case is opened, where the window checks it and offers recovery.
        """
        with self.open(case_id, check=False) as conn:
            info = _read_info(conn)
            contacts, flagged, last = _activity(conn)
        last = max((t for t in (last, info.created_at) if t is not None and t.tzinfo is None), default=None)
        return CaseSummary(case_id, info.alias, info.created_at, contacts, notes=info.notes,
                           last_activity=last, flagged_count=flagged)


class _CaseConnection:
    """``with repo.open(id) as conn:`` closes the connection afterwards."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        return self.conn

    def __exit__(self, *exc) -> None:
        self.conn.close()


def write_alias(conn: sqlite3.Connection, alias: str) -> Case:
    """Rename the case in the open database ``conn``; the case as it now reads."""
    return _write_info(conn, "alias", clean_alias(alias))


def write_notes(conn: sqlite3.Connection, notes: str) -> Case:
    """Set the case's notes in the open database ``conn``; the case as it now reads."""
    return _write_info(conn, "notes", clean_notes(notes))


def _write_info(conn: sqlite3.Connection, column: Literal["alias", "notes"], value: str) -> Case:
    # An unchanged value writes nothing and adds no version to the history.
    with transaction(conn):
        if conn.execute(f"UPDATE case_info SET {column} = ? WHERE id = 1 AND {column} IS NOT ?",  # noqa: S608 (fixed names)
                        (value, value)).rowcount:
            record_chain.append(conn, "case_info", 1, "edit")
    return _read_info(conn)


def _read_info(conn: sqlite3.Connection) -> Case:
    try:
        row = conn.execute("SELECT case_id, alias, created_at, notes FROM case_info WHERE id = 1").fetchone()
    except sqlite3.Error as exc:
        raise _unreadable("", exc) from exc
    if row is None:
        raise UserError(zh="案件文件缺少案件信息。", en="The case file has no case information.")
    case_id, alias, created_at, notes = row
    if not (isinstance(case_id, str) and isinstance(alias, str) and isinstance(notes, str)):
        raise bad_case_data(DatabaseProblem("its case information is not text", "案件信息不是文字"))
    if not is_stored_datetime(created_at):
        raise bad_case_data(DatabaseProblem(f"its creation time is not a date and time ({str(created_at)[:30]!r})",
                                            f"创建时间不是日期时间（{str(created_at)[:30]!r}）"))
    return Case(id=case_id, alias=alias, created_at=datetime.fromisoformat(created_at), notes=notes)


def folder_problem(folder: Path) -> CaseDatabaseError | None:
    """Why the case folder ``folder`` must not be opened, or None.

    A case folder, its ``case.db`` and its ``evidence/`` are always plain folders and a
    plain file that this app made. A link could lead into another client's case (records
    would mix) or anywhere on the disk, and a ``case.db`` that is a folder cannot be a case:
    such a case is refused as damaged; nothing it points to is read or written.
    """
    db, evidence = folder / DB_NAME, folder / "evidence"
    if folder.is_symlink() or db.is_symlink() or evidence.is_symlink():
        en, zh = "its folder, its case file or its evidence folder is a link to another place", \
            "它的文件夹、案件文件或证据文件夹是指向别处的链接"
    elif os.path.lexists(db) and not db.is_file():
        en, zh = "its case file is a folder, not a file", "它的案件文件是一个文件夹，不是文件"
    else:
        return None
    return CaseDatabaseError(
        zh=f"案件“{folder.name}”已损坏：{zh}。本软件从不这样保存案件，为了不把不同的人的记录混在一起，没有打开它，"
        "也没有改动任何文件。可以删除这个案件，或把它的文件夹交给技术人员查看。",
        en=f"The case “{folder.name}” is damaged: {en}. This app never stores a case like that, so to keep "
        "different people's records apart it was not opened and no file was changed. Delete the case, or give "
        "its folder to someone technical to look at.",
    )


def bad_case_data(problem: DatabaseProblem) -> CaseDatabaseError:
    """A case file holding a value this app cannot use (written by another tool, or before values were checked)."""
    return CaseDatabaseError(
        zh=f"这个案件的文件里有本软件无法使用的内容（{problem.zh}），所以无法打开或导出。文件没有被改动。"
        "可以从备份恢复，或把这个案件文件夹交给技术人员查看。",
        en=f"This case's file holds something this app cannot use ({problem.en}), so it cannot be opened or "
        "exported. The file has not been changed. Restore it from a backup, or give the case folder to someone "
        "technical to look at.",
    )


# What reading a case that holds a value this app cannot use raises: a date that does not parse,
# JSON nested absurdly deep, text that is not UTF-8. Readers of a whole case (the PDF export) catch
# these and ask :func:`explain_read_failure` whether the case's values are to blame.
READ_FAILURES = (ValueError, RecursionError, sqlite3.Error)


def explain_read_failure(conn: sqlite3.Connection, exc: BaseException) -> UserError | None:
    """The calm message for ``exc`` raised while reading the case behind ``conn``, or None (a bug).

    The environment's fault (disk, permissions) or a stored value this app cannot use — found by
    checking every value of the case, so the message names the table, column and row.
    """
    if (calm := environment_error(exc)) is not None:
        return calm
    try:
        check_values(conn)
    except DatabaseProblem as problem:
        return bad_case_data(problem)
    except sqlite3.Error:
        return None
    return None


def _unreadable(name: str, exc: sqlite3.Error) -> CaseDatabaseError:
    """Why a case's file could not be read, plainly; ``name`` is the case's id when known."""
    calm = environment_error(exc)
    if calm is not None:
        return CaseDatabaseError(zh=calm.zh, en=calm.en)
    if "decode" in str(exc).lower():
        return bad_case_data(DatabaseProblem("text that is not valid UTF-8", "文字不是有效的 UTF-8"))
    zh_what, en_what = (f"案件“{name}”的文件", f"The file of the case “{name}”") if name else ("案件文件", "The case file")
    return CaseDatabaseError(
        zh=f"{zh_what}无法读取，可能已损坏。文件没有被改动。可以从备份恢复，或把这个案件文件夹交给技术人员查看。",
        en=f"{en_what} cannot be read; it may be damaged. The file has not been changed. Restore it from a backup, "
        "or give the case folder to someone technical to look at.",
    )


def _remove_old_files(folder: Path, patterns: tuple[str, ...], cutoff: float) -> list[str]:
    """Remove the regular files in ``folder`` matching ``patterns`` last changed before ``cutoff``."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if not any(fnmatch.fnmatchcase(entry.name, p) for p in patterns):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if entry.is_file(follow_symlinks=False) and max(info.st_mtime, info.st_ctime) < cutoff:
                    os.unlink(entry.path)
                    removed.append(entry.name)
    return removed


# Every table whose rows say when something was saved. contact_versions is append-only in seq
# order (every create, edit, delete and restore of a record), so its last row is read by key,
# not by scanning a 100,000-record history.
_SAVED_TIMES = (
    "SELECT (SELECT saved_at FROM contact_versions ORDER BY seq DESC LIMIT 1)",
    "SELECT max(updated_at) FROM loans",
    "SELECT max(updated_at) FROM drafts",
    "SELECT max(coalesce(frozen_at, created_at)) FROM letters",
    "SELECT max(created_at) FROM events",
    "SELECT max(max(added_at, coalesce(removed_at, ''))) FROM attachments",
)


def _activity(conn: sqlite3.Connection) -> tuple[int, int, datetime | None]:
    """(live records, live records with a rule problem, the last time anything was saved)."""
    contacts = conn.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0]
    flagged = conn.execute(
        "SELECT count(*) FROM contacts c WHERE c.deleted_at IS NULL AND ("
        "EXISTS (SELECT 1 FROM contact_flags f WHERE f.contact_id = c.id) "
        "OR EXISTS (SELECT 1 FROM contact_marks m WHERE m.contact_id = c.id))").fetchone()[0]
    times = []
    for sql in _SAVED_TIMES:
        value = conn.execute(sql).fetchone()[0]
        with contextlib.suppress(TypeError, ValueError):  # a value another tool wrote is not a time: skip it
            when = datetime.fromisoformat(value)
            if when.tzinfo is None:  # the app writes local times without a zone; others cannot be compared
                times.append(when)
    return contacts, flagged, max(times, default=None)


def _unchanged_since(folder: str, cutoff: float) -> bool:
    """True when ``folder`` and everything under it were last changed before ``cutoff``.

    ``st_ctime`` counts too: a rename (``.deleted-*``) keeps the folder's modification time but
    changes its ctime on POSIX. (On Windows ctime is the creation time; there a ``.deleted-*`` folder is
    judged by what the unfinished delete removed from it, which changed its folders' times.) Anything
    that cannot be read raises, so it is kept.
    """
    for root, dirs, files in os.walk(folder, onerror=_raise):
        for path in [root] + [os.path.join(root, name) for name in dirs + files]:
            info = os.stat(path, follow_symlinks=False)
            if max(info.st_mtime, info.st_ctime) >= cutoff:
                return False
    return True


def _raise(exc: OSError) -> None:
    raise exc


def _safe_id(case_id: str) -> bool:
    """A case id is a plain folder name: nothing that could walk out of ``cases/``."""
    return bool(case_id) and all(ch.isalnum() or ch in "-_" for ch in case_id) and not case_id.startswith(".")
