"""The user's data folder and its layout (``DataDir``): plain paths, no Qt.

Kept apart from :mod:`desktop.paths` (which asks Qt where the default folder is) so the
store can be handed a data folder without loading a Qt-aware module.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.domain.text import Text


class DataDir:
    """The user's data folder: ``cases/<id>/…``, ``settings.ini``, ``logs/``."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @property
    def cases(self) -> Path:
        return self.root / "cases"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.ini"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def case_list_file(self) -> Path:
        """The case browser's saved lines (see ``desktop/store/case_list.py``); only a cache."""
        return self.root / "case-list.json"

    def case_dir(self, case_id: str) -> Path:
        return self.cases / case_id

    def ensure(self, *, write: bool = True) -> None:
        """Create the folder tree, or explain why it cannot be used.

        ``write=False`` is for the commands that only read (listing, ``verify``, ``export``):
        a data folder on write-protected media, or one this user may only read, is enough
        for them, so it need only exist.
        """
        if not write and self.root.is_dir():
            return
        try:
            self.cases.mkdir(parents=True, exist_ok=True)
            self.logs.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _folder_error(self.root, exc) from exc
        if not self.writable():
            raise _folder_error(self.root, PermissionError(13, "read-only"))

    def writable(self) -> bool:
        """Whether this user can write the case folders (False on write-protected media).

        A folder not made yet is judged by the nearest folder above it that exists.
        """
        folder = self.cases
        while not folder.is_dir() and folder.parent != folder:
            folder = folder.parent
        return os.access(folder, os.W_OK)


def _folder_error(root: Path, exc: OSError) -> UserError:
    reason = _reason(exc)
    return UserError(
        zh=f"无法使用数据文件夹“{root}”：{reason.zh}。请换一个可以写入的文件夹（用 --data-dir 指定），"
        "或请电脑管理员检查这个文件夹的权限。",
        en=f"Cannot use the data folder “{root}”: {reason.en}. Choose a folder you can write to "
        "(with --data-dir), or ask the computer's administrator to check its permissions.",
    )


def _reason(exc: OSError) -> Text:
    """Why a folder cannot be used, in words a person can act on."""
    if isinstance(exc, PermissionError):
        return Text("没有写入权限（可能是只读的）", "it is not writable (it may be read-only)")
    if isinstance(exc, FileExistsError | NotADirectoryError):
        return Text("这个路径是一个文件，不是文件夹", "that path is a file, not a folder")
    if getattr(exc, "errno", None) == 28:
        return Text("磁盘空间已满", "the disk is full")
    return Text("系统拒绝了操作", "the system refused the operation")
