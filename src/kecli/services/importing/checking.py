"""The checks of one row of an import file, as ``case new``, ``case assess``, ``case
notify``, ``coordinator assign`` and ``appeal file`` would have made its case, section by
section (the case's id, the person, its status, its decision, its coordinator, its
appeal, its plan); what passes is kept (:class:`.kept.Kept`) to be written.

Written for speed (an import of a million rows runs through here): the common values
are looked up in small dicts, and the slow path, with its message, is taken only when
that fails.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from kecli.domain import deadlines
from kecli.domain.cases import KINDS, STATUSES
from kecli.domain.checks import INT_MAX
from kecli.domain.identity import is_synthetic_value
from kecli.domain.plans import plan_is_kept
from kecli.i18n.errors import importing as E
from kecli.services.importing.appeals import check_appeal, check_set_aside_appeal
from kecli.services.importing.coordinators import Coordinators
from kecli.services.importing.decisions import Decided, Decisions
from kecli.services.importing.documents import json_texts
from kecli.services.importing.kept import Kept
from kecli.services.importing.people import person_of
from kecli.services.importing.problems import RowError, bad
from kecli.services.importing.rows import Row
from kecli.services.importing.values import Day, Days, as_bool, before, choice, cleaned
from kecli.store.staging import SeenKeys

_CASE_ID = re.compile(r"(\d{4})-(\d{4,6})", re.ASCII)
_STATUS_WORDS: dict[str | None, str] = {s: s for s in STATUSES}
#: The columns of a decision, and those of an appeal: none may be given without a
#: decision_outcome (but an appeal's whose decision was set aside).
_DECISION_COLUMNS = (
    "decided_on", "sent_on", "sent_via", "notified_on", "appeal_deadline",
    "appeal_deadline_estimated", "legal_basis",
)  # fmt: skip
_APPEAL_COLUMNS = (
    "appeal_status", "appeal_filed_on", "appeal_timely", "appeal_unit_outcome",
    "appeal_final_outcome",
)  # fmt: skip
_NO_DECISION_COLUMNS = (*_DECISION_COLUMNS, *_APPEAL_COLUMNS)


class Checker:
    """Checks one row after the other and keeps what is to be written (:attr:`kept`)."""

    def __init__(
        self,
        *,
        today: dt.date,
        user: str,
        allow_synthetic: bool,
        now: str,
        seen: SeenKeys,
        postal_days: int = deadlines.POSTAL_DAYS,
    ) -> None:
        self.today = today
        self.user = user
        self.allow_synthetic = allow_synthetic
        self.now = now
        self.kept = Kept()
        self.seen = seen
        self.days = Days(today)
        self.decisions = Decisions(self.days, self.kept, postal_days)
        self.coordinators = Coordinators(seen.coordinators)
        #: The highest id key of the earlier chunks: files are mostly in id order, and only
        #: an id up to it can repeat one of theirs, so a sorted file needs no lookup.
        self.top_id = -1
        self._users: dict[str, str] = {}
        #: Whether a kept row has a synthetic number (a worker checks with them allowed:
        #: the database's setting is read while it works).
        self.synthetic = False

    def remember(self) -> None:
        """Hand the chunk's ids and open people to the seen tables; the chunk's own
        dicts start afresh."""
        kept, seen = self.kept, self.seen
        seen.add(seen.IDS, list(kept.ids.items()))
        seen.add(seen.PEOPLE, list(kept.open_people.items()))
        self.top_id = max(self.top_id, max(kept.ids, default=-1))
        kept.ids.clear()
        kept.open_people.clear()

    def check(self, row: Row, line: int) -> None:
        """Check one row; keep what it has to write, or raise RowError (or a domain
        rule's InvalidInput) for the first thing wrong with it."""
        case_id, year, seq, received = self._case(row)
        kind, name, channel, fnr, birth_day, birth_text, expected, guardians, note = person_of(
            row, received, self.days, self.allow_synthetic
        )
        status, wants_ip, closed_on, close_reason = self._status(row, received)
        decision: tuple[Any, ...] | None = None
        decided: Decided | None = None
        set_aside: tuple[Any, ...] | None = None
        if row.decision_outcome is None:
            set_aside = self._no_decision(row, case_id, received, status)
        else:
            decision, decided = self.decisions.check(
                row, case_id, kind, status, received, wants_ip, birth_day, expected, line
            )
        appointment = None
        if (
            row.coordinator_id is not None
            or row.coordinator_name is not None
            or row.coordinator_since is not None
        ):
            appointment = self._appointment(row, case_id, kind, received, decided, line)
        appeal = None
        if decided is not None and (
            row.appeal_status is not None
            or row.appeal_filed_on is not None
            or row.appeal_timely is not None
            or row.appeal_unit_outcome is not None
            or row.appeal_final_outcome is not None
        ):
            appeal = check_appeal(row, case_id, decided, self.days)
        plan = None
        if row.next_evaluation is not None or row.plan_consent is not None:
            plan = self._plan(row, case_id, decided, wants_ip)
        raw = row.created_by
        created_by = self.user if raw is None else self._users.get(raw) or self._user(raw)
        raw = row.handler  # none in an older kecli's file: the one who registered the case
        handler = created_by if raw is None else self._users.get(raw) or self._user(raw, "handler")
        if fnr is not None and status != "closed":
            self._open_person(fnr, kind, line)
        # Every check passed: keep the tuples.
        if fnr is not None and not self.synthetic:
            self.synthetic = is_synthetic_value(fnr)
        self.kept.cases.append(
            (
                case_id, year, seq, kind, status, received[1], channel, name, fnr, birth_text,
                expected[1] if expected else None,
                json_texts(guardians) if guardians else "[]", note, wants_ip,
                closed_on[1] if closed_on else None, close_reason, self.now, created_by,
                handler,
            )
        )  # fmt: skip
        self._keep(year * 1_000_000 + seq, line, decision, appointment, set_aside, appeal, plan)

    # -- the sections of a row, in the order their errors are reported -------------

    def _case(self, row: Row) -> tuple[str, int, int, Day]:
        """The case's id (not repeated in the file), as text, year and number, and when
        it was received (a masked fødselsnummer is refused first: it cannot be moved)."""
        case_id = row.id
        if case_id is None:
            raise bad("id", E.VALUE_MISSING)
        match = _CASE_ID.fullmatch(case_id)
        seq_text = match.group(2) if match else ""
        seq = int(seq_text) if match else 0
        if match is None or seq == 0 or (len(seq_text) > 4 and seq_text[0] == "0"):
            raise bad(
                "id",
                E.NOT_A_CASE_ID.fill(case_id=case_id[:20]),
            )
        year = int(match.group(1))
        id_key = year * 1_000_000 + seq
        first = self.kept.ids.get(id_key)
        if first is None and id_key <= self.top_id:
            first = self.seen.line(self.seen.IDS, id_key)
        if first is not None:
            raise bad("id", E.CASE_ALSO_ON_LINE.fill(case_id=case_id, first=first))
        fnr = row.fnr
        if fnr is not None and "*" in fnr:
            raise RowError(E.FNR_FODSELSNUMMER_MASKED_EXPORT)
        raw = row.received_on
        received = (
            None if raw is None else self.days.known.get(raw) or self.days.day(raw, "received_on")
        )
        if received is None:
            raise bad("received_on", E.VALUE_MISSING)
        if row.kind is None:
            raise bad("kind", E.MISSING_WITH_VALUE.fill(value="|".join(KINDS)))
        return case_id, year, seq, received

    def _status(self, row: Row, received: Day) -> tuple[str, bool, Day | None, str | None]:
        """(status, wants_ip, closed_on, close_reason): a closed case's closing date."""
        status = _STATUS_WORDS.get(row.status) or choice(row.status, STATUSES, "status")
        raw = row.wants_ip
        wants_ip = raw == "true" or (raw != "false" and bool(as_bool(raw, "wants_ip")))
        closed_on = None
        reason = row.close_reason
        close_reason = reason.strip() or None if reason is not None else None
        if status == "closed":
            closed_on = self.days.past(row.closed_on, "closed_on")
            if closed_on is None:
                raise bad("closed_on", E.MISSING_CLOSED_CASE)
            if closed_on[0] < received[0]:
                raise before(closed_on, "closed_on", received, "received_on")
        elif row.closed_on is not None or close_reason is not None:
            raise bad(
                "closed_on" if row.closed_on is not None else "close_reason",
                E.ONLY_GIVEN_WHEN_STATUS.fill(status=status),
            )
        return status, wants_ip, closed_on, close_reason

    def _no_decision(
        self, row: Row, case_id: str, received: Day, status: str
    ) -> tuple[Any, ...] | None:
        """A row without a decision_outcome gives no decision column; only an appeal
        whose decision statsforvalteren set aside (none made since: the export has the
        appeal but not that decision), which is returned."""
        set_aside = None
        if row.appeal_status is not None and row.appeal_final_outcome == "opphevet":
            set_aside = check_set_aside_appeal(row, case_id, received, self.days)
        for column in _DECISION_COLUMNS if set_aside else _NO_DECISION_COLUMNS:
            if getattr(row, column) is not None:
                raise bad(
                    column,
                    E.GIVEN_WITHOUT_CURRENT_DECISION,
                )
        if row.failed_criteria:
            raise bad("failed_criteria", E.GIVEN_WITHOUT_DECISION_OUTCOME)
        if status == "decided":
            raise bad("decision_outcome", E.MISSING_STATUS_DECIDED)
        return set_aside

    def _appointment(
        self,
        row: Row,
        case_id: str,
        kind: str,
        received: Day,
        decided: Decided | None,
        line: int,
    ) -> tuple[Any, ...]:
        """The active coordinator, as ``coordinator assign`` (only a granted case has one),
        in the staged order of ``appointments``."""
        if row.coordinator_id is None:
            column = "coordinator_name" if row.coordinator_name is not None else "coordinator_since"
            raise bad(column, E.GIVEN_WITHOUT_COORDINATOR_ID)
        if decided is None or decided.outcome != "innvilget":
            raise bad(
                "coordinator_id",
                E.COORDINATOR_NEEDS_DECISION_OUTCOME,
            )
        raw = row.coordinator_id.strip()
        # A number beyond PostgreSQL's integer (SQLite's 2⁶³ alike) is no coordinator's.
        digits = raw.lstrip("0")
        if (
            not raw.isascii()
            or not raw.isdigit()
            or not 0 < len(digits) <= 10
            or int(digits) > INT_MAX
        ):
            raise bad(
                "coordinator_id",
                E.NOT_COORDINATOR_ID.fill(raw=raw[:20]),
            )
        cid = int(raw)
        name = cleaned(row.coordinator_name, "coordinator_name", 200)
        if name is None:
            raise bad("coordinator_name", E.VALUE_MISSING)
        since = self.days.past(row.coordinator_since, "coordinator_since")
        if since is None:
            raise bad("coordinator_since", E.VALUE_MISSING)
        if since[0] < received[0]:
            raise before(since, "coordinator_since", received, "received_on")
        if self.coordinators.meet(cid, name, kind, line):
            self.kept.new_coordinators.append(cid)
        return (case_id, cid, since[1])

    def _plan(
        self, row: Row, case_id: str, decided: Decided | None, wants_ip: bool
    ) -> tuple[str, str | None, bool]:
        """The plan the row says the case has (either column says so: a plan may have no
        evaluation date yet; an older kecli's file has no plan_consent: its plans are
        drafts), as ``plan edit`` allows one, and as an export leaves out one not kept."""
        raw = row.next_evaluation
        evaluation = (
            None
            if raw is None
            else self.days.known.get(raw) or self.days.day(raw, "next_evaluation")
        )
        raw = row.plan_consent
        consent = None if raw is None else as_bool(raw, "plan_consent")
        if not plan_is_kept(None if decided is None else decided.plan_outcome, wants_ip):
            raise bad(
                "next_evaluation" if evaluation is not None else "plan_consent",
                E.PLAN_NEEDS_DECISION_OUTCOME,
            )
        return (case_id, evaluation[1] if evaluation else None, consent is True)

    def _user(self, value: str, column: str = "created_by") -> str:
        """created_by (or handler), one string object per distinct name (memory), the
        importer if empty."""
        found = self._users.get(value)
        if found is None:
            found = cleaned(value, column, 100) or self.user
            self._users[value] = found
        return found

    def _open_person(self, fnr: str, kind: str, line: int) -> None:
        """One open case per person and kind in the file."""
        key = int(fnr) * 2 + (kind == "barnekoordinator")
        other = self.kept.open_people.get(key)
        if other is None:
            other = self.seen.line(self.seen.PEOPLE, key)
        if other is not None:
            raise bad(
                "fnr",
                E.PERSON_ANOTHER_OPEN_CASE.fill(kind=kind, other=other),
            )
        self.kept.open_people[key] = line

    def _keep(
        self,
        id_key: int,
        line: int,
        decision: tuple[Any, ...] | None,
        appointment: tuple[Any, ...] | None,
        set_aside: tuple[Any, ...] | None,
        appeal: tuple[Any, ...] | None,
        plan: tuple[str, str | None, bool] | None,
    ) -> None:
        """Keep what the row has besides its case row (the case's id key and line too)."""
        kept = self.kept
        kept.ids[id_key] = line
        kept.lines.append(line)
        kept.case_count += 1
        if decision is not None:
            kept.decisions.append(decision)
            kept.decision_count += 1
        if appointment is not None:
            kept.appointments.append(appointment)
            kept.appointment_count += 1
        if set_aside is not None:  # against no decision in the file
            kept.appeals.append(set_aside)
            kept.appeal_count += 1
        if appeal is not None:
            # The index of its decision among all kept decisions (its id is base + index);
            # None for an appeal against an earlier decision, not in the file.
            *stored, against_row = appeal
            kept.appeals.append((*stored, kept.decision_count - 1 if against_row else None))
            kept.appeal_count += 1
        if plan is not None:
            kept.plans.append(plan)
            kept.plan_count += 1
