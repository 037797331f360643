"""Rotating log files in the data folder, with no personal data in them.

A bug is logged as its exception type and stack (file, line, function) only:
exception *messages* can carry what the user typed, so they are left out —
also when some module calls ``log.exception(...)``: the file handler's formatter
writes exceptions the same way. The files rotate (512 KiB, 3 old ones kept).
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_pending: list[Path] = []  # the folder noted by install_logging_later, until the handler is installed


def install_logging_later(folder: Path) -> None:
    """Note where the log goes; :func:`install_pending` (or the first bug logged) installs it.

    The window's start-up installs the handler just after the case is on screen:
    ``logging.handlers`` loads ``socket``, ``pickle`` and ``queue`` (~8 ms) that the
    person waiting for the case need not wait for.
    """
    _pending[:] = [folder]


def install_pending() -> None:
    if _pending:
        install_logging(_pending.pop())


def install_logging(folder: Path) -> None:
    import logging.handlers  # here: see install_logging_later

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
    handler.setFormatter(_PrivateFormatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def log_bug(exc_type: type[BaseException], tb, exc: BaseException | None = None) -> None:
    """Log a bug by type and stack; with ``exc`` its causes too, again without their messages."""
    install_pending()  # a bug before the handler was installed still reaches the file
    logging.getLogger("desktop.bug").error("unhandled %s", describe(exc_type, exc, tb))


def describe(exc_type: type[BaseException] | None, exc: BaseException | None, tb) -> str:
    """The exception's type and stack, then each cause's — never a message (it may hold personal data)."""
    if exc_type is None:
        return "(no exception)"
    parts = [exc_type.__name__, "".join(traceback.format_list(traceback.extract_tb(tb))).rstrip("\n")]
    seen = {id(exc)}
    cause = _cause(exc)
    while cause is not None and id(cause) not in seen and len(seen) < 20:
        seen.add(id(cause))
        frames = "".join(traceback.format_list(traceback.extract_tb(cause.__traceback__))).rstrip("\n")
        parts += [f"caused by {type(cause).__name__}", frames]
        cause = _cause(cause)
    return "\n".join(p for p in parts if p)


def _cause(exc: BaseException | None) -> BaseException | None:
    if exc is None:
        return None
    return exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)


class _PrivateFormatter(logging.Formatter):
    """Writes an exception as :func:`describe` does, so ``log.exception()`` keeps messages out too."""

    def formatException(self, ei) -> str:  # noqa: N802 (logging override)
        exc_type, exc, tb = ei
        return describe(exc_type, exc, tb)

    def format(self, record: logging.LogRecord) -> str:
        record.exc_text = None  # a cached text from another handler may hold the message
        return super().format(record)
