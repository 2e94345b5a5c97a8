"""A case edit for people: what changed, from what to what."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kecli.domain.identity import mask_in_text
from kecli.i18n import label, tf
from kecli.i18n import labels as L
from kecli.i18n import results as R
from kecli.render.console import console
from kecli.views import CaseView


def value_text(field: str, value: Any) -> str:
    """A changed value as a person reads it: a channel by its name, a list joined."""
    if value is None or value == [] or value == "":
        return L.NONE_DASH
    if field == "channel":
        return label(L.CHANNEL, str(value))
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def change_line(change: dict[str, Any]) -> str:
    """``navn: Kari → Kari N.``; a guardian's detail names the guardian. A fødselsnummer
    typed into a value is masked (the new one as well: it is what the case shows)."""
    field = change["field"]
    values = {
        "field": label(L.CASE_FIELD, field),
        "old": mask_in_text(value_text(field, change["old"])),
        "new": mask_in_text(value_text(field, change["new"])),
    }
    if change.get("guardian"):
        return tf(R.CHANGE_OF_GUARDIAN, guardian=mask_in_text(change["guardian"]), **values)
    return tf(R.CHANGE, **values)


def change_lines(changes: Sequence[dict[str, Any]]) -> list[str]:
    return [change_line(change) for change in changes]


def edit_result(view: CaseView, changes: Sequence[dict[str, Any]]) -> None:
    out = console()
    out.print(tf(R.EDITED, id=view["id"], name=view["person"]["name"]), markup=False)
    for line in change_lines(changes):
        out.print(f"  {line}", markup=False)
