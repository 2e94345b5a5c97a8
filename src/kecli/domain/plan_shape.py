"""The shape of an individuell plan document: its lists and their fields, its texts, its
period and consent, and the order of its keys (SPEC § 5); :mod:`kecli.domain.plans` reads
and checks a document against it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, Literal

Document = dict[str, Any]
FieldKind = Literal["text", "date", "status"]

GOAL_STATUSES: Final = ("active", "achieved", "dropped")


@dataclass(frozen=True)
class ListSpec:
    """One kind of list entry: its fields in output order (``id`` comes first)."""

    key: str
    fields: tuple[tuple[str, FieldKind], ...]
    required: str
    span: tuple[str, str] | None = None  # (start, end): end may not be before start


LISTS: Final[dict[str, ListSpec]] = {
    spec.key: spec
    for spec in (
        ListSpec(
            "goals",
            (("text", "text"), ("target_date", "date"), ("status", "status")),
            required="text",
        ),
        ListSpec(
            "measures",
            (
                ("text", "text"),
                ("extent", "text"),
                ("how", "text"),
                ("responsible", "text"),
                ("start", "date"),
                ("end", "date"),
            ),
            required="text",
            span=("start", "end"),
        ),
        ListSpec(
            "participants",
            (("name", "text"), ("role", "text"), ("organisation", "text"), ("contact", "text")),
            required="name",
        ),
        ListSpec(
            "cooperation_partners",
            (("name", "text"), ("role", "text"), ("contact", "text")),
            required="name",
        ),
        ListSpec(
            "meetings",
            (("date", "date"), ("purpose", "text"), ("minutes", "text")),
            required="purpose",
        ),
        ListSpec(
            "evaluations",
            (("date", "date"), ("summary", "text"), ("by", "text")),
            required="summary",
        ),
    )
}
LIST_KEYS: Final = tuple(LISTS)

TEXT_KEYS: Final = ("resources", "needs", "own_contribution")
PERIOD_KEYS: Final = ("from", "to")
CONSENT_KEYS: Final = ("given", "on", "by", "share_information")

#: Every top-level key, in the order a normalised document carries them.
TOP_KEYS: Final = (
    "case_id",
    "version",
    "period",
    "next_evaluation",
    "resources",
    "needs",
    "own_contribution",
    "goals",
    "measures",
    "participants",
    "cooperation_partners",
    "meetings",
    "evaluations",
    "consent",
)
