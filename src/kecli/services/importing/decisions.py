"""A row's decision, checked as ``case assess`` and ``case notify`` would have made it:
its outcome following from the failed criteria, its dates in order, how and when it
was sent and reached the person, and the appeal deadline the law gives it."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, NamedTuple

from kecli.domain import deadlines
from kecli.domain.eligibility import (
    BARNEKOORDINATOR_IN_FORCE,
    BASIS_CONTINUED_PAST_18,
    Kind,
    criterion_codes,
    derived_child_age,
    evaluate,
)
from kecli.domain.plans import plan_outcome
from kecli.i18n.errors import importing as E
from kecli.services.importing.kept import Kept
from kecli.services.importing.problems import RowError, bad
from kecli.services.importing.rows import Row
from kecli.services.importing.values import Day, Days, as_bool, before, choice, cleaned

_OUTCOME_WORDS: dict[str | None, str] = {"innvilget": "innvilget", "avslag": "avslag"}
_NOTHING_FAILED: frozenset[str] = frozenset()
#: What the checks keep of deadlines.notice: (deadline, its ISO text, estimated), the
#: deadline None while the decision is not sent (a decision handed over or sent
#: digitally was notified the day it was sent: _notification says so).
Notice = tuple[dt.date | None, str | None, bool]
_NO_NOTICE: Notice = (None, None, False)
_new = tuple.__new__
_TRUTH: dict[str | None, bool | None] = {None: None, "true": True, "false": False}


class Decided(NamedTuple):
    """What the row's other checks need of its decision."""

    received: Day
    #: The deadline an appeal against it is judged by, as ``appeal file`` counts it (for
    #: an avslag its stored deadline; for an innvilget counted the same way): None while
    #: the decision is not sent.
    deadline: dt.date | None
    decided: Day
    outcome: str
    failed: frozenset[str]
    legal_basis: str
    #: The outcome a plan rests on (domain.plans.plan_outcome): the decision's, or
    #: innvilget for an avslag on the municipality's practice alone where the statute's
    #: IP right stands.
    plan_outcome: str


class Evaluation(NamedTuple):
    """What a kind's set of failed criteria makes of a decision (the same for many rows)."""

    failed_json: str
    answers_json: str
    outcome: str
    #: The legal basis when the row gives none: the one ``case assess`` gives.
    legal_basis: str
    plan_outcome: str


class Decisions:
    """Checks the decision columns of one row after the other, remembering what is the
    same on many rows (the evaluation of each set of failed criteria, the deadline of
    each day)."""

    def __init__(self, days: Days, kept: Kept, postal_days: int) -> None:
        self.days = days
        self.kept = kept
        #: The database's postal_days: a posted decision's estimated deadline is counted
        #: with it, as case notify does.
        self.postal_days = postal_days
        self._evaluated: dict[tuple[str, frozenset[str]], Evaluation] = {}
        #: The notice of a decision notified on a day, and of one posted on a day.
        self._notified: dict[dt.date, Notice] = {}
        self._posted: dict[dt.date, Notice] = {}
        self._vias = {via: via for via in deadlines.SEND_VIAS}

    def check(
        self,
        row: Row,
        case_id: str,
        kind: str,
        status: str,
        received: Day,
        wants_ip: bool,
        birth_day: dt.date | None,
        expected: Day | None,
        line: int,
    ) -> tuple[tuple[Any, ...], Decided]:
        """The decision's row (in the staged order of ``decisions``) and what the other
        checks need of it. A barnekoordinator decision's child_age is the one the child's
        age (``birth_day``, ``expected``) gives (check_child_age)."""
        if status == "received":
            raise bad(
                "status",
                E.RECEIVED_BUT_ROW_DECISION,
            )
        outcome = _OUTCOME_WORDS.get(row.decision_outcome) or choice(
            row.decision_outcome, ("innvilget", "avslag"), "decision_outcome"
        )
        decided = self._decided_on(row, kind, received)
        sent, via, notified = self._notification(row, decided)
        failed = frozenset(row.failed_criteria) if row.failed_criteria else _NOTHING_FAILED
        failed_json, answers_json, derived, default_basis, plan = self._evaluated_for(kind, failed)
        if derived != outcome:
            raise _not_following(outcome, derived, failed)
        deadline_iso, estimated, deadline = self._deadline(row, outcome, notified, sent, via, line)
        basis = _legal_basis(row.legal_basis, default_basis)
        kept = (
            case_id,
            outcome,
            decided[1],
            notified[1] if notified else None,
            deadline_iso,
            failed_json,
            answers_json,
            basis,
            wants_ip,
            sent[1] if sent else None,
            via,
            estimated,
        )
        # An appeal is judged by the deadline the notification gives (for an avslag, the
        # one stored; for an innvilget, counted the same way).
        # tuple.__new__: the NamedTuple without its __new__ in Python (0.3 → 0.1 µs a row).
        found = _new(Decided, (received, deadline, decided, outcome, failed, basis, plan))
        if kind == "barnekoordinator":
            check_child_age(birth_day, expected, found)
        return kept, found

    def _decided_on(self, row: Row, kind: str, received: Day) -> Day:
        raw = row.decided_on
        decided = (
            None
            if raw is None
            else self.days.past_known.get(raw) or self.days.past(raw, "decided_on")
        )
        if decided is None:
            raise bad("decided_on", E.VALUE_MISSING)
        if decided[0] < received[0]:
            raise before(decided, "decided_on", received, "received_on")
        if kind == "barnekoordinator" and decided[0] < BARNEKOORDINATOR_IN_FORCE:
            # As case assess: pbrl § 2-5 c is in force from 1 August 2022 (in_force).
            start = BARNEKOORDINATOR_IN_FORCE.isoformat()
            raise bad(
                "decided_on",
                E.BEFORE_WHEN_RIGHT_BARNEKOORDINATOR.fill(decided=decided[1], start=start),
            )
        return decided

    def _notification(self, row: Row, decided: Day) -> tuple[Day | None, str | None, Day | None]:
        """How it left the unit and when it reached the person (pbrl § 7-5), as case
        notify records them: empty is unknown (never the decision day)."""
        days = self.days
        raw = row.sent_on
        sent = None if raw is None else days.past_known.get(raw) or days.past(raw, "sent_on")
        via = None
        if row.sent_via is not None:
            via = self._vias.get(row.sent_via) or choice(
                row.sent_via, deadlines.SEND_VIAS, "sent_via"
            )
        if (sent is None) != (via is None):
            alone, wanted = ("sent_on", "sent_via") if via is None else ("sent_via", "sent_on")
            raise bad(alone, E.GIVEN_WITHOUT.fill(wanted=wanted))
        if sent is not None and sent[0] < decided[0]:
            raise before(sent, "sent_on", decided, "decided_on")
        raw = row.notified_on
        notified = (
            None if raw is None else days.past_known.get(raw) or days.past(raw, "notified_on")
        )
        if notified is not None:
            if notified[0] < decided[0]:
                raise before(notified, "notified_on", decided, "decided_on")
            if sent is not None and notified[0] < sent[0]:
                raise before(notified, "notified_on", sent, "sent_on")
        elif sent is not None and via in ("hand", "digital"):
            notified = sent  # it reached the person the day it was handed over or sent
        return sent, via, notified

    def _deadline(
        self,
        row: Row,
        outcome: str,
        notified: Day | None,
        sent: Day | None,
        via: str | None,
        line: int,
    ) -> tuple[str | None, bool, dt.date | None]:
        """The appeal deadline stored (ISO), whether it is an estimate, and the deadline an
        appeal is judged by (also an innvilget's). It is the law's, as case assess and case
        notify count it: four weeks from notified_on past weekends and holidays, or
        estimated from a posting (sent_on + the database's postal_days) while the arrival
        is unknown, stored for an avslag only. A file may give it (an export does); one
        that says otherwise (an older kecli stored a file's date as it was) is not taken:
        the law's is stored, and the import says how many."""
        if notified is not None:
            notice = self._notified.get(notified[0]) or self._notice(notified[0], False)
        elif sent is not None and via == "post":
            notice = self._posted.get(sent[0]) or self._notice(sent[0], True)
        else:
            notice = _NO_NOTICE
        deadline, deadline_iso, estimated = notice
        if outcome != "avslag":
            deadline_iso, estimated = None, False
        given = row.appeal_deadline
        if given is not None and given != deadline_iso:
            day = self.days.known.get(given) or self.days.day(given, "appeal_deadline")
            if day is not None and day[1] != deadline_iso:
                self.kept.corrected(line)
        raw = row.appeal_deadline_estimated
        said = _TRUTH[raw] if raw in _TRUTH else as_bool(raw, "appeal_deadline_estimated")
        if said is not None and said != estimated and given == deadline_iso:
            self.kept.corrected(line)
        return deadline_iso, estimated, deadline

    def _evaluated_for(self, kind: str, failed: frozenset[str]) -> Evaluation:
        """What the criteria that failed make of the decision. ``participation`` counts where a row lists it:
        that decision was made when the municipality's practice (or an older kecli)
        required it, and keeps its outcome whatever participation_required says now."""
        key = (kind, failed)
        found = self._evaluated.get(key)
        if found is None:
            codes = criterion_codes(Kind(kind))
            unknown = sorted(failed - set(codes))
            if unknown:
                raise bad(
                    "failed_criteria",
                    E.UNKNOWN_CRITERION_VALID.fill(
                        kind=kind, value=", ".join(unknown), value_2=", ".join(codes)
                    ),
                )
            answers = {code: code not in failed for code in codes}
            result = evaluate(Kind(kind), answers, participation_required=True)
            if set(result.failed_criteria) != failed:
                raise bad(
                    "failed_criteria",
                    E.CANNOT_ONLY_CRITERIA_MET.fill(value=", ".join(sorted(failed))),
                )
            found = Evaluation(
                json.dumps(list(result.failed_criteria)),
                json.dumps(answers),
                result.outcome,
                result.legal_basis,
                plan_outcome(result.outcome, result.failed_criteria, kind, answers)
                or result.outcome,
            )
            self._evaluated[key] = found
        return found

    def _notice(self, day: dt.date, posted: bool) -> Notice:
        """The notice of a decision notified on ``day``, or posted on it (remembered per
        day: a big import counts hundreds of thousands of them from a few thousand days)."""
        if posted:
            deadline = deadlines.appeal_deadline(day + dt.timedelta(days=self.postal_days))
            found = self._posted[day] = (deadline, deadline.isoformat(), True)
        else:
            deadline = deadlines.appeal_deadline(day)
            found = self._notified[day] = (deadline, deadline.isoformat(), False)
        return found


def _not_following(outcome: str, derived: str, failed: frozenset[str]) -> RowError:
    named = ", ".join(sorted(failed))
    return RowError(E.OUTCOME_NOT_FROM_CRITERIA.fill(outcome=outcome, named=named, derived=derived))


def _legal_basis(given: str | None, default: str) -> str:
    """The row's legal basis, or the one case assess gives when the row has none."""
    if given is None or given == default:
        return default
    return cleaned(given, "legal_basis", 200) or default


def check_child_age(birth_day: dt.date | None, expected: Day | None, decided: Decided) -> None:
    """A barnekoordinator decision's child_age as case assess derives it: the child's age
    on the decision day decides it, unless the grant after the 18th birthday was
    continued by the municipality, as its legal basis records (its setting then, not
    what it says now)."""
    day = decided.decided
    child = derived_child_age(birth_day, expected[0] if expected else None, day[0])
    met = "child_age" not in decided.failed
    continued = BASIS_CONTINUED_PAST_18 in decided.legal_basis
    if continued and (child is not False or not met):
        raise bad(
            "legal_basis",
            E.CONTINUED_BUT_CHILD_NOT_18.fill(
                basis_continued_past_18=BASIS_CONTINUED_PAST_18, day=day[1]
            ),
        )
    if child is not None and child != met and not continued:
        continued_says = "" if child else E.CONTINUED_SAYS.fill(basis=BASIS_CONTINUED_PAST_18)
        raise bad(
            "failed_criteria",
            E.CHILD_AGE_BIRTH_DATE.fill(
                met=E.IS_MET if child else E.IS_NOT_MET,
                day=day[1],
                continued=continued_says,
            ),
        )
