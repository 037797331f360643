"""How much memory a bench child uses, measured so that the parent's memory never counts.

``resource.getrusage(RUSAGE_SELF).ru_maxrss`` is no use in a child the bench started: on
Linux a process keeps the peak of the process it was forked from across ``exec``, so a
child of a bench that has just held a 100,000-contact case reports the bench's peak, not
its own (seen: the phone preview "used" 161 MB in a full run and 53 MB alone). The
kernel's ``VmHWM`` in ``/proc/self/status`` is the peak of this program's own memory.
"""

from __future__ import annotations


def _status_kib(field: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def _rusage_peak_mib() -> float:
    """Where there is no /proc (Windows has no ``resource`` either, macOS counts bytes)."""
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def rss_mib() -> float:
    """Resident memory of this process now, in MiB (its peak where only that is available)."""
    kib = _status_kib("VmRSS")
    return kib / 1024 if kib is not None else _rusage_peak_mib()


def peak_rss_mib() -> float:
    """The peak resident memory of this process's own program, in MiB."""
    kib = _status_kib("VmHWM")
    return kib / 1024 if kib is not None else _rusage_peak_mib()
