"""The case browser's list: every case of a desk at once, without opening hundreds of case files.

Two small files live beside the case databases, outside them (no schema change, nothing to migrate):

* ``cases/<id>/archived.txt`` — the case is **archived**: it leaves the case bar and nothing else
  changes; its folder, records, evidence, backups and history stay as they are, and unarchiving
  deletes the marker. A marker file rather than a column in ``case_info``: it is seen with one
  ``lstat`` while listing (no case file opened), archiving never writes to the client's database
  (no backup, migration or record history for a desk's housekeeping, and it works on a damaged
  case), and bundles and backups carry only the database and the evidence, so a case a client
  brings back on a USB stick arrives un-archived.
* ``case-list.json`` in the data folder — the last reading of each case's line (alias, notes, counts, last
  activity) with the signature of its files: inode, size, modification and change times of
  ``case.db`` and ``case.db-wal``. A line counts as current only while that signature is unchanged
  *and* was taken more than :data:`RACY_NS` after the files last changed; otherwise a write in the
  same clock tick as the reading could go unseen (git's "racily clean" rule). Any other line is shown
  as it was and read again from its file. Whoever writes a case — this window, the command line, a
  restore, a repair — changes those files, so a changed case is never shown as current. Lines of
  folders that are gone are dropped whenever the list is read, so a deleted case's alias and notes
  leave this file with it. The file is only a cache: if it is missing, damaged or cannot be written,
  every case is read from its own file, as before.

The limit: a line is as current as the signature says. A file changed by a tool that restores both
its size and its times exactly, within the same inode, would be listed as it was until it changes
again; opening the case always reads the file itself.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import sqlite3
import stat
import threading
import time
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from desktop.domain.cases import CaseSummary
from desktop.domain.errors import UserError
from desktop.files import atomic
from desktop.store.cases import CaseNotFound, CaseRepository
from desktop.store.safety.db_files import DB_NAME

ARCHIVE_MARKER = "archived.txt"
INDEX_FORMAT = 1
RACY_NS = 2_000_000_000  # a reading this soon after the files' last change is read again next time
TMP_AFTER = 3600.0  # seconds: an index being written for longer than this was left by a crash

_MARKER_TEXT = (
    "这个案件已在“催收应对助手”中归档：它不在案件栏中显示，但所有记录、证据和备份都完整保留。\n"
    "在“所有案件”中选中它并点“取消归档”（或删除这个文件），它就会回到案件栏。\n\n"
    "This case is archived in Debt Call Helper: it is not shown in the case bar, but all its records,\n"
    "evidence and backups are kept. Select it in “All cases” and click “Unarchive” (or delete this file)\n"
    "to bring it back to the case bar.\n"
)


class CaseListRepository:
    """Lists the cases from the folder listing and the saved lines; reads, archives and unarchives them.

    Safe to use from a worker thread: every case file is opened on the thread that reads it, and
    the saved lines are rewritten under a lock (another process's rewrite only loses lines, which
    are read again).
    """

    def __init__(self, cases: CaseRepository) -> None:
        self.cases = cases
        self._lock = threading.Lock()

    @property
    def _root(self) -> Path:
        return self.cases.data_dir.cases

    @property
    def _index_file(self) -> Path:
        return self.cases.data_dir.case_list_file

    # -- listing -----------------------------------------------------------------
    def scan(self) -> list[CaseSummary]:
        """Every case folder, at once: no case file is opened.

        A case whose saved line is current comes ``complete``; any other comes as last read (or with
        its id for a name, if never read) and ``complete=False``: pass those to :meth:`read`.
        """
        try:
            entries = list(os.scandir(self._root))
        except OSError:
            return []
        index = self._load()
        found = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            folder = Path(entry.path)
            if not os.path.lexists(folder / DB_NAME):
                continue
            line = index.get(entry.name)
            signature = None if entry.is_symlink() else _signature(folder)
            current = line is not None and signature is not None and line["sig"] == signature and not line["racy"]
            found.append(_from_line(entry.name, line, os.path.lexists(folder / ARCHIVE_MARKER), current))
        gone = set(index) - {s.id for s in found}
        if gone:  # a deleted case's alias and notes must not outlive it here
            self._update({case_id: None for case_id in gone})
        return found

    def read(self, case_ids: Iterable[str]) -> list[CaseSummary | None]:
        """Read each case's line from its file and remember it; None for a case whose folder is gone.

        A case that cannot be read comes with its ``problem`` (and the name it had when last read).
        """
        index = self._load()
        results: list[CaseSummary | None] = []
        updates: dict[str, dict | None] = {}
        for case_id in case_ids:
            summary, line = self._read_one(case_id, index.get(case_id))
            results.append(summary)
            if summary is None or line is not None:
                updates[case_id] = line
        if updates:
            self._update(updates)
        return results

    def summaries(self, include_archived: bool = True) -> list[CaseSummary]:
        """Every case, each one current (the changed ones are read now), oldest first like ``list()``."""
        found = self.scan()
        stale = [s.id for s in found if not s.complete]
        fresh = dict(zip(stale, self.read(stale), strict=True)) if stale else {}
        result = []
        for summary in found:
            summary = fresh.get(summary.id, summary)  # None: its folder went while it was read
            if summary is not None and (include_archived or not summary.archived):
                result.append(summary)
        result.sort(key=lambda s: (s.created_at or datetime.min, s.id))
        return result

    # -- archive -----------------------------------------------------------------
    def is_archived(self, case_id: str) -> bool:
        return self.cases.exists(case_id) and os.path.lexists(self.cases.data_dir.case_dir(case_id) / ARCHIVE_MARKER)

    def archive(self, case_id: str) -> None:
        """Take the case out of the case bar; everything of it stays. Archiving twice is harmless."""
        folder = self._case_folder(case_id)
        marker = folder / ARCHIVE_MARKER
        if os.path.lexists(marker):
            return
        try:
            atomic.write_text(marker, _MARKER_TEXT, durable=False)
        except OSError as exc:
            raise _cannot_change(exc, archive=True) from exc

    def unarchive(self, case_id: str) -> None:
        """Bring the case back to the case bar. Unarchiving a case that is not archived is harmless."""
        marker = self._case_folder(case_id) / ARCHIVE_MARKER
        try:
            marker.unlink()
        except FileNotFoundError:
            return
        except OSError as exc:
            raise _cannot_change(exc, archive=False) from exc

    def _case_folder(self, case_id: str) -> Path:
        if not self.cases.exists(case_id):
            raise CaseNotFound(case_id)
        folder = self.cases.data_dir.case_dir(case_id)
        if folder.is_symlink():  # never write where a link points: that may be another client's folder
            raise UserError(
                zh=f"案件“{case_id}”的文件夹是指向别处的链接，本软件不会在那里写入任何东西，所以无法归档或取消归档。"
                "可以删除这个案件，或把它的文件夹交给技术人员查看。",
                en=f"The folder of the case “{case_id}” is a link to another place, and this app writes nothing "
                "there, so it cannot be archived or unarchived. Delete the case, or give its folder to someone "
                "technical to look at.",
            )
        return folder

    # -- one case ----------------------------------------------------------------
    def _read_one(self, case_id: str, old: dict | None) -> tuple[CaseSummary | None, dict | None]:
        """(the case's line, what to remember of it — None to remember nothing new)."""
        folder = self.cases.data_dir.case_dir(case_id)
        try:
            summary = self.cases.details(case_id)
        except CaseNotFound:
            return None, None
        except UserError as exc:
            summary = _damaged(case_id, old, exc)
        except sqlite3.Error:  # a file that breaks while it is read is the case's fault, not the list's
            summary = _damaged(case_id, old, UserError(
                zh=f"案件“{case_id}”的文件无法读取，可能已损坏。文件没有被改动。可以从备份恢复，或把这个案件文件夹交给技术人员查看。",
                en=f"The file of the case “{case_id}” cannot be read; it may be damaged. The file has not been "
                "changed. Restore it from a backup, or give the case folder to someone technical to look at.",
            ))
        summary = replace(summary, archived=os.path.lexists(folder / ARCHIVE_MARKER))
        if summary.problem is not None:
            return summary, None  # read again next time: a file held by another program may open then
        # Taken after the reading: closing the file may have folded its write-ahead log into it.
        signature = None if folder.is_symlink() else _signature(folder)
        if signature is None:
            return summary, None
        return summary, _to_line(summary, signature, racy=_is_racy(signature))

    # -- the saved lines ---------------------------------------------------------
    def _load(self) -> dict[str, dict]:
        try:
            raw = json.loads(self._index_file.read_bytes())
        except (OSError, ValueError):
            return {}
        if not isinstance(raw, dict) or raw.get("format") != INDEX_FORMAT or not isinstance(raw.get("cases"), dict):
            return {}
        return {k: v for k, v in raw["cases"].items() if isinstance(k, str) and _valid_line(v)}

    def _update(self, updates: dict[str, dict | None]) -> None:
        """Merge ``updates`` (None: forget) into the saved lines. A cache: failing to write changes nothing."""
        with self._lock:
            index = self._load()
            for case_id, line in updates.items():
                if line is None:
                    index.pop(case_id, None)
                else:
                    index[case_id] = line
            target = self._index_file
            _sweep_unfinished(target)
            with contextlib.suppress(OSError):  # read-only data folder, disk full, the file held by another program
                atomic.write_text(target, json.dumps({"format": INDEX_FORMAT, "cases": index}, ensure_ascii=True),
                                  encoding="ascii", durable=False,
                                  partial=target.with_name(f"{target.name}.{secrets.token_hex(4)}.tmp"))


def _signature(folder: Path) -> list[int] | None:
    """What changes whenever the case's data changes; None when ``case.db`` is not a plain file."""
    try:
        db = os.lstat(folder / DB_NAME)
    except OSError:
        return None
    if not stat.S_ISREG(db.st_mode):
        return None
    try:
        wal = os.lstat(folder / f"{DB_NAME}-wal")
        wal_part = [wal.st_size, wal.st_mtime_ns, wal.st_ctime_ns]
    except OSError:
        wal_part = [-1, 0, 0]
    return [db.st_ino, db.st_size, db.st_mtime_ns, db.st_ctime_ns, *wal_part]


def _is_racy(signature: list[int]) -> bool:
    newest = max(signature[2], signature[3], signature[5], signature[6])
    return time.time_ns() - newest < RACY_NS


def _to_line(summary: CaseSummary, signature: list[int], *, racy: bool) -> dict:
    return {
        "sig": signature, "racy": racy, "alias": summary.alias, "notes": summary.notes,
        "created": summary.created_at.isoformat() if summary.created_at else None,
        "last": summary.last_activity.isoformat() if summary.last_activity else None,
        "contacts": summary.contact_count, "flagged": summary.flagged_count,
    }


def _valid_line(line) -> bool:
    return (
        isinstance(line, dict)
        and isinstance(line.get("sig"), list) and all(isinstance(n, int) for n in line["sig"])
        and isinstance(line.get("racy"), bool)
        and isinstance(line.get("alias"), str) and isinstance(line.get("notes"), str)
        and all(line.get(k) is None or isinstance(line.get(k), str) for k in ("created", "last"))
        and all(isinstance(line.get(k), int) and not isinstance(line.get(k), bool) for k in ("contacts", "flagged"))
    )


def _when(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def _from_line(case_id: str, line: dict | None, archived: bool, current: bool) -> CaseSummary:
    if line is None:
        return CaseSummary(case_id, case_id, None, 0, archived=archived, complete=False)
    return CaseSummary(case_id, line["alias"], _when(line["created"]), line["contacts"], notes=line["notes"],
                       last_activity=_when(line["last"]), flagged_count=line["flagged"], archived=archived,
                       complete=current)


def _damaged(case_id: str, old: dict | None, problem: UserError) -> CaseSummary:
    """A case that cannot be read, under the name and notes it had when last read (so a desk still finds it)."""
    alias, notes = (old["alias"], old["notes"]) if old else (case_id, "")
    return CaseSummary(case_id, alias, None, 0, problem=problem, notes=notes)


def _sweep_unfinished(target: Path) -> None:
    """Remove copies of ``target`` a crash left half-written (they hold aliases and notes)."""
    cutoff = time.time() - TMP_AFTER
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            if entry.name.startswith(f"{target.name}.") and entry.name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    info = entry.stat(follow_symlinks=False)
                    if stat.S_ISREG(info.st_mode) and info.st_mtime < cutoff:
                        os.unlink(entry.path)


def _cannot_change(exc: OSError, *, archive: bool) -> UserError:
    reason_zh = "磁盘已满" if getattr(exc, "errno", None) == 28 else "文件夹不能写入或正被其他程序使用"
    reason_en = "the disk is full" if getattr(exc, "errno", None) == 28 else \
        "its folder cannot be written or is in use by another program"
    if archive:
        return UserError(zh=f"无法归档这个案件：{reason_zh}。案件没有任何改动。请检查磁盘空间和文件夹权限后再试。",
                         en=f"Could not archive this case: {reason_en}. Nothing of the case was changed. "
                         "Check the free disk space and the folder's permissions, then try again.")
    return UserError(zh=f"无法取消归档这个案件：{reason_zh}。案件没有任何改动。请检查磁盘空间和文件夹权限后再试。",
                     en=f"Could not unarchive this case: {reason_en}. Nothing of the case was changed. "
                     "Check the free disk space and the folder's permissions, then try again.")
