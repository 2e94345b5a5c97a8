"""The sqlite3-shell baselines of the export benchmarks: the same rows and columns as
``kecli export cases --include-fnr``, in the same order, with the same joins."""

from __future__ import annotations

from kecli.store.exports import COLUMNS as EXPORT_COLUMNS

COLUMNS = (
    "c.id",
    "c.kind",
    "c.status",
    "c.received_on",
    "c.channel",
    "c.name",
    "c.fnr",
    "c.birth_date",
    "c.expected_birth_date",
    "c.guardians",
    "c.note",
    "c.wants_ip",
    "c.closed_on",
    "c.close_reason",
    "d.outcome",
    "d.decided_on",
    "d.sent_on",
    "d.sent_via",
    "d.notified_on",
    "d.appeal_deadline",
    "d.appeal_deadline_estimated",
    "d.failed_criteria",
    "d.legal_basis",
    "k.id",
    "k.name",
    "a.since",
    "p.status",
    "p.filed_on",
    "p.timely",
    "p.unit_outcome",
    "p.final_outcome",
    "pl.next_evaluation",
    "pl.active",
    "c.created_by",
    "c.handler",
)
NAMES = EXPORT_COLUMNS  # the sqlite3 query names its columns as kecli does
FROM = """
FROM cases c
LEFT JOIN decisions d ON d.case_id = c.id AND coalesce(d.is_current, 0) = 1
                      AND coalesce(d.set_aside, 0) = 0
LEFT JOIN appointments a ON a.id = (SELECT max(x.id) FROM appointments x
                                    WHERE x.case_id = c.id AND x.until IS NULL)
LEFT JOIN coordinators k ON k.id = a.coordinator_id
LEFT JOIN appeals p ON p.id = (SELECT max(y.id) FROM appeals y WHERE y.case_id = c.id)
LEFT JOIN plans pl ON pl.case_id = c.id AND d.outcome = 'innvilget' AND c.wants_ip = 1
ORDER BY c.year, c.seq
"""


def csv_sql() -> str:
    return f"SELECT {', '.join(COLUMNS)} {FROM}"


def jsonl_sql() -> str:
    pairs = ", ".join(f"'{name}', {col}" for name, col in zip(NAMES, COLUMNS, strict=True))
    return f"SELECT json_object({pairs}) {FROM}"
