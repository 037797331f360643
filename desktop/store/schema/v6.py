"""Schema step "v6" (phone import, issue 13): what a phone import remembers, and dismissed suggestions.

* ``phone_identities`` — the stable identity (records.py) of every call, message and
  recording imported from a phone, with the contact it became. A second import of the
  same (or an overlapping) export finds them here and adds nothing twice.
* ``dismissed_suggestions`` — a suggested mark (suggestions.py) the user dismissed on a
  contact. A dismissal is not evidence: it is kept outside the history chain and only
  stops the same suggestion from being shown again.

It only creates its own two tables (referring to the v1 ``contacts`` table), so it runs
the same whatever steps other branches put before it.
"""

STATEMENTS = (
    "CREATE TABLE IF NOT EXISTS phone_identities ("
    " identity TEXT PRIMARY KEY CHECK (length(identity) = 64),"
    " kind TEXT NOT NULL CHECK (kind IN ('call', 'message', 'recording')),"
    " contact_id INTEGER REFERENCES contacts(id),"
    " imported_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS dismissed_suggestions ("
    " contact_id INTEGER NOT NULL REFERENCES contacts(id),"
    " rule_id TEXT NOT NULL,"
    " dismissed_at TEXT NOT NULL,"
    " PRIMARY KEY (contact_id, rule_id))",
)
