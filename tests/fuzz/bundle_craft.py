"""Hand-made case bundles for the tests: a real export taken apart, changed and put back together."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from pathlib import Path


def read_entries(bundle: Path) -> dict[str, bytes]:
    """The files of a plain (unencrypted) bundle, manifest included."""
    with zipfile.ZipFile(bundle) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def manifest_for(files: dict[str, bytes], **extra) -> bytes:
    entries = [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
               for n, d in files.items() if n != "manifest.json"]
    manifest = {"format": "dchcase", "format_version": 1, "app_version": "test",
                "created_at": "2026-11-03T21:05:00+00:00", "files": entries}
    manifest.update(extra)
    return json.dumps(manifest).encode()


def build_zip(entries: list[tuple[str | zipfile.ZipInfo, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip of ``entries`` in this order (duplicates allowed: zipfile only warns)."""
    out = io.BytesIO()
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(out, "w", method) as zf:
            for name, data in entries:
                zf.writestr(name, data)
    return out.getvalue()


def rebuild(files: dict[str, bytes], *, fix_manifest: bool = True, **extra) -> bytes:
    files = dict(files)
    if fix_manifest:
        files["manifest.json"] = manifest_for(files, **extra)
    return build_zip(list(files.items()))


def symlink_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info
