"""The typed row: one record of an import file, a value per exchange column.

Every value is the file's text, or None where the field is empty (JSON booleans and
numbers as their text: ``true``, ``7``), except the list columns, which are lists of
texts (empty when the field is). The readers (:mod:`.reading`) build it; the checks
(:mod:`.checking`) read it by name.

A dataclass with slots, as this is the import's hot path: its fields are read as fast
as a list's items by index (a NamedTuple's are read slower); measured over the checks
of a whole file, as fast as the list of values it replaced.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from kecli.domain.exchange import NAMES, ColumnKind, positions_of


@dataclass(slots=True)
class Row:
    """The values of one record, in the order of :data:`kecli.domain.exchange.COLUMNS`."""

    id: str | None
    kind: str | None
    status: str | None
    received_on: str | None
    channel: str | None
    name: str | None
    fnr: str | None
    birth_date: str | None
    expected_birth_date: str | None
    guardians: list[str]
    note: str | None
    wants_ip: str | None
    closed_on: str | None
    close_reason: str | None
    decision_outcome: str | None
    decided_on: str | None
    sent_on: str | None
    sent_via: str | None
    notified_on: str | None
    appeal_deadline: str | None
    appeal_deadline_estimated: str | None
    failed_criteria: list[str]
    legal_basis: str | None
    coordinator_id: str | None
    coordinator_name: str | None
    coordinator_since: str | None
    appeal_status: str | None
    appeal_filed_on: str | None
    appeal_timely: str | None
    appeal_unit_outcome: str | None
    appeal_final_outcome: str | None
    next_evaluation: str | None
    plan_consent: str | None
    created_by: str | None
    handler: str | None


# A column added to the exchange definition needs its field here.
if tuple(field.name for field in fields(Row)) != NAMES:
    raise RuntimeError("Row's fields are not kecli.domain.exchange.NAMES")

#: How many values a row has.
WIDTH = len(NAMES)
#: Where the list, boolean and integer columns are in a row.
LIST_POSITIONS = positions_of(ColumnKind.LIST)
BOOLEAN_POSITIONS = positions_of(ColumnKind.BOOLEAN)
INTEGER_POSITIONS = positions_of(ColumnKind.INTEGER)
