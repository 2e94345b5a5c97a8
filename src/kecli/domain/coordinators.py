"""Which coordinator may serve which case: hol §§ 7-2 (koordinator) and 7-2 a (barnekoordinator)."""

from __future__ import annotations

import datetime as dt

from kecli.domain.dates import eighteenth_birthday
from kecli.errors import Msg, RuleViolation

COORDINATOR_KINDS = ("koordinator", "barnekoordinator", "begge")


def covers(coordinator_kind: str, case_kind: str) -> bool:
    """A coordinator serves cases of their own kind; ``begge`` serves both (hol § 7-3)."""
    return coordinator_kind == "begge" or coordinator_kind == case_kind


def past_18_bars_appointment(
    case_id: str, case_kind: str, birth_date: dt.date | None, on: dt.date, *, allowed: bool
) -> None:
    """The right to a barnekoordinator ends on the child's 18th birthday (pbrl § 2-5 c); the
    municipality may continue past it (``barnekoordinator_past_18``, DOMAIN § 2).
    RuleViolation for an appointment on or after that day when it does not."""
    if case_kind != "barnekoordinator" or birth_date is None or allowed:
        return
    turned = eighteenth_birthday(birth_date)
    if on < turned:
        return
    raise RuleViolation(
        Msg(
            f"Barnet i sak {case_id} fylte 18 år {turned.isoformat()}: retten til "
            "barnekoordinator varer til 18 år (pbrl § 2-5 c).",
            f"The child in case {case_id} turned 18 on {turned.isoformat()}: the right to a "
            "barnekoordinator lasts until 18 (pbrl § 2-5 c).",
        ),
        Msg(
            "Registrer en koordinatorsak (kecli case new --kind koordinator), eller slå på "
            "barnekoordinator_past_18 hvis kommunen fortsetter etter 18 år.",
            "Register a koordinator case (kecli case new --kind koordinator), or turn on "
            "barnekoordinator_past_18 if the municipality continues past 18.",
        ),
    )
