"""The phone import's background work: reading sources and building the preview, off the UI thread.

Runs inside :class:`desktop.ui.common.jobs.Job` (the CSV import's worker), so reading
is cancelled the same way: ``report`` raises once the dialog has cancelled, the reader stops at
its next checkpoint, and nothing has been written — reading never touches the case.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.phone_evidence.preview import PhonePreview, build_preview
from desktop.store.phone_import import PhoneSource, read_phone_source


@dataclass(frozen=True)
class CaseFacts:
    """What the preview needs to know about the case, gathered on the UI thread before the work starts."""

    numbers: frozenset[str]
    identities: frozenset[str]
    keyword_rules: tuple
    service_prefixes: tuple[str, ...]
    recording_names: tuple


@dataclass(frozen=True)
class Read:
    """What one reading job hands back: every source read so far, and the preview over all of them."""

    sources: Mapping[str, PhoneSource]
    preview: PhonePreview


def read_sources(paths: Iterable[str], known: Mapping[str, PhoneSource], case: CaseFacts,
                 report: Callable[[int, int], None]) -> Read:
    """Read each of ``paths`` not in ``known`` (earlier reads are kept), then build the preview over all."""
    sources = dict(known)
    for path in paths:
        if path in sources:
            continue
        sources[path] = read_phone_source(Path(path), checkpoint=lambda: report(0, 0), progress=report,
                                          patterns=case.recording_names)
    report(0, 0)
    exports = [e for s in sources.values() for e in s.exports]
    recordings = [r for s in sources.values() for r in s.recordings]
    preview = build_preview(exports, recordings, case_numbers=case.numbers, known_identities=case.identities,
                            keyword_rules=case.keyword_rules, service_prefixes=case.service_prefixes)
    report(0, 0)
    return Read(sources, preview)


def source_problems(sources: Iterable[PhoneSource]) -> list:
    """Every problem the readers found with the sources as a whole (encrypted, truncated, missing files…)."""
    return [p for s in sources for p in s.problems]
