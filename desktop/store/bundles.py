"""Case bundles (``.dchcase``): a whole case in one file, to take away and bring back.

A bundle is a zip of ``manifest.json``, ``case.db`` (a consistent copy made
with the backup API) and ``evidence/<sha256>`` files, optionally encrypted as a
whole with a passphrase (see :mod:`desktop.store.bundle_crypto`). The manifest
holds no personal data: the format and its version, the app version, when it
was made, and the size and SHA-256 of every other file.

Import trusts nothing. Before any file is written it checks every entry's name
(no absolute paths, no ``..``, no backslashes, only the three expected kinds of
name, no duplicates), kind (regular files only: no symlinks, folders or
zip-encrypted entries), declared size against per-file and total caps and its
compression ratio (zip bombs), and the manifest (format, version, the same set
of files, the same sizes) — see :mod:`desktop.store.bundle_checks`. Only then are the files extracted into a hidden
staging folder — reading stops at each file's declared size and every hash is
compared — and the database is checked: SQLite header, ``integrity_check``, a
version this app knows, and exactly the schema this app makes (no extra
triggers or views). The case gets a new id, so an import never replaces an
existing case, and the staging folder is renamed into place only when all of
that has passed; on any failure it is removed. A crash mid-import leaves only a
hidden ``.import-*`` folder that the case list ignores.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import shutil
import sqlite3
import stat
import struct
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop import __version__
from desktop.domain.errors import UserError
from desktop.store import bundle_crypto
from desktop.store.bundle_checks import (
    FORMAT,
    FORMAT_VERSION,
    LIMITS,
    MANIFEST,
    SHA,
    Limits,
    check_entries,
    echo,
    not_a_bundle,
    refused,
)
from desktop.store.cases import CaseNotFound, CaseRepository
from desktop.store.db_files import (
    DB_NAME,
    copy_database,
    fsync_dir,
    fsync_file,
    open_immutable,
    peek,
    removed_on_failure,
)

__all__ = [
    "FORMAT", "FORMAT_VERSION", "LIMITS", "MANIFEST", "MIN_PASSPHRASE", "SUFFIX", "ExportResult", "ImportResult",
    "Limits", "PassphraseNeeded", "export_bundle", "import_bundle", "needs_passphrase", "not_a_bundle",
]

SUFFIX = ".dchcase"
MIN_PASSPHRASE = 8
CHUNK = 1 << 20


@dataclass(frozen=True)
class ExportResult:
    path: Path
    files: int  # evidence files included
    size: int
    encrypted: bool


@dataclass(frozen=True)
class ImportResult:
    case_id: str
    alias: str
    contacts: int
    files: int
    verify_problems: tuple  # ChainProblem …: the history as it came, reported, not hidden


class PassphraseNeeded(UserError):
    """The bundle is encrypted and no passphrase was given: ask for one."""

    def __init__(self) -> None:
        super().__init__(
            zh="这个案件包是加密的，需要输入制作它时设置的密码。",
            en="This case bundle is encrypted: enter the passphrase that was set when it was made.",
            field="passphrase",
        )


def needs_passphrase(source: Path) -> bool:
    """True when ``source`` looks like an encrypted bundle (the window asks for the passphrase first)."""
    try:
        with open(source, "rb") as fh:
            return bundle_crypto.is_encrypted(fh.read(len(bundle_crypto.MAGIC)))
    except OSError:
        return False


# -- export ----------------------------------------------------------------------


def export_bundle(cases: CaseRepository, case_id: str, target: Path, passphrase: str | None = None) -> ExportResult:
    """Write the case ``case_id`` to ``target`` (a temp file beside it, then renamed)."""
    if not cases.exists(case_id):
        raise CaseNotFound(case_id)
    if passphrase is not None and len(passphrase) < MIN_PASSPHRASE:
        raise UserError(
            zh=f"密码太短：请至少用 {MIN_PASSPHRASE} 个字符。丢了密码就再也打不开这个案件包，请把它记在安全的地方。",
            en=f"The passphrase is too short: use at least {MIN_PASSPHRASE} characters. Without it the bundle "
            "can never be opened, so keep it somewhere safe.",
            field="passphrase",
        )
    target = Path(target)
    case_dir = cases.data_dir.case_dir(case_id)
    partial = target.with_name(f".{target.name}.partial-{secrets.token_hex(3)}")
    db_copy: Path | None = None
    try:
        with removed_on_failure(partial, lambda detail: _cannot_write_bundle(target, detail)):
            fd, name = tempfile.mkstemp(prefix=".bundle-", suffix=".db", dir=case_dir)
            os.close(fd)
            db_copy = Path(name)
            db_copy.unlink()
            with cases.open(case_id) as conn:
                copy_database(conn, db_copy)
            evidence = sorted(
                p for p in cases.evidence_dir(case_id).glob("*") if SHA.match(p.name) and p.is_file()
            )
            with open(partial, "xb") as raw:
                out = bundle_crypto.EncryptingWriter(raw, passphrase) if passphrase else raw
                entries = []
                with zipfile.ZipFile(out, "w", allowZip64=True) as zf:
                    entries.append(_add_file(zf, DB_NAME, db_copy, zipfile.ZIP_DEFLATED))
                    for path in evidence:
                        entries.append(_add_file(zf, f"evidence/{path.name}", path, zipfile.ZIP_STORED))
                    manifest = {
                        "format": FORMAT,
                        "format_version": FORMAT_VERSION,
                        "app_version": __version__,
                        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                        "files": entries,
                    }
                    info = _zip_info(MANIFEST, zipfile.ZIP_DEFLATED)
                    zf.writestr(info, json.dumps(manifest, ensure_ascii=True, indent=1).encode("ascii"))
                if passphrase:
                    out.close()
                raw.flush()
                os.fsync(raw.fileno())
            os.replace(partial, target)
            fsync_dir(target.parent)
            size = target.stat().st_size
    finally:
        if db_copy is not None:
            with contextlib.suppress(OSError):
                db_copy.unlink(missing_ok=True)
    return ExportResult(target, len(evidence), size, bool(passphrase))


def _zip_info(name: str, method: int, size: int = 0) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=datetime.now().timetuple()[:6])
    info.compress_type = method
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    info.file_size = size
    return info


def _add_file(zf: zipfile.ZipFile, name: str, path: Path, method: int) -> dict:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as src, zf.open(_zip_info(name, method, path.stat().st_size), "w") as dst:
        while chunk := src.read(CHUNK):
            h.update(chunk)
            dst.write(chunk)
            size += len(chunk)
    return {"name": name, "size": size, "sha256": h.hexdigest()}


# -- import ----------------------------------------------------------------------


def import_bundle(cases: CaseRepository, source: Path, passphrase: str | None = None, *,
                  limits: Limits = LIMITS) -> ImportResult:
    """Check the bundle ``source`` completely, then add it as a new case. Raises :class:`UserError` only."""
    source = Path(source)
    try:
        total = source.stat().st_size
        if not source.is_file():
            raise IsADirectoryError(21, "not a file")
    except OSError as exc:
        raise UserError(
            zh=f"无法读取文件“{source.name}”（{exc.strerror or exc}）。请检查它是否还在、U 盘是否插好。",
            en=f"Cannot read the file “{source.name}” ({exc.strerror or exc}). Check that it is still there "
            "and that the USB stick is connected.",
        ) from exc
    cases.data_dir.ensure()
    staging = cases.data_dir.cases / f".import-{secrets.token_hex(4)}"
    try:
        staging.mkdir()
        (staging / "evidence").mkdir()
        zip_path = _plain_zip(source, total, staging, passphrase, limits)
        try:
            with zipfile.ZipFile(zip_path) as zf:
                plan = check_entries(zf, limits)
                _check_space(staging, sum(size for _info, size, _sha in plan))
                _extract(zf, plan, staging, limits)
        except _READ_ERRORS as exc:
            raise bundle_crypto.damaged() from exc
        if zip_path != source:
            zip_path.unlink()
        return _install(cases, staging, files=len(plan) - 1)
    except sqlite3.Error as exc:
        raise refused("the case database is damaged", "里面的案件数据库已损坏") from exc
    except OSError as exc:
        raise _cannot_write(exc) from exc
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


_READ_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, zlib.error, NotImplementedError,
                RuntimeError, struct.error, UnicodeDecodeError, KeyError, IndexError, OverflowError)


def _plain_zip(source: Path, total: int, staging: Path, passphrase: str | None, limits: Limits) -> Path:
    """The path of the zip to read: ``source`` itself, or its decrypted copy inside ``staging``."""
    with open(source, "rb") as fh:
        head = fh.read(len(bundle_crypto.MAGIC))
        if bundle_crypto.is_encrypted(head):
            if not passphrase:
                raise PassphraseNeeded()
            fh.seek(0)
            plain = staging / ".bundle.zip"
            with open(plain, "xb") as out:
                bundle_crypto.decrypt_file(fh, total, out, passphrase, max_plain=limits.max_total + (64 << 20))
            with open(plain, "rb") as check:
                if not check.read(2).startswith(b"PK"):
                    raise not_a_bundle()
            return plain
    if not head.startswith(b"PK"):
        raise not_a_bundle()
    if total > limits.max_total + (64 << 20):
        raise bundle_crypto.too_large()
    return source


def _check_space(staging: Path, needed: int) -> None:
    try:
        free = shutil.disk_usage(staging).free
    except OSError:
        return
    if needed + (16 << 20) > free:
        raise UserError(
            zh=f"磁盘空间不够：导入这个案件需要约 {needed // (1 << 20) + 1} MB。请腾出空间后再试。没有写入任何内容。",
            en=f"Not enough disk space: importing this case needs about {needed // (1 << 20) + 1} MB. Free some "
            "space and try again. Nothing was written.",
        )


def _extract(zf: zipfile.ZipFile, plan, staging: Path, limits: Limits) -> None:
    root = staging.resolve()
    for info, size, sha in plan:
        target = (staging / info.filename).resolve()
        if root not in target.parents:
            raise refused(f"unsafe file name “{echo(info.filename)}”", f"不安全的文件名“{echo(info.filename)}”")
        h = hashlib.sha256()
        got = 0
        with zf.open(info) as src, open(target, "xb") as dst:
            while chunk := src.read(min(CHUNK, size - got + 1)):
                got += len(chunk)
                if got > size:
                    raise bundle_crypto.damaged()  # more than declared: stop reading
                h.update(chunk)
                dst.write(chunk)
        if got != size or h.hexdigest() != sha:
            raise refused(f"“{echo(info.filename)}” does not match its SHA-256 in the manifest",
                          f"“{echo(info.filename)}”与清单里的 SHA-256 不符")


def _install(cases: CaseRepository, staging: Path, *, files: int) -> ImportResult:
    """Check the staged database, give the case a new id, and rename the staging folder into place."""
    from desktop.store.db import transaction
    from desktop.store.migrations import LATEST, open_case_db
    from desktop.store.verify import verify_case

    db = staging / DB_NAME
    info = peek(db, integrity=True)
    if info.problem is not None or info.case_id is None or info.user_version is None:
        raise refused("the case database is damaged or not a case", "里面的案件数据库已损坏，或者不是案件文件")
    if info.user_version > LATEST:
        raise UserError(
            zh="这个案件包里的数据是用更新版本的本软件保存的，本软件无法导入。请安装最新版本。没有写入任何内容。",
            en="The data in this case bundle was saved by a newer version of this app, which this version cannot "
            "import. Install the latest version. Nothing was written.",
        )
    _check_schema(db, info.user_version)
    _fsync_all(staging)
    conn = open_case_db(db, backup_dir=staging / "backups")
    try:
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise refused("the case database is damaged", "里面的案件数据库已损坏")
        case_id = _new_id(cases)
        with transaction(conn):
            conn.execute("UPDATE case_info SET case_id = ? WHERE id = 1", (case_id,))
        alias = conn.execute("SELECT alias FROM case_info WHERE id = 1").fetchone()[0]
        contacts = conn.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0]
        report = verify_case(conn, staging / "evidence")
    finally:
        conn.close()
    final = cases.data_dir.case_dir(case_id)
    if final.exists():
        raise AssertionError("a new case id is already taken")
    staging.rename(final)
    fsync_dir(final.parent)
    return ImportResult(case_id, alias, int(contacts), files, report.problems)


def _check_schema(db: Path, version: int) -> None:
    """The staged file's schema must be exactly what this app makes at that version (no extra triggers)."""
    from desktop.store.migrations import LADDER

    fresh = sqlite3.connect(":memory:")
    try:
        for step in LADDER[:version]:
            step(fresh)
        expected = sorted(fresh.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())
    finally:
        fresh.close()
    conn = open_immutable(db)
    try:
        found = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())
    except sqlite3.Error as exc:
        raise refused("the case database is damaged", "里面的案件数据库已损坏") from exc
    finally:
        conn.close()
    if found != expected:
        raise refused("the case database has a structure this app does not make",
                      "里面的案件数据库结构与本软件的不同")


def _fsync_all(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            fsync_file(path)


def _new_id(cases: CaseRepository) -> str:
    while True:
        case_id = f"{datetime.now():%Y%m%d}-{secrets.token_hex(3)}"
        if not cases.data_dir.case_dir(case_id).exists():
            return case_id


# -- messages --------------------------------------------------------------------


def _cannot_write(exc: OSError) -> UserError:
    return UserError(
        zh=f"导入时无法写入数据文件夹（{exc.strerror or exc}）。请检查磁盘空间和文件夹权限。没有留下不完整的案件。",
        en=f"Could not write to the data folder while importing ({exc.strerror or exc}). Check the free disk "
        "space and the folder's permissions. No half-imported case was left behind.",
    )


def _cannot_write_bundle(target: Path, detail: str) -> UserError:
    return UserError(
        zh=f"无法写入案件包“{target.name}”（{detail}）。请检查目标位置（如 U 盘）是否插好、有没有足够空间。",
        en=f"Could not write the case bundle “{target.name}” ({detail}). Check that the destination (such "
        "as a USB stick) is connected and has enough free space.",
    )
