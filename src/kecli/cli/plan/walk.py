"""The interactive plan editor: a live summary and a menu to add, change and remove entries.

It returns the document a ``--from-file`` run would have given, so the service checks
both the same way; every answer is checked as it is typed. Esc (or an empty answer where a
value is required) goes back one step: to the previous prompt, or from the first prompt of
an action to the menu; what the session added or changed before stays until "Lagre" or
"Avslutt uten å lagre". Ctrl-C propagates (exit 130) and nothing is written.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from kecli.cli.plan.entries import ITEM_FIELDS, Document, ask_item, ask_value, in_steps
from kecli.cli.prompts import Back, ask_confirm, ask_menu, ask_select
from kecli.errors import Msg
from kecli.i18n import t, tt

if TYPE_CHECKING:
    from kecli.services.plans import PlanContext

# (list key, "add" title, "change" title, "remove" title)
LIST_MENU: tuple[tuple[str, Msg, Msg, Msg], ...] = (
    ("goals", Msg("Legg til mål", "Add a goal"), Msg("Endre mål", "Change a goal"),
     Msg("Fjern mål", "Remove a goal")),
    ("measures", Msg("Legg til tiltak", "Add a measure (tiltak)"),
     Msg("Endre tiltak", "Change a measure"), Msg("Fjern tiltak", "Remove a measure")),
    ("participants", Msg("Legg til deltaker", "Add a participant"),
     Msg("Endre deltaker", "Change a participant"), Msg("Fjern deltaker", "Remove a participant")),
    ("cooperation_partners", Msg("Legg til samarbeidspartner", "Add a cooperation partner"),
     Msg("Endre samarbeidspartner", "Change a cooperation partner"),
     Msg("Fjern samarbeidspartner", "Remove a cooperation partner")),
    ("meetings", Msg("Legg til møte", "Add a meeting"), Msg("Endre møte", "Change a meeting"),
     Msg("Fjern møte", "Remove a meeting")),
    ("evaluations", Msg("Legg til evaluering", "Add an evaluation"),
     Msg("Endre evaluering", "Change an evaluation"),
     Msg("Fjern evaluering", "Remove an evaluation")),
)  # fmt: skip

SET_MENU: tuple[tuple[str, Msg], ...] = (
    ("own_contribution", Msg("Personens eget bidrag", "Set the person's own contribution")),
    ("resources_needs", Msg("Ressurser og behov", "Set resources and needs")),
    ("period", Msg("Planperiode", "Set the plan period")),
    ("next_evaluation", Msg("Neste evaluering", "Set the next evaluation date")),
    ("consent", Msg("Samtykke", "Set consent")),
)


def _title(key: str, item: Document) -> str:
    fields = ITEM_FIELDS[key]
    first = str(item.get(fields[0][0]) or "—")
    if key == "meetings" or key == "evaluations":
        first = f"{item.get('date') or '—'} {item.get(fields[1][0]) or ''}"
    elif key == "goals":
        first += f" ({item.get('target_date') or '—'}, {item.get('status')})"
    elif item.get(fields[1][0]):
        first += f" — {item.get(fields[1][0])}"
    text = " ".join(first.split())[:70]
    return text if item.get("id") else text + tt(" (ny)", " (new)")


def _pick(key: str, doc: Document, question: Msg) -> int:
    choices = [(str(n), _title(key, item)) for n, item in enumerate(doc[key])]
    return int(ask_select(t(question), choices, back=True))


def _menu(doc: Document) -> list[tuple[str, str]]:
    choices: list[tuple[str, str]] = []
    for key, add, change, remove in LIST_MENU:
        choices.append((f"add:{key}", t(add)))
        if doc[key]:
            choices.append((f"change:{key}", t(change)))
            choices.append((f"remove:{key}", t(remove)))
    choices += [(f"set:{key}", t(title)) for key, title in SET_MENU]
    choices.append(("save", tt("Lagre og avslutt", "Save and quit")))
    choices.append(("quit", tt("Avslutt uten å lagre", "Quit without saving")))
    return choices


def _act(action: str, doc: Document, user: str) -> None:
    """Carry out one menu action on ``doc``; Back leaves ``doc`` as it was."""
    verb, _, key = action.partition(":")
    if verb == "add":
        item = ask_item(key, None, user)
        doc[key] = [*doc[key], item]
    elif verb == "change":
        chosen: dict[str, Any] = {}

        def pick() -> None:
            chosen["index"] = _pick(key, doc, Msg("Hvilken?", "Which one?"))

        def change() -> None:
            chosen["item"] = ask_item(key, doc[key][chosen["index"]], user)

        in_steps([pick, change])
        items = list(doc[key])
        items[chosen["index"]] = chosen["item"]
        doc[key] = items
    elif verb == "remove":
        picked: dict[str, int] = {}

        def pick_removed() -> None:
            picked["index"] = _pick(
                key, doc, Msg("Hvilken skal fjernes?", "Which one is to be removed?")
            )

        def confirm() -> None:
            title = _title(key, doc[key][picked["index"]])
            picked["remove"] = ask_confirm(
                tt(f"Fjerne «{title}»?", f"Remove '{title}'?"), default=False, back=True
            )

        in_steps([pick_removed, confirm])
        if picked["remove"]:
            doc[key] = [item for n, item in enumerate(doc[key]) if n != picked["index"]]
    else:
        ask_value(key, doc)


def plan_walk(context: PlanContext, user: str) -> Document | None:
    """The menu loop; returns the document to save, or None to quit without saving.

    Esc in the menu is "quit without saving" (which asks first when something changed)."""
    from kecli.render.plans import live_summary

    original = copy.deepcopy(context.document)
    doc = copy.deepcopy(original)
    last: str | None = None
    while True:
        live_summary(doc, context.case, changed=doc != original)
        try:
            action = ask_menu(
                tt("Hva vil du gjøre?", "What do you want to do?"),
                _menu(doc),
                default=last,
                back=True,
                esc=tt("avslutt", "quit"),
            )
        except Back:
            action = "quit"
        else:
            last = action
        if action == "save":
            return doc
        try:
            if action == "quit":
                if doc == original or ask_confirm(
                    tt("Avslutte uten å lagre endringene?", "Quit without saving the changes?"),
                    default=False,
                    back=True,
                ):
                    return None
            else:
                _act(action, doc, user)
        except Back:
            continue
