"""Schema version 1 of a case database (``cases/<id>/case.db``).

Designed for everything design §4–§6 needs, so later work adds columns by
migration rather than redesign:

* ``case_info`` — one row: the case's alias, creation time, notes.
* ``loans`` — the case's loans; money in fen (integer), dates ISO.
* ``contacts`` — the *current* state of each contact, denormalised for fast
  paging and filtering; ``deleted_at`` hides a record without losing it.
* ``contact_parties`` / ``contact_marks`` — third parties contacted and the
  user's own rule marks, for the current state.
* ``contact_versions`` — append-only history: every saved version of every
  contact as canonical JSON, chained by SHA-256 (``prev_hash`` → ``hash``) in
  ``seq`` order. ``verify`` recomputes it.
* ``attachments`` — evidence files, stored once under ``evidence/<sha256>``.
* ``drafts`` — the negotiation flow's state as JSON, autosaved.
* ``letters`` — every version of a letter; an exported one is frozen.
* ``events`` — dated case events (police report, complaint filed …).

Times are naive local ISO-8601 strings (``2026-11-03T21:05:00``).
"""

STATEMENTS = (
    """
    CREATE TABLE case_info (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        case_id     TEXT NOT NULL,
        alias       TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        notes       TEXT NOT NULL DEFAULT ''
    )
    """,
    """
    CREATE TABLE loans (
        id                         INTEGER PRIMARY KEY,
        brand                      TEXT NOT NULL DEFAULT '',
        contract_lender            TEXT NOT NULL DEFAULT '',
        contract_no                TEXT NOT NULL DEFAULT '',
        contract_date              TEXT,
        amount_borrowed_fen        INTEGER,
        amount_received_fen        INTEGER,
        outstanding_principal_fen  INTEGER,
        outstanding_interest_fen   INTEGER,
        outstanding_penalty_fen    INTEGER,
        outstanding_fees_fen       INTEGER,
        overdue_since              TEXT,
        schedule_json              TEXT NOT NULL DEFAULT '[]',
        notes                      TEXT NOT NULL DEFAULT '',
        created_at                 TEXT NOT NULL,
        updated_at                 TEXT NOT NULL,
        deleted_at                 TEXT
    )
    """,
    """
    CREATE TABLE contacts (
        id                INTEGER PRIMARY KEY,
        uid               TEXT NOT NULL UNIQUE,
        version           INTEGER NOT NULL DEFAULT 1,
        occurred_at       TEXT,
        channel           TEXT NOT NULL DEFAULT 'call',
        direction         TEXT,
        answered          INTEGER,
        number            TEXT NOT NULL DEFAULT '',
        number_norm       TEXT NOT NULL DEFAULT '',
        claimed_org       TEXT NOT NULL DEFAULT '',
        claimed_name      TEXT NOT NULL DEFAULT '',
        claimed_staff_id  TEXT NOT NULL DEFAULT '',
        loan_id           INTEGER REFERENCES loans(id) ON DELETE SET NULL,
        duration_s        INTEGER,
        contacted_party   TEXT NOT NULL DEFAULT 'self',
        debt_disclosed    INTEGER NOT NULL DEFAULT 0,
        summary           TEXT NOT NULL DEFAULT '',
        threats           TEXT NOT NULL DEFAULT '',
        notes             TEXT NOT NULL DEFAULT '',
        mood              INTEGER CHECK (mood IS NULL OR mood BETWEEN 0 AND 5),
        search_text       TEXT NOT NULL DEFAULT '',
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        deleted_at        TEXT,
        delete_reason     TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX contacts_time ON contacts (occurred_at, id)",
    "CREATE INDEX contacts_loan ON contacts (loan_id, occurred_at)",
    "CREATE INDEX contacts_channel ON contacts (channel, occurred_at)",
    """
    CREATE TABLE contact_parties (
        id              INTEGER PRIMARY KEY,
        contact_id      INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        position        INTEGER NOT NULL DEFAULT 0,
        relation        TEXT NOT NULL,
        name            TEXT NOT NULL DEFAULT '',
        number          TEXT NOT NULL DEFAULT '',
        debt_disclosed  INTEGER NOT NULL DEFAULT 0,
        asked_to_pay    INTEGER NOT NULL DEFAULT 0
    )
    """,
    "CREATE INDEX contact_parties_contact ON contact_parties (contact_id)",
    """
    CREATE TABLE contact_marks (
        contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        rule_id     TEXT NOT NULL,
        PRIMARY KEY (contact_id, rule_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX contact_marks_rule ON contact_marks (rule_id)",
    """
    CREATE TABLE contact_versions (
        seq          INTEGER PRIMARY KEY,
        contact_id   INTEGER NOT NULL REFERENCES contacts(id),
        version      INTEGER NOT NULL,
        action       TEXT NOT NULL CHECK (action IN ('create', 'edit', 'delete', 'restore')),
        saved_at     TEXT NOT NULL,
        content      TEXT NOT NULL,
        prev_hash    TEXT NOT NULL,
        hash         TEXT NOT NULL UNIQUE,
        UNIQUE (contact_id, version)
    )
    """,
    """
    CREATE TABLE attachments (
        id             INTEGER PRIMARY KEY,
        contact_id     INTEGER REFERENCES contacts(id),
        sha256         TEXT NOT NULL,
        original_name  TEXT NOT NULL,
        size           INTEGER NOT NULL,
        file_mtime     TEXT,
        added_at       TEXT NOT NULL,
        note           TEXT NOT NULL DEFAULT '',
        removed_at     TEXT
    )
    """,
    "CREATE INDEX attachments_contact ON attachments (contact_id)",
    "CREATE INDEX attachments_sha ON attachments (sha256)",
    """
    CREATE TABLE drafts (
        kind        TEXT PRIMARY KEY,
        data        TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE letters (
        id                INTEGER PRIMARY KEY,
        kind              TEXT NOT NULL CHECK (kind IN ('negotiation', 'complaint')),
        version           INTEGER NOT NULL,
        lang              TEXT NOT NULL,
        text              TEXT NOT NULL,
        template_version  TEXT NOT NULL DEFAULT '',
        app_version       TEXT NOT NULL DEFAULT '',
        created_at        TEXT NOT NULL,
        frozen_at         TEXT,
        UNIQUE (kind, version)
    )
    """,
    """
    CREATE TABLE events (
        id           INTEGER PRIMARY KEY,
        kind         TEXT NOT NULL,
        occurred_on  TEXT NOT NULL,
        reference    TEXT NOT NULL DEFAULT '',
        notes        TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL
    )
    """,
)
