"""Correcting and completing a registered case (``case edit``): what each change may be, the
changes an edit makes, and where a change would contradict a recorded decision.

A correction never rewrites history silently: every change is one entry of the log with the
old and the new value (a fødselsnummer masked), and one that contradicts a decision (a
birth date that changes the child's age on the decision date, an inquiry received after it
was decided) is made only on purpose, with a reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from kecli.domain.cases import CHANNELS, check_choice
from kecli.domain.checks import not_after_today, required_name
from kecli.domain.contacts import clean_contact_value
from kecli.domain.dates import age_on
from kecli.domain.eligibility import BASIS_CONTINUED_PAST_18, derived_child_age
from kecli.domain.identity import (
    IdentityNumber,
    birth_date_matches,
    mask,
    parse_identity_number,
)
from kecli.errors import InvalidInput, Msg
from kecli.i18n.errors import edits as E

Contact = Mapping[str, str | None]


@dataclass(frozen=True)
class CaseFacts:
    """What a case holds now, as the edit rules read it."""

    id: str
    kind: str
    name: str
    fnr: str | None
    birth_date: dt.date | None
    expected_birth_date: dt.date | None
    received_on: dt.date
    channel: str
    guardians: tuple[str, ...]
    contact: Contact
    guardian_contacts: Mapping[str, Contact]
    note: str | None


@dataclass
class CaseEdit:
    """What ``case edit`` was asked to change; None (or empty) leaves a value as it is, an
    empty text clears an optional one."""

    name: str | None = None
    fnr: str | None = None
    birth_date: dt.date | None = None
    received_on: dt.date | None = None
    channel: str | None = None
    add_guardians: list[str] = field(default_factory=list)
    remove_guardians: list[str] = field(default_factory=list)
    contact: dict[str, str] = field(default_factory=dict)
    """The person's contact details by field (``address`` …)."""
    guardian_contacts: list[tuple[str, str, str]] = field(default_factory=list)
    """(guardian's name, field, value) for a guardian's contact details."""
    note: str | None = None

    def is_empty(self) -> bool:
        return self == CaseEdit()


@dataclass(frozen=True)
class Change:
    """One change: the field, its old and new value, and whose contact detail it is."""

    field: str
    old: Any
    new: Any
    guardian: str | None = None

    def logged(self) -> dict[str, Any]:
        """The change as its log entry holds it: dates in ISO form, a fødselsnummer masked."""

        def shown(value: Any) -> Any:
            if isinstance(value, dt.date):
                return value.isoformat()
            if self.field == "fnr" and value:
                return mask(value)
            return list(value) if isinstance(value, tuple) else value

        entry: dict[str, Any] = {"field": self.field}
        if self.guardian is not None:
            entry["guardian"] = self.guardian
        entry["old"], entry["new"] = shown(self.old), shown(self.new)
        return entry


@dataclass(frozen=True)
class EditPlan:
    """The changes an edit makes, in the order they are logged, and the case after them."""

    changes: tuple[Change, ...]
    after: CaseFacts


@dataclass(frozen=True)
class DecisionFacts:
    """A recorded decision, as far as a correction of the case can contradict it."""

    decided_on: dt.date
    answers: Mapping[str, bool]
    set_aside: bool
    legal_basis: str


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _guardian_named(name: str, guardians: Sequence[str]) -> str | None:
    """The guardian ``name`` names (spacing and case aside), or None."""
    wanted = _key(name)
    return next((g for g in guardians if _key(g) == wanted), None)


def _not_a_guardian(name: str, option: str, guardians: Sequence[str]) -> InvalidInput:
    listed = ", ".join(guardians) or "—"
    return InvalidInput(E.NOT_A_GUARDIAN, E.GUARDIANS, field=option, name=name, listed=listed)


def _guardian_name(raw: str) -> str:
    name = " ".join(raw.split())
    if not name:
        raise InvalidInput(
            E.GUARDIANS_NAME_CANNOT_EMPTY,
            field="guardians",
        )
    if ";" in name:
        raise InvalidInput(
            E.GUARDIANS_NAME_CANNOT_CONTAIN,
            field="guardians",
        )
    return name


def _identity(
    facts: CaseFacts, edit: CaseEdit, *, today: dt.date, allow_synthetic: bool
) -> tuple[str | None, dt.date | None, dt.date | None]:
    """The fødselsnummer, birth date and expected birth date after the edit. A number or a
    birth date records that an expected child is born: the expected date then stays only in
    the log."""
    fnr, birth, expected = facts.fnr, facts.birth_date, facts.expected_birth_date
    number: IdentityNumber | None = None
    if edit.fnr is not None:
        if edit.fnr.strip():
            number = parse_identity_number(edit.fnr, allow_synthetic=allow_synthetic)
            fnr = number.value
        else:
            fnr = None
    elif fnr is not None:  # stored, so accepted before: read for its birth date only
        try:
            number = parse_identity_number(fnr, allow_synthetic=True)
        except InvalidInput:
            number = None
    if edit.birth_date is not None:
        not_after_today(edit.birth_date, today, "birth_date")
        if number is not None and not birth_date_matches(number, edit.birth_date):
            raise InvalidInput(
                E.BIRTH_DATE_DISAGREES_WITH_FNR,
                E.CORRECT_FODSELSNUMMER_LEAVE_OUT,
                field="birth_date",
            )
        birth = edit.birth_date
    elif edit.fnr is not None and number is not None:
        if number.birth_date is not None:
            birth = number.birth_date
        elif birth is None or not birth_date_matches(number, birth):
            raise InvalidInput(
                E.FNR_SHOWS_NO_CENTURY,
                E.GIVE_BIRTH_DATE_YYYY,
                field="birth_date",
            )
    if birth is not None:
        expected = None
    return fnr, birth, expected


def plan_edit(
    facts: CaseFacts, edit: CaseEdit, *, today: dt.date, allow_synthetic: bool
) -> EditPlan:
    """The changes ``edit`` makes to the case (InvalidInput on a value that cannot be, and
    when nothing would change)."""
    changes: list[Change] = []

    def changed(name: str, old: Any, new: Any) -> None:
        if old != new:
            changes.append(Change(name, old, new))

    name = facts.name if edit.name is None else required_name(edit.name)
    changed("name", facts.name, name)
    fnr, birth, expected = _identity(facts, edit, today=today, allow_synthetic=allow_synthetic)
    changed("fnr", facts.fnr, fnr)
    changed("birth_date", facts.birth_date, birth)
    changed("expected_birth_date", facts.expected_birth_date, expected)
    received = facts.received_on
    if edit.received_on is not None:
        not_after_today(edit.received_on, today, "received_on")
        received = edit.received_on
    changed("received_on", facts.received_on, received)
    channel = facts.channel
    if edit.channel is not None:
        channel = check_choice(edit.channel, CHANNELS, "channel")
    changed("channel", facts.channel, channel)

    guardians = list(facts.guardians)
    for raw in edit.remove_guardians:
        found = _guardian_named(raw, guardians)
        if found is None:
            raise _not_a_guardian(raw, "remove_guardian", guardians)
        guardians.remove(found)
    for raw in edit.add_guardians:
        added = _guardian_name(raw)
        if _guardian_named(added, guardians) is not None:
            raise InvalidInput(E.ALREADY_GUARDIAN_CASE, field="guardians", added=added)
        guardians.append(added)
    changed("guardians", facts.guardians, tuple(guardians))

    contact = dict(facts.contact)
    for key, raw in edit.contact.items():
        contact[key] = clean_contact_value(key, raw, key)
        changed(key, facts.contact.get(key), contact[key])

    kept = {g: dict(facts.guardian_contacts.get(g) or {}) for g in guardians}
    for raw_name, key, raw in edit.guardian_contacts:
        option = f"guardian_{key}"
        guardian = _guardian_named(raw_name, guardians)
        if guardian is None:
            raise _not_a_guardian(raw_name, option, guardians)
        value = clean_contact_value(key, raw, option)
        old = kept[guardian].get(key)
        if value is None:
            kept[guardian].pop(key, None)
        else:
            kept[guardian][key] = value
        if old != value:
            changes.append(Change(key, old, value, guardian=guardian))

    note = facts.note
    if edit.note is not None:
        note = edit.note.strip() or None
    changed("note", facts.note, note)

    if not changes:
        raise InvalidInput(E.NOTHING_CHANGE_VALUES_SAME, E.GIVE_WHAT_CHANGE_E, facts_id=facts.id)
    after = replace(
        facts,
        name=name,
        fnr=fnr,
        birth_date=birth,
        expected_birth_date=expected,
        received_on=received,
        channel=channel,
        guardians=tuple(guardians),
        contact=contact,
        guardian_contacts={g: values for g, values in kept.items() if values},
        note=note,
    )
    return EditPlan(tuple(changes), after)


def nothing_given(case_id: str) -> InvalidInput:
    """``case edit`` with no change asked for (and no terminal to ask in)."""
    return InvalidInput(E.NOTHING_CHANGE, E.GIVE_WHAT_CHANGE_E, case_id=case_id)


def contradictions(
    before: CaseFacts, after: CaseFacts, decisions: Sequence[DecisionFacts]
) -> list[Msg]:
    """Where the case after a correction contradicts a recorded decision (not set aside): an
    inquiry received after a decision on it (fvl § 11 a counts from the inquiry); a birth
    date that changes ``child_age`` on a barnekoordinator decision's date (pbrl § 2-5 c),
    unless the decision continued past 18 by the municipality's choice."""
    standing = [d for d in decisions if not d.set_aside]
    found: list[Msg] = []
    if after.received_on != before.received_on and standing:
        first = min(d.decided_on for d in standing)
        if after.received_on > first:
            found.append(
                E.RECEIVED_AFTER_DECISION_CASE.fill(
                    after_received_on=after.received_on.isoformat(), first=first.isoformat()
                )
            )
    dates_changed = (after.birth_date, after.expected_birth_date) != (
        before.birth_date,
        before.expected_birth_date,
    )
    if after.kind == "barnekoordinator" and dates_changed:
        for decision in standing:
            answer = decision.answers.get("child_age")
            derived = derived_child_age(
                after.birth_date, after.expected_birth_date, decision.decided_on
            )
            continued = BASIS_CONTINUED_PAST_18 in decision.legal_basis
            if answer is None or derived is None or derived == answer or (answer and continued):
                continue
            day = decision.decided_on.isoformat()
            born = after.birth_date.isoformat() if after.birth_date else "—"
            if answer and after.birth_date is not None:  # derived False: 18 or older
                age = age_on(after.birth_date, decision.decided_on)
                found.append(E.BIRTH_DATE_CHILD_WHEN.fill(born=born, age=age, day=day))
            else:
                found.append(E.BIRTH_DATE_CHILD_UNDER.fill(born=born, day=day))
    return found
