"""Evidence files: copied into ``evidence/<sha256>``, never modified, stored once per content.

A file is hashed while it is copied to a temporary name inside the evidence
folder, then renamed into place, so a half-copied file never carries a real
evidence name. The same content added twice is stored once.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.domain.evidence import ALTERED, MISSING, OK, Attachment
from desktop.store import record_chain
from desktop.store.db import transaction

CHUNK = 1 << 20
MAX_FILE = 4 * 1024**3  # 4 GB: a long video is fine; a disk image is not evidence of a call


class EvidenceRepository:
    def __init__(self, conn: sqlite3.Connection, folder: Path) -> None:
        self.conn = conn
        self.folder = Path(folder)

    def add(self, source: Path, contact_id: int | None = None, note: str = "",
            within: Callable[[], None] | None = None) -> Attachment:
        """Copy ``source`` in and record it. Raises :class:`UserError` for an unusable file.

        ``within`` runs inside the same transaction as the new row — the contact
        repository uses it to save the contact's new version with the attachment.
        The row's first version joins the case's chain in that transaction too.
        """
        source = Path(source)
        name = source.name
        try:
            stat = source.stat()
        except FileNotFoundError as exc:
            raise UserError(zh=f"找不到文件“{name}”，它可能已被移动或删除。", en=f"The file “{name}” is not there any more; "
                            "it may have been moved or deleted.") from exc
        except OSError as exc:
            raise _unreadable(name) from exc
        if not source.is_file():
            raise UserError(zh=f"“{name}”不是一个文件（可能是文件夹）。请选择一个文件。",
                            en=f"“{name}” is not a file (perhaps a folder). Please choose a file.")
        if stat.st_size == 0:
            raise UserError(zh=f"文件“{name}”是空的（0 字节），里面没有可作为证据的内容。请检查是否选错了文件。",
                            en=f"The file “{name}” is empty (0 bytes), so it holds no evidence. "
                            "Check that you chose the right file.")
        if stat.st_size > MAX_FILE:
            raise UserError(zh=f"文件“{name}”太大（超过 4 GB），无法作为附件保存。",
                            en=f"The file “{name}” is too large (over 4 GB) to keep as an attachment.")
        digest, size, created = self._copy_in(source)
        try:
            with transaction(self.conn):
                cur = self.conn.execute(
                    "INSERT INTO attachments (contact_id, sha256, original_name, size, file_mtime, added_at, note) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (contact_id, digest, name, size, datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="seconds"),
                     datetime.now().isoformat(timespec="seconds"), note),
                )
                record_chain.append(self.conn, "attachments", cur.lastrowid, "create")
                if within is not None:
                    within()
        except BaseException:
            if created:
                (self.folder / digest).unlink(missing_ok=True)
            raise
        return self.get(cur.lastrowid)

    def _copy_in(self, source: Path) -> tuple[str, int, bool]:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".incoming-", dir=self.folder)
        except OSError as exc:
            raise _cannot_store(exc) from exc
        h = hashlib.sha256()
        size = 0
        try:
            with os.fdopen(fd, "wb") as out:
                try:
                    src = open(source, "rb")  # noqa: SIM115 — closed below, errors told apart
                except OSError as exc:
                    raise _unreadable(source.name) from exc
                with src:
                    while True:
                        try:
                            block = src.read(CHUNK)
                        except OSError as exc:
                            raise _unreadable(source.name) from exc
                        if not block:
                            break
                        h.update(block)
                        size += len(block)
                        try:
                            out.write(block)
                        except OSError as exc:
                            raise _cannot_store(exc) from exc
            digest = h.hexdigest()
            target = self.folder / digest
            if target.exists():
                os.unlink(tmp)
                return digest, size, False
            os.replace(tmp, target)
            return digest, size, True
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def get(self, attachment_id: int) -> Attachment:
        row = self.conn.execute(
            "SELECT id, contact_id, sha256, original_name, size, file_mtime, added_at, note FROM attachments "
            "WHERE id = ?", (attachment_id,)).fetchone()
        if row is None:
            raise UserError(zh=f"找不到附件 #{attachment_id}。", en=f"There is no attachment #{attachment_id}.")
        return _attachment(row)

    def for_contact(self, contact_id: int | None) -> list[Attachment]:
        where = "contact_id IS NULL" if contact_id is None else "contact_id = ?"
        params = () if contact_id is None else (contact_id,)
        return [_attachment(r) for r in self.conn.execute(
            "SELECT id, contact_id, sha256, original_name, size, file_mtime, added_at, note FROM attachments "
            f"WHERE {where} AND removed_at IS NULL ORDER BY id", params)]

    def all(self) -> list[Attachment]:
        return [_attachment(r) for r in self.conn.execute(
            "SELECT id, contact_id, sha256, original_name, size, file_mtime, added_at, note FROM attachments "
            "WHERE removed_at IS NULL ORDER BY id")]

    def path(self, attachment: Attachment) -> Path:
        return self.folder / attachment.sha256

    def status(self, attachment: Attachment) -> str:
        """``ok``, ``missing`` or ``altered`` (content no longer matches its SHA-256)."""
        path = self.path(attachment)
        if not path.is_file():
            return MISSING
        try:
            if path.stat().st_size != attachment.size or _sha256(path) != attachment.sha256:
                return ALTERED
        except OSError:
            return MISSING
        return OK


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(CHUNK):
            h.update(block)
    return h.hexdigest()


def _attachment(r) -> Attachment:
    return Attachment(r[0], r[1], r[2], r[3], r[4], datetime.fromisoformat(r[5]) if r[5] else None,
                      datetime.fromisoformat(r[6]), r[7])


def _unreadable(name: str) -> UserError:
    return UserError(zh=f"无法读取文件“{name}”：没有权限，或文件正被其他程序占用。请关闭占用它的程序后再试。",
                     en=f"Cannot read the file “{name}”: no permission, or another program is using it. "
                     "Close that program and try again.")


def _cannot_store(exc: OSError) -> UserError:
    if getattr(exc, "errno", None) == 28:
        return UserError(zh="磁盘空间已满，附件没有保存。请清理磁盘后再试。",
                         en="The disk is full, so the attachment was not saved. Free some space and try again.")
    return UserError(zh="无法把附件保存到案件文件夹里，请检查文件夹权限和磁盘空间。",
                     en="Cannot save the attachment in the case folder. Check the folder's permissions and free space.")
