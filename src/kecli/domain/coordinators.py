"""Which coordinator may serve which case, and when: hol §§ 7-2 (koordinator), 7-2 a
(barnekoordinator) and 7-3."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kecli.domain.checks import at_most, not_before
from kecli.domain.dates import eighteenth_birthday
from kecli.errors import Conflict, InvalidInput, Msg, RuleViolation

COORDINATOR_KINDS = ("koordinator", "barnekoordinator", "begge")


def covers(coordinator_kind: str, case_kind: str) -> bool:
    """A coordinator serves cases of their own kind; ``begge`` serves both (hol § 7-3)."""
    return coordinator_kind == "begge" or coordinator_kind == case_kind


def past_18_bars_appointment(
    case_id: str, case_kind: str, birth_date: dt.date | None, on: dt.date, *, allowed: bool
) -> None:
    """The right to a barnekoordinator ends on the child's 18th birthday (pbrl § 2-5 c); the
    municipality may continue past it (``barnekoordinator_past_18``, DOMAIN § 2).
    RuleViolation for an appointment on or after that day when it does not."""
    if case_kind != "barnekoordinator" or birth_date is None or allowed:
        return
    turned = eighteenth_birthday(birth_date)
    if on < turned:
        return
    raise RuleViolation(
        Msg(
            f"Barnet i sak {case_id} fylte 18 år {turned.isoformat()}: retten til "
            "barnekoordinator varer til 18 år (pbrl § 2-5 c).",
            f"The child in case {case_id} turned 18 on {turned.isoformat()}: the right to a "
            "barnekoordinator lasts until 18 (pbrl § 2-5 c).",
        ),
        Msg(
            "Registrer en koordinatorsak (kecli case new --kind koordinator), eller slå på "
            "barnekoordinator_past_18 hvis kommunen fortsetter etter 18 år.",
            "Register a koordinator case (kecli case new --kind koordinator), or turn on "
            "barnekoordinator_past_18 if the municipality continues past 18.",
        ),
    )


@dataclass(frozen=True)
class Candidate:
    """A coordinator as an appointment weighs them."""

    id: int
    name: str
    kind: str
    independent: bool
    active: bool
    max_cases: int | None


def check_max_cases(max_cases: int | None) -> None:
    """A coordinator's most cases, when set, is a positive number."""
    if max_cases is not None and max_cases < 1:
        raise InvalidInput(
            Msg("--max-cases må være minst 1.", "--max-cases must be at least 1."),
            field="max_cases",
        )
    if max_cases is not None:
        at_most(max_cases, "--max-cases")


def check_deactivation(
    coordinator_id: int, active: bool, on: dt.date, latest: dt.date | None
) -> None:
    """A coordinator leaves once, and not before their latest appointment began (each of
    their appointments ends that day: one that began later would end before it began)."""
    if not active:
        raise RuleViolation(
            Msg(
                f"Koordinator {coordinator_id} er allerede deaktivert.",
                f"Coordinator {coordinator_id} is already deactivated.",
            )
        )
    if latest is not None:
        not_before(
            on,
            latest,
            "--on",
            Msg("koordinatorens siste oppnevning", "the coordinator's latest appointment"),
        )


def check_granted(case_id: str, status: str, outcome: str | None) -> None:
    """A coordinator is appointed in an open case whose right is granted (pbrl §§ 2-5 a,
    2-5 c; DOMAIN § 3 step 3). ``outcome``: of the current decision, None when there is none
    (or it is set aside)."""
    if status == "closed":
        raise RuleViolation(
            Msg(f"Saken {case_id} er avsluttet.", f"Case {case_id} is closed."),
            Msg(
                f"Gjenåpne den først: kecli case reopen {case_id} --reason …",
                f"Reopen it first: kecli case reopen {case_id} --reason …",
            ),
        )
    if outcome != "innvilget":
        raise RuleViolation(
            Msg(
                f"Saken {case_id} har ikke en innvilget avgjørelse; koordinator kan bare "
                "oppnevnes når retten er innvilget.",
                f"Case {case_id} has no innvilget decision; a coordinator can only be appointed "
                "once the right is granted.",
            ),
            Msg(
                f"Vurder saken: kecli case assess {case_id}",
                f"Assess the case: kecli case assess {case_id}",
            ),
        )


def check_appointment_day(
    on: dt.date,
    *,
    decided_on: dt.date,
    current_since: dt.date | None,
    ended_until: dt.date | None = None,
    ended_coordinator: int | None = None,
) -> None:
    """An appointment begins on or after the decision and the current appointment, and after
    the last one ended: one coordinator at a time (also in the time a case was closed)."""
    not_before(on, decided_on, "--on", Msg("avgjørelsen", "the decision"))
    if current_since is not None:
        not_before(
            on, current_since, "--on", Msg("den nåværende oppnevningen", "the current appointment")
        )
    elif ended_until is not None:
        day = ended_until.isoformat()
        not_before(
            on,
            ended_until,
            "--on",
            Msg("forrige oppnevning sluttet", "the previous appointment ended"),
            shown=Msg(
                f"{day}, koordinator {ended_coordinator}", f"{day}, coordinator {ended_coordinator}"
            ),
        )


def needs_independent(case_kind: str, *, required: bool) -> bool:
    """Whether the case needs an independent coordinator: a barnekoordinator where the
    municipality requires it (``require_independent_barnekoordinator``, hol § 7-2 a)."""
    return required and case_kind == "barnekoordinator"


def may_serve(candidate: Candidate, case_kind: str, *, require_independent: bool) -> bool:
    """Whether the coordinator may be offered for the case: their kind covers it, and they
    are independent where that is required (inactive ones are not listed at all)."""
    return covers(candidate.kind, case_kind) and (
        candidate.independent or not needs_independent(case_kind, required=require_independent)
    )


def check_candidate(
    candidate: Candidate,
    case_id: str,
    case_kind: str,
    current_coordinator: int | None,
    *,
    require_independent: bool,
) -> None:
    """The coordinator is active, of a kind that covers the case, independent where the
    municipality requires it, and not already the case's coordinator."""
    if not candidate.active:
        raise RuleViolation(
            Msg(
                f"Koordinator {candidate.id} ({candidate.name}) er deaktivert.",
                f"Coordinator {candidate.id} ({candidate.name}) is deactivated.",
            ),
            Msg(
                "Se aktive koordinatorer: kecli coordinator list",
                "See active coordinators: kecli coordinator list",
            ),
        )
    if not covers(candidate.kind, case_kind):
        raise RuleViolation(
            Msg(
                f"{candidate.name} er {candidate.kind} og kan ikke oppnevnes i en {case_kind}-sak.",
                f"{candidate.name} is a {candidate.kind} and cannot be appointed in a "
                f"{case_kind} case.",
            ),
            Msg(
                f"Velg en som er {case_kind} eller begge: kecli coordinator list",
                f"Choose one who is {case_kind} or begge: kecli coordinator list",
            ),
        )
    if needs_independent(case_kind, required=require_independent) and not candidate.independent:
        raise RuleViolation(
            Msg(
                f"{candidate.name} er ikke uavhengig, og kommunen krever uavhengige "
                "barnekoordinatorer.",
                f"{candidate.name} is not independent, and the municipality requires "
                "independent barnekoordinators.",
            ),
            Msg(
                "Velg en uavhengig barnekoordinator, eller endre "
                "require_independent_barnekoordinator.",
                "Choose an independent barnekoordinator, or change "
                "require_independent_barnekoordinator.",
            ),
        )
    if current_coordinator == candidate.id:
        raise Conflict(
            Msg(
                f"{candidate.name} er allerede koordinator i sak {case_id}.",
                f"{candidate.name} is already the coordinator of case {case_id}.",
            )
        )


def check_other_kind(other_kind: str, other_case: str, *, replace_other: bool) -> None:
    """A family has a koordinator or a barnekoordinator, not both (hol § 7-2 a): the other
    appointment ends only when the caseworker says so (``--replace-other``)."""
    if replace_other:
        return
    raise RuleViolation(
        Msg(
            f"Personen har allerede en aktiv {other_kind} i sak {other_case}; en familie "
            "skal ikke ha både koordinator og barnekoordinator.",
            f"The person already has an active {other_kind} in case {other_case}; a family "
            "should not have both a koordinator and a barnekoordinator.",
        ),
        Msg(
            "Avtal med familien hvem som skal følge opp, og bruk --replace-other for å "
            "avslutte den andre oppnevningen.",
            "Agree with the family which one, and use --replace-other to end the other "
            "appointment.",
        ),
    )


def at_capacity(candidate: Candidate, load: int) -> bool:
    """Whether the coordinator already has as many active cases as they may have."""
    return candidate.max_cases is not None and load >= candidate.max_cases


def check_caseload(candidate: Candidate, load: int, *, force: bool) -> None:
    """A coordinator at their most cases takes another only with ``--force``."""
    if at_capacity(candidate, load) and not force:
        raise RuleViolation(
            Msg(
                f"{candidate.name} har allerede {load} av maks {candidate.max_cases} saker.",
                f"{candidate.name} already has {load} of at most {candidate.max_cases} cases.",
            ),
            Msg("Velg en annen, eller bruk --force.", "Choose another, or use --force."),
        )
