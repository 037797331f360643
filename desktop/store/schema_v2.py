"""Schema version 2: automatic rule flags, stored so the log can filter on them in SQL.

``contact_flags`` is derived data — recomputed from the contacts by the rules
engine whenever contacts change — so it sits outside the integrity chain.
"""

STATEMENTS = (
    """
    CREATE TABLE contact_flags (
        contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        rule_id     TEXT NOT NULL,
        PRIMARY KEY (contact_id, rule_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX contact_flags_rule ON contact_flags (rule_id)",
)
