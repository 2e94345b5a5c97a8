"""The error messages and hints of contacts (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- domain/contacts.py ---

ADDRESS: Final = Template("adresse", "address")
POSTCODE: Final = Template("postnummer", "postcode")
CITY: Final = Template("poststed", "city")
PHONE: Final = Template("telefon", "phone")
E_MAIL: Final = Template("e-post", "e-mail")
LONGER_THAN_CHARACTERS: Final = Template(
    "{what} er lengre enn {most} tegn ({value}).",
    "{what} is longer than {most} characters ({value}).",
)
INVALID_POSTCODE: Final = Template(
    "Ugyldig postnummer{of}: «{value}».", "Invalid postcode{of}: '{value}'."
)
POSTCODE_FOUR_DIGITS: Final = Template(
    "Et postnummer har fire sifre, f.eks. 0150.", "A postcode has four digits: 0150."
)
INVALID_E_MAIL_ADDRESS: Final = Template(
    "Ugyldig e-postadresse{of}: «{value}».", "Invalid e-mail address{of}: '{value}'."
)
EXAMPLE_KARI_EXAMPLE: Final = Template("Eksempel: kari@example.no", "Example: kari@example.no")
INVALID_PHONE_NUMBER: Final = Template(
    "Ugyldig telefonnummer{of}: «{value}».", "Invalid phone number{of}: '{value}'."
)
GIVE_DIGITS_COUNTRY_CODE: Final = Template(
    "Skriv 8 til 15 sifre, gjerne med landskode: +47 912 34 567.",
    "Give 8 to 15 digits, with the country code if need be: +47 912 34 567.",
)
FOR_FIELD: Final = Template(" for {field}", " for {field}")
THE_FIELD: Final = Template("{field}", "{field}")
THE_ANSWER: Final = Template("Svaret", "The answer")
