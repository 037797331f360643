"""Progress for long bundle work: bytes done out of an estimated total, as a fraction.

Kept apart from :mod:`desktop.store.bundle.bundles` so that module stays about its
checks and file flow.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[float], None]


class Meter:
    """Bytes done out of an estimated total, passed to ``progress`` as a fraction that never goes back.

    ``progress`` is called at every step even when the fraction has not moved, because a caller
    cancels by raising from it.
    """

    def __init__(self, progress: Progress | None) -> None:
        self.progress, self.total, self.done, self.shown = progress, 1, 0, 0.0

    def estimate(self, total: int) -> None:
        self.total = max(total, self.done, 1)

    def step(self, size: int = 0) -> None:
        if self.progress is not None:
            self.done += size
            self.shown = max(self.shown, min(1.0, self.done / self.total))
            self.progress(self.shown)

    def finish(self) -> None:
        self.done = self.total
        self.step()


class MeteredWriter:
    """The decrypted zip's file, counting what is written into it so decryption shows progress."""

    def __init__(self, out, meter: Meter) -> None:
        self._out, self._meter = out, meter

    def write(self, data) -> int:
        written = self._out.write(data)
        self._meter.step(len(data))
        return written

    def flush(self) -> None:
        self._out.flush()
