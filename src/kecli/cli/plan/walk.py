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
from kecli.i18n import label, t, tf
from kecli.i18n import labels as L
from kecli.i18n import prompts as P

if TYPE_CHECKING:
    from kecli.services.plans import PlanContext

LIST_MENU = P.LIST_MENU
SET_MENU = P.SET_MENU


def _title(key: str, item: Document) -> str:
    fields = ITEM_FIELDS[key]
    first = str(item.get(fields[0][0]) or "—")
    if key == "meetings" or key == "evaluations":
        first = f"{item.get('date') or '—'} {item.get(fields[1][0]) or ''}"
    elif key == "goals":
        first += f" ({item.get('target_date') or '—'}, {label(L.GOAL_STATUS, item.get('status'))})"
    elif item.get(fields[1][0]):
        first += f" — {item.get(fields[1][0])}"
    text = " ".join(first.split())[:70]
    return text if item.get("id") else f"{text} {t(L.NEW)}"


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
    choices.append(("save", t(P.SAVE_AND_QUIT)))
    choices.append(("quit", t(P.QUIT_WITHOUT_SAVING)))
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
            chosen["index"] = _pick(key, doc, P.WHICH)

        def change() -> None:
            chosen["item"] = ask_item(key, doc[key][chosen["index"]], user)

        in_steps([pick, change])
        items = list(doc[key])
        items[chosen["index"]] = chosen["item"]
        doc[key] = items
    elif verb == "remove":
        picked: dict[str, int] = {}

        def pick_removed() -> None:
            picked["index"] = _pick(key, doc, P.WHICH_REMOVED)

        def confirm() -> None:
            title = _title(key, doc[key][picked["index"]])
            picked["remove"] = ask_confirm(tf(P.REMOVE, title=title), default=False, back=True)

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
                t(P.WHAT_NOW),
                _menu(doc),
                default=last,
                back=True,
                esc=t(P.QUIT_WORD),
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
                    t(P.QUIT_UNSAVED),
                    default=False,
                    back=True,
                ):
                    return None
            else:
                _act(action, doc, user)
        except Back:
            continue
