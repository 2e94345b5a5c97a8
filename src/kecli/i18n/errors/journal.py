"""The error messages and hints of journal (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- domain/journal.py ---

INVALID_VALUE: Final = Template(
    "Ugyldig verdi for {f[kind]}: «{value}».", "Invalid value for {f[kind]}: '{value}'."
)
VALID_VALUES: Final = Template("Gyldige verdier: {listed}", "Valid values: {listed}")
INQUIRY_RECEIVED: Final = Template("henvendelsen kom", "the inquiry was received")
NOTE_ABOUT_CASE_FROM: Final = Template(
    "Et notat gjelder saken fra henvendelsen kom (se case show).",
    "A note is about the case from the day the inquiry came (see case show).",
)
NOTE_CANNOT_EMPTY: Final = Template("Notatet kan ikke være tomt.", "The note cannot be empty.")
WRITE_NOTE_AFTER_CASE: Final = Template(
    'Skriv notatet etter saksnummeret: kecli case note add SAK "Ringte mor …"',
    'Write the note after the case: kecli case note add CASE "Called the mother …"',
)
NOTE_LONGER_THAN_CHARACTERS: Final = Template(
    "Notatet er lengre enn {note_max} tegn ({value}).",
    "The note is longer than {note_max} characters ({value}).",
)
SPLIT_INTO_SEVERAL_NOTES: Final = Template(
    "Del det i flere notater.", "Split it into several notes."
)
