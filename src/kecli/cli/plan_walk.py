"""The interactive plan editor: a live summary and a menu to add, change and remove entries.

It returns the document a ``--from-file`` run would have given, so the service checks
both the same way; every answer is checked as it is typed. Ctrl-C propagates (exit 130).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kecli import env
from kecli.cli.prompts import ask_confirm, ask_menu, ask_select, ask_text
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


def _optional() -> str:
    return tt(" (Enter for å hoppe over)", " (Enter to skip)")


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


def _ask_date(
    label: str, current: str | None, check: Callable[[str], None] | None = None
) -> str | None:
    def validate(text: str) -> None:
        _date(text)
        if check is not None:
            check(text)

    return _iso(ask_text(label + _optional(), default=current or "", check=validate))


def _ask_item(key: str, current: Document | None, user: str) -> Document:
    """Ask for each field of one entry; when changing, each answer starts as the stored one."""
    item: Document = {} if current is None else dict(current)
    for name, label, kind in ITEM_FIELDS[key]:
        shown = t(label)
        value = item.get(name)
        if kind == "required":
            item[name] = ask_text(shown, default=value or "", check=_required)
        elif kind == "text":
            if current is None and key == "evaluations" and name == "by":
                value = user
            item[name] = ask_text(shown + _optional(), default=value or "") or None
        elif kind == "status":
            item[name] = ask_select(
                shown, [(v, t(m)) for v, m in STATUS_TITLES], default=value or "active"
            )
        else:
            if current is None and key == "evaluations":
                value = env.today().isoformat()
            check = None
            if kind.startswith("after:"):
                earlier = kind.split(":", 1)[1]
                check = _not_before(item.get(earlier), Msg("fra-datoen", "the from date"))
            item[name] = _ask_date(shown, value, check)
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
    return int(ask_select(t(question), choices))


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
    if what == "own_contribution":
        doc["own_contribution"] = (
            ask_text(
                tt("Personens eget bidrag:", "The person's own contribution:") + _optional(),
                default=doc["own_contribution"] or "",
            )
            or None
        )
    elif what == "resources_needs":
        doc["resources"] = (
            ask_text(
                tt("Personens ressurser:", "The person's resources:") + _optional(),
                default=doc["resources"] or "",
            )
            or None
        )
        doc["needs"] = (
            ask_text(
                tt("Personens behov:", "The person's needs:") + _optional(),
                default=doc["needs"] or "",
            )
            or None
        )
    elif what == "period":
        start = _ask_date(tt("Planperioden fra:", "Plan period from:"), doc["period"]["from"])
        end = _ask_date(
            tt("Planperioden til:", "Plan period to:"),
            doc["period"]["to"],
            _not_before(start, Msg("starten", "the start")),
        )
        doc["period"] = {"from": start, "to": end}
    elif what == "next_evaluation":
        doc["next_evaluation"] = _ask_date(
            tt("Neste evaluering:", "Next evaluation:"), doc["next_evaluation"]
        )
    elif what == "consent":
        consent = dict(doc["consent"])
        consent["given"] = ask_confirm(
            tt("Har personen samtykket til planen?", "Has the person consented to the plan?"),
            default=bool(consent["given"]) or consent["on"] is None,
        )
        if consent["given"]:
            consent["on"] = _ask_date(
                tt("Samtykket den:", "Consent given on:"),
                consent["on"] or env.today().isoformat(),
                _not_future,
            )
            consent["by"] = (
                ask_text(
                    tt("Gitt av (personen eller verge):", "Given by (the person or guardian):")
                    + _optional(),
                    default=consent["by"] or "",
                )
                or None
            )
            consent["share_information"] = ask_confirm(
                tt(
                    "Samtykker personen til at deltakerne deler nødvendige opplysninger?",
                    "Does the person consent to the participants sharing the information "
                    "they need?",
                ),
                default=bool(consent["share_information"]),
            )
        else:
            consent.update(on=None, by=None, share_information=False)
        doc["consent"] = consent


def plan_walk(context: PlanContext, user: str) -> Document | None:
    """The menu loop; returns the document to save, or None to quit without saving."""
    from kecli.render.plans import live_summary

    original = copy.deepcopy(context.document)
    doc = copy.deepcopy(original)
    last: str | None = None
    while True:
        live_summary(doc, context.case, changed=doc != original)
        action = ask_menu(
            tt("Hva vil du gjøre?", "What do you want to do?"), _menu(doc), default=last
        )
        last = action
        verb, _, key = action.partition(":")
        if verb == "save":
            return doc
        if verb == "quit":
            if doc == original or ask_confirm(
                tt("Avslutte uten å lagre endringene?", "Quit without saving the changes?"),
                default=False,
            ):
                return None
        elif verb == "add":
            doc[key] = [*doc[key], _ask_item(key, None, user)]
        elif verb == "change":
            index = _pick(key, doc, Msg("Hvilken?", "Which one?"))
            items = list(doc[key])
            items[index] = _ask_item(key, items[index], user)
            doc[key] = items
        elif verb == "remove":
            index = _pick(key, doc, Msg("Hvilken skal fjernes?", "Which one is to be removed?"))
            if ask_confirm(
                tt(
                    f"Fjerne «{_title(key, doc[key][index])}»?",
                    f"Remove '{_title(key, doc[key][index])}'?",
                ),
                default=False,
            ):
                doc[key] = [item for n, item in enumerate(doc[key]) if n != index]
        else:
            _set(key, doc)
