"""What an assessment must respect before its decision is made: the case open, the dates in
their order, the right in force, the answers the dates already give, the notes' codes; and
what the caseworker is warned of."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import NamedTuple

from kecli.domain.cases import not_before_received
from kecli.domain.checks import not_after_today, not_before
from kecli.domain.eligibility import (
    BARNEKOORDINATOR_IN_FORCE,
    INNVILGET,
    Assessment,
    Kind,
    codes_hint,
    criterion_codes,
    in_force,
    refused_only_by_local_practice,
)
from kecli.errors import InvalidInput, Msg, RuleViolation


class Newest(NamedTuple):
    """The earliest day of a new decision, and the appeal whose last step set it."""

    day: dt.date
    appeal_id: int | None


def check_assessable(case_id: str, status: str) -> None:
    """A closed case is reopened before it is assessed."""
    if status == "closed":
        raise RuleViolation(
            Msg(
                f"Saken {case_id} er avsluttet og kan ikke vurderes.",
                f"Case {case_id} is closed and cannot be assessed.",
            ),
            Msg(
                f"Gjenåpne den først: kecli case reopen {case_id} --reason …",
                f"Reopen it first: kecli case reopen {case_id} --reason …",
            ),
        )


def check_decision_dates(
    decided_on: dt.date | None,
    notified_on: dt.date | None,
    *,
    received_on: dt.date,
    today: dt.date,
    newest: Newest | None = None,
) -> tuple[dt.date, dt.date | None]:
    """The decision day (default today) and the day it reached the person: only when given
    (``--notified-on``), never taken to be the decision day (pbrl § 7-5). Neither after
    today; the decision not before the inquiry nor before the case's newest decision or
    appeal step (the history never runs backwards); the notice not before the decision."""
    decided = decided_on or today
    if newest is not None:
        not_before(
            decided,
            newest.day,
            "--decided-on",
            Msg("sakens siste avgjørelse", "the case's latest decision")
            if newest.appeal_id is None
            else Msg(
                f"siste steg i klage #{newest.appeal_id}",
                f"the last step of appeal #{newest.appeal_id}",
            ),
            Msg(
                "En ny vurdering dateres samme dag eller senere.",
                "A new assessment is dated the same day or later.",
            ),
        )
    future = Msg(
        "En avgjørelse kan ikke dateres fram i tid.", "A decision cannot be dated in the future."
    )
    not_after_today(decided, today, "--decided-on", future)
    if notified_on is not None:
        not_after_today(notified_on, today, "--notified-on", future)
    not_before_received(decided, received_on, "--decided-on")
    if notified_on is not None:
        not_before(
            notified_on,
            decided,
            "--notified-on",
            Msg("avgjørelsen", "the decision"),
            Msg(
                "Avgjørelsen kan ikke nå personen før den er tatt.",
                "The decision cannot reach the person before it is made.",
            ),
        )
    return decided, notified_on


def check_in_force(kind: Kind, decided_on: dt.date) -> None:
    """A barnekoordinator cannot be decided before the right existed (pbrl § 2-5 c, in force
    from 1 August 2022)."""
    if in_force(kind, decided_on):
        return
    start = BARNEKOORDINATOR_IN_FORCE.isoformat()
    raise InvalidInput(
        Msg(
            f"--decided-on {decided_on.isoformat()} er før {start}, da retten til "
            "barnekoordinator begynte (pbrl § 2-5 c).",
            f"--decided-on {decided_on.isoformat()} is before {start}, when the right to a "
            "barnekoordinator began (pbrl § 2-5 c).",
        ),
        Msg(
            f"Gi en dato fra {start}; før det gjaldt bare koordinator (pbrl § 2-5 b).",
            f"Give a date from {start}; before that only koordinator applied (pbrl § 2-5 b).",
        ),
        field="decided_on",
    )


def complete_answers(
    answers: Mapping[str, bool], derived: bool | None, decided_on: dt.date
) -> dict[str, bool]:
    """The answers with ``child_age`` as the birth date gives it (``derived``: yes past 18
    where the municipality continues, DOMAIN § 2; None when the dates do not tell);
    InvalidInput for an answer that contradicts it."""
    result = dict(answers)
    if derived is None:
        return result
    given = result.get("child_age")
    if given is not None and given != derived:
        said = "yes" if given else "no"
        known = "yes" if derived else "no"
        raise InvalidInput(
            Msg(
                f"child_age={said} stemmer ikke med fødselsdatoen (gir {known} den "
                f"{decided_on.isoformat()}).",
                f"child_age={said} contradicts the birth date (which gives {known} on "
                f"{decided_on.isoformat()}).",
            ),
            Msg(
                "Utelat child_age: kecli regner det ut av fødselsdatoen.",
                "Leave child_age out: kecli derives it from the birth date.",
            ),
            field="answers",
        )
    result["child_age"] = derived
    return result


def check_note_codes(kind: Kind, notes: Mapping[str, str]) -> None:
    """A note belongs to a criterion of the case's kind."""
    stray = sorted(set(notes) - set(criterion_codes(kind)))
    if stray:
        raise InvalidInput(
            Msg(
                f"Merknad til ukjent kriterium: {', '.join(stray)}.",
                f"Note for an unknown criterion: {', '.join(stray)}.",
            ),
            codes_hint(kind),
            field="notes",
        )


def assessment_warnings(result: Assessment, *, wants_ip: bool) -> list[Msg]:
    """What the caseworker is told of a decision that stands: a koordinator granted for a
    complex need only gives no statutory right to an individuell plan (pbrl § 2-5); an
    avslag that rests only on the municipality's practice, not on the statute."""
    warnings: list[Msg] = []
    if wants_ip and result.outcome == INNVILGET and not result.ip_statutory_right:
        warnings.append(
            Msg(
                "Koordinator er innvilget bare fordi behovet er komplekst, ikke langvarig: det gir "
                "ikke lovfestet rett til individuell plan (pbrl § 2-5), men enheten kan tilby en.",
                "The koordinator is granted only because the need is complex, not long-term: that "
                "gives no statutory right to an individuell plan (pbrl § 2-5), but the unit may "
                "offer one.",
            )
        )
    if refused_only_by_local_practice(result):
        warnings.append(
            Msg(
                "Avslaget hviler bare på kommunens praksis (aktiv deltakelse), ikke på loven: "
                "lovens vilkår for koordinator er oppfylt"
                + (
                    ", og retten til individuell plan (pbrl § 2-5) består."
                    if result.ip_statutory_right
                    else "."
                ),
                "The avslag rests only on the municipality's practice (active participation), "
                "not on the statute: the statute's criteria for a koordinator are met"
                + (
                    ", and the right to an individuell plan (pbrl § 2-5) remains."
                    if result.ip_statutory_right
                    else "."
                ),
            )
        )
    return warnings
