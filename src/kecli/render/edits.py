"""A case edit for people: what changed, from what to what."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kecli.i18n import t, tt
from kecli.render.console import console
from kecli.views import CaseView


def field_label(field: str) -> str:
    """What a changed field is called on the screen."""
    from kecli.domain.contacts import FIELD_NAMES

    labels = {
        "name": tt("navn", "name"),
        "fnr": tt("fødselsnummer", "fødselsnummer"),
        "birth_date": tt("fødselsdato", "birth date"),
        "expected_birth_date": tt("termindato", "expected birth date"),
        "received_on": tt("mottatt", "received"),
        "channel": tt("kanal", "channel"),
        "guardians": tt("foresatte", "guardians"),
        "note": tt("merknad", "note"),
    }
    if field in FIELD_NAMES:
        return t(FIELD_NAMES[field])
    return labels.get(field, field)


def value_text(value: Any) -> str:
    if value is None or value == [] or value == "":
        return "—"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def change_line(change: dict[str, Any]) -> str:
    """``navn: Kari → Kari N.``; a guardian's detail names the guardian."""
    label = field_label(change["field"])
    if change.get("guardian"):
        label += f" ({change['guardian']})"
    return f"{label}: {value_text(change['old'])} → {value_text(change['new'])}"


def change_lines(changes: Sequence[dict[str, Any]]) -> list[str]:
    return [change_line(change) for change in changes]


def edit_result(view: CaseView, changes: Sequence[dict[str, Any]]) -> None:
    out = console()
    out.print(
        tt(
            f"Endret {view['id']} ({view['person']['name']}):",
            f"Changed {view['id']} ({view['person']['name']}):",
        ),
        highlight=False,
    )
    for line in change_lines(changes):
        out.print(f"  {line}", highlight=False, markup=False)
