"""The appeal (klage) and its steps, as one transition table.

An appeal is filed with the unit that decided (pbrl § 7-2), which looks at
the case again (fvl § 33, by analogy): it either grants the appeal
(*medhold*), rejects it without trying the merits (*avvist*: no right to
appeal, too late and no reason to hear it anyway) or sends it on to
statsforvalteren, whose answer on the merits is final (fvl § 34; fvl § 28
third paragraph). The unit may still grant it after forwarding (fvl § 35
first paragraph a). Statsforvalteren's *avvist* is no answer on the merits:
it can itself be appealed, so it is not final. ``_TABLE`` below is the only
statement of which step is possible from which status, with which outcome,
and what follows; ``apply_step``, ``allowed_steps`` and ``reachable_states``
read it.

``withdraw`` (the family withdraws the appeal) is a step beyond SPEC § 4. A
withdrawn appeal leaves the rest of the appeal window open: the family may
appeal again until the deadline (:func:`is_withdrawn`).

Pure: no clock, no printing, no database.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final, Literal, TypeVar

from kecli.errors import InvalidInput, MissingInput, Msg, RuleViolation
from kecli.i18n import listed
from kecli.i18n.errors import appeals as E

__all__ = [
    "AppealStatus",
    "Effect",
    "FinalOutcome",
    "Step",
    "Transition",
    "UnitOutcome",
    "allowed_steps",
    "apply_step",
    "final_answer_bars_appeal",
    "is_withdrawn",
    "parse_final_outcome",
    "parse_unit_outcome",
]


class AppealStatus(StrEnum):
    """Where an appeal stands: pbrl § 7-2 (filed with the unit, sent on to statsforvalteren)."""

    FILED = "filed"
    AWAITING_FORWARDING = "awaiting_forwarding"
    FORWARDED = "forwarded"
    CLOSED = "closed"


class Step(StrEnum):
    """What can happen to an appeal: fvl §§ 33-34 (``withdraw`` is kecli's own)."""

    DECIDE = "decide"
    ESCALATE = "escalate"
    RESOLVE = "resolve"
    WITHDRAW = "withdraw"


class UnitOutcome(StrEnum):
    """The unit's own new look at the case: fvl § 33 second paragraph, by analogy
    (``avvist``: the appeal is rejected without trying the merits)."""

    MEDHOLD = "medhold"
    DELVIS_MEDHOLD = "delvis-medhold"
    IKKE_MEDHOLD = "ikke-medhold"
    AVVIST = "avvist"


class FinalOutcome(StrEnum):
    """Statsforvalteren's answer: fvl § 34 fourth paragraph (``avvist``: fvl § 34 first
    paragraph, no answer on the merits)."""

    STADFESTET = "stadfestet"
    OMGJORT = "omgjort"
    OPPHEVET = "opphevet"
    AVVIST = "avvist"


Effect = Literal["grant", "set_aside"]
"""What a step does to the case's decision: ``grant`` replaces it with a new
``innvilget`` (unit *medhold*, statsforvalteren *omgjort*); ``set_aside`` sets
it aside so that the case is assessed again (statsforvalteren *opphevet*)."""


@dataclass(frozen=True)
class Transition:
    """The appeal after a step (pbrl § 7-2, fvl §§ 33-34), and what it does to the decision.

    ``unit_outcome`` and ``final_outcome`` are the appeal's values after the
    step (a step that records neither keeps what was recorded), so the
    caller stores all three fields as they are.
    """

    status: AppealStatus
    unit_outcome: UnitOutcome | None
    final_outcome: FinalOutcome | None
    effect: Effect | None


_Outcome = UnitOutcome | FinalOutcome

_FILED: Final = AppealStatus.FILED
_AWAITING: Final = AppealStatus.AWAITING_FORWARDING
_FORWARDED: Final = AppealStatus.FORWARDED
_CLOSED: Final = AppealStatus.CLOSED

# (from, step) -> {outcome given with the step: (to, effect)}.
# A row keyed by None is a step that takes no outcome; a (from, step) pair
# that is missing is a step out of order. The outcome given is recorded on
# the appeal (unit or final, by its type).
_TABLE: Final[
    Mapping[tuple[AppealStatus, Step], Mapping[_Outcome | None, tuple[AppealStatus, Effect | None]]]
] = {
    (_FILED, Step.DECIDE): {
        UnitOutcome.MEDHOLD: (_CLOSED, "grant"),
        UnitOutcome.DELVIS_MEDHOLD: (_AWAITING, None),
        UnitOutcome.IKKE_MEDHOLD: (_AWAITING, None),
        # The family may want statsforvalteren to review the rejection: it waits too.
        UnitOutcome.AVVIST: (_AWAITING, None),
    },
    (_FILED, Step.ESCALATE): {None: (_FORWARDED, None)},
    (_FILED, Step.WITHDRAW): {None: (_CLOSED, None)},
    # In the person's favour the unit may change its decision at any time (fvl § 35
    # first paragraph a), also once it has answered or sent the appeal on.
    (_AWAITING, Step.DECIDE): {UnitOutcome.MEDHOLD: (_CLOSED, "grant")},
    (_AWAITING, Step.ESCALATE): {None: (_FORWARDED, None)},
    (_AWAITING, Step.WITHDRAW): {None: (_CLOSED, None)},
    (_FORWARDED, Step.DECIDE): {UnitOutcome.MEDHOLD: (_CLOSED, "grant")},
    (_FORWARDED, Step.RESOLVE): {
        FinalOutcome.STADFESTET: (_CLOSED, None),
        FinalOutcome.OMGJORT: (_CLOSED, "grant"),
        FinalOutcome.OPPHEVET: (_CLOSED, "set_aside"),
        FinalOutcome.AVVIST: (_CLOSED, None),
    },
    (_FORWARDED, Step.WITHDRAW): {None: (_CLOSED, None)},
}

_STATUS_TEXT: Final[Mapping[AppealStatus, Msg]] = {
    _FILED: E.FILED,
    _AWAITING: E.AWAITING_FORWARDING,
    _FORWARDED: E.FORWARDED_STATSFORVALTEREN,
    _CLOSED: E.CLOSED,
}

_OUTCOME_FLAG: Final = "--outcome"  # in the commands a hint proposes


def allowed_steps(status: AppealStatus) -> tuple[Step, ...]:
    """The steps possible from ``status``: pbrl § 7-2, fvl §§ 33-34 (read from the one table)."""
    return tuple(step for step in Step if (status, step) in _TABLE)


def open_appeal_blocks_assessment(case_id: str, appeal_id: int, status: AppealStatus) -> None:
    """A new ``case assess`` while an appeal is open would leave the appeal against a decision
    no longer current (its steps would then set aside or replace the wrong one). The unit's
    new look at an appealed decision is the appeal's own step (fvl § 33: ``appeal decide``);
    after statsforvalteren's ``opphevet`` the case is assessed again. RuleViolation unless
    the appeal is closed."""
    if status is _CLOSED:
        return
    commands = [_command(step, status).replace("CASE", case_id) for step in allowed_steps(status)]
    state = _STATUS_TEXT[status]
    raise RuleViolation(
        E.CASE_OPEN_APPEAL_APPEAL,
        Msg("Mulig nå: " + " eller ".join(commands), "Possible now: " + " or ".join(commands)),
        case_id=case_id,
        appeal_id=appeal_id,
        state=Msg(state.nb, state.en),
    )


def final_answer_bars_appeal(
    case_id: str,
    appeal_id: int,
    final: FinalOutcome | None,
    resolved_on: dt.date | None,
    *,
    appealed_is_current: bool,
    current_is_its_decision: bool,
) -> None:
    """Statsforvalteren's decision in an appeal cannot itself be appealed (fvl § 28 third
    paragraph): RuleViolation when the case's current decision is one statsforvalteren
    upheld (``stadfestet``, ``appealed_is_current``) or made (``omgjort``,
    ``current_is_its_decision``) in appeal ``appeal_id``. After ``opphevet`` the unit
    decides again, and that new decision can be appealed; statsforvalteren's ``avvist``
    tried nothing on the merits, and a withdrawn appeal was never answered: neither bars
    a new appeal."""
    if final is FinalOutcome.STADFESTET and appealed_is_current:
        nb_what, en_what = "stadfestet avgjørelsen", "upheld the decision"
    elif final is FinalOutcome.OMGJORT and current_is_its_decision:
        nb_what, en_what = "omgjort avgjørelsen", "changed the decision"
    else:
        return
    nb_day = f" den {resolved_on.isoformat()}" if resolved_on else ""
    en_day = f" on {resolved_on.isoformat()}" if resolved_on else ""
    raise RuleViolation(
        E.STATSFORVALTEREN_APPEAL_DECISION_APPEAL,
        E.IF_CIRCUMSTANCES_CHANGED_ASSESS,
        what=Msg(nb_what, en_what),
        day=Msg(nb_day, en_day),
        appeal_id=appeal_id,
        case_id=case_id,
    )


def is_withdrawn(
    status: AppealStatus | str, unit_outcome: str | None, final_outcome: str | None
) -> bool:
    """Whether the family withdrew the appeal, which leaves the window open (pbrl § 7-5).

    Read from the state alone: closed with neither statsforvalteren's answer nor the
    unit's ``medhold`` (the only other ways to close one, fvl §§ 33-35). The rest of the
    appeal window stays open: the family may appeal again until the deadline."""
    return status == _CLOSED and final_outcome is None and unit_outcome != UnitOutcome.MEDHOLD


@functools.cache
def reachable_states() -> frozenset[tuple[AppealStatus, UnitOutcome | None, FinalOutcome | None]]:
    """Every (status, unit outcome, final outcome) an appeal can have, walked from a new
    appeal through the table with every step and outcome: what an imported appeal may
    say of itself (an appeal ``forwarded`` with ``medhold`` never was)."""
    _State = tuple[AppealStatus, UnitOutcome | None, FinalOutcome | None]
    start: _State = (_FILED, None, None)
    seen = {start}
    todo = [start]
    while todo:
        status, unit, _final = todo.pop()
        for step in allowed_steps(status):
            for outcome in _TABLE[(status, step)]:
                after = apply_step(status, step, outcome=outcome, current_unit_outcome=unit)
                state = (after.status, after.unit_outcome, after.final_outcome)
                if state not in seen:
                    seen.add(state)
                    todo.append(state)
    return frozenset(seen)


def parse_unit_outcome(text: str) -> UnitOutcome:
    """The unit's outcome typed by the user (fvl § 33 by analogy), or InvalidInput."""
    return _parse(tuple(UnitOutcome), text)


def parse_final_outcome(text: str) -> FinalOutcome:
    """Statsforvalteren's outcome typed by the user (fvl § 34), or InvalidInput."""
    return _parse(tuple(FinalOutcome), text)


def apply_step(
    status: AppealStatus,
    step: Step,
    *,
    outcome: str | None = None,
    current_unit_outcome: UnitOutcome | None = None,
) -> Transition:
    """The appeal after ``step``: pbrl §§ 7-2, 7-5; fvl § 33 (by analogy) and § 34."""
    if outcome is not None:
        # A word no state of the appeal would take is bad input (exit 2) whatever the
        # appeal's state; only a good word can be out of order.
        _outcome_for(step, _step_outcomes(step), outcome)
    row = _TABLE.get((status, step))
    if row is None:
        raise _out_of_order(status, step)
    given = _outcome_for(step, row, outcome, status)
    target, effect = row[given]
    unit_outcome = given if isinstance(given, UnitOutcome) else current_unit_outcome
    if target is _FORWARDED and unit_outcome is None:
        # Sending the appeal on means the unit did not grant it.
        unit_outcome = UnitOutcome.IKKE_MEDHOLD
    final_outcome = given if isinstance(given, FinalOutcome) else None
    return Transition(target, unit_outcome, final_outcome, effect)


def _outcome_for(
    step: Step,
    row: Mapping[_Outcome | None, object],
    text: str | None,
    status: AppealStatus | None = None,
) -> _Outcome | None:
    """The outcome ``text`` names among the row's, or None for a step that takes none.
    With ``status``, a word the step takes elsewhere but not from this status is a step
    out of order (RuleViolation), not bad input."""
    choices = [outcome for outcome in row if outcome is not None]
    if not choices:
        if text is not None:
            raise InvalidInput(E.STEP_TAKES_NO_OUTCOME, _command(step, status), step=step)
        return None
    if text is None:
        raise MissingInput(
            E.OUTCOME_NEEDED_FOR_STEP,
            _command(step, status),
            step=step,
            value=Msg(listed(choices, "eller"), listed(choices, "or")),
        )
    if status is not None:
        word = _parse([o for o in _step_outcomes(step) if o is not None], text)
        if word not in choices:
            raise _outcome_out_of_order(status, step, word, choices)
    return _parse(choices, text)


_E = TypeVar("_E", bound=StrEnum)


def _parse(choices: Sequence[_E], text: str) -> _E:
    # Lenient about case, spaces and snake_case; the stored value is the CLI word.
    word = text.strip().lower().replace("_", "-")
    for choice in choices:
        if choice == word:
            return choice
    raise InvalidInput(
        E.UNKNOWN_OUTCOME_VALID,
        f"{_OUTCOME_FLAG} {'|'.join(choices)}",
        text=text,
        value=Msg(listed(choices, "eller"), listed(choices, "or")),
    )


def _step_outcomes(step: Step) -> dict[_Outcome | None, None]:
    """Every outcome ``step`` takes in some state of the appeal (for the check of a word)."""
    found: dict[_Outcome | None, None] = {}
    for (_, table_step), row in _TABLE.items():
        if table_step is step:
            found.update(dict.fromkeys(row))
    return found


def _command(step: Step, status: AppealStatus | None = None) -> str:
    """The command line for ``step``, with the outcomes the table gives it from ``status``
    (every status when None)."""
    if status is not None and (status, step) in _TABLE:
        outcomes = [outcome for outcome in _TABLE[(status, step)] if outcome is not None]
    else:
        outcomes = [outcome for outcome in _step_outcomes(step) if outcome is not None]
    flag = f" {_OUTCOME_FLAG} {'|'.join(outcomes)}" if outcomes else ""
    return f"kecli appeal {step} CASE{flag}"


def _out_of_order(status: AppealStatus, step: Step) -> RuleViolation:
    state = _STATUS_TEXT[status]
    possible = allowed_steps(status)
    steps_nb = ", ".join(possible) or "ingenting"
    steps_en = ", ".join(possible) or "nothing"
    message = E.CANNOT_APPEAL_POSSIBLE_NOW.fill(
        step=step, state=Msg(state.nb, state.en), steps=Msg(steps_nb, steps_en)
    )
    if possible:
        commands = [_command(s, status) for s in possible]
        hint = Msg(" eller ".join(commands), " or ".join(commands))
    else:
        hint = E.APPEAL_CURRENT_DECISION_KECLI
    return RuleViolation(message, hint)


def _outcome_out_of_order(
    status: AppealStatus, step: Step, word: _Outcome, choices: Sequence[_Outcome]
) -> RuleViolation:
    """A good outcome the step takes, but not from ``status`` (e.g. ``decide --outcome
    ikke-medhold`` once the appeal is forwarded: then only ``medhold`` is left)."""
    state = _STATUS_TEXT[status]
    commands = [_command(s, status) for s in allowed_steps(status)]
    return RuleViolation(
        E.CANNOT_APPEAL_NOW_ONLY,
        Msg(" eller ".join(commands), " or ".join(commands)),
        step=step,
        word=word,
        state=Msg(state.nb, state.en),
        value=Msg(listed(choices, "eller"), listed(choices, "or")),
    )
