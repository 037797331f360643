"""Rotating log files in the data folder, with no personal data in them.

A bug is logged as its exception type and stack (file, line, function) only:
exception *messages* can carry what the user typed, so they are left out.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def install_logging(folder: Path) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_dch", False) for h in root.handlers):
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "app.log", maxBytes=512 * 1024, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return  # no log is better than no app
    handler._dch = True
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def log_bug(exc_type: type[BaseException], tb) -> None:
    frames = "".join(traceback.format_list(traceback.extract_tb(tb)))
    logging.getLogger("desktop.bug").error("unhandled %s\n%s", exc_type.__name__, frames)
