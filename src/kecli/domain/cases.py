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


def _person_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def may_be_same_family(
    guardians: Sequence[str], other_guardians: Sequence[str], other_name: str
) -> bool:
    """Whether another case may be of the same family: a guardian in common, or the other
    case's person among this case's guardians. Names compare without regard to case and
    spacing ("Mor A" is "mor  a"): it only decides a warning, never a refusal."""
    family = {_person_key(g) for g in guardians}
    return bool(family) and (
        any(_person_key(g) in family for g in other_guardians) or _person_key(other_name) in family
    )
