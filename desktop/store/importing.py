"""Store an import preview in a case: back up, link loans, write every row in one transaction.

The preview (:func:`desktop.domain.importing.parse.parse_table`) has already
named every problem; this module refuses a preview that is not ``ok``, copies
the case database into ``cases/<id>/backups/`` first, and then stores all rows
with :meth:`ContactRepository.add_many` — all of them or, on any failure, none.

Each row's loan text is matched to one of the case's loans: first exactly, then
ignoring case, width and spaces, against the loan's label, brand and the lender
named in the contract. A text that matches no loan (or more than one) links to
no loan and is kept in the contact's notes, so nothing the user wrote is lost.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.domain.contacts import Contact
from desktop.domain.errors import UserError
from desktop.domain.importing.parse import HEADERS_ZH
from desktop.domain.importing.preview import ImportPreview
from desktop.domain.loan_matching import LoanMatcher
from desktop.domain.rules_engine import EngineParams
from desktop.domain.text import pick
from desktop.store.contacts import ContactRepository
from desktop.store.db import connect
from desktop.store.loans import LoanRepository
from desktop.store.safety.backups import BEFORE_IMPORT, backup_case_db, case_backup_folder

_PROGRESS_EVERY = 500


@dataclass(frozen=True)
class ImportResult:
    """What an import did. ``unmatched_labels`` are the distinct loan texts that matched no loan."""

    stored: int
    linked_to_loan: int
    unmatched_rows: int
    unmatched_labels: tuple[str, ...]
    backup: Path | None

    def message(self, lang: str = "zh_CN") -> str:
        """One or two sentences for the user, in ``lang``."""
        zh = f"已导入 {self.stored} 条记录。"
        en = f"{self.stored} records were imported."
        if self.unmatched_rows:
            zh += (f"其中 {self.unmatched_rows} 条记录的贷款（{_list(self.unmatched_labels, '、')}）"
                   "与本案件的贷款都对不上，已保留在这些记录的备注里。")
            en += (f" The loan of {self.unmatched_rows} record(s) matched none of this case's loans "
                   f"({_list(self.unmatched_labels)}); it is kept in their notes.")
        return pick(lang, zh, en)


def import_contacts(
    target,
    preview: ImportPreview,
    loans: Mapping[int, str],
    *,
    params: EngineParams | None = None,
    backup: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Store every row of ``preview`` in a case and return what was done.

    ``target`` is a ``CaseSession``, a connection to the case database, or the
    path of the case database (opened and closed here — a worker thread cannot
    use the window's connection). ``loans`` maps the case's loan ids to their
    labels (``LoanRepository.labels()``). ``progress(done, total)`` is called
    while rows are written; an exception raised from it (a cancel) rolls
    everything back. Raises :class:`UserError` if the preview has problems or the
    backup cannot be made; then, and on any error while writing, the case is
    unchanged.
    """
    if not preview.ok:
        raise UserError(
            zh="导入预览里还有问题，没有导入任何记录。请先在文件里改正这些问题，再重新导入。",
            en="The import preview still shows problems, so nothing was imported. Correct them in the file, "
            "then import it again.",
        )
    if isinstance(target, str | os.PathLike):
        conn = connect(Path(target))
        try:
            return import_contacts(conn, preview, loans, params=params, backup=backup, progress=progress)
        finally:
            conn.close()
    repo = _repository(target, params)
    conn = repo._conn
    # Only the loans the caller listed can be named (their brand and lender count too).
    matcher = LoanMatcher(LoanRepository(conn).list() if loans else (), loans)
    loan_header = next((header for _no, header, name in preview.columns if name == "loan" and header), "")
    loan_header = loan_header or HEADERS_ZH["loan"]
    contacts, linked, unmatched, labels = [], 0, 0, {}
    for row in preview.rows:
        contact = row.contact
        label = row.loan_label.strip()
        if label:
            loan_id = matcher.match(label)
            if loan_id is not None:
                contact = replace(contact, loan_id=loan_id)
                linked += 1
            else:
                unmatched += 1
                labels.setdefault(label, None)
                kept = f"[{loan_header}] {label}"
                contact = replace(contact, notes=f"{contact.notes}\n{kept}" if contact.notes else kept)
        contacts.append(contact)
    saved_to = None
    if backup and (folder := case_backup_folder(conn)) is not None:
        saved_to = backup_case_db(conn, folder, BEFORE_IMPORT)
    try:
        stored = repo.add_many(_reporting(contacts, progress))
    except sqlite3.OperationalError as exc:  # disk full, file locked by another program, I/O error
        raise UserError(
            zh=f"无法写入案件文件（{exc}），没有导入任何记录。请检查磁盘空间，关闭可能占用该文件的程序后再试。",
            en=f"Could not write to the case file ({exc}), so nothing was imported. Check the free disk space, "
            "close any program that may be using the file, and try again.",
        ) from exc
    # add_many already refreshed the flags of every day it touched, in its own
    # transaction; this pass makes the whole table agree with the rules. If it
    # fails the import has still happened, and the next change redoes the days.
    with contextlib.suppress(sqlite3.OperationalError):
        repo.recompute_all_flags()
    return ImportResult(len(stored), linked, unmatched, tuple(labels), saved_to)


def _reporting(contacts: list[Contact], progress: Callable[[int, int], None] | None) -> Iterator[Contact]:
    total = len(contacts)
    for done, contact in enumerate(contacts):
        if progress is not None and done % _PROGRESS_EVERY == 0:
            progress(done, total)
        yield contact
    if progress is not None:
        progress(total, total)


def _repository(target, params: EngineParams | None) -> ContactRepository:
    if isinstance(target, sqlite3.Connection):
        return ContactRepository(target, params)
    contacts = getattr(target, "contacts", None)
    if isinstance(contacts, ContactRepository):
        return contacts if params is None else ContactRepository(contacts._conn, params, contacts.clock)
    raise TypeError(f"import_contacts needs a CaseSession or a connection, not {type(target).__name__}")


def _list(labels: tuple[str, ...], sep: str = ", ", limit: int = 5) -> str:
    shown = [f"“{label}”" for label in labels[:limit]]
    more = len(labels) - limit
    if more > 0:
        shown.append(f"… +{more}")
    return sep.join(shown)
