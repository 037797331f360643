"""Write a file so it appears whole or not at all (house style §7): the one temp-file-and-rename helper.

:func:`replacing` hands the caller the path of a temporary file beside the target (same
folder, so the rename is atomic); the caller writes it however it likes (text, a PDF, a
zip, an SQLite backup copy). When the block ends the file is flushed to disk and
``os.replace``\\ d over the target, and the folder is flushed so the rename survives a power
cut. If the block, the flush or the rename fails, the temporary file is removed and the
exception goes on: a crash or a full disk never leaves a half-written file under the
target's name, nor a temporary one beside it.

Turning an ``OSError`` into a calm bilingual message is the caller's part: each knows what
it was writing and what the person can do about it.

A content-addressed write (the evidence store, whose target is named by the hash of what
was written) cannot name its target first, so it does not use this helper.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path


def temp_beside(target: Path, tag: str = "tmp") -> Path:
    """A fresh hidden name in ``target``'s folder; nothing is created."""
    return target.with_name(f".{target.name[:60]}.{os.urandom(4).hex()}.{tag}")


@contextlib.contextmanager
def replacing(target: str | os.PathLike[str], *, partial: Path | None = None, durable: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside ``target`` to write; on leaving the block, rename it over ``target``.

    ``partial`` names the temporary file when the caller needs a recognisable name (a sweep
    of unfinished files looks for it); by default it is :func:`temp_beside`. The file does
    not exist yet: create it with ``open(path, "xb")`` (umask permissions), ``"wb"`` or any
    writer that makes a new file. ``durable=False`` skips the two flushes, for files that
    are only a cache or a signal.
    """
    target = Path(target)
    tmp = Path(partial) if partial is not None else temp_beside(target)
    try:
        yield tmp
        if durable:
            fsync_file(tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    if durable:
        fsync_dir(target.parent)


def write_text(target: str | os.PathLike[str], text: str, *, encoding: str = "utf-8", newline: str | None = None,
               partial: Path | None = None, durable: bool = True) -> None:
    """Write ``text`` to ``target`` whole or not at all (``partial`` and ``durable`` as for :func:`replacing`)."""
    with replacing(target, partial=partial, durable=durable) as tmp, open(tmp, "x", encoding=encoding, newline=newline) as f:
        f.write(text)


def fsync_file(path: Path) -> None:
    """Flush a written file's content to disk.

    Opened for writing where it can be: on Windows ``os.fsync`` (``FlushFileBuffers``) needs
    a handle with write access; a read-only file is flushed through a read-only handle.
    """
    binary = getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, os.O_RDWR | binary)
    except PermissionError:
        fd = os.open(path, os.O_RDONLY | binary)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a folder this way and needs no such step."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
