"""The guided ``appeal file`` and ``appeal resolve``: at a terminal they ask for what the
flags did not give, each answer checked as it is typed, then a confirmation (Enter: yes;
``n`` cancels and writes nothing, exit 130). They return what the flags would have given,
so the service checks both the same way."""

from __future__ import annotations

from dataclasses import dataclass

from kecli import env
from kecli.cli.prompts import ask_confirm, ask_select, ask_text, ask_yes_no
from kecli.errors import InvalidInput, Msg
from kecli.i18n import prompts as P
from kecli.i18n import t, tf


def _ask_date(question: Msg, earliest: str | None, before: Msg) -> str:
    """A date from ``earliest`` (``before`` names it) up to today, default today."""
    from kecli.domain.dates import parse_date

    def check(text: str) -> None:
        if not text.strip():
            raise InvalidInput(P.REQUIRED)
        day = parse_date(text, today=env.today())
        if day > env.today():
            raise InvalidInput(P.NOT_AFTER_TODAY)
        if earliest and day.isoformat() < earliest:
            raise InvalidInput(
                Msg(
                    P.DATE_BEFORE.nb.format(what=before.nb, date=earliest),
                    P.DATE_BEFORE.en.format(what=before.en, date=earliest),
                )
            )

    return ask_text(t(question), default=env.today().isoformat(), check=check)


def _optional(question: Msg) -> str | None:
    return ask_text(t(question) + t(P.OPTIONAL)) or None


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
    print(tf(P.APPEAL_AGAINST, id=case_id, outcome=outcome, decided_on=decided_on))
    filed_on = given.filed_on or _ask_date(P.FILED_ON, decided_on, P.THE_DECISION)
    grounds = given.grounds if given.grounds is not None else _optional(P.GROUNDS)
    unsigned = given.unsigned
    if not unsigned_given:
        unsigned = not ask_yes_no(t(P.SIGNED), default=True)
    note = given.note if given.note is not None else _optional(P.NOTE)
    if not ask_confirm(tf(P.REGISTER_APPEAL, id=case_id)):
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
        tf(P.FINAL_ANSWER, appeal=appeal_id, id=case_id),
        [(value, t(title)) for value, title in P.FINAL_CHOICES.items()],
        default="stadfestet",
    )
    if on is None:
        on = _ask_date(P.ANSWER_DATE, forwarded_on, P.THE_FORWARDING)
    if note is None:
        note = _optional(P.NOTE)
    if not ask_confirm(tf(P.RECORD_ANSWER, outcome=outcome)):
        raise KeyboardInterrupt
    return ResolvedInput(outcome, on, note)
