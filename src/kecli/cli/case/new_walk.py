"""The guided ``case new`` walk for people at a terminal: it asks for what the flags did not
give and returns the same input a flag run would have built, so the service checks both the
same way."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from kecli import env
from kecli.cli.prompts import ask_confirm, ask_select, ask_text
from kecli.errors import InvalidInput
from kecli.i18n import prompts as P
from kecli.i18n import t, tf

if TYPE_CHECKING:
    from kecli.services.cases import NewCase


def _date_or_empty(text: str) -> dt.date | None:
    from kecli.domain.dates import parse_date

    return parse_date(text, today=env.today()) if text.strip() else None


def _not_future(text: str) -> None:
    value = _date_or_empty(text)
    if value is not None and value > env.today():
        raise InvalidInput(P.NOT_AFTER_TODAY)


def _required(text: str) -> None:
    if not text.strip():
        raise InvalidInput(P.REQUIRED)


def new_case_walk(data: NewCase, given: dict[str, bool]) -> NewCase:
    """Ask for what the flags did not give; validate each answer as it is typed."""
    from kecli.cli.state import service_ctx
    from kecli.domain.identity import parse_identity_number
    from kecli.services.cases import check_new_case
    from kecli.services.config import current_settings

    allow_synthetic = current_settings(service_ctx()).allow_synthetic_ids
    optional = t(P.OPTIONAL)

    if not given["name"]:
        data = replace(data, name=ask_text(t(P.NAME), check=_required))
    if not given["kind"]:
        data = replace(
            data,
            kind=ask_select(
                t(P.WHAT_IS_ASKED),
                [(kind, t(title)) for kind, title in P.KIND_CHOICES.items()],
                default="koordinator",
            ),
        )
    is_child_case = data.kind == "barnekoordinator"
    if not given["fnr"] and not given["birth_date"] and not given["expected_birth_date"]:

        def check_fnr(text: str) -> None:
            if text.strip():
                parse_identity_number(text, allow_synthetic=allow_synthetic)

        fnr = ask_text(
            t(P.FNR) + optional,
            check=check_fnr,
        )
        data = replace(data, fnr=fnr or None)
        number = parse_identity_number(fnr, allow_synthetic=allow_synthetic) if fnr else None
        if number is None or number.birth_date is None:
            if number is None and is_child_case and ask_confirm(t(P.NOT_BORN), default=False):
                text = ask_text(
                    t(P.EXPECTED_BIRTH),
                    check=lambda s: (_required(s), _date_or_empty(s)),
                )
                data = replace(data, expected_birth_date=_date_or_empty(text))
            else:
                text = ask_text(
                    t(P.BIRTH_DATE) + ("" if number else optional),
                    check=lambda s: _not_future(s) if s.strip() or number is None else _required(s),
                )
                data = replace(data, birth_date=_date_or_empty(text))
    if not given["received"]:
        text = ask_text(
            t(P.RECEIVED_ON),
            default=env.today().isoformat(),
            check=lambda s: (_required(s), _not_future(s)),
        )
        data = replace(data, received_on=_date_or_empty(text))
    if not given["channel"]:
        data = replace(
            data,
            channel=ask_select(
                t(P.HOW_CAME_IN),
                [(value, t(title)) for value, title in P.CHANNEL_CHOICES.items()],
                default="skjema",
            ),
        )
    if not given["guardian"] and (is_child_case or _is_child(data)):
        guardians: list[str] = []
        while True:
            name = ask_text(tf(P.GUARDIAN, number=len(guardians) + 1) + t(P.WHEN_DONE))
            if not name:
                break
            guardians.append(name)
        data = replace(data, guardians=guardians)
    if not given["note"]:
        note = ask_text(t(P.NOTE) + optional)
        data = replace(data, note=note or None)
    clean = check_new_case(data, today=env.today(), allow_synthetic=allow_synthetic)
    if not ask_confirm(
        tf(P.REGISTER_CASE, kind=clean.kind, name=clean.name),
        default=True,
    ):
        raise KeyboardInterrupt
    return clean


def _is_child(data: NewCase) -> bool:
    birth = data.birth_date
    if birth is None and data.fnr:
        try:
            from kecli.domain.identity import parse_identity_number

            birth = parse_identity_number(data.fnr, allow_synthetic=True).birth_date
        except InvalidInput:
            return False
    if birth is None:
        return False
    from kecli.domain.dates import age_on

    return age_on(birth, env.today()) < 18
