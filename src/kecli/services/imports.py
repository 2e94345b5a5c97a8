"""``import cases``: check every row of a CSV or JSONL file and write them in one transaction.

The file has the columns of ``export cases`` (README: export cases). One pass
reads the file as a stream and checks each row as ``case new``,
``case assess``, ``coordinator assign`` and ``appeal file`` would, keeping
compact tuples of what is to be written for the current chunk only. Every
CHUNK_ROWS rows the chunk is checked against the database (ids taken, open
cases, coordinators) and, while no row has been bad, inserted (one
``executemany`` per table) inside the one write transaction. After the first
bad row nothing more is inserted but every row is still checked; at the end a
bad row means BadRows and the transaction is rolled back, so nothing is
written; else one ``import.cases`` event goes to the audit log and it commits.
Memory holds one chunk and nothing per row: the ids and open (fnr, kind) pairs
of earlier chunks, as ints with their line numbers, and the coordinators met,
are kept in temporary tables of the import's connection (store.staging.SeenKeys) and
looked up as each row is checked.

A big file for a SQLite database is checked by worker processes instead, one
part of the file each, and written by the importing process from their staging
files (see "checking in parallel" below); the outcome is the same.

A bad row is reported as ``line N: reason``, N being the physical line in the
file where the row begins (the header is line 1), so that a quoted field that
spans lines does not shift the count.

This module needs no SQLAlchemy (the checks, the file's parts, the workers); where
the import meets the database is :mod:`kecli.services.import_db`.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import gc
import io
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from json.encoder import encode_basestring_ascii as _encode_text
from pathlib import Path
from typing import IO, Any, NamedTuple

from kecli.domain import deadlines
from kecli.domain.appeals import AppealStatus, FinalOutcome, UnitOutcome, reachable_states
from kecli.domain.cases import CHANNELS, KINDS, STATUSES
from kecli.domain.dates import parse_date
from kecli.domain.eligibility import (
    BARNEKOORDINATOR_IN_FORCE,
    BASIS_CONTINUED_PAST_18,
    Kind,
    criterion_codes,
    derived_child_age,
    evaluate,
)
from kecli.domain.exchange import NAMES as COLUMNS
from kecli.domain.identity import identity_number_fields, is_synthetic_value
from kecli.domain.plans import empty_plan, plan_is_kept
from kecli.env import now_utc
from kecli.errors import InvalidInput, Msg, Text
from kecli.services.checks import NewCase, check_new_case
from kecli.services.context import Ctx
from kecli.store.location import is_sqlite, sqlite_path
from kecli.store.staging import RepeatedKey, SeenKeys, Staging

FORMATS = ("csv", "jsonl")
#: How many bad rows are listed; the rest are counted.
LISTED_PROBLEMS = 50
REQUIRED_COLUMNS = ("id", "kind", "status", "received_on", "name")

Progress = Callable[[str, int, int], None]
"""Told (stage, done, total): stage ``check`` counts bytes read; ``write`` (when worker
processes checked the file) the cases written from their staging files."""

_PROGRESS_EVERY = 4096

(
    _ID, _KIND, _STATUS, _RECEIVED, _CHANNEL, _NAME, _FNR, _BIRTH, _EXPECTED, _GUARDIANS,
    _NOTE, _WANTS_IP, _CLOSED_ON, _CLOSE_REASON, _OUTCOME, _DECIDED, _SENT_ON, _SENT_VIA,
    _NOTIFIED, _DEADLINE, _ESTIMATED, _FAILED, _BASIS, _COORD_ID, _COORD_NAME, _COORD_SINCE,
    _APPEAL_STATUS, _APPEAL_FILED, _APPEAL_TIMELY, _UNIT_OUTCOME, _FINAL_OUTCOME,
    _NEXT_EVALUATION, _PLAN_CONSENT, _CREATED_BY,
) = range(len(COLUMNS))  # fmt: skip

_DECISION_FIELDS = (_DECIDED, _SENT_ON, _SENT_VIA, _NOTIFIED, _DEADLINE, _ESTIMATED, _BASIS)
_APPEAL_FIELDS = (_APPEAL_STATUS, _APPEAL_FILED, _APPEAL_TIMELY, _UNIT_OUTCOME, _FINAL_OUTCOME)
_LIST_FIELDS = (_GUARDIANS, _FAILED)
_BOOL_FIELDS = (_WANTS_IP, _APPEAL_TIMELY, _ESTIMATED, _PLAN_CONSENT)

_CASE_ID = re.compile(r"(\d{4})-(\d{4,6})", re.ASCII)


class BadRows(InvalidInput):
    """Rows of an import file that cannot be imported; nothing was written."""

    def __init__(self, file_name: str, problems: list[tuple[int, Text]], total: int) -> None:
        self.file_name = file_name
        self.problems = problems
        self.total = total
        noun_en = "bad row" if total == 1 else "bad rows"
        noun_nb = "feil rad" if total == 1 else "feil rader"
        super().__init__(
            Msg(
                f"{total} {noun_nb} i {file_name}; ingenting ble importert.",
                f"{total} {noun_en} in {file_name}; nothing was imported.",
            )
        )


@dataclass
class ImportResult:
    """What an import wrote (or, with ``dry_run``, would write)."""

    file: str
    format: str
    rows: int
    dry_run: bool
    cases: int = 0
    decisions: int = 0
    coordinators_created: int = 0
    appointments: int = 0
    appeals: int = 0
    plans: int = 0
    #: Rows whose appeal_deadline was not the law's (an older kecli stored a file's date
    #: as it was): the law's date is stored instead; and the first such line.
    deadlines_corrected: int = 0
    first_corrected_line: int | None = None

    def view(self) -> dict[str, Any]:
        return asdict(self)


class _RowError(Exception):
    def __init__(self, message: Text) -> None:
        super().__init__(str(message))
        self.message = message


def _bad(column: str, nb: str, en: str) -> _RowError:
    return _RowError(Msg(f"{column}: {nb}", f"{column}: {en}"))


def _also_on(case_id: str, line: int) -> _RowError:
    return _bad("id", f"{case_id} står også på linje {line}", f"{case_id} is also on line {line}")


def _other_open_case(kind: str, line: int) -> _RowError:
    return _bad(
        "fnr",
        f"personen har en annen åpen {kind}-sak på linje {line}",
        f"the person has another open {kind} case on line {line}",
    )


def _prefixed(column: str, error: InvalidInput) -> _RowError:
    message = error.message
    if isinstance(message, Msg):
        return _RowError(Msg(f"{column}: {message.nb}", f"{column}: {message.en}"))
    return _RowError(f"{column}: {message}")


# check_new_case speaks of the options of ``case new``; an import row has columns.
_OPTION_COLUMNS = (
    ("--expected-birth-date", "expected_birth_date"),
    ("--birth-date", "birth_date"),
    ("--received", "received_on"),
    ("--channel", "channel"),
    ("--kind", "kind"),
    ("--name", "name"),
    ("--fnr", "fnr"),
)


def _as_columns(error: InvalidInput) -> _RowError:
    def swap(text: str) -> str:
        for option, col in _OPTION_COLUMNS:
            text = text.replace(option, col)
        return text

    message = error.message
    if isinstance(message, Msg):
        return _RowError(Msg(swap(message.nb), swap(message.en)))
    return _RowError(swap(message))


class _Decided(NamedTuple):
    """What an appeal needs of its decision."""

    received: tuple[dt.date, str]
    #: The deadline an appeal against it is judged by, as ``appeal file`` counts it (for
    #: an avslag its stored deadline; for an innvilget counted the same way): None while
    #: the decision is not sent.
    deadline: dt.date | None
    decided: dt.date
    outcome: str


@dataclass(slots=True)
class _Coordinator:
    """A coordinator named in the file, as the checks keep it at hand (the import's
    table of coordinators, store.staging.SeenCoordinators, has them all)."""

    name: str
    #: The kinds of the cases it serves in the file: 1 koordinator, 2 barnekoordinator.
    kinds: int
    line: int


@dataclass
class _Plan:
    """What the checks keep: the tuples of the current chunk (written, then dropped), the
    counts so far, and the compact keys every later row is checked against."""

    cases: list[tuple[Any, ...]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    decisions: list[tuple[Any, ...]] = field(default_factory=list)
    appointments: list[tuple[Any, ...]] = field(default_factory=list)
    appeals: list[tuple[Any, ...]] = field(default_factory=list)
    #: (case id, next evaluation or None, consent given) per plan.
    plans: list[tuple[str, str | None, bool]] = field(default_factory=list)
    #: Coordinator ids first seen in the current chunk.
    new_coordinators: list[int] = field(default_factory=list)
    #: int(fnr) * 2 + (1 for barnekoordinator) -> line of the open case (this chunk's;
    #: earlier chunks' are in the database's temporary tables, store.staging.SeenKeys).
    open_people: dict[int, int] = field(default_factory=dict)
    #: year * 1_000_000 + seq -> line (the id ÅÅÅÅ-NNNN… as one int; this chunk's).
    ids: dict[int, int] = field(default_factory=dict)
    # Totals kept so far, the current chunk included.
    case_count: int = 0
    decision_count: int = 0
    appointment_count: int = 0
    appeal_count: int = 0
    plan_count: int = 0
    deadlines_corrected: int = 0
    first_corrected_line: int | None = None

    def corrected(self, line: int) -> None:
        """A row's appeal_deadline was not the law's: the law's is kept."""
        self.deadlines_corrected += 1
        if self.first_corrected_line is None or line < self.first_corrected_line:
            self.first_corrected_line = line

    def result(self, name: str, fmt: str, rows: int, *, dry_run: bool) -> ImportResult:
        """What was kept, as the import's result (coordinators are counted elsewhere)."""
        return ImportResult(
            file=name,
            format=fmt,
            rows=rows,
            dry_run=dry_run,
            cases=self.case_count,
            decisions=self.decision_count,
            appointments=self.appointment_count,
            appeals=self.appeal_count,
            plans=self.plan_count,
            deadlines_corrected=self.deadlines_corrected,
            first_corrected_line=self.first_corrected_line,
        )


class _Problems:
    """The bad rows: all counted, the first LISTED_PROBLEMS by line kept for the listing.

    ``group`` orders problems of one line: the row's own (0), then those found against
    the database (1: the case, 2: its coordinator)."""

    def __init__(self) -> None:
        self.kept: list[tuple[int, int, int, Text]] = []
        self.count = 0
        self._worst: tuple[int, int, int, Text] | None = None

    def add(self, line: int, message: Text, group: int = 0) -> None:
        self.count += 1
        item = (line, group, self.count, message)
        kept = self.kept
        if len(kept) < LISTED_PROBLEMS:
            kept.append(item)
            return
        worst = self._worst or max(kept)
        if item[:3] < worst[:3]:
            kept.remove(worst)
            kept.append(item)
            self._worst = max(kept)
        else:
            self._worst = worst

    def listed(self) -> list[tuple[int, Text]]:
        return [(line, message) for line, _, _, message in sorted(self.kept, key=_order)]


def _order(item: tuple[int, int, int, Text]) -> tuple[int, int, int]:
    return item[:3]


_STATUS_WORDS = {s: s for s in STATUSES}
_OUTCOME_WORDS = {"innvilget": "innvilget", "avslag": "avslag"}
_BOOL_WORDS = {"true": True, "false": False}
_APPEAL_STATUSES = tuple(str(s) for s in AppealStatus)
_UNIT_OUTCOMES = tuple(str(s) for s in UnitOutcome)
_FINAL_OUTCOMES = tuple(str(s) for s in FinalOutcome)
#: (status, unit outcome, final outcome) of every state an appeal can be in, as text.
_APPEAL_STATES = frozenset(
    tuple(None if value is None else str(value) for value in state) for state in reachable_states()
)
_NO_DECISION_FIELDS = (*_DECISION_FIELDS, *_APPEAL_FIELDS)
_NOTHING_FAILED: frozenset[str] = frozenset()
_KIND_SET = frozenset(KINDS)
_CHANNEL_SET = frozenset(CHANNELS)


#: How many date texts the checker remembers at most (then it starts afresh).
_DAYS_KEPT = 8192
#: How many coordinators the checker keeps at hand (the rest it looks up).
_COORDINATORS_KEPT = 16384


class _Checker:
    """Checks one row after the other and keeps what is to be written.

    Written for speed (an import of a million rows runs through here): the
    common values are looked up in small dicts, and the slow path, with its
    message, is taken only when that fails.
    """

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
        #: The database's postal_days: a posted decision's estimated deadline is counted
        #: with it, as case notify does.
        self.postal_days = postal_days
        self.user = user
        self.allow_synthetic = allow_synthetic
        self.now = now
        self.plan = _Plan()
        self.seen = seen
        #: The highest id key of the earlier chunks: files are mostly in id order, and only
        #: an id up to it can repeat one of theirs, so a sorted file needs no lookup.
        self.top_id = -1
        self.days: dict[str, tuple[dt.date, str]] = {}
        #: The coordinators met so far, or the latest _COORDINATORS_KEPT of them.
        self.coordinators: dict[int, _Coordinator] = {}
        self._all_coordinators_kept = True
        self._words: dict[str, str] = {}
        self._decided: dict[tuple[str, frozenset[str]], tuple[str, str, str, str]] = {}
        self._deadlines: dict[dt.date, dt.date] = {}
        self._vias = {via: via for via in deadlines.SEND_VIAS}
        #: Whether a kept row has a synthetic number (a worker checks with them allowed:
        #: the database's setting is read while it works).
        self.synthetic = False

    def remember(self) -> None:
        """Hand the chunk's ids and open people to the seen tables; the chunk's own
        dicts start afresh."""
        plan, seen = self.plan, self.seen
        seen.add(seen.IDS, list(plan.ids.items()))
        seen.add(seen.PEOPLE, list(plan.open_people.items()))
        self.top_id = max(self.top_id, max(plan.ids, default=-1))
        plan.ids.clear()
        plan.open_people.clear()

    # -- values (the slow paths) ---------------------------------------------------

    def day(
        self, value: str | None, column: str, *, keep: bool = True
    ) -> tuple[dt.date, str] | None:
        """A date column: (date, ISO text), or None when empty; remembered per text unless
        ``keep`` is false (birth dates: nearly every one differs, and they would push the
        dates of the unit's own work, a few thousand in all, out of the cache)."""
        if value is None:
            return None
        found = self.days.get(value)
        if found is None:
            parsed = None
            if (
                len(value) == 10
                and value[4] == "-"
                and value[7] == "-"
                and value.isascii()
                and value[:4].isdigit()
                and value[5:7].isdigit()
                and value[8:].isdigit()
            ):
                try:
                    parsed = dt.date.fromisoformat(value)
                except ValueError:  # not a day in the calendar: parse_date words it
                    parsed = None
            if parsed is None:
                try:
                    parsed = parse_date(value, today=self.today)
                except InvalidInput as error:
                    raise _prefixed(column, error) from None
            found = (parsed, parsed.isoformat())
            if not keep:
                return found
            if len(self.days) >= _DAYS_KEPT:  # memory stays flat, whatever the dates
                self.days.clear()
            self.days[value] = found
        return found

    def _after_today(self, found: tuple[dt.date, str], column: str) -> _RowError:
        return _bad(
            column,
            f"{found[1]} er etter i dag ({self.today.isoformat()})",
            f"{found[1]} is after today ({self.today.isoformat()})",
        )

    def _past(self, value: str | None, column: str) -> tuple[dt.date, str] | None:
        found = self.days.get(value) if value is not None else None
        if found is None:
            found = self.day(value, column)
        if found is not None and found[0] > self.today:
            raise self._after_today(found, column)
        return found

    @staticmethod
    def _before(
        later: tuple[dt.date, str], column: str, earlier: tuple[dt.date, str], what: str
    ) -> _RowError:
        return _bad(
            column,
            f"{later[1]} er før {what} ({earlier[1]})",
            f"{later[1]} is before {what} ({earlier[1]})",
        )

    @staticmethod
    def _bool(value: str | None, column: str) -> bool | None:
        if value is None:
            return None
        found = _BOOL_WORDS.get(value.strip().lower())
        if found is None:
            raise _bad(
                column,
                f"skriv true eller false, ikke «{value}»",
                f"write true or false, not '{value}'",
            )
        return found

    @staticmethod
    def _choice(value: str | None, choices: tuple[str, ...], column: str) -> str:
        word = (value or "").strip().lower()
        if word in choices:
            return word
        listed = "|".join(choices)
        if not word:
            raise _bad(column, f"mangler ({listed})", f"missing ({listed})")
        raise _bad(
            column, f"ugyldig verdi «{value}» ({listed})", f"invalid value '{value}' ({listed})"
        )

    @staticmethod
    def _text(value: str | None, column: str, limit: int) -> str | None:
        if value is None:
            return None
        cleaned = " ".join(value.split())
        if len(cleaned) > limit:
            raise _bad(column, f"lengre enn {limit} tegn", f"longer than {limit} characters")
        return cleaned or None

    def _user(self, value: str | None) -> str:
        """created_by, one string object per distinct name (memory), the importer if empty."""
        if value is None:
            return self.user
        found = self._words.get(value)
        if found is None:
            found = self._text(value, "created_by", 100) or self.user
            self._words[value] = found
        return found

    # -- a row ---------------------------------------------------------------------

    def check(self, v: list[Any], line: int) -> None:
        """Check one row (values in COLUMNS order: str or None, lists for list columns)."""
        plan = self.plan
        days = self.days
        today = self.today

        case_id = v[_ID]
        if case_id is None:
            raise _bad("id", "mangler", "missing")
        match = _CASE_ID.fullmatch(case_id)
        seq_text = match.group(2) if match else ""
        seq = int(seq_text) if match else 0
        if seq == 0 or (len(seq_text) > 4 and seq_text[0] == "0"):
            raise _bad(
                "id",
                f"«{case_id[:20]}» er ikke et saksnummer ÅÅÅÅ-NNNN",
                f"'{case_id[:20]}' is not a case id YYYY-NNNN",
            )
        id_key = int(match.group(1)) * 1_000_000 + seq  # type: ignore[union-attr]
        first = plan.ids.get(id_key)
        if first is None and id_key <= self.top_id:
            first = self.seen.line(self.seen.IDS, id_key)
        if first is not None:
            raise _also_on(case_id, first)

        fnr = v[_FNR]
        if fnr is not None and "*" in fnr:
            raise _RowError(
                Msg(
                    "fnr: fødselsnummeret er maskert; eksporter med --include-fnr for å "
                    "flytte saker",
                    "fnr: the fødselsnummer is masked; export with --include-fnr to move cases",
                )
            )
        raw = v[_RECEIVED]
        received = days.get(raw) or self.day(raw, "received_on")
        if received is None:
            raise _bad("received_on", "mangler", "missing")
        if v[_KIND] is None:
            raise _bad("kind", f"mangler ({'|'.join(KINDS)})", f"missing ({'|'.join(KINDS)})")
        number: tuple[str, bool, bool, dt.date | None] | None = None
        if fnr is not None:
            try:
                number = identity_number_fields(fnr, allow_synthetic=self.allow_synthetic)
            except InvalidInput:  # check_new_case words it, below
                number = None
        raw = v[_BIRTH]
        birth: tuple[dt.date, str] | None = None
        if raw is not None:
            # Nearly every row of an export gives the birth date its number has: the same
            # text needs no parsing.
            if number is None or number[3] is None or raw != (text := number[3].isoformat()):
                birth = days.get(raw) or self.day(raw, "birth_date", keep=False)
            else:
                birth = (number[3], text)
        raw = v[_EXPECTED]
        expected = (
            None
            if raw is None
            else days.get(raw) or self.day(raw, "expected_birth_date", keep=False)
        )
        # The common case as check_new_case would clean it; anything else (and every
        # error, in check_new_case's words) through check_new_case itself.
        kind = v[_KIND]
        name = v[_NAME]
        name = " ".join(name.split()) if name else ""
        channel = v[_CHANNEL] or "skjema"
        clean_fnr: str | None = None
        birth_day = birth[0] if birth else None
        fast = (
            name != ""
            and kind in _KIND_SET
            and channel in _CHANNEL_SET
            and received[0] <= today
            and expected is None
        )
        if fast and fnr is not None and fnr.strip():
            if number is None:
                fast = False
            else:
                clean_fnr = number[0]
                if birth_day is not None:
                    # A number under the 2032 rule has no birth date: check_new_case
                    # compares day and month.
                    fast = birth_day == number[3]
                elif number[3] is None:
                    fast = False
                else:
                    birth_day = number[3]
        if fast and birth_day is not None and birth_day > today:
            fast = False
        if fast:
            guardians = [" ".join(g.split()) for g in v[_GUARDIANS] if g.strip()]
            note = v[_NOTE]
            note = note.strip() or None if note else None
        else:
            try:
                clean = check_new_case(
                    NewCase(
                        name=v[_NAME] or "",
                        kind=v[_KIND],
                        fnr=fnr,
                        birth_date=birth[0] if birth else None,
                        expected_birth_date=expected[0] if expected else None,
                        received_on=received[0],
                        channel=v[_CHANNEL] or "skjema",
                        guardians=v[_GUARDIANS],
                        note=v[_NOTE],
                    ),
                    today=today,
                    allow_synthetic=self.allow_synthetic,
                    typed_now=False,
                )
            except InvalidInput as error:
                raise _as_columns(error) from None
            kind, name, channel, clean_fnr = clean.kind, clean.name, clean.channel, clean.fnr
            birth_day, guardians, note = clean.birth_date, clean.guardians, clean.note
        if len(name) > 200:
            raise _bad("name", "lengre enn 200 tegn", "longer than 200 characters")
        status = _STATUS_WORDS.get(v[_STATUS]) or self._choice(v[_STATUS], STATUSES, "status")
        raw = v[_WANTS_IP]
        wants_ip = raw == "true" or (raw != "false" and bool(self._bool(raw, "wants_ip")))

        closed_on = None
        close_reason = v[_CLOSE_REASON].strip() or None if v[_CLOSE_REASON] is not None else None
        if status == "closed":
            closed_on = self._past(v[_CLOSED_ON], "closed_on")
            if closed_on is None:
                raise _bad("closed_on", "mangler for en avsluttet sak", "missing for a closed case")
            if closed_on[0] < received[0]:
                raise self._before(closed_on, "closed_on", received, "received_on")
        elif v[_CLOSED_ON] is not None or close_reason is not None:
            raise _bad(
                "closed_on" if v[_CLOSED_ON] is not None else "close_reason",
                f"gis bare når status er closed (ikke {status})",
                f"only given when status is closed (not {status})",
            )

        decision: tuple[Any, ...] | None = None
        decided: _Decided | None = None
        set_aside_appeal: tuple[Any, ...] | None = None
        if v[_OUTCOME] is None:
            if v[_APPEAL_STATUS] is not None and v[_FINAL_OUTCOME] == "opphevet":
                # Statsforvalteren set the decision aside and no new one is made yet: the
                # export has the appeal but not that decision.
                set_aside_appeal = self._set_aside_appeal(v, case_id, received)
            for i in _DECISION_FIELDS if set_aside_appeal else _NO_DECISION_FIELDS:
                if v[i] is not None:
                    raise _bad(
                        COLUMNS[i],
                        "gitt uten decision_outcome (saken har ingen gjeldende avgjørelse)",
                        "given without decision_outcome (the case has no current decision)",
                    )
            if v[_FAILED]:
                raise _bad(
                    "failed_criteria",
                    "gitt uten decision_outcome",
                    "given without decision_outcome",
                )
            if status == "decided":
                raise _bad(
                    "decision_outcome", "mangler for status decided", "missing for status decided"
                )
        else:
            if status == "received":
                raise _bad(
                    "status",
                    "received, men raden har decision_outcome (bruk decided)",
                    "received, but the row has a decision_outcome (use decided)",
                )
            decision, decided = self._decision(v, case_id, kind, received, wants_ip, line)
            if kind == "barnekoordinator":
                child = derived_child_age(
                    birth_day, expected[0] if expected else None, dt.date.fromisoformat(decision[2])
                )
                met = '"child_age"' not in decision[5]
                # A grant after the 18th birthday that the municipality continued, as its
                # legal basis records (its setting then, not what it says now).
                continued = BASIS_CONTINUED_PAST_18 in decision[7]
                if continued and (child is not False or not met):
                    raise _bad(
                        "legal_basis",
                        f"«{BASIS_CONTINUED_PAST_18}», men barnet var ikke fylt 18 år den "
                        f"{decision[2]} med child_age oppfylt etter fødselsdatoen",
                        f"'{BASIS_CONTINUED_PAST_18}', but the child was not 18 on "
                        f"{decision[2]} with child_age met by the birth date",
                    )
                if child is not None and child != met and not continued:
                    # As case assess derives it: the age on the decision day decides it.
                    raise _bad(
                        "failed_criteria",
                        "child_age "
                        + ("er oppfylt" if child else "er ikke oppfylt")
                        + f" på {decision[2]} etter fødselsdatoen"
                        + (
                            ""
                            if child
                            else f" (videreført: legal_basis sier «{BASIS_CONTINUED_PAST_18}»)"
                        ),
                        "child_age "
                        + ("is met" if child else "is not met")
                        + f" on {decision[2]} by the birth date"
                        + (
                            ""
                            if child
                            else f" (continued: legal_basis says '{BASIS_CONTINUED_PAST_18}')"
                        ),
                    )

        appointment: tuple[Any, ...] | None = None
        if v[_COORD_ID] is not None:
            if decision is None or decision[1] != "innvilget":
                # As coordinator assign: only a granted case has a coordinator.
                raise _bad(
                    "coordinator_id",
                    "en koordinator krever decision_outcome innvilget",
                    "a coordinator needs decision_outcome innvilget",
                )
            appointment = self._appointment(v, case_id, kind, received, line)
        elif v[_COORD_NAME] is not None or v[_COORD_SINCE] is not None:
            column = "coordinator_name" if v[_COORD_NAME] is not None else "coordinator_since"
            raise _bad(column, "gitt uten coordinator_id", "given without coordinator_id")

        appeal: tuple[Any, ...] | None = None
        if decided is not None and (
            v[_APPEAL_STATUS] is not None
            or v[_APPEAL_FILED] is not None
            or v[_APPEAL_TIMELY] is not None
            or v[_UNIT_OUTCOME] is not None
            or v[_FINAL_OUTCOME] is not None
        ):
            appeal = self._appeal(v, case_id, decided)

        raw = v[_NEXT_EVALUATION]
        next_evaluation = None if raw is None else days.get(raw) or self.day(raw, "next_evaluation")
        raw = v[_PLAN_CONSENT]
        # Either column says the case has a plan (a plan may have no evaluation date yet);
        # an older kecli's file has no plan_consent: its plans are drafts.
        consent = None if raw is None else self._bool(raw, "plan_consent")
        if (next_evaluation is not None or consent is not None) and not plan_is_kept(
            None if decision is None else decision[1], wants_ip
        ):
            # As ``plan edit`` refuses, and as an export leaves out the plan not kept.
            raise _bad(
                "next_evaluation" if next_evaluation is not None else "plan_consent",
                "en plan krever decision_outcome innvilget og wants_ip true",
                "a plan needs decision_outcome innvilget and wants_ip true",
            )
        created_by = self._user(v[_CREATED_BY])

        if clean_fnr is not None and status != "closed":
            key = int(clean_fnr) * 2 + (kind == "barnekoordinator")
            other = plan.open_people.get(key)
            if other is None:
                other = self.seen.line(self.seen.PEOPLE, key)
            if other is not None:
                raise _other_open_case(kind, other)
            plan.open_people[key] = line

        # Every check passed: keep the tuples.
        if clean_fnr is not None and not self.synthetic:
            self.synthetic = is_synthetic_value(clean_fnr)
        plan.ids[id_key] = line
        plan.lines.append(line)
        plan.case_count += 1
        plan.cases.append(
            (
                case_id,
                int(match.group(1)),  # type: ignore[union-attr]
                seq,
                kind,
                status,
                received[1],
                channel,
                name,
                clean_fnr,
                None
                if birth_day is None
                else birth[1]
                if birth is not None and birth[0] == birth_day
                else birth_day.isoformat(),
                expected[1] if expected else None,
                _json_texts(guardians) if guardians else "[]",
                note,
                wants_ip,
                closed_on[1] if closed_on else None,
                close_reason,
                self.now,
                created_by,
            )
        )
        if decision is not None:
            plan.decisions.append(decision)
            plan.decision_count += 1
        if appointment is not None:
            plan.appointments.append(appointment)
            plan.appointment_count += 1
        if set_aside_appeal is not None:  # against no decision in the file
            plan.appeals.append((*set_aside_appeal, None))
            plan.appeal_count += 1
        if appeal is not None:
            # The index of its decision among all kept decisions (its id is base + index);
            # None for an appeal against an earlier decision, not in the file.
            *stored, against_row = appeal
            plan.appeals.append((*stored, plan.decision_count - 1 if against_row else None))
            plan.appeal_count += 1
        if next_evaluation is not None or consent is not None:
            plan.plans.append(
                (case_id, next_evaluation[1] if next_evaluation else None, consent is True)
            )
            plan.plan_count += 1

    def _decision(
        self,
        v: list[Any],
        case_id: str,
        kind: str,
        received: tuple[dt.date, str],
        wants_ip: bool,
        line: int,
    ) -> tuple[tuple[Any, ...], _Decided]:
        outcome = _OUTCOME_WORDS.get(v[_OUTCOME]) or self._choice(
            v[_OUTCOME], ("innvilget", "avslag"), "decision_outcome"
        )
        decided = self._past(v[_DECIDED], "decided_on")
        if decided is None:
            raise _bad("decided_on", "mangler", "missing")
        if decided[0] < received[0]:
            raise self._before(decided, "decided_on", received, "received_on")
        if kind == "barnekoordinator" and decided[0] < BARNEKOORDINATOR_IN_FORCE:
            # As case assess: pbrl § 2-5 c is in force from 1 August 2022 (in_force).
            start = BARNEKOORDINATOR_IN_FORCE.isoformat()
            raise _bad(
                "decided_on",
                f"{decided[1]} er før {start}, da retten til barnekoordinator begynte "
                "(pbrl § 2-5 c)",
                f"{decided[1]} is before {start}, when the right to a barnekoordinator began "
                "(pbrl § 2-5 c)",
            )
        # How it left the unit and when it reached the person (pbrl § 7-5), as case notify
        # records them: empty is unknown (never the decision day).
        sent = None if v[_SENT_ON] is None else self._past(v[_SENT_ON], "sent_on")
        via = None
        if v[_SENT_VIA] is not None:
            via = self._vias.get(v[_SENT_VIA]) or self._choice(
                v[_SENT_VIA], deadlines.SEND_VIAS, "sent_via"
            )
        if (sent is None) != (via is None):
            alone, wanted = ("sent_on", "sent_via") if via is None else ("sent_via", "sent_on")
            raise _bad(alone, f"gitt uten {wanted}", f"given without {wanted}")
        if sent is not None and sent[0] < decided[0]:
            raise self._before(sent, "sent_on", decided, "decided_on")
        notified = None if v[_NOTIFIED] is None else self._past(v[_NOTIFIED], "notified_on")
        if notified is not None:
            if notified[0] < decided[0]:
                raise self._before(notified, "notified_on", decided, "decided_on")
            if sent is not None and notified[0] < sent[0]:
                raise self._before(notified, "notified_on", sent, "sent_on")
        elif sent is not None and via in ("hand", "digital"):
            notified = sent  # it reached the person the day it was handed over or sent
        failed = frozenset(v[_FAILED]) if v[_FAILED] else _NOTHING_FAILED
        failed_json, answers_json, derived, default_basis = self._outcome(kind, failed)
        if derived != outcome:
            named = ", ".join(sorted(failed))
            raise _RowError(
                Msg(
                    f"decision_outcome: {outcome} følger ikke av failed_criteria "
                    f"[{named}] (gir {derived})",
                    f"decision_outcome: {outcome} does not follow from failed_criteria "
                    f"[{named}] (they give {derived})",
                )
            )
        # The deadline is the law's, as case assess and case notify count it: four weeks
        # from notified_on past weekends and holidays, or estimated from a posting (sent_on
        # + the database's postal_days) while the arrival is unknown, for an avslag only.
        # A file may give it (an export does); one that says otherwise (an older kecli
        # stored a file's date as it was) is not taken: the law's is stored, and the import
        # says how many.
        notice = self._notice(notified[0] if notified else None, sent[0] if sent else None, via)
        deadline_day: dt.date | None = None
        deadline_iso: str | None = None
        estimated = False
        if outcome == "avslag":
            deadline_day, estimated = notice.deadline, notice.estimated
            deadline_iso = deadline_day.isoformat() if deadline_day else None
        raw = v[_DEADLINE]
        if raw is not None and raw != deadline_iso:
            given = self.days.get(raw) or self.day(raw, "appeal_deadline")
            if given is not None and given[1] != deadline_iso:
                self.plan.corrected(line)
        said = self._bool(v[_ESTIMATED], "appeal_deadline_estimated")
        if said is not None and said != estimated and raw == deadline_iso:
            self.plan.corrected(line)
        basis = v[_BASIS]
        if basis is None:
            basis = default_basis
        elif basis != default_basis:
            basis = self._text(basis, "legal_basis", 200) or default_basis
        row = (
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
        # An appeal against an innvilget is judged by the deadline its notification gives.
        against = deadline_day if outcome == "avslag" else notice.deadline
        return row, _Decided(received, against, decided[0], outcome)

    def _outcome(self, kind: str, failed: frozenset[str]) -> tuple[str, str, str, str]:
        """(failed_criteria JSON, answers JSON, outcome, legal basis when the row gives
        none) for the criteria that failed. ``participation`` counts where a row lists it:
        that decision was made when the municipality's practice (or an older kecli)
        required it, and keeps its outcome whatever participation_required says now."""
        key = (kind, failed)
        found = self._decided.get(key)
        if found is None:
            codes = criterion_codes(Kind(kind))
            unknown = sorted(failed - set(codes))
            if unknown:
                raise _bad(
                    "failed_criteria",
                    f"ukjent kriterium for {kind}: {', '.join(unknown)} (gyldige: {', '.join(codes)})",
                    f"unknown criterion for {kind}: {', '.join(unknown)} (valid: {', '.join(codes)})",
                )
            answers = {code: code not in failed for code in codes}
            result = evaluate(Kind(kind), answers, participation_required=True)
            if set(result.failed_criteria) != failed:
                raise _bad(
                    "failed_criteria",
                    f"[{', '.join(sorted(failed))}] kan ikke være de eneste som ikke er oppfylt "
                    "(long_term eller complex holder for koordinator)",
                    f"[{', '.join(sorted(failed))}] cannot be the only criteria not met "
                    "(long_term or complex is enough for koordinator)",
                )
            found = (
                json.dumps(list(result.failed_criteria)),
                json.dumps(answers),
                result.outcome,
                result.legal_basis,
            )
            self._decided[key] = found
        return found

    def _appeal_deadline(self, notified: dt.date) -> dt.date:
        found = self._deadlines.get(notified)
        if found is None:
            found = self._deadlines[notified] = deadlines.appeal_deadline(notified)
        return found

    def _notice(
        self, notified: dt.date | None, sent: dt.date | None, via: str | None
    ) -> deadlines.Notice:
        """deadlines.notice, with the law's deadlines remembered per day (a big import
        counts hundreds of thousands of them from a few thousand days)."""
        if notified is not None:
            return deadlines.Notice(notified, self._appeal_deadline(notified), False)
        if sent is not None and via in ("hand", "digital"):
            return deadlines.Notice(sent, self._appeal_deadline(sent), False)
        if sent is not None and via == "post":
            day = sent + dt.timedelta(days=self.postal_days)
            return deadlines.Notice(None, self._appeal_deadline(day), True)
        return deadlines.Notice(None, None, False)

    def _appointment(
        self, v: list[Any], case_id: str, kind: str, received: tuple[dt.date, str], line: int
    ) -> tuple[Any, ...]:
        raw = v[_COORD_ID].strip()
        if not raw.isascii() or not raw.isdigit() or int(raw) == 0:
            raise _bad(
                "coordinator_id",
                f"«{raw[:20]}» er ikke et koordinatornummer",
                f"'{raw[:20]}' is not a coordinator id",
            )
        coordinator_id = int(raw)
        name = self._text(v[_COORD_NAME], "coordinator_name", 200)
        if name is None:
            raise _bad("coordinator_name", "mangler", "missing")
        since = self._past(v[_COORD_SINCE], "coordinator_since")
        if since is None:
            raise _bad("coordinator_since", "mangler", "missing")
        if since[0] < received[0]:
            raise self._before(since, "coordinator_since", received, "received_on")
        book = self.seen.coordinators
        known = self.named(coordinator_id)
        bit = _KIND_BITS[kind]
        if known is None:
            self._keep(coordinator_id, _Coordinator(name, bit, line))
            book.add(coordinator_id, name, bit, line)
            self.plan.new_coordinators.append(coordinator_id)
        elif known.name != name:
            raise _bad(
                "coordinator_name",
                f"koordinator {coordinator_id} heter «{known.name}» på linje {known.line}",
                f"coordinator {coordinator_id} is '{known.name}' on line {known.line}",
            )
        elif not known.kinds & bit:
            known.kinds |= bit
            book.set_kinds(coordinator_id, known.kinds)
        return (case_id, coordinator_id, since[1])

    def _keep(self, cid: int, coordinator: _Coordinator) -> _Coordinator:
        if len(self.coordinators) >= _COORDINATORS_KEPT:  # memory stays flat
            self.coordinators.clear()
            self._all_coordinators_kept = False
        self.coordinators[cid] = coordinator
        return coordinator

    def named(self, cid: int) -> _Coordinator | None:
        """The coordinator the file has named with this id so far, or None."""
        known = self.coordinators.get(cid)
        if known is None and not self._all_coordinators_kept:
            found = self.seen.coordinators.get(cid)
            if found is not None:
                known = self._keep(cid, _Coordinator(*found))
        return known

    def _set_aside_appeal(
        self, v: list[Any], case_id: str, received: tuple[dt.date, str]
    ) -> tuple[Any, ...]:
        """An appeal whose decision statsforvalteren set aside (``opphevet``), on a row
        without a decision (none made since): stored without that decision and its
        deadline, as the file gives it (appeal_timely is required: it cannot be counted)."""
        status, filed = self._appeal_filed(v, received)
        timely = self._bool(v[_APPEAL_TIMELY], "appeal_timely")
        if timely is None:
            raise _bad(
                "appeal_timely",
                "mangler (avgjørelsen klagen gjaldt er opphevet og ikke i filen)",
                "missing (the decision appealed was set aside and is not in the file)",
            )
        unit = self._unit_outcome(v)
        _check_appeal_state(status, unit, "opphevet")
        return (case_id, filed[1], None, timely, status, unit, "opphevet")

    def _appeal(
        self,
        v: list[Any],
        case_id: str,
        decided: _Decided,
    ) -> tuple[Any, ...]:
        # Not checked against decided_on: after medhold or omgjort the current decision is the
        # new one, made after the appeal that led to it; and the unit may have assessed the
        # case again after an appeal ended.
        status, filed = self._appeal_filed(v, decided.received)
        unit = self._unit_outcome(v)
        final = (
            self._choice(v[_FINAL_OUTCOME], _FINAL_OUTCOMES, "appeal_final_outcome")
            if v[_FINAL_OUTCOME] is not None
            else None
        )
        if final is not None and status != AppealStatus.CLOSED:
            raise _bad(
                "appeal_final_outcome",
                f"gis bare når appeal_status er closed (ikke {status})",
                f"only given when appeal_status is closed (not {status})",
            )
        _check_appeal_state(status, unit, final)
        against_row = _appeal_is_against(decided, filed[0], unit, final)
        timely = self._bool(v[_APPEAL_TIMELY], "appeal_timely")
        if not against_row:
            # Against a decision the export does not carry: stored without it and its
            # deadline, with the timeliness the file gives (it cannot be counted).
            if timely is None:
                raise _bad(
                    "appeal_timely",
                    "mangler (klagen gjaldt en tidligere avgjørelse, som ikke er i filen)",
                    "missing (the appeal was against an earlier decision, not in the file)",
                )
            return (case_id, filed[1], None, timely, status, unit, final, False)
        # As ``appeal file`` counts it: the decision's deadline (none while not sent).
        deadline = decided.deadline
        if timely is None:
            timely = deadlines.appeal_is_timely(filed[0], deadline)
        deadline_iso = deadline.isoformat() if deadline is not None else None
        return (case_id, filed[1], deadline_iso, timely, status, unit, final, True)

    def _appeal_filed(
        self, v: list[Any], received: tuple[dt.date, str]
    ) -> tuple[str, tuple[dt.date, str]]:
        """An appeal's status and filing date (present, not before the case was received)."""
        status = self._choice(v[_APPEAL_STATUS], _APPEAL_STATUSES, "appeal_status")
        filed = self._past(v[_APPEAL_FILED], "appeal_filed_on")
        if filed is None:
            raise _bad("appeal_filed_on", "mangler", "missing")
        if filed[0] < received[0]:
            raise self._before(filed, "appeal_filed_on", received, "received_on")
        return status, filed

    def _unit_outcome(self, v: list[Any]) -> str | None:
        return (
            self._choice(v[_UNIT_OUTCOME], _UNIT_OUTCOMES, "appeal_unit_outcome")
            if v[_UNIT_OUTCOME] is not None
            else None
        )


def _appeal_is_against(
    decided: _Decided, filed: dt.date, unit: str | None, final: str | None
) -> bool:
    """Whether a row's appeal is against the row's decision, as the flat row lets one tell:
    after statsforvalteren's ``omgjort`` an ``innvilget`` is the decision it made (kept
    linked, so that it stays final: fvl § 28); after the unit's ``medhold`` the decision
    is its result or a later one; otherwise the decision was there when the appeal was
    filed, or it is a new assessment made after the appeal ended."""
    if final == FinalOutcome.OMGJORT:
        return decided.outcome == "innvilget"
    if unit == UnitOutcome.MEDHOLD:
        return False
    return decided.decided <= filed


def _check_appeal_state(status: str, unit: str | None, final: str | None) -> None:
    """A state the appeal steps can reach (:func:`kecli.domain.appeals.reachable_states`)."""
    if (status, unit, final) not in _APPEAL_STATES:
        raise _bad(
            "appeal_status",
            f"en klage kan ikke være {status} med appeal_unit_outcome {unit or 'tom'} og "
            f"appeal_final_outcome {final or 'tom'}",
            f"an appeal cannot be {status} with appeal_unit_outcome {unit or 'empty'} and "
            f"appeal_final_outcome {final or 'empty'}",
        )


# --- reading the file ---------------------------------------------------------------


def _format_of(path: Path, fmt: str | None) -> str:
    if fmt is not None:
        chosen = fmt.strip().lower()
        if chosen not in FORMATS:
            raise InvalidInput(
                Msg(
                    f"Ugyldig verdi for --format: «{fmt}».", f"Invalid value for --format: '{fmt}'."
                ),
                Msg(
                    "Import leser csv eller jsonl; eksporter med --format csv eller jsonl.",
                    "Import reads csv or jsonl; export with --format csv or jsonl.",
                ),
            )
        return chosen
    suffix = path.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    if suffix == "ndjson":
        return "jsonl"
    raise InvalidInput(
        Msg(
            f"Kan ikke se formatet av filnavnet {path.name}.",
            f"Cannot tell the format from the file name {path.name}.",
        ),
        Msg(
            "Gi --format csv eller --format jsonl (json og xlsx kan ikke importeres).",
            "Pass --format csv or --format jsonl (json and xlsx cannot be imported).",
        ),
    )


def _open(path: Path) -> IO[str]:
    try:
        return open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115
    except FileNotFoundError:
        raise InvalidInput(
            Msg(f"Filen {path} finnes ikke.", f"The file {path} does not exist."),
        ) from None
    except IsADirectoryError:
        raise InvalidInput(Msg(f"{path} er en mappe.", f"{path} is a directory.")) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise InvalidInput(
            Msg(f"Kan ikke lese {path}: {reason}.", f"Cannot read {path}: {reason}.")
        ) from None


class _FileProblem(Exception):
    """The file cannot be read on from this line (not UTF-8, broken CSV quoting)."""

    def __init__(self, line: int, message: Text, *, not_utf8: bool = False) -> None:
        super().__init__(str(message))
        self.line = line
        self.message = message
        #: The text decoder failed: it reads ahead, so ``line`` is where the reader was,
        #: not necessarily where the bad bytes are (see first_line_not_utf8).
        self.not_utf8 = not_utf8


def _not_utf8(line: int) -> _FileProblem:
    return _FileProblem(
        line,
        Msg(
            "filen er ikke UTF-8-tekst herfra (lagre den som UTF-8)",
            "the file is not UTF-8 text from here on (save it as UTF-8)",
        ),
        not_utf8=True,
    )


def first_line_not_utf8(raw: IO[bytes]) -> int | None:
    """The first physical line of a binary file that is not UTF-8, or None: the decoder
    reads the file in blocks, so where it failed is not where the bad bytes are."""
    raw.seek(0)
    for number, line in enumerate(raw, 1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            return number
    return None


def _header(names: list[str], problems: _Problems) -> list[int]:
    """For each of COLUMNS, its position in the file's rows (-1: not in the file)."""
    positions = {}
    for position, raw in enumerate(names):
        name = raw.strip()
        if name not in COLUMNS:
            problems.add(1, Msg(f"ukjent kolonne «{name[:40]}»", f"unknown column '{name[:40]}'"))
        elif name in positions:
            problems.add(1, Msg(f"kolonnen {name} står to ganger", f"column {name} appears twice"))
        else:
            positions[name] = position
    missing = [c for c in REQUIRED_COLUMNS if c not in positions]
    if missing:
        problems.add(
            1,
            Msg(f"mangler kolonnene {', '.join(missing)}", f"missing columns {', '.join(missing)}"),
        )
    return [positions.get(c, -1) for c in COLUMNS]


def _sniff_delimiter(handle: IO[str]) -> str:
    first = handle.readline()
    handle.seek(0)
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_rows(
    handle: IO[str], delimiter: str | None, problems: _Problems
) -> Iterator[tuple[int, list[Any]]]:
    """(line, values in COLUMNS order) for each CSV record."""
    try:
        sep = delimiter or _sniff_delimiter(handle)
    except UnicodeDecodeError:
        raise _not_utf8(1) from None
    reader = csv.reader(handle, delimiter=sep, strict=True)
    try:
        header = next(reader, None)
    except UnicodeDecodeError:
        raise _not_utf8(1) from None
    except csv.Error as exc:
        raise _FileProblem(1, f"CSV: {exc}") from None
    if not header:
        raise _FileProblem(
            1,
            Msg(
                "overskriftsraden mangler (filen er tom)",
                "the header row is missing (the file is empty)",
            ),
        )
    order = _header(header, problems)
    if problems.count:
        return
    yield from _csv_records(reader, order, len(header), reader.line_num + 1, problems)


def _csv_records(
    reader: Any, order: list[int], width: int, first: int, problems: _Problems
) -> Iterator[tuple[int, list[Any]]]:
    """(line, values) for each record a csv reader has after the header, its next record
    beginning on line ``first`` of the file."""
    identity = order == list(range(len(COLUMNS)))
    lists = _LIST_FIELDS
    offset = first - 1 - reader.line_num  # line_num counts the lines this reader has read
    start = first
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError:
            raise _not_utf8(start) from None
        except csv.Error as exc:
            raise _FileProblem(start, f"CSV: {exc}") from None
        line, start = start, offset + reader.line_num + 1
        if not record:
            continue  # a blank line
        if len(record) != width:
            problems.add(
                line,
                Msg(
                    f"{len(record)} felt, overskriften har {width} (sjekk anførselstegn og skilletegn)",
                    f"{len(record)} fields, the header has {width} (check quotes and the delimiter)",
                ),
            )
            continue
        values: list[Any] = (
            [x or None for x in record]
            if identity
            else [record[j] or None if j >= 0 else None for j in order]
        )
        for i in lists:
            text = values[i]
            values[i] = (
                [] if text is None else [p for p in (s.strip() for s in text.split(";")) if p]
            )
        yield line, values


_JSON_TYPES = {
    str: "string",
    bool: "boolean",
    int: "number",
    float: "number",
    list: "array",
    dict: "object",
}


def _jsonl_rows(
    handle: IO[str], problems: _Problems, first: int = 1
) -> Iterator[tuple[int, list[Any]]]:
    """(line, values in COLUMNS order) for each JSON object of a JSONL file (or of a part
    of it whose first line is line ``first`` of the file)."""
    index = {name: i for i, name in enumerate(COLUMNS)}
    bools = set(_BOOL_FIELDS)
    lists = set(_LIST_FIELDS)
    line = first - 1
    iterator = iter(handle)
    while True:
        try:
            text = next(iterator)
        except StopIteration:
            break
        except UnicodeDecodeError:
            raise _not_utf8(line + 1) from None
        line += 1
        if not text.strip():
            continue
        try:
            obj = json.loads(text)
        except ValueError as exc:
            problems.add(line, Msg(f"ikke gyldig JSON ({exc})", f"not valid JSON ({exc})"))
            continue
        if not isinstance(obj, dict):
            problems.add(line, Msg("ikke et JSON-objekt", "not a JSON object"))
            continue
        values: list[Any] = [None] * len(COLUMNS)
        try:
            for key, value in obj.items():
                i = index.get(key)
                if i is None:
                    raise _RowError(Msg(f"ukjent nøkkel «{key[:40]}»", f"unknown key '{key[:40]}'"))
                values[i] = _json_value(key, value, i in bools, i in lists, i == _COORD_ID)
            for i in lists:
                if values[i] is None:
                    values[i] = []
        except _RowError as error:
            problems.add(line, error.message)
            continue
        missing = [c for c in REQUIRED_COLUMNS if c not in obj]
        if missing:
            problems.add(
                line,
                Msg(f"mangler nøklene {', '.join(missing)}", f"missing keys {', '.join(missing)}"),
            )
            continue
        yield line, values


def _json_value(key: str, value: Any, is_bool: bool, is_list: bool, is_int: bool) -> Any:
    if value is None:
        return None
    if is_list:
        if isinstance(value, list) and all(isinstance(x, str) for x in value):
            return [x.strip() for x in value if x.strip()]
        raise _bad(key, "skal være en liste av tekster", "must be a list of strings")
    if is_bool:
        if isinstance(value, bool):
            return "true" if value else "false"
        raise _bad(key, "skal være true eller false", "must be true or false")
    if is_int and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str):
        return value if value.strip() else None
    kind = _JSON_TYPES.get(type(value), type(value).__name__)
    raise _bad(key, f"skal være tekst, ikke {kind}", f"must be a string, not {kind}")


# --- the import ---------------------------------------------------------------------

#: Rows checked (and, when writing, inserted) at a time: what memory holds of the file.
CHUNK_ROWS = 5000


def import_cases(
    ctx: Ctx,
    path: str | os.PathLike[str],
    *,
    fmt: str | None = None,
    delimiter: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Check every row of the file and (unless ``dry_run``) write them chunk by chunk in
    one transaction; one bad row and it is rolled back (BadRows lists the bad rows)."""
    file = Path(path)
    chosen = _format_of(file, fmt)
    if delimiter is not None and chosen != "csv":
        raise InvalidInput(Msg("--delimiter gjelder bare csv.", "--delimiter applies to csv only."))
    workers = _worker_count()
    # Nothing here makes cycles; the cycle collector would only rescan the compact keys
    # (ids, people) again and again as they grow, so it rests until the import is done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _import(ctx, file, chosen, delimiter, dry_run, progress, workers)
    finally:
        if collecting:
            gc.enable()


def _import(
    ctx: Ctx,
    file: Path,
    fmt: str,
    delimiter: str | None,
    dry_run: bool,
    progress: Progress | None,
    workers: int,
) -> ImportResult:
    sqlite = is_sqlite(ctx.db_url)
    # Beside the database: the stale staging files are looked for, and new ones made, there.
    folder = _staging_folder(ctx.db_url) if sqlite else None
    if sqlite:
        # Whatever this import does (one process, a dry run), the staging files a killed
        # import left beside the database go now: they hold fødselsnumre.
        _remove_stale_staging(folder)
    with _open(file) as handle:
        if workers > 1 and sqlite:
            done = _import_in_parts(ctx, file, fmt, delimiter, dry_run, progress, workers, folder)
            if done is not None:
                return done
        from kecli.services import import_db

        return import_db.import_in_one_process(
            ctx, handle, file.name, fmt, delimiter, dry_run, progress
        )


class _Run:
    """One pass over the rows of a file: check each row, and every CHUNK_ROWS rows hand
    the chunk on (``chunk``) and drop it."""

    #: Stop at the first bad row (a checking worker: the import then checks the whole file
    #: again in one process, for the listing of every bad row in order).
    stop_at_problem = False

    def __init__(self, checker: _Checker) -> None:
        self.checker = checker
        self.problems = _Problems()

    def read(self, records: Iterator[tuple[int, list[Any]]], tick: Callable[[], None]) -> int:
        """Check every row (``tick`` told every _PROGRESS_EVERY rows); how many there were."""
        problems = self.problems
        plan = self.checker.plan
        check = self.checker.check
        cases = plan.cases
        stop = self.stop_at_problem
        total = 0
        try:
            for line, values in records:
                total += 1
                try:
                    check(values, line)
                except _RowError as error:
                    problems.add(line, error.message)
                except InvalidInput as error:  # a rule of the domain, in its own words
                    problems.add(line, error.message)
                if len(cases) >= CHUNK_ROWS:
                    self.flush()
                if total % _PROGRESS_EVERY == 0:
                    tick()
                if stop and problems.count:
                    return total
        except _FileProblem as error:
            problems.add(self.line_of(error), error.message)
        self.flush()
        return total

    def line_of(self, error: _FileProblem) -> int:
        """The line to report ``error`` on (a run that can read the file again may say
        exactly where its bytes stop being UTF-8)."""
        return error.line

    def flush(self) -> None:
        """Hand the chunk's keys to the seen tables and the chunk on; drop it."""
        plan = self.checker.plan
        self.checker.remember()
        self.chunk(plan)
        plan.cases.clear()
        plan.lines.clear()
        plan.decisions.clear()
        plan.appointments.clear()
        plan.appeals.clear()
        plan.plans.clear()
        plan.new_coordinators.clear()

    def chunk(self, plan: _Plan) -> None:
        raise NotImplementedError


def _plan_documents(
    plans: list[tuple[str, str | None, bool]],
) -> list[tuple[str, str | None, bool, str]]:
    """(case id, next evaluation, active, the JSON document of its new, empty plan) per
    plan: ``json.dumps`` of the document, byte for byte, from a template made once. A
    plan the file says the person consented to records ``consent.given`` (no date, no
    name: the file has neither) and is active; without, it is a draft (pbrl § 2-5)."""
    case_mark, day_mark = "\x00case", "\x00day"
    doc = dict(empty_plan(""))
    doc.update(case_id=case_mark, version=1, next_evaluation=day_mark)
    templates = {False: json.dumps(doc)}
    doc["consent"] = {**doc["consent"], "given": True}
    templates[True] = json.dumps(doc)
    case_text, day_text = _encode_text(case_mark), _encode_text(day_mark)
    return [
        (
            case_id,
            next_evaluation,
            consented,
            templates[consented]
            .replace(case_text, _encode_text(case_id))
            .replace(
                day_text, "null" if next_evaluation is None else _encode_text(next_evaluation)
            ),
        )
        for case_id, next_evaluation, consented in plans
    ]


def _json_texts(texts: list[str]) -> str:
    """json.dumps of a list of strings, byte for byte, without the encoder's set-up."""
    return "[" + ", ".join(map(_encode_text, texts)) + "]"


_KIND_BITS = {"koordinator": 1, "barnekoordinator": 2}


# --- checking in parallel (SQLite) ----------------------------------------------------
#
# A big file is cut into parts at record boundaries, and each part is checked by a
# worker process of its own (forked: nothing is imported again), which stages the rows
# it checked in an SQLite file of its own (store.staging.Staging). The workers start
# before SQLAlchemy is loaded: the importing process loads it, and reads the database's
# settings, while they work. It then compares the parts with each other and with the
# database, and writes the staged rows with one INSERT … SELECT per table and part,
# inside SQLite, in the import's one transaction (services.import_db). Python's work per
# row — reading, checking, handing values to SQLite — is spread over the machine's
# cores; what stays serial is SQLite's own.
#
# The fast path is only for files that can be imported: at the first bad row, a key
# repeated from an earlier chunk, a synthetic number the database does not take, or if
# the parts clash (an id or an open person in two parts, a coordinator named two ways),
# the workers' work is thrown away and the file is checked again in one process, which
# lists every bad row exactly as it always does.

#: The most worker processes an import starts by itself.
MAX_WORKERS = 4
#: The most KECLI_IMPORT_WORKERS may ask for: the merge attaches one staging file per
#: worker, and SQLite attaches at most 10 databases.
_MOST_WORKERS = 8
#: Bytes of file per worker at least (≈ 10,000 rows): below, a worker's start costs
#: more than it saves, and the file is checked in the importing process.
PARALLEL_MIN_BYTES = 2 << 20
#: Read at a time while the file is cut into parts.
_SPLIT_BLOCK = 1 << 20


def _worker_count() -> int:
    """How many processes may check a file: KECLI_IMPORT_WORKERS (at most _MOST_WORKERS),
    else the cores this process may use (at most MAX_WORKERS); 1 where processes
    cannot be forked."""
    wanted = os.environ.get("KECLI_IMPORT_WORKERS", "").strip()
    if wanted and (not wanted.isdigit() or int(wanted) < 1):
        raise InvalidInput(
            Msg(
                f"KECLI_IMPORT_WORKERS skal være et heltall fra 1, ikke «{wanted[:20]}».",
                f"KECLI_IMPORT_WORKERS must be a whole number from 1, not '{wanted[:20]}'.",
            )
        )
    # fork() is what makes a worker cheap; elsewhere (macOS, Windows) one process checks.
    if not sys.platform.startswith("linux"):
        return 1
    if wanted:
        return min(int(wanted), _MOST_WORKERS)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(MAX_WORKERS, cores or 1)


@dataclass(frozen=True)
class _Layout:
    """Where a file's parts are: (first byte, end byte, line of its first record) each."""

    sep: str
    order: list[int]
    width: int
    parts: list[tuple[int, int, int]]


def _layout(file: Path, fmt: str, delimiter: str | None, count: int) -> _Layout | None:
    """Cut the file into up to ``count`` parts of about the same size, each ending where
    a record ends (in CSV: at a line end outside quotes). None when the file is better
    read by one process: small, a header that is not one plain line, lone CR line ends."""
    with open(file, "rb") as raw:
        size = os.fstat(raw.fileno()).st_size
        count = min(count, size // PARALLEL_MIN_BYTES)
        if count < 2:
            return None
        sep, order, width, body, first_line = "", [], 0, 0, 1
        if fmt == "csv":
            head = raw.readline(_SPLIT_BLOCK)
            if not head.endswith(b"\n") or head.count(b'"') % 2:
                return None
            try:
                text = head.decode("utf-8-sig")
                sep = delimiter or _delimiter_of(text)
                header = next(csv.reader([text], delimiter=sep, strict=True), None)
            except (UnicodeDecodeError, csv.Error):
                return None
            problems = _Problems()
            order = _header(header or [], problems)
            if not header or problems.count:
                return None  # the import in one process says what is wrong
            width, body, first_line = len(header), len(head), 2
        targets = [body + (size - body) * k // count for k in range(1, count)]
        cuts = [(body, first_line)]
        quotes = newlines = 0
        pos = body
        while True:
            block = raw.read(_SPLIT_BLOCK)
            while block.endswith(b"\r"):  # keep a CR LF in one block
                more = raw.read(1)
                if not more:
                    break
                block += more
            if not block:
                break
            if block.count(b"\r") != block.count(b"\r\n"):
                return None  # lone CR line ends: counted as the csv module counts them
            while targets and pos + len(block) > targets[0]:
                i = block.find(b"\n", max(0, targets[0] - pos))
                while i != -1 and fmt == "csv" and (quotes + block.count(b'"', 0, i)) % 2:
                    i = block.find(b"\n", i + 1)
                if i == -1:  # no record ends in the rest of this block: look on in the next
                    targets[0] = pos + len(block)
                    break
                cut = pos + i + 1
                if cut < size and cut > cuts[-1][0]:
                    cuts.append((cut, first_line + newlines + block.count(b"\n", 0, i + 1)))
                targets.pop(0)
            if fmt == "csv":
                quotes += block.count(b'"')
            newlines += block.count(b"\n")
            pos += len(block)
    if len(cuts) < 2:
        return None
    ends = [start for start, _ in cuts[1:]] + [size]
    parts = [(start, end, line) for (start, line), end in zip(cuts, ends, strict=True)]
    return _Layout(sep, order, width, parts)


def _delimiter_of(header: str) -> str:
    return _sniff_delimiter(io.StringIO(header))


class _Slice(io.RawIOBase):
    """The bytes of an open file from where it stands, ``length`` of them."""

    def __init__(self, raw: IO[bytes], length: int) -> None:
        self.raw = raw
        self.left = length

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        wanted = min(len(buffer), self.left)
        if wanted <= 0:
            return 0
        got = self.raw.readinto(memoryview(buffer)[:wanted])  # type: ignore[attr-defined]
        self.left -= got
        return int(got)


@dataclass(frozen=True)
class _Job:
    """One worker's part of the file and what its checks need."""

    file: str
    fmt: str
    sep: str
    order: list[int]
    width: int
    start: int
    end: int
    first_line: int
    staging: str
    today: dt.date
    user: str
    now: str
    #: The importing process (taken before the fork: a worker that starts after its
    #: parent died would otherwise take init for its parent).
    parent: int = 0
    #: The database's postal_days as read before the fork (the merge checks it again).
    postal_days: int = deadlines.POSTAL_DAYS


class _StagedRun(_Run):
    """A worker's pass over its part: the checked rows go to its staging file."""

    stop_at_problem = True

    def __init__(self, checker: _Checker, staging: Staging) -> None:
        super().__init__(checker)
        self.staging = staging

    def chunk(self, plan: _Plan) -> None:
        if self.problems.count:
            return
        add = self.staging.add
        add("cases", plan.cases)
        add("decisions", plan.decisions)
        add("appointments", plan.appointments)
        add("appeals", plan.appeals)
        add("plans", _plan_documents(plan.plans))


class _Part(NamedTuple):
    """What a worker kept of its part (the rows and the coordinators it met are in its
    staging file), and whether a kept row has a synthetic number."""

    result: ImportResult
    synthetic: bool


def _check_part(job: _Job, index: int, done: Any, synthetic: Any) -> _Part | None:
    """A worker: check the rows of one part of the file and stage them; None if a row
    was bad, a key repeated one of an earlier chunk, or the part had no rows. ``done``
    and ``synthetic`` (shared with the importing process) are told, every few thousand
    rows, the bytes read and whether a kept row has had a synthetic number.

    Synthetic numbers pass (the importing process reads the database's setting while
    the workers work, and checks the file in one process if they are not allowed)."""
    staging = Staging(job.staging)
    checker = _Checker(
        today=job.today,
        user=job.user,
        allow_synthetic=True,
        now=job.now,
        seen=staging.seen,
        postal_days=job.postal_days,
    )
    run = _StagedRun(checker, staging)
    with open(job.file, "rb", buffering=0) as raw:
        raw.seek(job.start)
        part = _Slice(raw, job.end - job.start)
        # A byte-order mark is skipped at the start of the file only (as the import in
        # one process does): elsewhere it is part of the row, and refused with it.
        encoding = "utf-8-sig" if job.start == 0 else "utf-8"
        handle = io.TextIOWrapper(io.BufferedReader(part, 1 << 16), encoding=encoding, newline="")
        records = (
            _csv_records(
                csv.reader(handle, delimiter=job.sep, strict=True),
                job.order,
                job.width,
                job.first_line,
                run.problems,
            )
            if job.fmt == "csv"
            else _jsonl_rows(handle, run.problems, job.first_line)
        )

        parent = job.parent or os.getppid()

        def tick() -> None:
            if os.getppid() != parent:
                # The importing process was killed: nobody will read this part. Stop, and
                # take its rows (fødselsnumre) with us; the next import removes the folder.
                staging.db.close()
                with contextlib.suppress(OSError):
                    os.unlink(job.staging)
                os._exit(1)
            done[index] = job.end - job.start - part.left
            synthetic[index] = checker.synthetic

        try:
            rows = run.read(records, tick)
        except RepeatedKey:  # an id or an open person of an earlier chunk
            return None
        tick()
    staging.close()
    if run.problems.count or rows == 0:
        return None
    result = checker.plan.result(os.path.basename(job.file), job.fmt, rows, dry_run=False)
    return _Part(result, checker.synthetic)


def _work(job: _Job, index: int, done: Any, synthetic: Any, send: Any) -> None:
    """A worker process's whole life: its result, or None when anything went wrong (the
    import then runs in one process, where the error is reported as it always is; no
    traceback, which could hold row data, is printed here)."""
    import signal

    # The importing process stops its workers with SIGTERM: they just end (its own
    # handler, inherited by the fork, would unwind them as an interruption).
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    result: _Part | None
    try:
        result = _check_part(job, index, done, synthetic)
    except BaseException:  # noqa: BLE001 - the import in one process reports it
        result = None
    try:
        send.send(result)
    except OSError:  # the importing process has stopped listening
        pass
    finally:
        send.close()


class _Workers:
    """One forked worker per job, started on entering (``started`` is false when the
    system refused a process or a pipe: one process can do it all), and stopped on
    leaving, whatever they are doing."""

    def __init__(self, jobs: list[_Job]) -> None:
        self.jobs = jobs
        self.started = False
        self._processes: list[Any] = []
        self._waiting: dict[Any, int] = {}
        self._done: Any = None
        self._synthetic: Any = None

    def __enter__(self) -> _Workers:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        try:
            self._done = context.Array("q", len(self.jobs), lock=False)
            self._synthetic = context.Array("b", len(self.jobs), lock=False)
            for index, job in enumerate(self.jobs):
                receive, send = context.Pipe(duplex=False)
                self._waiting[receive] = index
                process = context.Process(
                    target=_work,
                    args=(job, index, self._done, self._synthetic, send),
                    daemon=True,
                )
                self._processes.append(process)
                try:
                    process.start()
                finally:
                    send.close()
        except OSError:  # no more processes or open files
            return self
        except BaseException:
            self.__exit__()
            raise
        self.started = True
        return self

    def results(
        self, progress: Progress | None, size: int, *, synthetic_allowed: bool
    ) -> list[_Part] | None:
        """Their results in job order; None as soon as one failed, or met a synthetic
        number where they are not allowed."""
        from multiprocessing.connection import Connection, wait

        waiting = self._waiting
        by_index: dict[int, _Part] = {}
        while waiting:
            if not synthetic_allowed and any(self._synthetic):
                return None
            for ready in wait(list(waiting), timeout=0.2):
                assert isinstance(ready, Connection)
                index = waiting.pop(ready)
                try:
                    found: _Part | None = ready.recv()
                except EOFError:  # the worker died
                    found = None
                ready.close()
                if found is None:
                    return None  # the others' work is not needed any more
                by_index[index] = found
            if progress is not None:
                progress("check", sum(self._done), size)
        if not synthetic_allowed and any(self._synthetic):
            return None  # met in the last replies: one process checks the file (no merge)
        return [by_index[index] for index in range(len(self.jobs))]

    def __exit__(self, *_: object) -> None:
        for receive in self._waiting:
            receive.close()
        for process in self._processes:
            if process.pid is None:  # never started
                continue
            if process.is_alive():
                process.terminate()
            process.join()


class _Again(Exception):
    """The parts cannot be merged as they are: check the file in one process."""


def _import_in_parts(
    ctx: Ctx,
    file: Path,
    fmt: str,
    delimiter: str | None,
    dry_run: bool,
    progress: Progress | None,
    workers: int,
    folder: str | None,
) -> ImportResult | None:
    """The import with one worker per part of the file, staged in ``folder`` (None: the
    system's temp folder); None when the file is to be checked in one process (too
    small, or a bad row or a clash somewhere)."""
    layout = _layout(file, fmt, delimiter, workers)
    if layout is None:
        return None
    now = now_utc()
    try:
        staging = tempfile.TemporaryDirectory(
            prefix=f"kecli-import-{os.getpid()}-{_host_tag()}-", dir=folder
        )
    except OSError:  # no room for staging files: one process needs none
        return None
    postal_days = _postal_days_of(ctx.db_url)
    with staging as tmp:
        jobs = [
            _Job(
                file=str(file),
                fmt=fmt,
                sep=layout.sep,
                order=layout.order,
                width=layout.width,
                start=start,
                end=end,
                first_line=line,
                staging=os.path.join(tmp, f"part{index}.db"),
                today=ctx.today,
                user=ctx.user,
                now=now,
                parent=os.getpid(),
                postal_days=postal_days,
            )
            for index, (start, end, line) in enumerate(layout.parts)
        ]
        size = layout.parts[-1][1]
        # Every avslag's appeal deadline is counted (a file's is checked against the law's):
        # the holiday tables, loaded once here, are shared with the workers by the fork.
        deadlines.load_holidays()
        with _Workers(jobs) as running:
            if not running.started:
                return None
            if progress is not None:
                progress("check", 0, size)
            # While they work: SQLAlchemy loads (≈ 0.3 s), the schema is brought up to
            # date, and the database says whether it takes synthetic numbers.
            from kecli.services import import_db

            synthetic_allowed = import_db.allows_synthetic_ids(ctx)
            # Not allowed and met: the file is checked in one process, which refuses
            # them row by row, with their lines.
            parts = running.results(progress, size, synthetic_allowed=synthetic_allowed)
        if parts is None:
            return None
        if progress is not None:
            progress("check", size, size)
        results = [part.result for part in parts]
        synthetic = any(part.synthetic for part in parts)
        try:
            return import_db.merge_parts(
                ctx, file.name, fmt, jobs, results, now, dry_run, synthetic=synthetic,
                progress=progress,
            )  # fmt: skip
        except _Again:
            return None


def _postal_days_of(url: str) -> int:
    """The SQLite database's postal_days, read with the standard library before the workers
    fork (SQLAlchemy is not loaded yet); the default when it cannot be read. The merge
    compares it with the setting in its transaction and checks the file in one process
    when they differ."""
    import sqlite3

    from kecli.domain.config import settings_from

    path = sqlite_path(url)
    if not path or not os.path.isfile(path):
        return deadlines.POSTAL_DAYS
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            found = conn.execute("SELECT value FROM config WHERE key = 'postal_days'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return deadlines.POSTAL_DAYS
    if found is None:
        return deadlines.POSTAL_DAYS
    try:
        return settings_from({"postal_days": str(found[0])}).postal_days
    except ValueError:
        return deadlines.POSTAL_DAYS


def _staging_folder(url: str) -> str | None:
    """Beside the database (the staged rows are as private as the database's, and a
    system temp folder may be memory); the system's temp folder if that is not writable."""
    database = sqlite_path(url)
    if not database or database == ":memory:":
        return None
    folder = os.path.dirname(os.path.abspath(database))
    return folder if os.access(folder, os.W_OK) else None


def _host_tag() -> str:
    """This machine, in a staging folder's name: a process id means something only on
    the machine that gave it (a database folder may be shared by several)."""
    import hashlib
    import socket

    return "h" + hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]


def _remove_stale_staging(folder: str | None) -> None:
    """Remove the staging folders of imports whose process is gone (killed, or the
    machine stopped): they hold fødselsnumre, and no one else would remove them. Only
    this machine's: another machine's process cannot be looked up from here."""
    import shutil

    base = folder or tempfile.gettempdir()
    try:
        names = os.listdir(base)
    except OSError:
        return
    here = _host_tag()
    for name in names:
        parts = name.split("-")
        if len(parts) < 4 or parts[:2] != ["kecli", "import"] or not parts[2].isdigit():
            continue
        tagged = len(parts) >= 5 and len(parts[3]) == 9 and parts[3].startswith("h")
        if tagged and parts[3] != here:  # another machine's import
            continue
        try:
            os.kill(int(parts[2]), 0)
        except ProcessLookupError:  # that import's process is gone
            shutil.rmtree(os.path.join(base, name), ignore_errors=True)
        except (OSError, OverflowError):  # another user's process, alive; not a pid
            continue
