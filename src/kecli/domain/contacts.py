"""Contact details of the person and the guardians: what a value may be, and how a letter
writes the postal address.

A value is checked as a caseworker types it; an empty value clears what was recorded.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from kecli.errors import InvalidInput, Msg

#: The contact fields, in the order they are shown and stored.
CONTACT_FIELDS: Final = ("address", "postcode", "city", "phone", "email")

#: The longest value each field keeps (the columns' lengths).
_MAX = {"address": 200, "postcode": 10, "city": 100, "phone": 40, "email": 200}

#: What each field is called, for the messages and the screens.
FIELD_NAMES: Final = {
    "address": Msg("adresse", "address"),
    "postcode": Msg("postnummer", "postcode"),
    "city": Msg("poststed", "city"),
    "phone": Msg("telefon", "phone"),
    "email": Msg("e-post", "e-mail"),
}

_POSTCODE = re.compile(r"\d{4}")
_PHONE_CHARS = re.compile(r"[+\d ()\-.]+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


def clean_contact_value(field: str, raw: str, option: str) -> str | None:
    """The value to store for contact ``field`` (None: clear it), its spaces tidied;
    InvalidInput naming ``option`` when it cannot be an address, postcode (a Norwegian
    postnummer: four digits), phone number (8 to 15 digits, + - ( ) and spaces) or e-mail
    address."""
    value = " ".join(raw.split())
    # A guided prompt passes no option: the message stands next to the prompt it is about.
    of_nb, of_en = (f" for {option}", f" for {option}") if option else ("", "")
    if not value:
        return None
    most = _MAX[field]
    if len(value) > most:
        raise InvalidInput(
            Msg(
                f"{option or 'Svaret'} er lengre enn {most} tegn ({len(value)}).",
                f"{option or 'The answer'} is longer than {most} characters ({len(value)}).",
            ),
            field=field,
        )
    if field == "postcode" and not _POSTCODE.fullmatch(value):
        raise InvalidInput(
            Msg(
                f"Ugyldig postnummer{of_nb}: «{value}».",
                f"Invalid postcode{of_en}: '{value}'.",
            ),
            Msg("Et postnummer har fire sifre, f.eks. 0150.", "A postcode has four digits: 0150."),
            field=field,
        )
    if field == "phone":
        digits = sum(c.isdigit() for c in value)
        if not _PHONE_CHARS.fullmatch(value) or not 8 <= digits <= 15:
            raise InvalidInput(
                Msg(
                    f"Ugyldig telefonnummer{of_nb}: «{value}».",
                    f"Invalid phone number{of_en}: '{value}'.",
                ),
                Msg(
                    "Skriv 8 til 15 sifre, gjerne med landskode: +47 912 34 567.",
                    "Give 8 to 15 digits, with the country code if need be: +47 912 34 567.",
                ),
                field=field,
            )
    if field == "email" and not _EMAIL.fullmatch(value):
        raise InvalidInput(
            Msg(
                f"Ugyldig e-postadresse{of_nb}: «{value}».",
                f"Invalid e-mail address{of_en}: '{value}'.",
            ),
            Msg("Eksempel: kari@example.no", "Example: kari@example.no"),
            field=field,
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
