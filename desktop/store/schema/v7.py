"""Schema step "v7": the reason of every stored flag, in both languages, stored with the flag.

The report says why a contact was flagged ("3 answered calls on 2026-11-03 …"). It used to
recompute every flag of the case to find those words; now they are written with the flag
(``ContactRepository._insert_flags``), in the same transaction, and the report reads them.

It only alters ``contact_flags`` (there since v2), so it runs the same whatever steps other
branches put before it. Existing rows get ``''``; the engine stamp was bumped with this step,
so a case opened after migrating recomputes its flags (and their reasons) at once.
"""

STATEMENTS = (
    "ALTER TABLE contact_flags ADD COLUMN reason_zh TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contact_flags ADD COLUMN reason_en TEXT NOT NULL DEFAULT ''",
)
