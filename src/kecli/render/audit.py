"""The audit log for people: its entries as a table, and the verdict of a verify."""

from __future__ import annotations

import json

from kecli.i18n import tt
from kecli.render.console import console, table
from kecli.views import AuditCheckView, AuditEntryView


def audit_table(rows: list[AuditEntryView]) -> None:
    """``audit list``: one row per entry, its details cut to a glance."""
    if not rows:
        console().print(tt("Ingen oppføringer.", "No entries."))
        return
    drawn = table(
        "#",
        tt("Tid (UTC)", "When (UTC)"),
        tt("Bruker", "User"),
        tt("Sak", "Case"),
        tt("Hendelse", "Event"),
        tt("Detaljer", "Details"),
    )
    for row in rows:
        details = json.dumps(row["details"], ensure_ascii=False)
        drawn.add_row(
            str(row["id"]),
            row["at"][:19].replace("T", " "),
            row["user"],
            row["case_id"] or "",
            row["action"],
            details[:60],
        )
    console().print(drawn)


def audit_intact(result: AuditCheckView) -> None:
    """``audit verify`` on a log whose chain holds."""
    print(
        tt(
            f"Revisjonsloggen er hel: {result['entries']} oppføringer.",
            f"The audit log is intact: {result['entries']} entries.",
        )
    )
