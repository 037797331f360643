"""An open case: one connection and the repositories over it, closed together.

The window opens a session when a case is shown and closes it when the case is
closed or the screen locks, so no connection to a client's file outlives its view.
"""

from __future__ import annotations

from datetime import datetime

from desktop.domain.cases import Case
from desktop.domain.errors import UserError
from desktop.domain.rules_engine import EngineParams
from desktop.store.backups import ensure_daily_backup
from desktop.store.cases import READ_FAILURES, CaseRepository, explain_read_failure
from desktop.store.contacts import ContactRepository
from desktop.store.drafts import DraftRepository
from desktop.store.evidence import EvidenceRepository
from desktop.store.letters import LetterRepository
from desktop.store.loans import LoanRepository


class CaseSession:
    def __init__(self, cases: CaseRepository, case_id: str, params: EngineParams | None = None) -> None:
        self._handle = cases.open(case_id)
        self.conn = self._handle.conn
        self.case: Case = cases.get(case_id)
        self.contacts = ContactRepository(self.conn, params)
        # Flags made by an older engine or other parameters (e.g. a case saved by an
        # older app) are recomputed now, so the log never shows the old counting.
        self.contacts.ensure_flags_current()
        self.evidence = EvidenceRepository(self.conn, cases.evidence_dir(case_id))
        self.drafts = DraftRepository(self.conn)
        self.loans = LoanRepository(self.conn)
        self.letters = LetterRepository(self.conn)
        self.opened_at = datetime.now()
        # A daily copy on open; the case itself is fine if it fails, so the
        # problem is shown as a warning rather than refusing the case.
        self.backup_problem: UserError | None = None
        self.readonly = cases.readonly  # a data folder that cannot be written: read, export, change nothing
        if self.readonly:
            return
        try:
            ensure_daily_backup(self.conn)
        except UserError as exc:
            self.backup_problem = exc

    def calm_read_failure(self, exc: BaseException) -> UserError | None:
        """The plain message for ``exc`` raised while reading this case (a bad stored value, the disk); None
        for a bug. Lets a caller above the store explain a failed read without touching SQLite itself."""
        if not isinstance(exc, READ_FAILURES):
            return None
        return explain_read_failure(self.conn, exc)

    def close(self) -> None:
        self.conn.close()
