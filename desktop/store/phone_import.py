"""Reading a phone export from disk and importing the chosen part of it into a case (issue 13).

``read_phone_source`` detects what a path is — an SMS Backup & Restore XML file, an
iPhone backup folder (or the folder holding backups), or a folder of call
recordings — and reads it. ``import_phone`` stores planned contacts
(``preview.plan_import``) all-or-nothing: a backup of the case first, every
recording copied into ``evidence/`` and hashed first, then one transaction for
contacts, attachments and identities; on any failure or cancel the copies this
import created are removed and the transaction rolls back.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.domain.phone_evidence.preview import PlannedContact
from desktop.domain.phone_evidence.recording_names import NamePattern, is_audio_name, recordings_from_files
from desktop.domain.phone_evidence.records import Checkpoint, PhoneExport, Progress, ReadProblem, Recording
from desktop.domain.phone_evidence.sbr_xml import read_sbr_xml
from desktop.domain.text import pick
from desktop.files.recordings import scan_recordings
from desktop.store.phone_backup import find_backups, read_iphone_backup
from desktop.store.safety.backups import BEFORE_IMPORT, backup_case_db, case_backup_folder


@dataclass(frozen=True)
class PhoneSource:
    """What was read from one or more paths."""

    exports: tuple[PhoneExport, ...] = ()
    recordings: tuple[Recording, ...] = ()
    problems: tuple[ReadProblem, ...] = ()
    paths: tuple[Path, ...] = field(default=())

    def combine(self, other: PhoneSource) -> PhoneSource:
        return PhoneSource(self.exports + other.exports, self.recordings + other.recordings,
                           self.problems + other.problems, self.paths + other.paths)


def read_phone_source(path: Path, *, checkpoint: Checkpoint | None = None, progress: Progress | None = None,
                      now: datetime | None = None, patterns: tuple[NamePattern, ...] = (),
                      temp_root: Path | None = None) -> PhoneSource:
    """Read ``path``: an SMS Backup XML file, an iPhone backup folder (or its parent), or a recordings folder.

    Raises :class:`UserError` when ``path`` is none of these or cannot be read at all.
    ``patterns`` are the recording-name patterns (``Content.recording_names``, from
    ``resources/phone/recording_names.toml``); without them every recording takes its file's time.
    """
    path = Path(path)
    if path.is_file():
        if path.suffix.lower() != ".xml":
            raise _not_a_source(path)
        try:
            with open(path, "rb") as fh:
                export = read_sbr_xml(fh, total_bytes=path.stat().st_size, now=now, checkpoint=checkpoint,
                                      progress=progress)
        except OSError as exc:
            raise UserError(zh=f"无法读取文件“{path.name}”：没有权限或文件正被占用。",
                            en=f"Cannot read the file “{path.name}”: no permission, or it is in use.") from exc
        return PhoneSource(exports=(export,), problems=export.problems, paths=(path,))
    if not path.is_dir():
        raise UserError(zh=f"找不到“{path}”。请检查路径。", en=f"“{path}” does not exist. Check the path.")
    if (path / "Manifest.db").exists() or (path / "Manifest.plist").exists():
        export = read_iphone_backup(path, now=now, checkpoint=checkpoint, progress=progress, temp_root=temp_root)
        return PhoneSource(exports=(export,), problems=export.problems, paths=(path,))
    backups = [b for b in find_backups([path]) if b.readable]
    if backups:
        newest = max(backups, key=lambda b: b.last_backup or datetime.min)
        export = read_iphone_backup(newest.path, now=now, checkpoint=checkpoint, progress=progress,
                                    temp_root=temp_root)
        return PhoneSource(exports=(export,), problems=export.problems, paths=(newest.path,))
    xmls = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".xml")
    source = PhoneSource()
    for xml in xmls:
        source = source.combine(read_phone_source(xml, checkpoint=checkpoint, progress=progress, now=now))
    if any(is_audio_name(p.name) for p in path.rglob("*") if p.is_file()):
        files, _skipped = scan_recordings(path, checkpoint=checkpoint, progress=progress)
        recs = recordings_from_files(files, patterns)
        source = source.combine(PhoneSource(recordings=recs, paths=(path,)))
    if not source.exports and not source.recordings:
        raise _not_a_source(path)
    return source


def _not_a_source(path: Path) -> UserError:
    return UserError(
        zh=f"“{path.name}”不是能读取的手机导出：请选择“SMS Backup & Restore”导出的 .xml 文件、"
        "没有加密的 iPhone 电脑备份文件夹，或通话录音文件夹。",
        en=f"“{path.name}” is not a phone export this app can read: choose an .xml file from SMS Backup & "
        "Restore, an unencrypted iPhone computer backup folder, or a folder of call recordings.")


def known_identities(session_or_conn) -> frozenset[str]:
    """The identities already imported into the case (empty before schema v6)."""
    conn = _conn(session_or_conn)
    try:
        return frozenset(r[0] for r in conn.execute("SELECT identity FROM phone_identities"))
    except sqlite3.OperationalError:
        return frozenset()


def _conn(session_or_conn) -> sqlite3.Connection:
    if isinstance(session_or_conn, sqlite3.Connection):
        return session_or_conn
    return session_or_conn.contacts._conn


@dataclass(frozen=True)
class PhoneImportResult:
    stored: int
    calls: int
    messages: int
    recordings: int
    backup: Path | None

    def message(self, lang: str = "zh_CN") -> str:
        return pick(lang,
                    f"已从手机导入 {self.stored} 条记录（电话 {self.calls} 条，短信 {self.messages} 条），"
                    f"{self.recordings} 个录音文件已复制到案件里并计算了校验值。",
                    f"{self.stored} records were imported from the phone ({self.calls} calls, {self.messages} "
                    f"messages); {self.recordings} recording(s) were copied into the case and hashed.")


def import_phone(session, planned: Iterable[PlannedContact], *, progress: Progress | None = None,
                 checkpoint: Checkpoint | None = None, backup: bool = True) -> PhoneImportResult:
    """Store ``planned`` in the case of ``session`` (a ``CaseSession``): all of it, or nothing.

    ``checkpoint()`` raising (a cancel) or any error leaves the case as it was and removes
    the evidence files this import created. Raises :class:`UserError` with a calm message.
    """
    planned = list(planned)
    repo = session.contacts
    evidence = session.evidence
    conn = repo._conn
    known = known_identities(conn)
    planned = [p for p in planned if p.identity not in known]
    saved_to = None
    if backup and planned and (folder := case_backup_folder(conn)) is not None:
        saved_to = backup_case_db(conn, folder, BEFORE_IMPORT)
    created: list[Path] = []
    copies: dict[Path, tuple[str, int, datetime | None]] = {}
    total_files = sum(len(p.files) for p in planned)
    try:
        for p in planned:
            for f in p.files:
                if checkpoint is not None:
                    checkpoint()
                if f in copies:
                    continue
                digest, size, was_created = evidence.copy_in(f)
                if was_created:
                    created.append(evidence.folder / digest)
                mtime = _mtime(f)
                copies[f] = (digest, size, mtime)
                if progress is not None:
                    progress(len(copies), total_files + len(planned))
        now = datetime.now().isoformat(timespec="seconds")

        def within(saved: list) -> None:
            for p, contact in zip(planned, saved, strict=True):
                if checkpoint is not None:
                    checkpoint()
                kind = "recording" if p.identity in p.file_identities else (
                    "message" if contact.channel == "sms" else "call")
                conn.execute("INSERT INTO phone_identities (identity, kind, contact_id, imported_at) "
                             "VALUES (?, ?, ?, ?)", (p.identity, kind, contact.id, now))
                for f, fid in zip(p.files, p.file_identities or (None,) * len(p.files), strict=False):
                    digest, size, mtime = copies[f]
                    evidence.record(contact.id, digest, f.name, size, mtime)
                    if fid and fid != p.identity:
                        conn.execute("INSERT OR IGNORE INTO phone_identities (identity, kind, contact_id, "
                                     "imported_at) VALUES (?, 'recording', ?, ?)", (fid, contact.id, now))
                if p.files:
                    repo.version_listing_attachments(contact.id)

        saved = repo.add_many([p.contact for p in planned], within=within)
    except BaseException:
        for path in created:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    with contextlib.suppress(sqlite3.OperationalError):
        repo.recompute_all_flags()
    calls = sum(1 for c in saved if c.channel == "call")
    return PhoneImportResult(len(saved), calls, len(saved) - calls, len(copies), saved_to)


def _mtime(path: Path) -> datetime | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return None


