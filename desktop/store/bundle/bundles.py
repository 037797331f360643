"""Case bundles (``.dchcase``): a whole case in one file, to take away and bring back.

A bundle is a zip of ``manifest.json``, ``case.db`` (a consistent copy made
with the backup API) and ``evidence/<sha256>`` files, optionally encrypted as a
whole with a passphrase (see :mod:`desktop.store.bundle.crypto`). The manifest
holds no personal data: the format and its version, the app version, when it
was made, and the size and SHA-256 of every other file.

Import trusts nothing. Before any file is written it checks every entry's name
(no absolute paths, no ``..``, no backslashes, only the three expected kinds of
name, no duplicates), kind (regular files only: no symlinks, folders or
zip-encrypted entries), declared size against per-file and total caps and its
compression ratio (zip bombs), and the manifest (format, version, the same set
of files, the same sizes, an evidence file's listed hash the same as its name) — see
:mod:`desktop.store.bundle.checks` — and the declared total against the free disk space (with
a margin). Only then is the database extracted into a hidden staging folder and checked:
SQLite header, ``integrity_check``, a version this app knows, exactly the schema this app
makes (no extra triggers or views), and every value in every row (dates, codes, numbers,
UTF-8, JSON depth, evidence hashes — :mod:`desktop.store.safety.db_checks`). Evidence files are
accepted only when an attachment of that database refers to them: a bundle carrying any other
file is refused before any evidence is written. Each evidence file is then streamed
through SHA-256 as it is written, its bytes counted, and refused if either differs from
its name and declared size — whatever its size. The case gets a new id, so an import
never replaces an existing case, and the staging folder is renamed into place only when
all of that has passed; on any failure it is removed. A crash mid-import leaves only a
hidden ``.import-*`` folder that the case list ignores (and removes once it is an hour old).

A plain (unencrypted) bundle is imported too, but the result says so
(:attr:`ImportResult.encrypted`): anyone could have changed it on the way, and its history
can only be checked for internal consistency.

Both take an optional ``progress(fraction)`` callback, called as files are
copied, hashed and checked. It is also how a caller cancels: an exception of its
own raised from it stops the work and goes through the same clean-up as a failure, so a cancelled
export leaves no partial file and a cancelled import no staging folder. It is
not called after the final rename, so a cancel never undoes finished work.
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
from desktop.domain.evidence import is_content_hash
from desktop.files.atomic import fsync_dir, fsync_file
from desktop.store.bundle import crypto as bundle_crypto
from desktop.store.bundle.checks import (
    EVIDENCE,
    FORMAT,
    FORMAT_VERSION,
    LIMITS,
    MANIFEST,
    Limits,
    cannot_write,
    cannot_write_bundle,
    check_entries,
    check_space,
    echo,
    not_a_bundle,
    refused,
    refused_database,
)
from desktop.store.bundle.meter import Meter as _Meter
from desktop.store.bundle.meter import MeteredWriter as _MeteredWriter
from desktop.store.bundle.meter import Progress
from desktop.store.cases import CaseNotFound, CaseRepository
from desktop.store.db import check_passes
from desktop.store.safety.db_checks import DatabaseProblem, check_schema, check_values
from desktop.store.safety.db_files import (
    DB_NAME,
    copy_database,
    open_immutable,
    peek,
    replacing_or,
)
from desktop.store.safety.verify import verify_case
from desktop.store.schema.migrations import LATEST, open_case_db

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
    encrypted: bool = False  # False: a plain bundle, which anyone could have changed on the way


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


def export_bundle(cases: CaseRepository, case_id: str, target: Path, passphrase: str | None = None, *,
                  progress: Progress | None = None) -> ExportResult:
    """Write the case ``case_id`` to ``target`` (a temp file beside it, then renamed); see the module for ``progress``."""
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
    partial = target.with_name(unfinished_export_name(target.name))
    db_copy: Path | None = None
    meter = _Meter(progress)
    try:
        with replacing_or(target, lambda detail: cannot_write_bundle(target, detail), partial=partial):
            fd, name = tempfile.mkstemp(prefix=".bundle-", suffix=".db", dir=case_dir)
            os.close(fd)
            db_copy = Path(name)
            db_copy.unlink()
            meter.step()
            with cases.open(case_id) as conn:
                copy_database(conn, db_copy)
            # Only the files the case's attachments name: an import accepts no other.
            folder = cases.evidence_dir(case_id)
            evidence = [folder / sha for sha in sorted(_referenced(db_copy)) if (folder / sha).is_file()]
            if progress is not None:  # the copy counts as much as zipping it
                db_size = db_copy.stat().st_size
                meter.estimate(2 * db_size + sum(p.stat().st_size for p in evidence))
                meter.step(db_size)
            with open(partial, "xb") as raw:
                out = bundle_crypto.EncryptingWriter(raw, passphrase) if passphrase else raw
                entries = []
                with zipfile.ZipFile(out, "w", allowZip64=True) as zf:
                    entries.append(_add_file(zf, DB_NAME, db_copy, zipfile.ZIP_DEFLATED, meter))
                    for path in evidence:
                        entries.append(_add_file(zf, f"evidence/{path.name}", path, zipfile.ZIP_STORED, meter))
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
            meter.step()  # the last chance to cancel: after the rename the bundle is finished
        size = target.stat().st_size
    finally:
        if db_copy is not None:
            with contextlib.suppress(OSError):
                db_copy.unlink(missing_ok=True)
    return ExportResult(target, len(evidence), size, bool(passphrase))


def unfinished_export_name(name: str) -> str:
    """The temporary name of a bundle being written: says what it is, and never ends in ``.dchcase``.

    Shown plainly (no leading dot: Windows would not hide it anyway) so that a
    file left by an export that was killed is recognisable — and removable — by anyone.
    """
    return f"{name}.unfinished-export-{secrets.token_hex(3)}.tmp"


def _referenced(db: Path) -> set[str]:
    """The evidence hashes the database's attachments name (removed ones too: their history needs them)."""
    conn = open_immutable(db)
    try:
        return {sha for (sha,) in conn.execute("SELECT DISTINCT sha256 FROM attachments") if is_content_hash(sha)}
    finally:
        conn.close()


def _zip_info(name: str, method: int, size: int = 0) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=datetime.now().timetuple()[:6])
    info.compress_type = method
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    info.file_size = size
    return info


def _add_file(zf: zipfile.ZipFile, name: str, path: Path, method: int, meter: _Meter) -> dict:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as src, zf.open(_zip_info(name, method, path.stat().st_size), "w") as dst:
        while chunk := src.read(CHUNK):
            h.update(chunk)
            dst.write(chunk)
            size += len(chunk)
            meter.step(len(chunk))
    return {"name": name, "size": size, "sha256": h.hexdigest()}


# -- import ----------------------------------------------------------------------


def import_bundle(cases: CaseRepository, source: Path, passphrase: str | None = None, *,
                  limits: Limits = LIMITS, progress: Progress | None = None) -> ImportResult:
    """Check the bundle ``source`` completely, then add it as a new case. Raises :class:`UserError` only.

    ``progress`` (see the module) may raise too: the staging folder is removed and that is raised.
    """
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
    meter = _Meter(progress)
    meter.estimate(2 * total)  # until the zip is read: extracting and checking each take about its size
    try:
        staging.mkdir()
        (staging / "evidence").mkdir()
        meter.step()
        encrypted = bundle_crypto.is_encrypted(_head(source))
        if encrypted:  # decrypting writes the whole zip first: about the bundle's size
            check_space(staging, total)
        zip_path = _plain_zip(source, total, staging, passphrase, limits, meter)
        try:
            with zipfile.ZipFile(zip_path) as zf:
                plan = check_entries(zf, limits)
                needed = sum(size for _info, size, _sha in plan)
                check_space(staging, needed)
                # extracting all, then checking the database twice and hashing the evidence again
                meter.estimate(meter.done + needed + needed + plan[0][1])
                _extract(zf, plan[:1], staging, meter)
                db_size, version = _check_database(staging / DB_NAME, plan[1:])
                meter.step(db_size)
                _extract(zf, plan[1:], staging, meter)
        except _READ_ERRORS as exc:
            raise bundle_crypto.damaged() from exc
        if zip_path != source:
            zip_path.unlink()
        return _install(cases, staging, files=len(plan) - 1, meter=meter, encrypted=encrypted)
    except DatabaseProblem as exc:
        raise refused_database(exc) from exc
    except sqlite3.Error as exc:
        raise refused("the case database is damaged", "里面的案件数据库已损坏") from exc
    except OSError as exc:
        raise cannot_write(exc) from exc
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


_READ_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, zlib.error, NotImplementedError,
                RuntimeError, struct.error, UnicodeDecodeError, KeyError, IndexError, OverflowError)


def _head(source: Path) -> bytes:
    with open(source, "rb") as fh:
        return fh.read(len(bundle_crypto.MAGIC))


def _plain_zip(source: Path, total: int, staging: Path, passphrase: str | None, limits: Limits,
               meter: _Meter) -> Path:
    """The path of the zip to read: ``source`` itself, or its decrypted copy inside ``staging``."""
    with open(source, "rb") as fh:
        head = fh.read(len(bundle_crypto.MAGIC))
        if bundle_crypto.is_encrypted(head):
            if not passphrase:
                raise PassphraseNeeded()
            fh.seek(0)
            meter.estimate(3 * total)  # decrypting it first takes about its size too
            plain = staging / ".bundle.zip"
            with open(plain, "xb") as out:
                dst = out if meter.progress is None else _MeteredWriter(out, meter)
                bundle_crypto.decrypt_file(fh, total, dst, passphrase, max_plain=limits.max_total + (64 << 20))
            with open(plain, "rb") as check:
                if not check.read(2).startswith(b"PK"):
                    raise not_a_bundle()
            return plain
    if not head.startswith(b"PK"):
        raise not_a_bundle()
    if total > limits.max_total + (64 << 20):
        raise bundle_crypto.too_large()
    return source


def _extract(zf: zipfile.ZipFile, plan, staging: Path, meter: _Meter) -> None:
    """Write each entry, hashing and counting its bytes as they go; stop at once past its declared size.

    An evidence entry's expected hash is its name (``check_entries`` made sure the manifest agrees).
    """
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
                meter.step(len(chunk))
        if got != size or h.hexdigest() != sha:
            raise refused(f"“{echo(info.filename)}” does not match its SHA-256 in the manifest",
                          f"“{echo(info.filename)}”与清单里的 SHA-256 不符")


def _check_database(db: Path, evidence_plan) -> tuple[int, int]:
    """Check the extracted database whole, before any evidence is written; return its size and version.

    Header and ``integrity_check``, a version this app knows, its exact schema, every value
    in it; and every evidence entry of the bundle must be a file one of its attachments names.
    """
    db_size = db.stat().st_size
    info = peek(db, integrity=True)
    if info.problem is not None or info.case_id is None or info.user_version is None:
        raise refused("the case database is damaged or not a case", "里面的案件数据库已损坏，或者不是案件文件")
    if info.user_version > LATEST:
        raise UserError(
            zh="这个案件包里的数据是用更新版本的本软件保存的，本软件无法导入。请安装最新版本。没有写入任何内容。",
            en="The data in this case bundle was saved by a newer version of this app, which this version cannot "
            "import. Install the latest version. Nothing was written.",
        )
    check_schema(db, info.user_version)
    conn = open_immutable(db)
    try:
        check_values(conn)
    finally:
        conn.close()
    referenced = _referenced(db)
    for entry, _size, _sha in evidence_plan:
        if entry.filename[len(EVIDENCE):] not in referenced:
            raise refused(f"“{echo(entry.filename)}” is not used by any attachment of the case",
                          f"案件的附件都没有用到“{echo(entry.filename)}”")
    return db_size, info.user_version


def _install(cases: CaseRepository, staging: Path, *, files: int, meter: _Meter, encrypted: bool) -> ImportResult:
    """Give the checked case a new id, check its history, and rename the staging folder into place."""
    db = staging / DB_NAME
    db_size = db.stat().st_size
    _fsync_all(staging)
    meter.step()
    conn = open_case_db(db, backup_dir=staging / "backups")
    try:
        if not check_passes(conn, "integrity_check"):
            raise refused("the case database is damaged", "里面的案件数据库已损坏")
        meter.step(db_size)
        case_id = cases.new_id()
        alias = cases.set_case_id(conn, case_id).alias
        contacts = conn.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0]
        report = verify_case(conn, staging / "evidence")
    finally:
        conn.close()
    meter.finish()  # the evidence was hashed again; the last chance to cancel
    final = cases.data_dir.case_dir(case_id)
    if final.exists():
        raise AssertionError("a new case id is already taken")
    staging.rename(final)
    fsync_dir(final.parent)
    return ImportResult(case_id, alias, int(contacts), files, report.problems, encrypted)


def _fsync_all(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            fsync_file(path)
