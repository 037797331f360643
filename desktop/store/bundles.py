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
of files, the same sizes). Only then are the files extracted into a hidden
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
import re
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
from desktop.store.backups import DB_NAME, _copy_database, _fsync, _fsync_dir, peek
from desktop.store.cases import CaseNotFound, CaseRepository
from desktop.store.evidence import MAX_FILE

FORMAT = "dchcase"
FORMAT_VERSION = 1
SUFFIX = ".dchcase"
MANIFEST = "manifest.json"
MIN_PASSPHRASE = 8
CHUNK = 1 << 20
_EVIDENCE = re.compile(r"^evidence/[0-9a-f]{64}$")
_SHA = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Limits:
    """Caps on what an import will read. Tests pass small ones."""

    max_entries: int = 20_000
    max_manifest: int = 4 * 1024**2
    max_db: int = 4 * 1024**3
    max_file: int = MAX_FILE
    max_total: int = 32 * 1024**3  # uncompressed, all files together
    max_ratio: int = 200  # uncompressed / compressed, for files over ratio_floor
    ratio_floor: int = 4 * 1024**2


LIMITS = Limits()


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
        fd, name = tempfile.mkstemp(prefix=".bundle-", suffix=".db", dir=case_dir)
        os.close(fd)
        db_copy = Path(name)
        db_copy.unlink()
        with cases.open(case_id) as conn:
            _copy_database(conn, db_copy)
        evidence = sorted(p for p in cases.evidence_dir(case_id).glob("*") if _SHA.match(p.name) and p.is_file())
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
        _fsync_dir(target.parent)
        size = target.stat().st_size
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        detail = getattr(exc, "strerror", None) or str(exc)
        raise UserError(
            zh=f"无法写入案件包“{target.name}”（{detail}）。请检查目标位置（如 U 盘）是否插好、有没有足够空间。",
            en=f"Could not write the case bundle “{target.name}” ({detail}). Check that the destination (such "
            "as a USB stick) is connected and has enough free space.",
        ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
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
                plan = _check_entries(zf, limits)
                _check_space(staging, sum(size for _info, size, _sha in plan))
                _extract(zf, plan, staging, limits)
        except _READ_ERRORS as exc:
            raise bundle_crypto.damaged() from exc
        if zip_path != source:
            zip_path.unlink()
        return _install(cases, staging, files=len(plan) - 1)
    except sqlite3.Error as exc:
        raise _refused("the case database is damaged", "里面的案件数据库已损坏") from exc
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


def _check_entries(zf: zipfile.ZipFile, limits: Limits) -> list[tuple[zipfile.ZipInfo, int, str]]:
    """Every check that needs no writing; returns (entry, size, sha256) of the files to extract, db first."""
    infos = zf.infolist()
    if len(infos) > limits.max_entries + 2:
        raise _refused(f"{len(infos)} entries", f"{len(infos)} 个文件")
    by_name: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        _check_name(info)
        if name.casefold() in folded:
            raise _refused(f"“{_echo(name)}” appears twice", f"“{_echo(name)}”出现了两次")
        mode = info.external_attr >> 16
        if info.is_dir() or stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            raise _refused(f"“{_echo(name)}” is not a regular file", f"“{_echo(name)}”不是普通文件")
        if info.flag_bits & 0x1:
            raise _refused(f"“{_echo(name)}” is encrypted inside the zip", f"“{_echo(name)}”在压缩包内被单独加密")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refused(f"“{_echo(name)}” uses an unknown compression", f"“{_echo(name)}”使用了未知的压缩方式")
        cap = limits.max_manifest if name == MANIFEST else limits.max_db if name == DB_NAME else limits.max_file
        if info.file_size > cap or info.file_size < 0:
            raise _refused(f"“{_echo(name)}” is too large", f"“{_echo(name)}”太大")
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise bundle_crypto.damaged()
        if info.file_size > limits.ratio_floor and info.file_size > max(info.compress_size, 1) * limits.max_ratio:
            raise _refused(f"“{_echo(name)}” is compressed suspiciously far", f"“{_echo(name)}”的压缩比异常")
        total += info.file_size
        if total > limits.max_total:
            raise bundle_crypto.too_large()
        by_name[name] = info
        folded.add(name.casefold())
    if MANIFEST not in by_name or DB_NAME not in by_name:
        raise not_a_bundle()
    manifest = _read_manifest(zf, by_name.pop(MANIFEST), limits)
    listed = {f["name"]: f for f in manifest["files"]}
    if len(listed) != len(manifest["files"]):
        raise _bad_manifest()
    for name in sorted(set(by_name) - set(listed)):
        raise _refused(f"“{_echo(name)}” is not listed in the manifest", f"清单里没有“{_echo(name)}”")
    for name in sorted(set(listed) - set(by_name)):
        raise _refused(f"“{_echo(name)}” is missing", f"缺少“{_echo(name)}”")
    plan = []
    for name in [DB_NAME, *sorted(n for n in by_name if n != DB_NAME)]:
        info, entry = by_name[name], listed[name]
        if info.file_size != entry["size"]:
            raise bundle_crypto.damaged()
        plan.append((info, entry["size"], entry["sha256"]))
    return plan


def _check_name(info: zipfile.ZipInfo) -> None:
    name, raw = info.filename, info.orig_filename
    bad = (
        name != raw or "\x00" in raw or "\\" in raw or raw.startswith("/") or re.match(r"^[A-Za-z]:", raw)
        or any(part in ("", ".", "..") for part in raw.split("/"))
    )
    if bad:
        raise _refused(f"unsafe file name “{_echo(raw)}”", f"不安全的文件名“{_echo(raw)}”")
    if raw not in (MANIFEST, DB_NAME) and not _EVIDENCE.match(raw):
        raise _refused(f"unexpected file “{_echo(raw)}”", f"多出了不该有的文件“{_echo(raw)}”")


def _read_manifest(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> dict:
    with zf.open(info) as fh:
        data = fh.read(limits.max_manifest + 1)
    if len(data) > limits.max_manifest:
        raise _bad_manifest()
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _bad_manifest() from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _bad_manifest()
    version = manifest.get("format_version")
    if type(version) is not int:
        raise _bad_manifest()
    if version != FORMAT_VERSION:
        raise UserError(
            zh=f"这个案件包的格式版本是 {version}，本软件只认识版本 {FORMAT_VERSION}。请安装最新版本后再导入。没有写入任何内容。",
            en=f"This case bundle has format version {version}; this app knows only version {FORMAT_VERSION}. "
            "Install the latest version and import it again. Nothing was written.",
        )
    files = manifest.get("files")
    if not isinstance(files, list):
        raise _bad_manifest()
    for entry in files:
        if not (isinstance(entry, dict) and isinstance(entry.get("name"), str)
                and type(entry.get("size")) is int and entry["size"] >= 0
                and isinstance(entry.get("sha256"), str) and _SHA.match(entry["sha256"])):
            raise _bad_manifest()
    return manifest


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
            raise _refused(f"unsafe file name “{_echo(info.filename)}”", f"不安全的文件名“{_echo(info.filename)}”")
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
            raise _refused(f"“{_echo(info.filename)}” does not match its SHA-256 in the manifest",
                           f"“{_echo(info.filename)}”与清单里的 SHA-256 不符")


def _install(cases: CaseRepository, staging: Path, *, files: int) -> ImportResult:
    """Check the staged database, give the case a new id, and rename the staging folder into place."""
    from desktop.store.db import transaction
    from desktop.store.migrations import LATEST, open_case_db
    from desktop.store.verify import verify_case

    db = staging / DB_NAME
    info = peek(db, integrity=True)
    if info.problem is not None or info.case_id is None or info.user_version is None:
        raise _refused("the case database is damaged or not a case", "里面的案件数据库已损坏，或者不是案件文件")
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
            raise _refused("the case database is damaged", "里面的案件数据库已损坏")
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
    _fsync_dir(final.parent)
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
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        found = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())
    except sqlite3.Error as exc:
        raise _refused("the case database is damaged", "里面的案件数据库已损坏") from exc
    finally:
        conn.close()
    if found != expected:
        raise _refused("the case database has a structure this app does not make",
                       "里面的案件数据库结构与本软件的不同")


def _fsync_all(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            _fsync(path)


def _new_id(cases: CaseRepository) -> str:
    while True:
        case_id = f"{datetime.now():%Y%m%d}-{secrets.token_hex(3)}"
        if not cases.data_dir.case_dir(case_id).exists():
            return case_id


# -- messages --------------------------------------------------------------------


def _echo(name: str, limit: int = 60) -> str:
    shown = "".join(ch if ch.isprintable() else "?" for ch in name)
    return shown if len(shown) <= limit else shown[:limit] + "…"


def _refused(en_detail: str, zh_detail: str) -> UserError:
    return UserError(
        zh=f"这个案件包没有通过安全检查（{zh_detail}），所以没有导入，也没有写入任何内容。"
        "它可能已损坏或被改动过；请从原来的电脑重新导出一份。",
        en=f"This case bundle failed a safety check ({en_detail}), so it was not imported and nothing was "
        "written. It may be damaged or altered; export it again from the original computer.",
    )


def _bad_manifest() -> UserError:
    return _refused("its manifest is missing or not valid", "清单文件缺失或无效")


def not_a_bundle() -> UserError:
    return UserError(
        zh="这个文件不是本软件导出的案件包（.dchcase），没有导入。",
        en="This file is not a case bundle (.dchcase) exported by this app, so it was not imported.",
    )


def _cannot_write(exc: OSError) -> UserError:
    return UserError(
        zh=f"导入时无法写入数据文件夹（{exc.strerror or exc}）。请检查磁盘空间和文件夹权限。没有留下不完整的案件。",
        en=f"Could not write to the data folder while importing ({exc.strerror or exc}). Check the free disk "
        "space and the folder's permissions. No half-imported case was left behind.",
    )
