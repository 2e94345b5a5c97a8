"""The guided ``appeal file`` and ``appeal resolve``: at a terminal they ask for what the
flags did not give, each answer checked as it is typed, then a confirmation (Enter: yes;
``n`` cancels and writes nothing, exit 130). They return what the flags would have given,
so the service checks both the same way."""

from __future__ import annotations

from dataclasses import dataclass

from kecli import env
from kecli.cli.prompts import ask_confirm, ask_select, ask_text, ask_yes_no
from kecli.errors import InvalidInput, Msg
from kecli.i18n import t, tt

#: Statsforvalteren's answers as the walk offers them: what each means for the case.
FINAL_TITLES = (
    ("stadfestet", Msg("stadfestet — avgjørelsen står", "stadfestet — the decision stands")),
    (
        "omgjort",
        Msg("omgjort — endret til innvilget", "omgjort — changed in the person's favour"),
    ),
    (
        "opphevet",
        Msg(
            "opphevet — saken skal vurderes på nytt",
            "opphevet — set aside: the case is assessed again",
        ),
    ),
    (
        "avvist",
        Msg(
            "avvist — ikke prøvd; ikke endelig",
            "avvist — rejected without trying the merits; not final",
        ),
    ),
)


def _ask_date(question: str, earliest: str | None, before: Msg) -> str:
    """A date from ``earliest`` (``before`` names it) up to today, default today."""
    from kecli.domain.dates import parse_date

    def check(text: str) -> None:
        if not text.strip():
            raise InvalidInput(Msg("Må fylles ut.", "Required."))
        day = parse_date(text, today=env.today())
        if day > env.today():
            raise InvalidInput(
                Msg("Datoen kan ikke være etter i dag.", "The date cannot be after today.")
            )
        if earliest and day.isoformat() < earliest:
            raise InvalidInput(
                Msg(
                    f"Datoen er før {before.nb} ({earliest}).",
                    f"The date is before {before.en} ({earliest}).",
                )
            )

    return ask_text(question, default=env.today().isoformat(), check=check)


def _optional(question: str) -> str | None:
    return ask_text(question + tt(" (Enter for å hoppe over)", " (Enter to skip)")) or None


@dataclass
class FiledInput:
    filed_on: str | None
    grounds: str | None
    unsigned: bool
    note: str | None


def file_walk(
    case_id: str,
    outcome: str,
    decided_on: str | None,
    *,
    given: FiledInput,
    unsigned_given: bool,
) -> FiledInput:
    """Ask when the appeal came, what it says, whether it is signed, and a note: each only
    where no flag gave it."""
    print(
        tt(
            f"Klage på avgjørelsen i sak {case_id}: {outcome} {decided_on}.",
            f"An appeal against the decision in {case_id}: {outcome} {decided_on}.",
        )
    )
    filed_on = given.filed_on or _ask_date(
        tt("Når ble klagen postlagt eller levert?", "When was the appeal posted or delivered?"),
        decided_on,
        Msg("avgjørelsen", "the decision"),
    )
    grounds = given.grounds
    if grounds is None:
        grounds = _optional(tt("Hva sier klagen?", "What does the appeal say?"))
    unsigned = given.unsigned
    if not unsigned_given:
        unsigned = not ask_yes_no(
            tt("Er klagen underskrevet?", "Is the appeal signed?"), default=True
        )
    note = given.note if given.note is not None else _optional(tt("Merknad:", "Note:"))
    if not ask_confirm(tt(f"Registrere klagen i {case_id}?", f"Register the appeal in {case_id}?")):
        raise KeyboardInterrupt
    return FiledInput(filed_on, grounds, unsigned, note)


@dataclass
class ResolvedInput:
    outcome: str
    on: str | None
    note: str | None


def resolve_walk(
    case_id: str, appeal_id: int, *, forwarded_on: str | None, on: str | None, note: str | None
) -> ResolvedInput:
    """Ask for statsforvalteren's answer, its date and a note: each only where no flag gave
    it."""
    outcome = ask_select(
        tt(
            f"Statsforvalterens svar på klage #{appeal_id} i {case_id}:",
            f"Statsforvalteren's answer to appeal #{appeal_id} in {case_id}:",
        ),
        [(value, t(title)) for value, title in FINAL_TITLES],
        default="stadfestet",
    )
    if on is None:
        on = _ask_date(
            tt("Datoen for svaret:", "The date of the answer:"),
            forwarded_on,
            Msg("oversendelsen", "the forwarding"),
        )
    if note is None:
        note = _optional(tt("Merknad:", "Note:"))
    if not ask_confirm(tt(f"Registrere svaret ({outcome})?", f"Record the answer ({outcome})?")):
        raise KeyboardInterrupt
    return ResolvedInput(outcome, on, note)
