"""What every letter shares: the writer (language, voice, settings), the letterhead, the
recipient, the facts line, the closing and the footer."""

from __future__ import annotations

import datetime as dt
from typing import Any

from kecli.domain.contacts import postal_lines
from kecli.domain.dates import format_date_en, format_date_nb
from kecli.i18n import letters as w
from kecli.render.letters.model import Block, Letter
from kecli.views import CaseView

#: The settings a letter shows, with a placeholder where one is missing.
LETTER_SETTINGS = ("municipality", "unit_name", "unit_address", "statsforvalter")


class Writer:
    """The letter's language and voice, and the values its sentences are filled with."""

    def __init__(self, data: Any, lang: str) -> None:
        self.data = data
        self.lang = lang
        self.case: CaseView = data["case"]
        self.family = self.case["kind"] == "barnekoordinator"
        self.missing: list[str] = []
        self.child = self.case["person"]["name"]

    def say(self, text: w.Voiced, **values: str) -> str:
        """``text`` in the letter's language and voice, its placeholders filled."""
        words = text.pick(self.lang, self.family)
        if "{" not in words:
            return words
        known = {"child": self.child, **values}
        if "{kind}" in words:
            known["kind"] = self.say(w.KIND_NAME[self.case["kind"]])
        if "{statsforvalter}" in words:  # asked for only where the letter names it
            known["statsforvalter"] = self.setting("statsforvalter")
        return words.format(**known)

    def date(self, iso: str | None) -> str:
        if not iso:
            return "—"
        day = dt.date.fromisoformat(iso)
        return format_date_nb(day) if self.lang == "nb" else format_date_en(day)

    def setting(self, key: str) -> str:
        value = self.data.get("settings", {}).get(key)
        if value:
            return str(value)
        if key not in self.missing:
            self.missing.append(key)
        return self.say(w.PLACEHOLDER[key])


def sender_of(writer: Writer) -> tuple[str, ...]:
    settings = writer.data.get("settings", {})
    lines = [writer.setting("municipality"), writer.setting("unit_name")]
    lines.append(writer.setting("unit_address"))
    contact = []
    if settings.get("unit_phone"):
        contact.append(f"{writer.say(w.PHONE)} {settings['unit_phone']}")
    if settings.get("unit_email"):
        contact.append(f"{writer.say(w.EMAIL)} {settings['unit_email']}")
    if contact:
        lines.append(" · ".join(contact))
    return tuple(lines)


def born_of(writer: Writer) -> str | None:
    person = writer.case["person"]
    if person.get("birth_date"):
        return writer.say(w.BORN, date=writer.date(person["birth_date"]))
    if person.get("expected_birth_date"):
        return writer.say(w.EXPECTED, date=writer.date(person["expected_birth_date"]))
    return None


def recipient_of(writer: Writer) -> tuple[tuple[str, ...], str | None]:
    """Who the letter is to, with the postal address where one is recorded, and (for the
    family) whom it concerns. Guardians who live at one address share it; a guardian with
    none recorded is written to at the child's."""
    person = writer.case["person"]
    born = born_of(writer)
    home = postal_lines(writer.case.get("contact") or {})
    if not writer.family:
        return (person["name"], *home), None
    guardians = [name for name in writer.case.get("guardians") or [] if name.strip()]
    contacts = {g["name"]: g for g in writer.case.get("guardian_contacts") or []}
    lines_of = {name: postal_lines(contacts.get(name) or {}) or home for name in guardians}
    addresses = set(lines_of.values())
    if not guardians:
        to: tuple[str, ...] = (writer.say(w.TO_THE_FAMILY_OF, name=person["name"]), *home)
    elif len(addresses) == 1:
        to = (*guardians, *addresses.pop())
    else:
        to = tuple(line for name in guardians for line in (name, *lines_of[name]))
    about = writer.say(w.ABOUT_CHILD, name=person["name"] + (f", {born}" if born else ""))
    return to, about


def facts_of(writer: Writer) -> tuple[tuple[str, str], ...]:
    return (
        (writer.say(w.DATE), writer.date(writer.data["today"])),
        (writer.say(w.CASE_NUMBER), writer.case["id"]),
        (writer.say(w.HANDLER), writer.data.get("handler") or writer.case.get("created_by", "")),
    )


def finish(
    writer: Writer,
    kind: str,
    title: str,
    body: list[Block],
    *,
    recipient: tuple[str, ...] | None = None,
    about: str | None = None,
    copy_to: tuple[str, ...] = (),
) -> Letter:
    """The letter around ``body``: letterhead, recipient (the person, or the family), facts,
    closing with the handler's name, footer and the PDF's metadata."""
    data, case = writer.data, writer.case
    if recipient is None:
        recipient, about = recipient_of(writer)
    handler = data.get("handler") or case.get("created_by", "")
    closing = (
        writer.say(w.GREETING),
        "",
        handler,
        writer.say(w.HANDLER_ROLE),
        writer.setting("unit_name"),
    )
    sender = sender_of(writer)
    settings = data.get("settings", {})
    footer = tuple(
        text
        for text in (
            settings.get("unit_address"),
            settings.get("unit_phone") and f"{writer.say(w.PHONE)} {settings['unit_phone']}",
            settings.get("unit_email") and f"{writer.say(w.EMAIL)} {settings['unit_email']}",
        )
        if text
    )
    return Letter(
        lang=writer.lang,
        kind=kind,
        title=title,
        sender=sender,
        recipient=recipient,
        facts=facts_of(writer),
        body=tuple(body),
        closing=closing,
        about=about,
        copy_to=copy_to,
        placeholders=tuple(writer.missing),
        author=f"{sender[1]}, {sender[0]}",
        footer=footer,
        keywords=(case["id"], case["kind"]),
    )
