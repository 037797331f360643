"""Evidence files: copied into ``evidence/<sha256>``, never modified, stored once per content.

A file is hashed while it is copied to a temporary name inside the evidence
folder, then renamed into place, so a half-copied file never carries a real
evidence name. The same content added twice is stored once.

Every path to an evidence file is built here, and only from a stored SHA-256 that
passes :func:`~desktop.domain.evidence.is_content_hash`: a database from a bundle
or edited by hand can hold ``../../etc/hostname`` in that column, and such a row is
reported as ``invalid`` — no file is read, written or copied for it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import tempfile
from datetime import datetime
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.domain.evidence import (
    ALTERED,
    INVALID,
    MISSING,
    OK,
    Attachment,
    display_name,
    file_name,
    is_content_hash,
)
from desktop.files import atomic
from desktop.store import record_chain
from desktop.store.db import transaction
from desktop.store.viewing_copies import cannot_copy, mark_if_windows, own_folder

CHUNK = 1 << 20
MAX_FILE = 4 * 1024**3  # 4 GB: a long video is fine; a disk image is not evidence of a call


class EvidenceRepository:
    def __init__(self, conn: sqlite3.Connection, folder: Path) -> None:
        self._conn = conn
        self.folder = Path(folder)

    def add(self, source: Path, contact_id: int | None = None, note: str = "") -> Attachment:
        """Copy ``source`` in and record it. Raises :class:`UserError` for an unusable file.

        The row's first version joins the case's chain in the same transaction. (A contact's
        files are saved with the contact instead: ``ContactRepository.add``/``update``.)
        """
        source = Path(source)
        name = source.name
        stat = self._checked_stat(source)
        digest, size, created = self._copy_in(source)
        try:
            with transaction(self._conn):
                cur = self._conn.execute(
                    "INSERT INTO attachments (contact_id, sha256, original_name, size, file_mtime, added_at, note) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (contact_id, digest, name, size, datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="seconds"),
                     datetime.now().isoformat(timespec="seconds"), note),
                )
                record_chain.append(self._conn, "attachments", cur.lastrowid, "create")
        except BaseException:
            if created:
                (self.folder / digest).unlink(missing_ok=True)
            raise
        return self.get(cur.lastrowid)

    def check_source(self, source: Path) -> datetime:
        """Refuse, with a calm :class:`UserError` naming it, a file that cannot be evidence (gone, a folder,
        empty, over 4 GB); otherwise its modification time, for the attachment row."""
        return datetime.fromtimestamp(self._checked_stat(Path(source)).st_mtime)

    def _checked_stat(self, source: Path) -> os.stat_result:
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
        return stat

    def copy_in(self, source: Path) -> tuple[str, int, bool]:
        """Copy ``source`` into the evidence folder under its SHA-256: ``(digest, size, created)``.

        For an import that copies every file first and records them all in one
        transaction (``record``); it removes the files it ``created`` if that fails.
        """
        return self._copy_in(Path(source))

    def record(self, contact_id: int | None, digest: str, name: str, size: int, file_mtime: datetime | None,
               note: str = "") -> int:
        """Inside the caller's transaction: the attachment row of a file ``copy_in`` stored, in the chain."""
        cur = self._conn.execute(
            "INSERT INTO attachments (contact_id, sha256, original_name, size, file_mtime, added_at, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (contact_id, digest, name, size, file_mtime.isoformat(timespec="seconds") if file_mtime else None,
             datetime.now().isoformat(timespec="seconds"), note),
        )
        record_chain.append(self._conn, "attachments", cur.lastrowid, "create")
        return cur.lastrowid

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
        row = self._conn.execute(
            "SELECT id, contact_id, sha256, original_name, size, file_mtime, added_at, note FROM attachments "
            "WHERE id = ?", (attachment_id,)).fetchone()
        if row is None:
            raise UserError(zh=f"找不到附件 #{attachment_id}。", en=f"There is no attachment #{attachment_id}.")
        return _attachment(row)

    def for_contact(self, contact_id: int | None) -> list[Attachment]:
        where = "contact_id IS NULL" if contact_id is None else "contact_id = ?"
        params = () if contact_id is None else (contact_id,)
        return [_attachment(r) for r in self._conn.execute(
            "SELECT id, contact_id, sha256, original_name, size, file_mtime, added_at, note FROM attachments "
            f"WHERE {where} AND removed_at IS NULL ORDER BY id", params)]

    def all(self) -> list[Attachment]:
        return [_attachment(r) for r in self._conn.execute(
            "SELECT id, contact_id, sha256, original_name, size, file_mtime, added_at, note FROM attachments "
            "WHERE removed_at IS NULL ORDER BY id")]

    def path(self, attachment: Attachment) -> Path:
        """Where the file is kept. Raises :class:`UserError` when the stored SHA-256 is not a
        content hash, so that value never becomes a path (and checks, in case that test were
        ever wrong, that the path stays directly inside the evidence folder)."""
        if not is_content_hash(attachment.sha256):
            raise damaged_record(attachment)
        path = self.folder / attachment.sha256
        folder = os.path.normpath(os.path.abspath(self.folder))
        if os.path.dirname(os.path.normpath(os.path.abspath(path))) != folder:
            raise damaged_record(attachment)
        return path

    def status(self, attachment: Attachment) -> str:
        """``ok``; ``missing``; ``altered`` (content no longer matches its SHA-256, or the file was
        replaced by a link); ``invalid`` (the stored SHA-256 is not one: nothing is looked for)."""
        if not is_content_hash(attachment.sha256):
            return INVALID
        path = self.path(attachment)
        if path.is_symlink():
            return ALTERED  # the app only ever writes plain files here
        if not path.is_file():
            return MISSING
        try:
            if path.stat().st_size != attachment.size or _sha256(path) != attachment.sha256:
                return ALTERED
        except OSError:
            return MISSING
        return OK

    def viewing_copy(self, attachment: Attachment, root: Path) -> Path:
        """A read-only copy for the system's viewer in ``root/<sha256[:16]>/``, under a name
        cleaned by :func:`~desktop.domain.evidence.file_name` (safe on Windows; its real extension
        is the one the system sees), marked as from the Internet on Windows.

        The evidence file itself is never handed to another program, which could change it.
        An unchanged copy made earlier is used again. Raises :class:`UserError`.
        """
        source = self.path(attachment)
        if source.is_symlink() or not source.is_file():
            raise UserError(zh=f"附件“{display_name(attachment.original_name)}”的文件不见了，无法打开。",
                            en=f"The file of the attachment “{display_name(attachment.original_name)}” is "
                            "missing, so it cannot be opened.")
        folder = own_folder(Path(root) / attachment.sha256[:16])
        target = folder / file_name(attachment.original_name)
        try:
            if (target.is_file() and not target.is_symlink() and target.stat().st_size == attachment.size
                    and _sha256(target) == attachment.sha256):
                return target
        except OSError:
            pass
        try:
            with atomic.replacing(target, durable=False) as tmp:  # a temporary copy: no flush needed
                # owner-only (0600), as mkstemp makes it: a client's recording lies in the temp folder
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
                with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
                    while block := src.read(CHUNK):
                        out.write(block)
                mark_if_windows(tmp)  # before read-only: Windows refuses a stream on a read-only file
                os.chmod(tmp, stat.S_IREAD)
                if target.exists() or target.is_symlink():
                    os.chmod(target, stat.S_IREAD | stat.S_IWRITE)  # Windows will not replace a read-only file
        except OSError as exc:
            raise cannot_copy(exc) from exc
        return target


def damaged_record(attachment: Attachment) -> UserError:
    """The stored SHA-256 of ``attachment`` is not a content hash (a damaged or forged database)."""
    name = display_name(attachment.original_name)
    return UserError(
        zh=f"附件“{name}”（#{attachment.id}）的记录已损坏：保存的文件指纹（SHA-256）不是有效的格式，"
        "所以程序不会按它去读取或打开任何文件。案件文件可能被损坏或改动过；请用备份恢复，或向法律援助工作人员求助。",
        en=f"The record of the attachment “{name}” (#{attachment.id}) is damaged: its stored fingerprint "
        "(SHA-256) is not valid, so the app will not read or open any file by it. The case file may have "
        "been damaged or altered; restore a backup, or ask the legal-aid desk for help.",
    )


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
