"""The audit log for people: its entries as a table, and the verdict of a verify."""

from __future__ import annotations

import json

from kecli.i18n import label, t, tf
from kecli.i18n import labels as L
from kecli.i18n import results as R
from kecli.render.console import console, table
from kecli.views import AuditEntryView
from kecli.views.admin import AuditCheckView


def audit_table(rows: list[AuditEntryView]) -> None:
    """``audit list``: one row per entry, what it records in words, its details (the record
    as stored, for the auditor) cut to a glance."""
    if not rows:
        console().print(t(R.NO_ENTRIES))
        return
    drawn = table("#", t(L.WHEN_UTC), t(L.USER), t(L.CASE), t(L.EVENT_HEADING), t(L.DETAILS))
    for row in rows:
        details = json.dumps(row["details"], ensure_ascii=False)
        drawn.add_row(
            str(row["id"]),
            row["at"][:19].replace("T", " "),
            # The database role beside kecli's user where one was recorded (PostgreSQL).
            f"{row['user']} ({row['db_role']})" if row.get("db_role") else row["user"],
            row["case_id"] or "",
            label(L.EVENT, row["action"]),
            details[:60],
        )
    console().print(drawn)


def audit_intact(result: AuditCheckView) -> None:
    """``audit verify`` on a log whose chain holds."""
    print(tf(R.AUDIT_INTACT, entries=result["entries"], head=result.get("head") or "—"))
