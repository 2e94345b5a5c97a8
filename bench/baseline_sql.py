"""The sqlite3-shell baselines of the export benchmarks: the same rows and columns as
``kecli export cases --include-fnr``, in the same order, with the same joins."""

from __future__ import annotations

from kecli.domain.exchange import NAMES

#: The sqlite3 expression of each exchange column, by name (kecli's SELECT has them in
#: the order of the exchange definition, and so do these queries).
EXPRESSIONS = {
    "id": "c.id",
    "kind": "c.kind",
    "status": "c.status",
    "received_on": "c.received_on",
    "channel": "c.channel",
    "name": "c.name",
    "fnr": "c.fnr",
    "birth_date": "c.birth_date",
    "expected_birth_date": "c.expected_birth_date",
    "guardians": "c.guardians",
    "note": "c.note",
    "wants_ip": "c.wants_ip",
    "closed_on": "c.closed_on",
    "close_reason": "c.close_reason",
    "decision_outcome": "d.outcome",
    "decided_on": "d.decided_on",
    "sent_on": "d.sent_on",
    "sent_via": "d.sent_via",
    "notified_on": "d.notified_on",
    "appeal_deadline": "d.appeal_deadline",
    "appeal_deadline_estimated": "d.appeal_deadline_estimated",
    "failed_criteria": "d.failed_criteria",
    "legal_basis": "d.legal_basis",
    "coordinator_id": "k.id",
    "coordinator_name": "k.name",
    "coordinator_since": "a.since",
    "appeal_status": "p.status",
    "appeal_filed_on": "p.filed_on",
    "appeal_timely": "p.timely",
    "appeal_unit_outcome": "p.unit_outcome",
    "appeal_final_outcome": "p.final_outcome",
    "next_evaluation": "pl.next_evaluation",
    "plan_consent": "pl.active",
    "created_by": "c.created_by",
    "handler": "c.handler",
}
COLUMNS = tuple(EXPRESSIONS[name] for name in NAMES)

FROM = """
FROM cases c
LEFT JOIN decisions d ON d.case_id = c.id AND coalesce(d.is_current, 0) = 1
                      AND coalesce(d.set_aside, 0) = 0
LEFT JOIN appointments a ON a.id = (SELECT max(x.id) FROM appointments x
                                    WHERE x.case_id = c.id AND x.until IS NULL)
LEFT JOIN coordinators k ON k.id = a.coordinator_id
LEFT JOIN appeals p ON p.id = (SELECT max(y.id) FROM appeals y WHERE y.case_id = c.id)
LEFT JOIN plans pl ON pl.case_id = c.id AND c.wants_ip = 1
                    AND (d.outcome = 'innvilget'
                         OR (d.outcome = 'avslag' AND d.failed_criteria = '["participation"]'
                             AND instr(d.answers, '"long_term": true') > 0))
ORDER BY c.year, c.seq
"""


def csv_sql() -> str:
    return f"SELECT {', '.join(COLUMNS)} {FROM}"


def jsonl_sql() -> str:
    pairs = ", ".join(f"'{name}', {EXPRESSIONS[name]}" for name in NAMES)
    return f"SELECT json_object({pairs}) {FROM}"
