"""An open case: one connection and the repositories over it, closed together.

The window opens a session when a case is shown and closes it when the case is
closed or the screen locks, so no connection to a client's file outlives its view.

Opening checks the whole file (``PRAGMA quick_check``) and takes the daily backup
first — unless ``check_later`` is set. Both take time that grows with the case (a
100,000-contact case is ~150 MB), so the window opens its session with
``check_later`` and runs :meth:`CaseSession.start_check` once the case is shown:
the check, then the daily backup, run on a thread of their own with their own
read-only connection. Until the check has passed nothing is written to the file:

* the session's connection is ``PRAGMA query_only`` (SQLite itself refuses any
  write through it), and
* every save begins in ``db.transaction``, whose ``before_write`` hook here waits
  for the check to finish and then either lets the save through or refuses it
  with the damage found (a :class:`CaseDatabaseError`, shown calmly).

So a save made while the check runs waits for it (a fraction of a second on a
warm disk) rather than landing in a file the check then finds damaged. A file
that needs migrating is checked before it is opened at all (``open_case_db``).
The backup is taken only after the check passed, so a damaged file is never
copied over an older good backup.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from desktop.domain.cases import Case
from desktop.domain.errors import UserError
from desktop.store.cases import READ_FAILURES, CaseRepository, explain_read_failure, write_alias, write_notes
from desktop.store.db import CaseDatabaseError, check_passes, connect, unusable_database

if TYPE_CHECKING:  # loaded when first used (the tabs that need them are built on first view), not to show a case
    from collections.abc import Mapping

    from desktop.domain.importing.preview import ImportPreview
    from desktop.domain.rules_engine import EngineParams
    from desktop.store.contacts import ContactRepository
    from desktop.store.drafts import DraftRepository
    from desktop.store.evidence import EvidenceRepository
    from desktop.store.importing import ImportResult
    from desktop.store.letters import LetterRepository
    from desktop.store.loans import LoanRepository


class CaseSession:
    def __init__(self, cases: CaseRepository, case_id: str, params: EngineParams | Callable[[], EngineParams], *,
                 check_later: bool = False) -> None:
        # ``params`` are required: they are derived once from the content by whoever opens the
        # session (the window, the CLI), so no save ever counts flags with default parameters.
        # A data folder that cannot be written: read, export, change nothing — and check now,
        # since nothing will be written that a later check would have to stop.
        self.readonly = cases.readonly
        check_later = check_later and not self.readonly
        self._handle = cases.open(case_id, check=not check_later)
        # Private: nothing above the store (above all not the UI) gets at SQLite through a session.
        self._conn = self._handle.conn
        try:
            self.case: Case = cases.info(self._conn)
        except sqlite3.DatabaseError as exc:  # a cheap open of a damaged file can fail here
            self._conn.close()
            raise unusable_database(cases.db_path(case_id), exc) from exc
        except BaseException:
            self._conn.close()
            raise
        # The window passes a callable: deriving the parameters loads the content (~60 ms), which
        # the case on screen does not need; the first read of the log or the first save does.
        self._params_from = params
        self._cases, self._case_id = cases, case_id
        self._evidence_dir = cases.evidence_dir(case_id)
        self.opened_at = datetime.now()
        self._path = cases.db_path(case_id)
        # A daily copy on open; the case itself is fine if it fails, so the
        # problem is shown as a warning rather than refusing the case.
        self.backup_problem: UserError | None = None
        # What the whole-file check found: None while it has not run or when it passed.
        self.check_problem: CaseDatabaseError | None = None
        self._checked = threading.Event()
        self._cancel = threading.Event()
        self._checker: sqlite3.Connection | None = None
        self._thread: threading.Thread | None = None
        if check_later:
            self._conn.execute("PRAGMA query_only = ON")
            self._conn.before_write = self.wait_for_check
            return
        self._checked.set()
        if self.readonly:
            return
        try:
            _daily_backup(self._conn)
        except UserError as exc:
            self.backup_problem = exc
        # Checked already (a command, an export): the flags are brought up to date now, so what
        # reads them at once (verify, a report) never meets an older engine's counting.
        _ = self.contacts

    @property
    def params(self) -> EngineParams:
        """The engine parameters every flag of this session is counted with."""
        return self._params

    @cached_property
    def _params(self) -> EngineParams:
        given = self._params_from
        return given() if callable(given) else given

    def import_contacts(self, preview: ImportPreview, loans: Mapping[int, str], *,
                        progress: Callable[[int, int], None] | None = None) -> ImportResult:
        """Import ``preview`` into this case on the calling thread (a worker), through a connection of its own.

        Only the file's path and the parameters are read from the session here: its own connection
        belongs to the thread that opened it. Call :meth:`wait_for_check` first, on that thread —
        the import's connection is not covered by the session's write block.
        """
        from desktop.store.importing import import_contacts

        return import_contacts(self._path, preview, loans, params=self._params, progress=progress)

    def import_phone(self, planned, *, progress=None, checkpoint=None):
        """The phone import (:func:`desktop.store.phone_import.import_phone`) on the calling thread (a worker).

        It runs in a session of its own, opened and closed here: this session's connection
        belongs to the thread that opened it. Call :meth:`wait_for_check` first, as for
        :meth:`import_contacts`.
        """
        from desktop.store.phone_import import import_phone

        worker = CaseSession(self._cases, self._case_id, self._params)
        try:
            return import_phone(worker, planned, progress=progress, checkpoint=checkpoint)
        finally:
            worker.close()

    # -- the case's own name and notes --------------------------------------------------
    # On the session's connection: reopening the file for each autosave of the notes ran the
    # whole-file check (seconds on a large case) on the UI thread every time typing paused.
    def rename(self, alias: str) -> Case:
        self.case = write_alias(self._conn, alias)
        return self.case

    def set_notes(self, notes: str) -> Case:
        self.case = write_notes(self._conn, notes)
        return self.case

    # -- the repositories, made on first use -----------------------------------------
    # Their modules (rules, integrity chain, negotiation …) take ~25 ms to load; the Case tab
    # shown first needs none of them, the Log, Negotiate and Export tabs load them when built.
    @cached_property
    def contacts(self) -> ContactRepository:
        from desktop.store.contacts import ContactRepository

        repo = ContactRepository(self._conn, self._params, evidence=self.evidence)
        if not self.readonly:
            # Flags made by an older engine or other parameters (e.g. a case saved by an older
            # app) are recomputed on first use, so the log never shows the old counting. The
            # write waits for the whole-file check like any save (``before_write``).
            repo.ensure_flags_current()
        return repo

    @cached_property
    def evidence(self) -> EvidenceRepository:
        from desktop.store.evidence import EvidenceRepository

        return EvidenceRepository(self._conn, self._evidence_dir)

    @cached_property
    def drafts(self) -> DraftRepository:
        from desktop.store.drafts import DraftRepository

        return DraftRepository(self._conn)

    @cached_property
    def loans(self) -> LoanRepository:
        from desktop.store.loans import LoanRepository

        return LoanRepository(self._conn)

    @cached_property
    def letters(self) -> LetterRepository:
        from desktop.store.letters import LetterRepository

        return LetterRepository(self._conn)

    # -- the check after the case is shown ---------------------------------------------
    @property
    def checked(self) -> bool:
        """The whole-file check has finished (passed or not); always True without ``check_later``."""
        return self._checked.is_set()

    def start_check(self, done: Callable[[CaseSession], None]) -> None:
        """Check the whole file, then take the daily backup, on a thread; then call ``done(self)`` on that thread.

        ``done`` is not called when the session is closed first. The caller (on the
        connection's thread) then calls :meth:`finish_check`, which lets saves through.
        """
        if self._thread is not None or self.checked:
            return
        self._thread = threading.Thread(target=self._run_check, args=(done,), name="case-check")
        self._thread.start()

    def _run_check(self, done: Callable[[CaseSession], None]) -> None:
        try:
            self.check_problem = self._check_file()
            if self.check_problem is None and not self._cancel.is_set():
                self._backup()
        finally:
            self._checked.set()
        if not self._cancel.is_set():
            done(self)

    def _check_file(self) -> CaseDatabaseError | None:
        try:
            # Its own connection, read-only: the check can never write, and it reads the
            # file as committed while the window reads through the session's connection.
            checker = self._checker = connect(self._path, readonly=True)
        except CaseDatabaseError as exc:
            return exc
        try:
            if self._cancel.is_set():
                return None
            try:
                passed = check_passes(checker)
            except sqlite3.DatabaseError as exc:
                if self._cancel.is_set():  # interrupted by close(): nothing was found
                    return None
                return unusable_database(self._path, exc)
            return None if passed else unusable_database(self._path, sqlite3.DatabaseError("database disk image is malformed"))
        finally:
            self._checker = None
            checker.close()

    def _backup(self) -> None:
        try:
            # A connection of its own again: the backup reads the file through it while
            # the window goes on using (and, once checked, writing) its own.
            source = connect(self._path, readonly=True)
        except UserError as exc:
            self.backup_problem = exc
            return
        try:
            _daily_backup(source)
        except UserError as exc:
            self.backup_problem = exc
        finally:
            source.close()

    def wait_for_check(self) -> None:
        """Wait for the whole-file check, then allow writes; raise :class:`CaseDatabaseError` if it found damage.

        The ``before_write`` hook of the session's connection: every save passes here.
        """
        if not self._checked.is_set():
            self.start_check(lambda _session: None)  # never started: run it now rather than wait for nothing
            self._checked.wait()
        self.finish_check()

    def finish_check(self) -> None:
        """On the connection's thread, once :attr:`checked`: lift the write block, or raise the damage found."""
        if not self._checked.is_set():
            return
        if self.check_problem is not None:
            raise self.check_problem
        if self._conn.before_write is not None:
            self._conn.before_write = None
            self._conn.execute("PRAGMA query_only = OFF")

    @property
    def write_blocked(self) -> bool:
        """Saves still wait for the whole-file check (the connection is ``query_only``)."""
        return self._conn.before_write is not None

    def verify(self, anchor=None, *, status=None):
        """The whole ``verify`` of this case (records, chain, evidence files) with this session's parameters;
        ``status`` as in :func:`~desktop.store.safety.verify.verify_case` (a cache of evidence states)."""
        from desktop.store.safety.verify import verify_case

        return verify_case(self._conn, self._evidence_dir, params=self._params, anchor=anchor, status=status)

    def calm_read_failure(self, exc: BaseException) -> UserError | None:
        """The plain message for ``exc`` raised while reading this case (a bad stored value, the disk); None
        for a bug. Lets a caller above the store explain a failed read without touching SQLite itself."""
        if not isinstance(exc, READ_FAILURES):
            return None
        return explain_read_failure(self._conn, exc)

    # -- closing -----------------------------------------------------------------------
    def close(self) -> None:
        """Close the case at once; a check still running is stopped, a daily backup being written finishes.

        The backup thread is not waited for here (locking and quick hide must be instant);
        it is not a daemon, so the process finishes the copy before it exits and never
        leaves a half-written backup behind.
        """
        self._cancel.set()
        checker = self._checker
        if checker is not None:
            with contextlib.suppress(sqlite3.Error):
                checker.interrupt()
        self._conn.close()

    def join_check(self, timeout: float | None = None) -> None:
        """Wait for the thread of :meth:`start_check` (tests, and callers that need the folder free)."""
        if self._thread is not None:
            self._thread.join(timeout)


def _daily_backup(conn: sqlite3.Connection) -> None:
    from desktop.store.safety.backups import ensure_daily_backup  # with the backup, after the case is shown

    ensure_daily_backup(conn)
