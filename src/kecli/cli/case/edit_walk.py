"""The guided ``case edit``: a menu of what the case holds; each answer is checked as it is
typed, and the edit is built as the flags would have built it, so the service checks both
the same way. Esc goes back one step (from the menu: quit, which asks first when something
changed); nothing is written before the summary is confirmed. Ctrl-C: exit 130, nothing
written."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kecli import env
from kecli.cli.prompts import Back, ask_confirm, ask_menu, ask_select, ask_text, back_hint
from kecli.errors import InvalidInput, KecliError, Msg
from kecli.i18n import prompts as P
from kecli.i18n import results as R
from kecli.i18n import t, tf

if TYPE_CHECKING:
    from kecli.domain.edits import CaseEdit
    from kecli.views import CaseView

CONTACT_TITLES = P.CONTACT_FIELDS


@dataclass
class Draft:
    """The values as the walk shows them: the stored ones with this session's answers."""

    name: str
    fnr: str | None
    birth_date: str | None
    expected_birth_date: str | None
    received_on: str
    channel: str
    guardians: list[str]
    contact: dict[str, str | None]
    guardian_contacts: dict[str, dict[str, str | None]]
    note: str | None
    edit: Any = None
    touched: set[str] = field(default_factory=set)


def _draft(case: CaseView) -> Draft:
    from kecli.domain.edits import CaseEdit

    person = case["person"]
    return Draft(
        name=person["name"],
        fnr=person["fnr"],
        birth_date=person["birth_date"],
        expected_birth_date=person["expected_birth_date"],
        received_on=case["received_on"] or "",
        channel=case["channel"],
        guardians=list(case["guardians"]),
        contact=dict(case["contact"]),
        guardian_contacts={
            g["name"]: {key: value for key, value in g.items() if key != "name"}
            for g in case["guardian_contacts"]
        },
        note=case["note"],
        edit=CaseEdit(),
    )


def _shown(value: str | None) -> str:
    """A value in the menu; a fødselsnummer typed into it masked (the question that
    changes it shows it whole)."""
    from kecli.domain.identity import mask_in_text

    return mask_in_text(value) if value else "—"


def _entry(what: Msg, value: str) -> str:
    return tf(P.EDIT_ENTRY, what=t(what), value=value)


def _menu(draft: Draft) -> list[tuple[str, str]]:
    from kecli.i18n import label
    from kecli.i18n import labels as L

    if draft.expected_birth_date and not draft.birth_date:
        birth = tf(P.EDIT_EXPECTED, date=draft.expected_birth_date)
    else:
        birth = _entry(P.EDIT_BIRTH, _shown(draft.birth_date))
    entries = [
        ("name", _entry(P.EDIT_NAME, _shown(draft.name))),
        ("fnr", _entry(P.EDIT_FNR, _shown(draft.fnr))),
        ("birth", birth),
        ("received", _entry(P.EDIT_RECEIVED, _shown(draft.received_on))),
        ("channel", _entry(P.EDIT_CHANNEL, label(L.CHANNEL, draft.channel))),
        ("contact:", _entry(P.EDIT_CONTACT, _contact(draft.contact))),
    ]
    for guardian in draft.guardians:
        what = tf(P.EDIT_CONTACT_OF, name=_shown(guardian))
        values = _contact(draft.guardian_contacts.get(guardian) or {})
        entries.append((f"contact:{guardian}", tf(P.EDIT_ENTRY, what=what, value=values)))
    entries.append(("add_guardian", t(P.ADD_GUARDIAN)))
    if draft.guardians:
        entries.append(("remove_guardian", t(P.REMOVE_GUARDIAN)))
    entries += [
        ("note", _entry(P.EDIT_NOTE, _shown(draft.note))),
        ("save", t(P.SAVE_AND_QUIT)),
        ("quit", t(P.QUIT_WITHOUT_SAVING)),
    ]
    return entries


def _contact(values: dict[str, str | None]) -> str:
    from kecli.domain.contacts import postal_lines

    parts = [*postal_lines(values), *(values.get(k) or "" for k in ("phone", "email"))]
    return _shown(", ".join(p for p in parts if p))


def _date_check(text: str) -> None:
    from kecli.domain.dates import parse_date

    if not text.strip():
        raise InvalidInput(P.REQUIRED)
    if parse_date(text, today=env.today()) > env.today():
        raise InvalidInput(P.NOT_AFTER_TODAY)


def _date(text: str) -> dt.date:
    from kecli.domain.dates import parse_date

    return parse_date(text, today=env.today())


def _act(action: str, draft: Draft, allow_synthetic: bool) -> None:
    """Ask for one value and put it in the draft and its edit; Back leaves both as they
    were."""
    from kecli.domain.contacts import clean_contact_value
    from kecli.domain.identity import mask, parse_identity_number

    edit: CaseEdit = draft.edit
    if action == "name":

        def required(text: str) -> None:
            if not text.strip():
                raise InvalidInput(P.REQUIRED)

        name = ask_text(
            t(P.NAME),
            default=draft.name,
            check=required,
            instruction=back_hint(required=True),
            back=True,
        )
        edit.name = draft.name = name
    elif action == "fnr":

        def check(text: str) -> None:
            if text.strip():
                parse_identity_number(text, allow_synthetic=allow_synthetic)

        typed = ask_text(
            t(P.FNR),
            check=check,
            instruction=t(P.KEEP_FNR),
            back=True,
        )
        if not typed:
            raise Back
        number = parse_identity_number(typed, allow_synthetic=allow_synthetic)
        edit.fnr = number.value
        draft.fnr = mask(number.value)
        if number.birth_date is not None:
            draft.birth_date = number.birth_date.isoformat()
            draft.expected_birth_date = None
    elif action == "birth":
        text = ask_text(
            t(P.BIRTH_DATE),
            default=draft.birth_date or "",
            check=_date_check,
            instruction=back_hint(required=True),
            back=True,
        )
        edit.birth_date = _date(text)
        draft.birth_date = edit.birth_date.isoformat()
        draft.expected_birth_date = None
    elif action == "received":
        text = ask_text(
            t(P.RECEIVED_ON),
            default=draft.received_on,
            check=_date_check,
            instruction=back_hint(required=True),
            back=True,
        )
        edit.received_on = _date(text)
        draft.received_on = edit.received_on.isoformat()
    elif action == "channel":
        edit.channel = draft.channel = ask_select(
            t(P.HOW_CAME_IN),
            [(value, t(title)) for value, title in P.CHANNEL_CHOICES.items()],
            default=draft.channel,
            back=True,
        )
    elif action.startswith("contact:"):
        from kecli.cli.plan.entries import in_steps

        guardian = action.partition(":")[2] or None
        values = dict(draft.guardian_contacts.get(guardian) or {} if guardian else draft.contact)

        def step(key: str, title: Msg) -> Any:
            def ask() -> None:
                values[key] = clean_contact_value(
                    key,
                    ask_text(
                        t(title),
                        default=values.get(key) or "",
                        check=lambda s: clean_contact_value(key, s, ""),
                        instruction=back_hint(),
                        back=True,
                    ),
                    "",
                )

            return ask

        in_steps([step(key, title) for key, title in CONTACT_TITLES])
        stored = draft.guardian_contacts.get(guardian) or {} if guardian else draft.contact
        for key, _ in CONTACT_TITLES:
            if values.get(key) == stored.get(key):
                continue
            if guardian is None:
                edit.contact[key] = values.get(key) or ""
            else:
                edit.guardian_contacts = [
                    entry
                    for entry in edit.guardian_contacts
                    if not (entry[0] == guardian and entry[1] == key)
                ] + [(guardian, key, values.get(key) or "")]
        if guardian is None:
            draft.contact = values
        else:
            draft.guardian_contacts[guardian] = values
    elif action == "add_guardian":
        name = ask_text(
            t(P.GUARDIAN_NAME),
            instruction=back_hint(required=True),
            back=True,
        )
        name = " ".join(name.split())
        if not name:
            raise Back
        if name in edit.remove_guardians:
            edit.remove_guardians.remove(name)
        else:
            edit.add_guardians.append(name)
        draft.guardians.append(name)
    elif action == "remove_guardian":
        name = ask_select(
            t(P.WHO_REMOVED),
            [(g, _shown(g)) for g in draft.guardians],
            back=True,
        )
        if name in edit.add_guardians:
            edit.add_guardians.remove(name)
        else:
            edit.remove_guardians.append(name)
        draft.guardians.remove(name)
        draft.guardian_contacts.pop(name, None)
        edit.guardian_contacts = [e for e in edit.guardian_contacts if e[0] != name]
    elif action == "note":
        note = ask_text(t(P.NOTE), default=draft.note or "", instruction=back_hint(), back=True)
        edit.note = note
        draft.note = note or None


def _summary(ref: str, edit: CaseEdit) -> tuple[bool, str | None] | None:
    """The changes the edit makes, and at a contradiction the question and a reason; the
    (force, reason) to save with, or None to go back to the menu."""
    from kecli.cli.output import warn
    from kecli.cli.state import service_ctx
    from kecli.render.console import console
    from kecli.render.edits import change_lines
    from kecli.services.edits import preview_edit

    try:
        preview = preview_edit(service_ctx(), ref, edit)
    except KecliError as error:
        from kecli.cli.errors import report

        report(error)  # next to the menu it goes back to
        return None
    out = console()
    out.print(tf(R.CHANGES_TO, id=preview.case_id), style="bold", markup=False)
    for line in change_lines(preview.changes):
        out.print(f"  {line}", highlight=False, markup=False)
    force, reason = False, None
    if preview.contradictions:
        for contradiction in preview.contradictions:
            warn(t(contradiction))
        if not ask_confirm(t(P.SAVE_ANYWAY), default=False, back=True):
            return None

        def required(text: str) -> None:
            if not text.strip():
                raise InvalidInput(P.A_REASON_MUST_BE_GIVEN)

        reason = ask_text(t(P.REASON_REQUIRED), check=required, back=True)
        force = True
    if not ask_confirm(t(P.SAVE_CHANGES), default=True, back=True):
        return None
    return force, reason


def edit_walk(ref: str) -> tuple[CaseEdit, bool, str | None] | None:
    """The menu loop: the edit to save with (force, reason), or None to quit unsaved."""
    from kecli.cli.state import service_ctx
    from kecli.render.console import console
    from kecli.services.config import current_settings
    from kecli.services.views import show_case

    ctx = service_ctx()
    # The texts whole: they are the defaults a change starts from and may be saved back.
    case = show_case(ctx, ref, whole_text=True)
    allow_synthetic = current_settings(ctx).allow_synthetic_ids
    draft = _draft(case)
    console().print(
        tf(P.EDITING, id=case["id"], name=_shown(case["person"]["name"]), kind=case["kind"]),
        style="bold",
        markup=False,
    )
    last: str | None = None
    while True:
        try:
            action = ask_menu(
                t(P.WHAT_TO_CHANGE),
                _menu(draft),
                default=last,
                back=True,
                esc=t(P.QUIT_WORD),
            )
        except Back:
            action = "quit"
        else:
            last = action
        edit: CaseEdit = draft.edit
        try:
            if action == "save":
                if edit.is_empty():
                    return None
                decided = _summary(case["id"], edit)
                if decided is not None:
                    return edit, *decided
            elif action == "quit":
                if edit.is_empty() or ask_confirm(
                    t(P.QUIT_UNSAVED),
                    default=False,
                    back=True,
                ):
                    return None
            else:
                _act(action, draft, allow_synthetic)
        except Back:
            continue
