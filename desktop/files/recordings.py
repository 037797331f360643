"""The thin reader of a folder of call recordings: list the audio files, stat and hash each one.

Only reads: nothing in the folder is opened for writing. Files are hashed (SHA-256) in
1 MB blocks so a recording's identity is its content and duplicates can be told apart;
a file that cannot be read is reported, not raised. What the names mean is decided by
:func:`desktop.domain.phone_evidence.recording_names.recordings_from_files`.
"""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path

from desktop.domain.phone_evidence.recording_names import FileFacts, is_audio_name
from desktop.domain.phone_evidence.records import Checkpoint, Progress

BLOCK = 1024 * 1024


def scan_recordings(folder: Path, *, checkpoint: Checkpoint | None = None,
                    progress: Progress | None = None) -> tuple[list[FileFacts], int]:
    """``(audio files found, number of other files skipped)``, sorted by name, in ``folder`` and its subfolders.

    ``progress(files_done, files_total)`` and ``checkpoint()`` are called for every file.
    """
    paths: list[Path] = []
    skipped = 0
    for root, _dirs, names in os.walk(folder):
        for name in names:
            if is_audio_name(name):
                paths.append(Path(root) / name)
            else:
                skipped += 1
    paths.sort(key=lambda p: str(p))
    facts = []
    for done, path in enumerate(paths):
        if checkpoint is not None:
            checkpoint()
        if progress is not None:
            progress(done, len(paths))
        facts.append(_facts(path, checkpoint))
    if progress is not None:
        progress(len(paths), len(paths))
    return facts, skipped


def _facts(path: Path, checkpoint: Checkpoint | None) -> FileFacts:
    try:
        info = path.stat()
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            while block := fh.read(BLOCK):
                digest.update(block)
                if checkpoint is not None and len(block) == BLOCK:
                    checkpoint()
        return FileFacts(path=str(path), name=path.name, size=info.st_size,
                         mtime=datetime.fromtimestamp(info.st_mtime, UTC), sha256=digest.hexdigest())
    except OSError as exc:
        return FileFacts(path=str(path), name=path.name, size=0, mtime=None, sha256="",
                         error=exc.strerror or exc.__class__.__name__)
