"""A case gathered into plain frozen dataclasses for the exported PDF (no Qt, no reportlab).

``gather(session, content, preset=…)`` → :class:`ReportData`; :mod:`desktop.pdf.report.render`
lays it out. Presets and their sections are data (:data:`PRESETS`).
"""

from desktop.report_data.gather import check_range, gather
from desktop.report_data.model import ALL_SECTIONS, CUSTOM, LAWYER, LENDER, PRESETS, ReportData, sections_for
from desktop.report_data.preview import preview_counts

__all__ = [
    "ALL_SECTIONS",
    "CUSTOM",
    "LAWYER",
    "LENDER",
    "PRESETS",
    "ReportData",
    "check_range",
    "gather",
    "preview_counts",
    "sections_for",
]
