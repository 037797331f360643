"""Evidence from the phone (issue 13): call logs, text messages and call recordings as plain records.

Plain Python only (no Qt, no SQLite): the parsers here turn what the thin readers in
``desktop.store.phone_backup`` and ``desktop.files.recordings`` hand them — an XML
stream, rows of an iPhone database, file facts — into the frozen records of
:mod:`desktop.domain.phone_evidence.records`. Nothing here writes anything.

(The package is not called ``phone`` because ``desktop/domain/phone.py``, the number
normaliser every importer uses, already owns that name.)
"""
