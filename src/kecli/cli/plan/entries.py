"""The plan editor's questions: one entry's fields, one of the plan's single values, the
consent. Each answer is checked as it is typed; Esc (or an empty answer where a value is
required) goes back one step, and from the first step on to the menu (``Back``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from kecli import env
from kecli.cli.prompts import Back, ask_confirm, ask_select, ask_text, ask_yes_no, back_hint
from kecli.errors import InvalidInput, Msg
from kecli.i18n import t, tt

Document = dict[str, Any]

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


def in_steps(steps: Sequence[Callable[[], object]]) -> None:
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


def ask_item(key: str, current: Document | None, user: str) -> Document:
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

    in_steps([field(name, label, kind) for name, label, kind in ITEM_FIELDS[key]])
    return item


def ask_value(what: str, doc: Document) -> None:
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

        in_steps([resources, needs])
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

        in_steps([start, end])
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

    in_steps([given, on, by, share])
    return consent
