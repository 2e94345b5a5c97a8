"""The individuell plan (IP) document: its checks and its normal form (its shape is
:mod:`kecli.domain.plan_shape`'s, re-exported here).

The contents follow forskrift om habilitering, rehabilitering og individuell
plan og koordinator § 19 (goals, resources and needs, measures with who is
responsible, participants, the person's own contribution, cooperation,
evaluation, consent); the shape is the plan document of SPEC § 5.

Pure: no clock (today is passed in), no database, no printing. A document is
plain JSON data (dicts, lists, str, int, bool, None); dates are ISO strings.
Every refusal is an ``InvalidInput`` whose message starts with the JSON path
of the value at fault (``goals[1].target_date``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from kecli.domain.checks import not_after_today, not_before
from kecli.domain.dates import parse_date
from kecli.domain.eligibility import AVSLAG, INNVILGET, PARTICIPATION
from kecli.domain.plan_shape import (
    CONSENT_KEYS as CONSENT_KEYS,
)
from kecli.domain.plan_shape import (
    GOAL_STATUSES as GOAL_STATUSES,
)
from kecli.domain.plan_shape import (
    LIST_KEYS as LIST_KEYS,
)
from kecli.domain.plan_shape import (
    LISTS as LISTS,
)
from kecli.domain.plan_shape import (
    PERIOD_KEYS as PERIOD_KEYS,
)
from kecli.domain.plan_shape import (
    TEXT_KEYS as TEXT_KEYS,
)
from kecli.domain.plan_shape import (
    TOP_KEYS as TOP_KEYS,
)
from kecli.domain.plan_shape import (
    Document as Document,
)
from kecli.domain.plan_shape import (
    FieldKind as FieldKind,
)
from kecli.domain.plan_shape import (
    ListSpec as ListSpec,
)
from kecli.errors import InvalidInput, Msg
from kecli.i18n.errors import plans as E

__all__ = [
    "GOAL_STATUSES",
    "LISTS",
    "LIST_KEYS",
    "TOP_KEYS",
    "Document",
    "ListSpec",
    "empty_plan",
    "has_statutory_ip_right",
    "normalize_plan",
    "plan_counts",
    "plan_is_active",
    "plan_is_kept",
    "plan_outcome",
    "same_content",
]

_TYPE_NAMES = {
    "text": E.TEXT_OR_NULL,
    "date": E.DATE_OR_NULL,
    "bool": E.TRUE_FALSE,
    "object": E.AN_OBJECT,
    "list": E.A_LIST,
    "id": E.WHOLE_NUMBER_FROM_ONE,
}


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _error(path: str, nb: str, en: str, hint: Msg | None = None) -> InvalidInput:
    where = path or "$"
    return InvalidInput(E.AT_WHERE, hint, where=where, nb=Msg(nb, en))


def _wrong_type(path: str, expected: str, value: object) -> InvalidInput:
    name = _TYPE_NAMES[expected]
    got = _json_type(value)
    return _error(path, f"må være {name.nb}, ikke {got}.", f"must be {name.en}, not {got}.")


def _check_keys(path: str, value: Mapping[str, Any], allowed: tuple[str, ...]) -> None:
    unknown = [key for key in value if key not in allowed]
    if unknown:
        where = f"{path}.{unknown[0]}" if path else unknown[0]
        raise _error(
            where,
            "ukjent nøkkel.",
            "unknown key.",
            E.VALID_KEYS.fill(value=", ".join(allowed)),
        )


def _object(path: str, value: object) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _wrong_type(path, "object", value)
    for key in value:
        if not isinstance(key, str):  # only from Python callers; JSON keys are strings
            raise _error(path, "nøklene må være tekst.", "keys must be text.")
    return value


def _text(path: str, value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _wrong_type(path, "text", value)
    stripped = value.strip()
    return stripped or None


def _date(path: str, value: object, today: dt.date) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _wrong_type(path, "date", value)
    if not value.strip():
        return None
    try:
        return parse_date(value, today=today)
    except InvalidInput as error:
        message = error.message
        if isinstance(message, Msg):
            message = E.AT_PATH.fill(path=path, message=Msg(message.nb, message.en))
        raise InvalidInput(message, error.hint) from None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _bool(path: str, value: object) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise _wrong_type(path, "bool", value)
    return value


def _id(path: str, value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _wrong_type(path, "id", value)
    return value


def _status(path: str, value: object) -> str:
    if value is None:
        return "active"
    if not isinstance(value, str) or value.strip() not in GOAL_STATUSES:
        shown = value if isinstance(value, str) else _json_type(value)
        raise _error(
            path,
            f"må være active, achieved eller dropped, ikke «{str(shown)[:40]}».",
            f"must be active, achieved or dropped, not '{str(shown)[:40]}'.",
        )
    return value.strip()


def _not_before(path: str, later: dt.date | None, earlier: dt.date | None, what: Msg) -> None:
    """An end that lies before its start is an impossible entry."""
    if later is not None and earlier is not None:
        not_before(later, earlier, f"{path}:", what)


def _item(spec: ListSpec, path: str, value: object, today: dt.date) -> Document:
    raw = _object(path, value)
    _check_keys(path, raw, ("id", *(name for name, _ in spec.fields)))
    item: Document = {"id": _id(f"{path}.id", raw.get("id"))}
    dates: dict[str, dt.date | None] = {}
    for name, kind in spec.fields:
        where = f"{path}.{name}"
        if kind == "text":
            item[name] = _text(where, raw.get(name))
        elif kind == "status":
            item[name] = _status(where, raw.get(name))
        else:
            dates[name] = _date(where, raw.get(name), today)
            item[name] = _iso(dates[name])
    if item[spec.required] is None:
        raise _error(
            f"{path}.{spec.required}",
            "må fylles ut.",
            "is required.",
        )
    if spec.span is not None:
        start, end = spec.span
        _not_before(f"{path}.{end}", dates[end], dates[start], Msg(start, start))  # a key
    return item


def _list(
    spec: ListSpec, value: object, today: dt.date, stored: Sequence[Mapping[str, Any]]
) -> list[Document]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _wrong_type(spec.key, "list", value)
    items = [_item(spec, f"{spec.key}[{n}]", entry, today) for n, entry in enumerate(value)]
    seen: set[int] = set()
    for n, item in enumerate(items):
        if item["id"] is not None:
            if item["id"] in seen:
                raise _error(
                    f"{spec.key}[{n}].id",
                    f"id {item['id']} er brukt før i listen.",
                    f"id {item['id']} is used earlier in the list.",
                    E.LEAVE_ID_OUT_NEW,
                )
            seen.add(item["id"])
    # New entries get the next number after every id in the list and in every stored
    # version, so that a removed entry's id is never given to a different one.
    used = set(seen)
    for version in stored:
        for entry in version.get(spec.key) or []:
            if isinstance(entry, dict) and isinstance(entry.get("id"), int):
                used.add(entry["id"])
    next_id = max(used, default=0) + 1
    for item in items:
        if item["id"] is None:
            item["id"] = next_id
            next_id += 1
    return items


def _period(value: object, today: dt.date) -> Document:
    if value is None:
        return {"from": None, "to": None}
    raw = _object("period", value)
    _check_keys("period", raw, PERIOD_KEYS)
    start = _date("period.from", raw.get("from"), today)
    end = _date("period.to", raw.get("to"), today)
    _not_before("period.to", end, start, E.THE_START_OF_PERIOD)
    return {"from": _iso(start), "to": _iso(end)}


def _consent(value: object, today: dt.date) -> Document:
    if value is None:
        value = {}
    raw = _object("consent", value)
    _check_keys("consent", raw, CONSENT_KEYS)
    on = _date("consent.on", raw.get("on"), today)
    if on is not None:
        not_after_today(
            on,
            today,
            "consent.on:",
            E.RECORD_CONSENT_ONCE_BEEN,
        )
    return {
        "given": _bool("consent.given", raw.get("given")),
        "on": _iso(on),
        "by": _text("consent.by", raw.get("by")),
        "share_information": _bool("consent.share_information", raw.get("share_information")),
    }


def _version(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _wrong_type("version", "id", value)
    return value


def normalize_plan(
    raw: object,
    *,
    case_id: str,
    today: dt.date,
    previous: Mapping[str, Any] | None = None,
    earlier: Sequence[Mapping[str, Any]] = (),
) -> Document:
    """Check a plan document and give it its normal form (forskrift om IP § 19; SPEC § 5).

    Every key present, in ``TOP_KEYS`` order; texts stripped (empty → null);
    dates ISO; goal status ``active`` when left out; entries without an ``id``
    numbered after the highest id in the list, in ``previous`` (the stored
    version) or in ``earlier`` (the versions before it: an id is never reused). ``version`` is kept as given (None when left out): comparing it
    with the stored one is the caller's job. ``case_id`` must be ``case_id``
    when given. Normalising a normal form changes nothing.
    """
    doc = _object("", raw)
    _check_keys("", doc, TOP_KEYS)
    given_case = doc.get("case_id")
    if given_case is not None:
        if not isinstance(given_case, str):
            raise _wrong_type("case_id", "text", given_case)
        if given_case.strip() != case_id:
            raise _error(
                "case_id",
                f"dokumentet gjelder sak {given_case.strip()[:20]}, ikke {case_id}.",
                f"the document is for case {given_case.strip()[:20]}, not {case_id}.",
                E.USE_PLAN_RIGHT_CASE,
            )
    result: Document = {
        "case_id": case_id,
        "version": _version(doc.get("version")),
        "period": _period(doc.get("period"), today),
        "next_evaluation": _iso(_date("next_evaluation", doc.get("next_evaluation"), today)),
    }
    for key in TEXT_KEYS:
        result[key] = _text(key, doc.get(key))
    stored = [*earlier, *([previous] if previous else [])]
    for key, spec in LISTS.items():
        result[key] = _list(spec, doc.get(key), today, stored)
    result["consent"] = _consent(doc.get("consent"), today)
    return {key: result[key] for key in TOP_KEYS}


def plan_outcome(
    outcome: str | None, failed_criteria: Sequence[str], kind: str, answers: Mapping[str, bool]
) -> str | None:
    """The outcome a plan rests on: the decision's, except that an ``avslag`` resting only
    on the municipality's practice (``participation``) leaves the statutory right to an
    individuell plan standing where the statute gives it (pbrl § 2-5; a local practice may
    not take away a statutory right), so the plan is kept as under a grant."""
    if (
        outcome == AVSLAG
        and tuple(failed_criteria) == (PARTICIPATION,)
        and has_statutory_ip_right(kind, answers)
    ):
        return INNVILGET
    return outcome


def plan_is_kept(outcome: str | None, wants_ip: bool) -> bool:
    """Whether a case may have its plan (edited, exported): while the current decision
    grants the case and the person wants a plan (pbrl § 2-5, hol § 7-1: the plan is the
    person's right only with a granted coordinator and their wish). An ``avslag``, a
    decision set aside (``outcome`` None) or ``--no-ip`` take it out of use; a grant with
    ``--wants-ip`` brings it back, with its history."""
    return outcome == INNVILGET and wants_ip


def consent_given(document: Mapping[str, Any] | None) -> bool:
    """Whether the plan document records the person's consent (pbrl § 2-5: an individuell
    plan is made with the person's consent; forskrift om IP § 19)."""
    consent = (document or {}).get("consent") or {}
    return consent.get("given") is True


def plan_is_active(outcome: str | None, wants_ip: bool, consented: bool) -> bool:
    """Whether a case's plan is in use and evaluated (``plan_evaluation`` alarms): kept
    (:func:`plan_is_kept`) and consented to (pbrl § 2-5, hol § 7-1). A plan without the
    person's consent is a draft; withdrawing consent makes it a draft again."""
    return plan_is_kept(outcome, wants_ip) and consented


def empty_plan(case_id: str) -> Document:
    """A plan with nothing in it yet (not saved: ``version`` is None)."""
    return normalize_plan({}, case_id=case_id, today=dt.date(2000, 1, 1))


def same_content(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two normalised documents say the same, whatever their ``version``."""
    return {k: v for k, v in a.items() if k != "version"} == {
        k: v for k, v in b.items() if k != "version"
    }


def plan_counts(doc: Mapping[str, Any]) -> dict[str, int]:
    """How many entries each list of a document holds (for summaries and the event log)."""
    return {key: len(doc.get(key) or []) for key in LIST_KEYS}


def has_statutory_ip_right(kind: str, answers: Mapping[str, bool]) -> bool:
    """pbrl § 2-5 ("langvarige og koordinerte tjenester"): a koordinator granted with
    ``long_term`` answered no (complex need only) gives no statutory right to an IP
    (DOMAIN § 2); the unit may still offer one."""
    return not (kind == "koordinator" and answers.get("long_term") is False)
