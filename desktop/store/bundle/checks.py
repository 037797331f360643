"""The safety checks of a case bundle's zip, made before anything is written (see :mod:`desktop.store.bundle.bundles`).

Every entry's name (no absolute paths, no ``..``, no backslashes, only the
three expected kinds of name, no duplicates), kind (regular files only: no
symlinks, folders or zip-encrypted entries), declared size against per-file and
total caps and its compression ratio (zip bombs), and the manifest (format,
version, the same set of files, the same sizes, and an evidence file's hash the same as
its name); then the free disk space. (The database's schema and values are checked
by :mod:`desktop.store.safety.db_checks` once it is extracted.) A failed check is a
:class:`UserError` that says nothing was written.
"""

from __future__ import annotations

import json
import re
import shutil
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.domain.evidence import is_content_hash
from desktop.store.bundle import crypto as bundle_crypto
from desktop.store.evidence import MAX_FILE
from desktop.store.safety.db_checks import DatabaseProblem
from desktop.store.safety.db_files import DB_NAME

FORMAT = "dchcase"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
EVIDENCE = "evidence/"
# Space to leave free after an import, beyond what the bundle declares: the database's
# migration backup and write-ahead log, and room for the rest of the computer to work.
SPACE_MARGIN = 64 << 20


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


def check_entries(zf: zipfile.ZipFile, limits: Limits) -> list[tuple[zipfile.ZipInfo, int, str]]:
    """Every check that needs no writing; returns (entry, size, sha256) of the files to extract, db first."""
    infos = zf.infolist()
    if len(infos) > limits.max_entries + 2:
        raise refused(f"{len(infos)} entries", f"{len(infos)} 个文件")
    by_name: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        _check_name(info)
        if name.casefold() in folded:
            raise refused(f"“{echo(name)}” appears twice", f"“{echo(name)}”出现了两次")
        mode = info.external_attr >> 16
        if info.is_dir() or stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            raise refused(f"“{echo(name)}” is not a regular file", f"“{echo(name)}”不是普通文件")
        if info.flag_bits & 0x1:
            raise refused(f"“{echo(name)}” is encrypted inside the zip", f"“{echo(name)}”在压缩包内被单独加密")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise refused(f"“{echo(name)}” uses an unknown compression", f"“{echo(name)}”使用了未知的压缩方式")
        cap = limits.max_manifest if name == MANIFEST else limits.max_db if name == DB_NAME else limits.max_file
        if info.file_size > cap or info.file_size < 0:
            raise refused(f"“{echo(name)}” is too large", f"“{echo(name)}”太大")
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise bundle_crypto.damaged()
        if info.file_size > limits.ratio_floor and info.file_size > max(info.compress_size, 1) * limits.max_ratio:
            raise refused(f"“{echo(name)}” is compressed suspiciously far", f"“{echo(name)}”的压缩比异常")
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
        raise bad_manifest()
    for name in sorted(set(by_name) - set(listed)):
        raise refused(f"“{echo(name)}” is not listed in the manifest", f"清单里没有“{echo(name)}”")
    for name in sorted(set(listed) - set(by_name)):
        raise refused(f"“{echo(name)}” is missing", f"缺少“{echo(name)}”")
    plan = []
    for name in [DB_NAME, *sorted(n for n in by_name if n != DB_NAME)]:
        info, entry = by_name[name], listed[name]
        if info.file_size != entry["size"]:
            raise bundle_crypto.damaged()
        if name.startswith(EVIDENCE) and entry["sha256"] != name[len(EVIDENCE):]:
            raise refused(f"“{echo(name)}” is not named by its SHA-256", f"“{echo(name)}”的名字不是它的 SHA-256")
        plan.append((info, entry["size"], entry["sha256"]))
    return plan


def _check_name(info: zipfile.ZipInfo) -> None:
    name, raw = info.filename, info.orig_filename
    bad = (
        name != raw or "\x00" in raw or "\\" in raw or raw.startswith("/") or re.match(r"^[A-Za-z]:", raw)
        or any(part in ("", ".", "..") for part in raw.split("/"))
    )
    if bad:
        raise refused(f"unsafe file name “{echo(raw)}”", f"不安全的文件名“{echo(raw)}”")
    evidence = raw.startswith(EVIDENCE) and is_content_hash(raw[len(EVIDENCE):])  # fullmatch: no trailing "\n"
    if raw not in (MANIFEST, DB_NAME) and not evidence:
        raise refused(f"unexpected file “{echo(raw)}”", f"多出了不该有的文件“{echo(raw)}”")


def _read_manifest(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> dict:
    with zf.open(info) as fh:
        data = fh.read(limits.max_manifest + 1)
    if len(data) > limits.max_manifest:
        raise bad_manifest()
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise bad_manifest() from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise bad_manifest()
    version = manifest.get("format_version")
    if type(version) is not int:
        raise bad_manifest()
    if version != FORMAT_VERSION:
        raise UserError(
            zh=f"这个案件包的格式版本是 {version}，本软件只认识版本 {FORMAT_VERSION}。请安装最新版本后再导入。没有写入任何内容。",
            en=f"This case bundle has format version {version}; this app knows only version {FORMAT_VERSION}. "
            "Install the latest version and import it again. Nothing was written.",
        )
    files = manifest.get("files")
    if not isinstance(files, list):
        raise bad_manifest()
    for entry in files:
        if not (isinstance(entry, dict) and isinstance(entry.get("name"), str)
                and type(entry.get("size")) is int and entry["size"] >= 0
                and is_content_hash(entry.get("sha256"))):
            raise bad_manifest()
    return manifest


def check_space(staging: Path, needed: int) -> None:
    """Refuse an import that would fill the disk: ``needed`` bytes, plus 5 % and :data:`SPACE_MARGIN` to spare."""
    try:
        free = shutil.disk_usage(staging).free
    except OSError:
        return
    if needed + needed // 20 + SPACE_MARGIN > free:
        raise UserError(
            zh=f"磁盘空间不够：导入这个案件需要约 {needed // (1 << 20) + 1} MB。请腾出空间后再试。没有写入任何内容。",
            en=f"Not enough disk space: importing this case needs about {needed // (1 << 20) + 1} MB. Free some "
            "space and try again. Nothing was written.",
        )


# -- messages --------------------------------------------------------------------


def echo(name: str, limit: int = 60) -> str:
    shown = "".join(ch if ch.isprintable() else "?" for ch in name)
    return shown if len(shown) <= limit else shown[:limit] + "…"


def refused(en_detail: str, zh_detail: str) -> UserError:
    return UserError(
        zh=f"这个案件包没有通过安全检查（{zh_detail}），所以没有导入，也没有写入任何内容。"
        "它可能已损坏或被改动过；请从原来的电脑重新导出一份。",
        en=f"This case bundle failed a safety check ({en_detail}), so it was not imported and nothing was "
        "written. It may be damaged or altered; export it again from the original computer.",
    )


def refused_database(problem: DatabaseProblem) -> UserError:
    return refused(problem.en, problem.zh)


def bad_manifest() -> UserError:
    return refused("its manifest is missing or not valid", "清单文件缺失或无效")


def not_a_bundle() -> UserError:
    return UserError(
        zh="这个文件不是本软件导出的案件包（.dchcase），没有导入。",
        en="This file is not a case bundle (.dchcase) exported by this app, so it was not imported.",
    )


def cannot_write(exc: OSError) -> UserError:
    return UserError(
        zh=f"导入时无法写入数据文件夹（{exc.strerror or exc}）。请检查磁盘空间和文件夹权限。没有留下不完整的案件。",
        en=f"Could not write to the data folder while importing ({exc.strerror or exc}). Check the free disk "
        "space and the folder's permissions. No half-imported case was left behind.",
    )


def cannot_write_bundle(target: Path, detail: str) -> UserError:
    return UserError(
        zh=f"无法写入案件包“{target.name}”（{detail}）。请检查目标位置（如 U 盘）是否插好、有没有足够空间。",
        en=f"Could not write the case bundle “{target.name}” ({detail}). Check that the destination (such "
        "as a USB stick) is connected and has enough free space.",
    )
