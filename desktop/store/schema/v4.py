"""Schema step "v4": the third-party questions on a contact, graded flags, and when flags were last computed.

It reads and changes only tables that exist from version 2 on (``contacts``,
``contact_flags``), so it runs the same whether or not the steps numbered
before it on other branches have run.

* ``contacts.reachable`` / ``continued_after_refusal`` — ``'yes'``, ``'no'``,
  ``'unknown'`` (the person said "don't know") or NULL (never answered).
* ``contacts.asked_to_pay`` — the collector asked the contacted person to pay.
* ``contact_flags.grade`` — for a third-party flag, ``'high'``, ``'medium'`` or
  ``'low'`` (legal-facts §8); ``''`` for every other rule.
* ``flag_state`` — one row: the stamp of the engine and parameters the stored
  flags were computed with. Flags are derived data; when the stamp differs
  (after this step: no row at all) the case recomputes them when it opens, so
  a case saved by an older app never shows the old counting.
"""

_ANSWER = "CHECK ({0} IS NULL OR {0} IN ('yes', 'no', 'unknown'))"

STATEMENTS = (
    f"ALTER TABLE contacts ADD COLUMN reachable TEXT {_ANSWER.format('reachable')}",
    f"ALTER TABLE contacts ADD COLUMN continued_after_refusal TEXT {_ANSWER.format('continued_after_refusal')}",
    "ALTER TABLE contacts ADD COLUMN asked_to_pay INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE contact_flags ADD COLUMN grade TEXT NOT NULL DEFAULT ''",
    """
    CREATE TABLE flag_state (
        id     INTEGER PRIMARY KEY CHECK (id = 1),
        stamp  TEXT NOT NULL
    )
    """,
)
