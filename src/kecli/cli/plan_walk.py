"""The interactive plan editor: a live summary and a menu to add, change and remove entries.

It returns the document a ``--from-file`` run would have given, so the service checks
both the same way; every answer is checked as it is typed. Esc (or an empty answer where a
value is required) goes back one step: to the previous prompt, or from the first prompt of
an action to the menu; what the session added or changed before stays until "Lagre" or
"Avslutt uten å lagre". Ctrl-C propagates (exit 130) and nothing is written.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from kecli import env
from kecli.cli.prompts import (
    Back,
    ask_confirm,
    ask_menu,
    ask_select,
    ask_text,
    ask_yes_no,
    back_hint,
)
from kecli.errors import InvalidInput, Msg
from kecli.i18n import t, tt

if TYPE_CHECKING:
    from kecli.services.plans import PlanContext

Document = dict[str, Any]

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

# Each field of an entry: (key, label, kind). Kinds: required, text, date, status,
# "after:KEY" (a date not before KEY's).
ITEM_FIELDS: dict[str, tuple[tuple[str, Msg, str], ...]] = {
    "goals": (
        ("text", Msg("Mål:", "Goal:"), "required"),
        ("target_date", Msg("Nås innen (dato):", "Target date:"), "date"),
        ("status", Msg("Status:", "Status:"), "status"),
    ),
    "measures": (
        ("text", Msg("Tiltak (hva):", "Measure (what):"), "required"),
        ("extent", Msg("Omfang:", "Extent:"), "text"),
        ("how", Msg("Hvordan:", "How:"), "text"),
        ("responsible", Msg("Ansvarlig:", "Responsible:"), "text"),
        ("start", Msg("Fra dato:", "From date:"), "date"),
        ("end", Msg("Til dato:", "To date:"), "after:start"),
    ),
    "participants": (
        ("name", Msg("Navn:", "Name:"), "required"),
        ("role", Msg("Rolle:", "Role:"), "text"),
        ("organisation", Msg("Virksomhet:", "Organisation:"), "text"),
        ("contact", Msg("Kontakt (telefon, e-post):", "Contact (phone, e-mail):"), "text"),
    ),
    "cooperation_partners": (
        ("name", Msg("Navn (tjeneste, etat):", "Name (service, agency):"), "required"),
        ("role", Msg("Rolle i planen:", "Role in the plan:"), "text"),
        ("contact", Msg("Kontakt:", "Contact:"), "text"),
    ),
    "meetings": (
        ("date", Msg("Dato:", "Date:"), "date"),
        ("purpose", Msg("Formål:", "Purpose:"), "required"),
        ("minutes", Msg("Referat:", "Minutes:"), "text"),
    ),
    "evaluations": (
        ("date", Msg("Dato:", "Date:"), "date"),
        ("summary", Msg("Oppsummering:", "Summary:"), "required"),
        ("by", Msg("Evaluert av:", "Evaluated by:"), "text"),
    ),
}

STATUS_TITLES = (
    ("active", Msg("aktivt", "active")),
    ("achieved", Msg("nådd", "achieved")),
    ("dropped", Msg("avsluttet", "dropped")),
)


def _required(text: str) -> None:
    if not text.strip():
        raise InvalidInput(Msg("Må fylles ut.", "Required."))


def _date(text: str) -> dt.date | None:
    from kecli.domain.dates import parse_date

    return parse_date(text, today=env.today()) if text.strip() else None


def _iso(text: str) -> str | None:
    value = _date(text)
    return value.isoformat() if value else None


def _not_before(start: str | None, what: Msg) -> Callable[[str], None]:
    def check(text: str) -> None:
        value = _date(text)
        if value is not None and start and value < dt.date.fromisoformat(start):
            raise InvalidInput(
                Msg(
                    f"Kan ikke være før {what.nb} ({start}).",
                    f"Cannot be before {what.en} ({start}).",
                )
            )

    return check


def _not_future(text: str) -> None:
    value = _date(text)
    if value is not None and value > env.today():
        raise InvalidInput(
            Msg("Datoen kan ikke være etter i dag.", "The date cannot be after today.")
        )


def _steps(steps: Sequence[Callable[[], object]]) -> None:
    """Run ``steps`` in order; Back in one goes to the one before it, and Back in the first
    goes on to the caller (the menu)."""
    index = 0
    while index < len(steps):
        try:
            steps[index]()
        except Back:
            if index == 0:
                raise
            index -= 1
        else:
            index += 1


def _ask_optional(label: str, current: str | None) -> str | None:
    return ask_text(label, default=current or "", instruction=back_hint(), back=True) or None


def _ask_required(label: str, current: str | None) -> str:
    text = ask_text(label, default=current or "", instruction=back_hint(required=True), back=True)
    if not text:
        raise Back
    return text


def _ask_date(
    label: str, current: str | None, check: Callable[[str], None] | None = None
) -> str | None:
    def validate(text: str) -> None:
        _date(text)
        if check is not None:
            check(text)

    return _iso(
        ask_text(label, default=current or "", check=validate, instruction=back_hint(), back=True)
    )


def _ask_item(key: str, current: Document | None, user: str) -> Document:
    """Ask for each field of one entry; when changing, each answer starts as the stored one.
    Back from the first field goes on to the caller; the entry is then left as it was."""
    item: Document = {} if current is None else dict(current)
    if current is None and key == "evaluations":
        item.update(date=env.today().isoformat(), by=user)

    def field(name: str, label: Msg, kind: str) -> Callable[[], None]:
        def ask() -> None:
            shown = t(label)
            value = item.get(name)
            if kind == "required":
                item[name] = _ask_required(shown, value)
            elif kind == "text":
                item[name] = _ask_optional(shown, value)
            elif kind == "status":
                item[name] = ask_select(
                    shown, [(v, t(m)) for v, m in STATUS_TITLES], default=value or "active",
                    back=True,
                )  # fmt: skip
            else:
                check = None
                if kind.startswith("after:"):
                    earlier = kind.split(":", 1)[1]
                    check = _not_before(item.get(earlier), Msg("fra-datoen", "the from date"))
                item[name] = _ask_date(shown, value, check)

        return ask

    _steps([field(name, label, kind) for name, label, kind in ITEM_FIELDS[key]])
    return item


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


def _set(what: str, doc: Document) -> None:
    """Set one of the plan's single values; nothing changes unless every step is answered."""
    if what == "own_contribution":
        value = _ask_optional(
            tt("Personens eget bidrag:", "The person's own contribution:"),
            doc["own_contribution"],
        )
        doc["own_contribution"] = value
    elif what == "resources_needs":
        values = {"resources": doc["resources"], "needs": doc["needs"]}

        def resources() -> None:
            values["resources"] = _ask_optional(
                tt("Personens ressurser:", "The person's resources:"), values["resources"]
            )

        def needs() -> None:
            values["needs"] = _ask_optional(
                tt("Personens behov:", "The person's needs:"), values["needs"]
            )

        _steps([resources, needs])
        doc.update(values)
    elif what == "period":
        period = dict(doc["period"])

        def start() -> None:
            period["from"] = _ask_date(tt("Planperioden fra:", "Plan period from:"), period["from"])

        def end() -> None:
            period["to"] = _ask_date(
                tt("Planperioden til:", "Plan period to:"),
                period["to"],
                _not_before(period["from"], Msg("starten", "the start")),
            )

        _steps([start, end])
        doc["period"] = period
    elif what == "next_evaluation":
        doc["next_evaluation"] = _ask_date(
            tt("Neste evaluering:", "Next evaluation:"), doc["next_evaluation"]
        )
    elif what == "consent":
        doc["consent"] = _ask_consent(dict(doc["consent"]))


def _ask_consent(consent: Document) -> Document:
    recorded = bool(consent["given"]) or consent["on"] is not None

    def given() -> None:
        consent["given"] = ask_yes_no(
            tt("Har personen samtykket til planen?", "Has the person consented to the plan?"),
            # the stored answer, once there is one; the first time it must be typed
            default=bool(consent["given"]) if recorded else None,
            back=True,
        )

    def on() -> None:
        if consent["given"]:
            consent["on"] = _ask_date(
                tt("Samtykket den:", "Consent given on:"),
                consent["on"] or env.today().isoformat(),
                _not_future,
            )

    def by() -> None:
        if consent["given"]:
            consent["by"] = _ask_optional(
                tt("Gitt av (personen eller verge):", "Given by (the person or guardian):"),
                consent["by"],
            )

    def share() -> None:
        if consent["given"]:
            consent["share_information"] = ask_confirm(
                tt(
                    "Samtykker personen til at deltakerne deler nødvendige opplysninger?",
                    "Does the person consent to the participants sharing the information "
                    "they need?",
                ),
                default=bool(consent["share_information"]),
                back=True,
            )
        else:
            consent.update(on=None, by=None, share_information=False)

    _steps([given, on, by, share])
    return consent


def _act(action: str, doc: Document, user: str) -> None:
    """Carry out one menu action on ``doc``; Back leaves ``doc`` as it was."""
    verb, _, key = action.partition(":")
    if verb == "add":
        item = _ask_item(key, None, user)
        doc[key] = [*doc[key], item]
    elif verb == "change":
        chosen: dict[str, Any] = {}

        def pick() -> None:
            chosen["index"] = _pick(key, doc, Msg("Hvilken?", "Which one?"))

        def change() -> None:
            chosen["item"] = _ask_item(key, doc[key][chosen["index"]], user)

        _steps([pick, change])
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

        _steps([pick_removed, confirm])
        if picked["remove"]:
            doc[key] = [item for n, item in enumerate(doc[key]) if n != picked["index"]]
    else:
        _set(key, doc)


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
