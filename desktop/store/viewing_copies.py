"""Viewing copies: the temporary copies "Open" hands to the system's viewer, and their removal.

An evidence file is named by its SHA-256, has no extension and is never handed to
another program (which could change it), so "Open" copies it into the temp folder
under a cleaned name. On a desk PC shared between clients such a copy is a client's
recording or photo lying in ``%TEMP%``, so the window removes them all whenever the
case's views close (case switch, case deletion, lock, quit), and at the next start
whatever a crash or a program still holding a file open left behind.

Each data folder has its own sub-folder, named from a hash of the folder's path: two
instances of the app on two data folders never delete each other's open copies.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import sys
import tempfile
from pathlib import Path

from desktop.domain.errors import UserError

BASE_NAME = "DebtCallHelper-view"
ZONE_IDENTIFIER = "[ZoneTransfer]\r\nZoneId=3\r\n"  # 3 = the Internet zone
_LEGACY = re.compile(r"[0-9a-f]{16}")  # before per-data-folder sub-folders: DebtCallHelper-view/<sha16>/


def viewing_root(data_root: Path) -> Path:
    """This data folder's own folder of viewing copies (created only when a copy is made)."""
    key = os.path.normcase(os.path.abspath(data_root))
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / BASE_NAME / f"data-{digest}"


def own_folder(folder: Path) -> Path:
    """Create ``folder`` (and the folders from the base down) for this user only, and refuse one that
    is a link or — where the system has owners — belongs to someone else: the temp folder of a
    Linux or Mac computer is shared, and a copy must never be written where another user points it.
    """
    base = Path(tempfile.gettempdir())
    parts = folder.relative_to(base).parts
    current = base
    for part in parts:
        current = current / part
        try:
            current.mkdir(mode=0o700, exist_ok=True)
            info = os.lstat(current)
        except OSError as exc:
            raise cannot_copy(exc) from exc
        if not stat.S_ISDIR(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
            raise UserError(
                zh=f"无法在临时文件夹里准备查看用的副本：“{current}”不是本程序建立的文件夹。"
                "请删除它，或请电脑管理员检查临时文件夹。",
                en=f"Cannot prepare a copy for viewing: “{current}” in the temp folder was not made by this "
                "app. Delete it, or ask the computer's administrator to check the temp folder.",
            )
    return folder


def mark_of_the_web(stream_path: str) -> bool:
    """Write the Mark of the Web to ``stream_path`` — on Windows ``<file>:Zone.Identifier``, so
    Windows treats the copy as downloaded from the Internet and warns before running anything.
    Returns False when it cannot be written (a FAT-formatted temp drive has no streams)."""
    try:
        with open(stream_path, "w", encoding="ascii", newline="") as out:
            out.write(ZONE_IDENTIFIER)
    except OSError:
        return False
    return True


def mark_if_windows(path: Path) -> None:
    """Mark ``path`` as from the Internet on Windows (see :func:`mark_of_the_web`); nothing elsewhere."""
    if sys.platform == "win32":
        mark_of_the_web(f"{path}:Zone.Identifier")


def remove_viewing_copies(data_root: Path) -> None:
    """Delete this data folder's viewing copies, and copies left by versions before the sub-folders.

    Never raises: a copy a viewer still holds open (Windows refuses to delete it) stays, and is
    removed by the next call — the app makes one at every start.
    """
    _remove_tree(viewing_root(data_root))
    base = Path(tempfile.gettempdir()) / BASE_NAME
    try:
        leftovers = [entry.path for entry in os.scandir(base) if _LEGACY.fullmatch(entry.name)]
    except OSError:
        return
    for path in leftovers:
        _remove_tree(Path(path))


def _remove_tree(folder: Path) -> None:
    if os.path.islink(folder):
        _quietly(os.unlink, folder)
        return
    if not os.path.isdir(folder):
        return
    for root, dirs, files in os.walk(folder, topdown=False):  # links to folders are not followed
        for name in files:
            _unlink(os.path.join(root, name))
        for name in dirs:
            path = os.path.join(root, name)
            _quietly(os.unlink if os.path.islink(path) else os.rmdir, path)
    _quietly(os.rmdir, folder)


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except PermissionError:
        # Windows will not delete a read-only file (every copy is made read-only).
        _quietly(os.chmod, path, stat.S_IWRITE | stat.S_IREAD)
        _quietly(os.unlink, path)
    except OSError:
        pass


def _quietly(func, *args) -> None:
    with contextlib.suppress(OSError):
        func(*args)


def cannot_copy(exc: OSError) -> UserError:
    if getattr(exc, "errno", None) == 28:
        return UserError(zh="磁盘空间已满，无法准备查看用的副本。请清理磁盘后再试。",
                         en="The disk is full, so the copy for viewing could not be made. Free some space "
                         "and try again.")
    return UserError(zh="无法在临时文件夹里准备查看用的副本。如果这个文件正在别的程序里打开，请先关闭它再试。",
                     en="Cannot prepare a copy for viewing in the temp folder. If the file is open in "
                     "another program, close it and try again.")
