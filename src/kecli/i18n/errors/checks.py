"""The error messages and hints of checks (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- domain/checks.py ---

AT_MOST: Final = Template("{field} kan være høyst {most}.", "{field} can be at most {most}.")
AFTER_TODAY: Final = Template(
    "{field} {value} er etter i dag ({today}).", "{field} {value} is after today ({today})."
)
BEFORE_LIMIT: Final = Template(
    "{field} {value} er før {what} ({limit}).", "{field} {value} is before {what} ({limit})."
)
LONGER_THAN_CHARACTERS: Final = Template(
    "{field} er lengre enn {most} tegn ({value}).",
    "{field} is longer than {most} characters ({value}).",
)
NAME_CANNOT_EMPTY: Final = Template("Navnet kan ikke være tomt.", "The name cannot be empty.")
GIVE_NAME: Final = Template("Gi navnet med {f[name]}.", "Give the name with {f[name]}.")
FIELD_EMPTY: Final = Template("{field} kan ikke være tomt.", "{field} cannot be empty.")
GIVE_CASEWORKERS_USER_NAME: Final = Template(
    "Gi saksbehandlerens brukernavn med {field}.", "Give the caseworker's user name with {field}."
)
REASON_MUST_GIVEN: Final = Template("En begrunnelse må gis.", "A reason must be given.")
GIVE_REASON: Final = Template("Gi den med {f[reason]}.", "Give it with {f[reason]}.")
FORCE_NEEDS_REASON: Final = Template(
    "{f[force]} krever {f[reason]}.", "{f[force]} needs {f[reason]}."
)
TO_BEFORE_FROM: Final = Template(
    "{f[to]} {last} er før {f[from]} {first}.", "{f[to]} {last} is before {f[from]} {first}."
)
SWAP_DATES: Final = Template("Bytt om datoene.", "Swap the dates.")
GIVE_DATE_UP_INCLUDING: Final = Template(
    "Gi en dato til og med i dag for {field}.", "Give {field} a date up to and including today."
)
#: ``where`` is an option, an argument or a file's line as the caller names it.
HOLDS_NUL: Final = Template(
    "{where} inneholder en NUL-byte (\\x00).", "{where} holds a NUL byte (\\x00)."
)
REMOVE_NUL: Final = Template(
    "Fjern NUL-tegnet fra verdien.", "Remove the NUL character from the value."
)
NOT_UTF8: Final = Template("{where} er ikke gyldig UTF-8.", "{where} is not valid UTF-8.")
GIVE_AS_UTF8: Final = Template(
    "Gi verdien som UTF-8 (sjekk tegnsettet til terminalen eller filen, f.eks. LANG=nb_NO.UTF-8).",
    "Give the value as UTF-8 (check the encoding of the terminal or the file, e.g. "
    "LANG=nb_NO.UTF-8).",
)
