"""Checks that many use cases share."""

from __future__ import annotations

import datetime as dt

from kecli.errors import InvalidInput, Msg


def not_after_today(value: dt.date, today: dt.date, option: str) -> None:
    """A date that only the past can have (received, decided, filed …) must not be after today."""
    if value > today:
        raise InvalidInput(
            Msg(
                f"{option} {value.isoformat()} er etter i dag ({today.isoformat()}).",
                f"{option} {value.isoformat()} is after today ({today.isoformat()}).",
            ),
            Msg(
                f"Gi en dato til og med i dag for {option}.",
                f"Give {option} a date up to and including today.",
            ),
        )
