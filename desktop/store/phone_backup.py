"""The thin reader of iPhone backups made by iTunes or Apple Devices on Windows (unencrypted).

Where Windows keeps them: ``%APPDATA%\\Apple Computer\\MobileSync\\Backup\\<id>`` (iTunes
from apple.com) and ``%USERPROFILE%\\Apple\\MobileSync\\Backup\\<id>`` (iTunes or Apple
Devices from the Microsoft Store). :func:`default_backup_roots` lists them; every function
takes the roots or the folder as a parameter, so the user may pick another one.

A backup folder holds ``Info.plist`` (device name, date of the backup), ``Manifest.plist``
(``IsEncrypted``) and ``Manifest.db``, whose ``Files`` table (``fileID``, ``domain``,
``relativePath``, ``flags``, ``file``) maps each file of the phone to
``<first two hex digits>/<fileID>`` — the SHA-1 of ``domain-relativePath`` — inside the
folder. Files are looked up by domain and path, never by a hash written in the code.

The backup is never touched: every SQLite file is first copied into a private temporary
folder, opened read-only there, and the folder is removed afterwards, whatever happens.
An encrypted backup, a missing or damaged ``Manifest.db`` or a call-history/message file
the manifest lists but the folder lacks each give a plain message, never a traceback.
The rows are turned into records by :mod:`desktop.domain.phone_evidence.iphone`.
"""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.domain.phone_evidence.iphone import call_from_row, message_from_row
from desktop.domain.phone_evidence.records import (
    SOURCE_IPHONE_BACKUP,
    Checkpoint,
    PhoneCall,
    PhoneExport,
    PhoneMessage,
    Progress,
    ReadProblem,
)

HOME = "HomeDomain"
SMS_DB = "Library/SMS/sms.db"
CALL_HISTORY_DB = "Library/CallHistoryDB/CallHistory.storedata"
_FILE_ID = re.compile(r"[0-9a-f]{40}")
_ROWS_PER_CHECK = 2000


@dataclass(frozen=True)
class BackupFolder:
    """One backup found on this computer, as the picker shows it."""

    path: Path
    device_name: str
    last_backup: datetime | None
    encrypted: bool
    readable: bool  # Manifest.plist could be read


def default_backup_roots(env: Mapping[str, str] | None = None) -> list[Path]:
    """The folders iTunes and Apple Devices keep backups in on Windows, from ``env`` (default: this process's)."""
    env = os.environ if env is None else env
    roots = []
    if env.get("APPDATA"):
        roots.append(Path(env["APPDATA"]) / "Apple Computer" / "MobileSync" / "Backup")
    if env.get("USERPROFILE"):
        roots.append(Path(env["USERPROFILE"]) / "Apple" / "MobileSync" / "Backup")
    return roots


def find_backups(roots: list[Path]) -> list[BackupFolder]:
    """Every backup folder directly inside ``roots`` (newest first); roots that do not exist are skipped."""
    found = []
    for root in roots:
        try:
            children = sorted(p for p in Path(root).iterdir() if p.is_dir())
        except OSError:
            continue
        for child in children:
            if (child / "Manifest.plist").is_file() or (child / "Manifest.db").is_file():
                found.append(describe_backup(child))
    return sorted(found, key=lambda b: b.last_backup or datetime.min.replace(tzinfo=UTC), reverse=True)


def describe_backup(folder: Path) -> BackupFolder:
    """Name, date and encryption of one backup folder; never raises."""
    info = _plist(folder / "Info.plist") or {}
    manifest = _plist(folder / "Manifest.plist")
    last = info.get("Last Backup Date")
    if isinstance(last, datetime) and last.tzinfo is None:
        last = last.replace(tzinfo=UTC)  # plistlib gives naive UTC
    name = info.get("Device Name") or info.get("Display Name") or ""
    return BackupFolder(path=Path(folder), device_name=str(name), last_backup=last if isinstance(last, datetime)
                        else None, encrypted=bool((manifest or {}).get("IsEncrypted")), readable=manifest is not None)


def _plist(path: Path) -> dict | None:
    try:
        with open(path, "rb") as fh:
            data = plistlib.load(fh)
    except (OSError, plistlib.InvalidFileException, ValueError, TypeError, OverflowError):
        return None
    return data if isinstance(data, dict) else None


def read_iphone_backup(folder: Path, *, now: datetime | None = None, checkpoint: Checkpoint | None = None,
                       progress: Progress | None = None, temp_root: Path | None = None) -> PhoneExport:
    """Calls and messages of the unencrypted backup in ``folder``.

    Raises :class:`UserError` when nothing can be read (encrypted, not a backup, a damaged
    manifest); a part that cannot be read (no message database, a damaged call history)
    becomes a problem in the result and the rest is still read. ``progress(rows, 0)``
    and ``checkpoint()`` are called every few thousand rows. ``temp_root`` is where the
    private copies go (default: the system's temp folder).
    """
    folder = Path(folder)
    now = now or datetime.now(UTC)
    about = describe_backup(folder)
    if about.encrypted:
        raise UserError(
            "这个 iPhone 备份已加密，本程序无法读取。请在 iTunes 或“Apple 设备”中取消勾选“加密本地备份”，"
            "再备份一次；或者把通话和短信逐条录入。",
            "This iPhone backup is encrypted and cannot be read here. In iTunes or Apple Devices, untick "
            "\"Encrypt local backup\" and back up again — or type the calls and messages in by hand.")
    if not (folder / "Manifest.db").is_file():
        raise UserError(
            "这个文件夹不是 iPhone 备份（找不到 Manifest.db）。请选择 MobileSync\\Backup 里的一个备份文件夹。",
            "This folder is not an iPhone backup (there is no Manifest.db). Pick a backup folder inside "
            "MobileSync\\Backup.")
    with _private_folder(temp_root) as tmp:
        try:
            manifest = _open_copy(folder / "Manifest.db", tmp / "Manifest.db")
            with closing(manifest):
                sms_id = _file_id(manifest, SMS_DB)
                calls_id = _file_id(manifest, CALL_HISTORY_DB)
                sms_wal_id = _file_id(manifest, SMS_DB + "-wal")
                calls_wal_id = _file_id(manifest, CALL_HISTORY_DB + "-wal")
        except sqlite3.DatabaseError as exc:
            raise UserError(
                "这个 iPhone 备份的文件清单（Manifest.db）已损坏，无法读取。请重新备份一次。",
                "This iPhone backup's list of files (Manifest.db) is damaged and cannot be read. "
                "Make the backup again.") from exc
        problems: list[ReadProblem] = []
        calls: list[PhoneCall] = []
        messages: list[PhoneMessage] = []
        counter = _Counter(checkpoint, progress)
        db = _stored_copy(folder, calls_id, calls_wal_id, tmp / "calls", "CallHistory.storedata",
                          problems, "通话记录", "call history")
        if db is not None:
            _read_part(db, _calls(db, now, counter), calls, problems, "通话记录", "call history")
        db = _stored_copy(folder, sms_id, sms_wal_id, tmp / "sms", "sms.db", problems, "短信", "messages")
        if db is not None:
            _read_part(db, _messages(db, now, counter), messages, problems, "短信", "messages")
    return PhoneExport(source=SOURCE_IPHONE_BACKUP, calls=tuple(calls), messages=tuple(messages),
                       problems=tuple(problems), complete=not problems, device=about.device_name)


class _Counter:
    def __init__(self, checkpoint: Checkpoint | None, progress: Progress | None) -> None:
        self.checkpoint, self.progress, self.rows = checkpoint, progress, 0

    def tick(self) -> None:
        self.rows += 1
        if self.rows % _ROWS_PER_CHECK == 0:
            if self.checkpoint is not None:
                self.checkpoint()
            if self.progress is not None:
                self.progress(self.rows, 0)


@contextmanager
def _private_folder(temp_root: Path | None) -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="dch-iphone-", dir=temp_root))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _open_copy(source: Path, target: Path) -> sqlite3.Connection:
    """Copy ``source`` to ``target`` and open the copy read-only (it may write its -shm in the private folder)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    conn = sqlite3.connect(target.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fails now on a file that is not SQLite
    except sqlite3.DatabaseError:
        conn.close()
        raise
    return conn


def _file_id(manifest: sqlite3.Connection, relative_path: str) -> str | None:
    row = manifest.execute("SELECT fileID FROM Files WHERE domain = ? AND relativePath = ? LIMIT 1",
                           (HOME, relative_path)).fetchone()
    file_id = str(row[0]).lower() if row and row[0] is not None else None
    return file_id if file_id and _FILE_ID.fullmatch(file_id) else None


def _stored_copy(folder: Path, file_id: str | None, wal_id: str | None, tmp: Path, name: str,
                 problems: list[ReadProblem], what_zh: str, what_en: str) -> sqlite3.Connection | None:
    """Open a private copy of one database the manifest lists, or note a problem and return None."""
    if file_id is None:
        problems.append(ReadProblem("not_in_backup", f"这个备份里没有{what_zh}。",
                                    f"This backup has no {what_en}."))
        return None
    stored = folder / file_id[:2] / file_id
    if not stored.is_file():
        problems.append(ReadProblem(
            "missing_file", f"备份的文件清单列出了{what_zh}，但文件夹里没有这个文件（备份可能没有做完）。请重新备份一次。",
            f"The backup's list names the {what_en} file but the folder does not have it (the backup may be "
            "unfinished). Make the backup again.", where=f"{file_id[:2]}/{file_id}"))
        return None
    try:
        if wal_id is not None and (folder / wal_id[:2] / wal_id).is_file():
            tmp.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(folder / wal_id[:2] / wal_id, tmp / (name + "-wal"))
        return _open_copy(stored, tmp / name)
    except (sqlite3.DatabaseError, OSError):
        problems.append(_damaged(what_zh, what_en))
        return None


def _damaged(what_zh: str, what_en: str) -> ReadProblem:
    return ReadProblem("damaged", f"备份中的{what_zh}数据库已损坏，无法读取；其余内容照常读取。",
                       f"The {what_en} database in the backup is damaged and cannot be read; the rest is read as usual.")


def _read_part(conn: sqlite3.Connection, records: Iterator, into: list, problems: list[ReadProblem],
               what_zh: str, what_en: str) -> None:
    """Read one database to the end, or keep none of it (half a table would look complete in the preview)."""
    try:
        into.extend(records)
    except sqlite3.DatabaseError:
        into.clear()
        problems.append(_damaged(what_zh, what_en))
    finally:
        conn.close()  # before the private folder is removed (Windows cannot delete an open file)


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1].upper() for row in conn.execute(f"PRAGMA table_info({table})")}


def _calls(conn: sqlite3.Connection, now: datetime, counter: _Counter) -> Iterator[PhoneCall]:
    have = _columns(conn, "ZCALLRECORD")
    if not {"ZADDRESS", "ZDATE"} <= have:
        raise sqlite3.DatabaseError("ZCALLRECORD lacks ZADDRESS/ZDATE")
    pick = [c if c in have else "NULL" for c in ("ZDURATION", "ZORIGINATED", "ZANSWERED", "ZCALLTYPE")]
    sql = f"SELECT Z_PK, ZADDRESS, ZDATE, {', '.join(pick)} FROM ZCALLRECORD ORDER BY Z_PK"
    for row in conn.execute(sql):
        counter.tick()
        yield call_from_row(row[0], row[1], row[2], row[3], row[4], row[5], row[6], now)


def _messages(conn: sqlite3.Connection, now: datetime, counter: _Counter) -> Iterator[PhoneMessage]:
    have = _columns(conn, "message")
    if not {"TEXT", "DATE", "IS_FROM_ME", "HANDLE_ID"} <= have:
        raise sqlite3.DatabaseError("message lacks text/date/is_from_me/handle_id")
    body = "m.attributedBody" if "ATTRIBUTEDBODY" in have else "NULL"
    sql = (f"SELECT m.ROWID, h.id, m.text, {body}, m.date, m.is_from_me FROM message m "
           "LEFT JOIN handle h ON h.ROWID = m.handle_id ORDER BY m.ROWID")
    for row in conn.execute(sql):
        counter.tick()
        yield message_from_row(row[0], row[1], row[2], row[3], row[4], row[5], now)
