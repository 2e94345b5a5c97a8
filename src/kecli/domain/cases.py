"""The words a case is registered with: kinds, channels and statuses."""

from __future__ import annotations

from collections.abc import Sequence

from kecli.errors import InvalidInput, Msg

KINDS = ("koordinator", "barnekoordinator")
CHANNELS = ("skjema", "brev", "telefon", "epost", "oppmote", "annet")
STATUSES = ("received", "decided", "closed")


def check_choice(value: str, choices: Sequence[str], option: str) -> str:
    """``value`` if it is one of ``choices``, else InvalidInput listing them."""
    cleaned = value.strip().lower()
    if cleaned in choices:
        return cleaned
    listed = "|".join(choices)
    raise InvalidInput(
        Msg(f"Ugyldig verdi for {option}: «{value}».", f"Invalid value for {option}: '{value}'."),
        Msg(f"Gyldige verdier: {listed}", f"Valid values: {listed}"),
    )
