"""The plan editor's questions: one entry's fields, one of the plan's single values, the
consent. Each answer is checked as it is typed; Esc (or an empty answer where a value is
required) goes back one step, and from the first step on to the menu (``Back``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from kecli import env
from kecli.cli.prompts import Back, ask_confirm, ask_select, ask_text, ask_yes_no, back_hint
from kecli.errors import InvalidInput, Msg
from kecli.i18n import labels as L
from kecli.i18n import prompts as P
from kecli.i18n import t

Document = dict[str, Any]

ITEM_FIELDS = P.ITEM_FIELDS
STATUS_TITLES = tuple(L.GOAL_STATUS.items())


def _required(text: str) -> None:
    if not text.strip():
        raise InvalidInput(P.REQUIRED)


def _date(text: str) -> dt.date | None:
    from kecli.domain.dates import parse_date

    return parse_date(text, today=env.today()) if text.strip() else None


def _iso(text: str) -> str | None:
    value = _date(text)
    return value.isoformat() if value else None


def _not_before(start: str | None, what: Msg) -> Callable[[str], None]:
    def check(text: str) -> None:
        value = _date(text)
        if value is not None and start and value < dt.date.fromisoformat(start):
            raise InvalidInput(
                Msg(
                    P.NOT_BEFORE.nb.format(what=what.nb, start=start),
                    P.NOT_BEFORE.en.format(what=what.en, start=start),
                )
            )

    return check


def _not_future(text: str) -> None:
    value = _date(text)
    if value is not None and value > env.today():
        raise InvalidInput(P.NOT_AFTER_TODAY)


def in_steps(steps: Sequence[Callable[[], object]]) -> None:
    """Run ``steps`` in order; Back in one goes to the one before it, and Back in the first
    goes on to the caller (the menu)."""
    index = 0
    while index < len(steps):
        try:
            steps[index]()
        except Back:
            if index == 0:
                raise
            index -= 1
        else:
            index += 1


def _ask_optional(label: str, current: str | None) -> str | None:
    return ask_text(label, default=current or "", instruction=back_hint(), back=True) or None


def _ask_required(label: str, current: str | None) -> str:
    text = ask_text(label, default=current or "", instruction=back_hint(required=True), back=True)
    if not text:
        raise Back
    return text


def _ask_date(
    label: str, current: str | None, check: Callable[[str], None] | None = None
) -> str | None:
    def validate(text: str) -> None:
        _date(text)
        if check is not None:
            check(text)

    return _iso(
        ask_text(label, default=current or "", check=validate, instruction=back_hint(), back=True)
    )


def ask_item(key: str, current: Document | None, user: str) -> Document:
    """Ask for each field of one entry; when changing, each answer starts as the stored one.
    Back from the first field goes on to the caller; the entry is then left as it was."""
    item: Document = {} if current is None else dict(current)
    if current is None and key == "evaluations":
        item.update(date=env.today().isoformat(), by=user)

    def field(name: str, label: Msg, kind: str) -> Callable[[], None]:
        def ask() -> None:
            shown = t(label)
            value = item.get(name)
            if kind == "required":
                item[name] = _ask_required(shown, value)
            elif kind == "text":
                item[name] = _ask_optional(shown, value)
            elif kind == "status":
                item[name] = ask_select(
                    shown, [(v, t(m)) for v, m in STATUS_TITLES], default=value or "active",
                    back=True,
                )  # fmt: skip
            else:
                check = None
                if kind.startswith("after:"):
                    earlier = kind.split(":", 1)[1]
                    check = _not_before(item.get(earlier), P.THE_FROM_DATE)
                item[name] = _ask_date(shown, value, check)

        return ask

    in_steps([field(name, label, kind) for name, label, kind in ITEM_FIELDS[key]])
    return item


def ask_value(what: str, doc: Document) -> None:
    """Set one of the plan's single values; nothing changes unless every step is answered."""
    if what == "own_contribution":
        value = _ask_optional(t(P.OWN_CONTRIBUTION), doc["own_contribution"])
        doc["own_contribution"] = value
    elif what == "resources_needs":
        values = {"resources": doc["resources"], "needs": doc["needs"]}

        def resources() -> None:
            values["resources"] = _ask_optional(t(P.RESOURCES), values["resources"])

        def needs() -> None:
            values["needs"] = _ask_optional(t(P.NEEDS), values["needs"])

        in_steps([resources, needs])
        doc.update(values)
    elif what == "period":
        period = dict(doc["period"])

        def start() -> None:
            period["from"] = _ask_date(t(P.PERIOD_FROM), period["from"])

        def end() -> None:
            period["to"] = _ask_date(
                t(P.PERIOD_TO),
                period["to"],
                _not_before(period["from"], P.THE_START),
            )

        in_steps([start, end])
        doc["period"] = period
    elif what == "next_evaluation":
        doc["next_evaluation"] = _ask_date(t(P.NEXT_EVALUATION), doc["next_evaluation"])
    elif what == "consent":
        doc["consent"] = _ask_consent(dict(doc["consent"]))


def _ask_consent(consent: Document) -> Document:
    recorded = bool(consent["given"]) or consent["on"] is not None

    def given() -> None:
        consent["given"] = ask_yes_no(
            t(P.CONSENTED),
            # the stored answer, once there is one; the first time it must be typed
            default=bool(consent["given"]) if recorded else None,
            back=True,
        )

    def on() -> None:
        if consent["given"]:
            consent["on"] = _ask_date(
                t(P.CONSENT_ON),
                consent["on"] or env.today().isoformat(),
                _not_future,
            )

    def by() -> None:
        if consent["given"]:
            consent["by"] = _ask_optional(
                t(P.CONSENT_BY),
                consent["by"],
            )

    def share() -> None:
        if consent["given"]:
            consent["share_information"] = ask_confirm(
                t(P.SHARE_INFORMATION),
                default=bool(consent["share_information"]),
                back=True,
            )
        else:
            consent.update(on=None, by=None, share_information=False)

    in_steps([given, on, by, share])
    return consent
