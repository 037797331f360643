"""Schema step "v5": what a complaint needs to know about a loan (legal-facts §10.6, §10.8).

* ``lender_type`` — the kind of lender named in the contract: ``bank``,
  ``consumer_finance``, ``microloan`` (小额贷款公司, incl. 网络小贷), ``other`` (other
  or don't know), or ``''`` when not answered. It picks the complaint route
  (12378, or the local financial regulator and 12345) and which sector rules apply.
* ``debt_illegal`` — 1 only when the user says the debt itself is illegal
  (高利放贷/非法放贷); only then may a letter cite 刑法 第二百九十三条之一.
* ``police_report_on`` — the day the user reported this lender's collectors to
  the police (ISO date), or NULL. 刑法 第二百九十三条 is cited only for conduct
  recorded on or after it.

It touches only the ``loans`` table of version 1, so it runs the same whatever
steps other branches put before it. Existing loans read as "not answered".
"""

from datetime import datetime

from desktop.store import record_chain

STATEMENTS = (
    "ALTER TABLE loans ADD COLUMN lender_type TEXT NOT NULL DEFAULT '' "
    "CHECK (lender_type IN ('', 'bank', 'consumer_finance', 'microloan', 'other'))",
    "ALTER TABLE loans ADD COLUMN debt_illegal INTEGER NOT NULL DEFAULT 0 CHECK (debt_illegal IN (0, 1))",
    "ALTER TABLE loans ADD COLUMN police_report_on TEXT",
)


def migrate(conn) -> None:
    """The step itself (inside the ladder's transaction): the columns, then a "migrate" version of every loan.

    Loans are in the case's history chain (schema v3): a row whose columns change must get
    a new version, or ``verify`` would rightly report it as changed outside the app.
    """
    for stmt in STATEMENTS:
        conn.execute(stmt)
    if record_chain.has_record_versions(conn):
        now = datetime.now().replace(microsecond=0)
        for key in record_chain.keys(conn, "loans"):
            record_chain.append(conn, "loans", key, "migrate", now)
