"""A case gathered into plain frozen dataclasses for the exported PDF (no Qt, no reportlab).

:func:`.gather.gather` (session, content, preset=…) → :class:`.model.ReportData`;
:mod:`desktop.pdf.report.render` lays it out. Presets and their sections are data
(:data:`.model.PRESETS`). Empty on purpose: the PDF imports :mod:`.model` alone, so
laying out a report never loads the store that :mod:`.gather` reads.
"""
