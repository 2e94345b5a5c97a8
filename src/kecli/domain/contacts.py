"""Contact details of the person and the guardians: what a value may be, and how a letter
writes the postal address.

A value is checked as a caseworker types it; an empty value clears what was recorded.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from kecli.errors import InvalidInput
from kecli.i18n.errors import contacts as E

#: The contact fields, in the order they are shown and stored.
CONTACT_FIELDS: Final = ("address", "postcode", "city", "phone", "email")

#: The longest value each field keeps (the columns' lengths).
_MAX = {"address": 200, "postcode": 10, "city": 100, "phone": 40, "email": 200}

#: What each field is called, for the messages and the screens.
FIELD_NAMES: Final = {
    "address": E.ADDRESS,
    "postcode": E.POSTCODE,
    "city": E.CITY,
    "phone": E.PHONE,
    "email": E.E_MAIL,
}

_POSTCODE = re.compile(r"\d{4}")
_PHONE_CHARS = re.compile(r"[+\d ()\-.]+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


def clean_contact_value(field: str, raw: str, option: str) -> str | None:
    """The value to store for contact ``field`` (None: clear it), its spaces tidied;
    InvalidInput about ``option`` (the field it is given as: ``guardian_phone``) when it cannot be an address, postcode (a Norwegian
    postnummer: four digits), phone number (8 to 15 digits, + - ( ) and spaces) or e-mail
    address."""
    value = " ".join(raw.split())
    # A guided prompt passes no option: the message stands next to the prompt it is about.
    of = E.FOR_FIELD if option else ""
    if not value:
        return None
    most = _MAX[field]
    if len(value) > most:
        raise InvalidInput(
            E.LONGER_THAN_CHARACTERS,
            field=option or field,
            what=E.THE_FIELD if option else E.THE_ANSWER,
            most=most,
            value=len(value),
        )
    if field == "postcode" and not _POSTCODE.fullmatch(value):
        raise InvalidInput(
            E.INVALID_POSTCODE,
            E.POSTCODE_FOUR_DIGITS,
            field=option or field,
            of=of,
            value=value,
        )
    if field == "phone":
        digits = sum(c.isdigit() for c in value)
        if not _PHONE_CHARS.fullmatch(value) or not 8 <= digits <= 15:
            raise InvalidInput(
                E.INVALID_PHONE_NUMBER,
                E.GIVE_DIGITS_COUNTRY_CODE,
                field=option or field,
                of=of,
                value=value,
            )
    if field == "email" and not _EMAIL.fullmatch(value):
        raise InvalidInput(
            E.INVALID_E_MAIL_ADDRESS,
            E.EXAMPLE_KARI_EXAMPLE,
            field=option or field,
            of=of,
            value=value,
        )
    return value


def postal_lines(contact: Mapping[str, object]) -> tuple[str, ...]:
    """The postal address as a letter writes it under the name: the street address, then
    postcode and city on one line; nothing when no address is recorded."""
    lines: list[str] = []
    if contact.get("address"):
        lines.append(str(contact["address"]))
    place = " ".join(str(contact[key]) for key in ("postcode", "city") if contact.get(key))
    if place:
        lines.append(place)
    return tuple(lines) if contact.get("address") else ()
