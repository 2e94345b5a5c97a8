"""The error messages and hints of find (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- services/find.py ---

NOTHING_SEARCH: Final = Template(
    "{field}: ingenting å søke etter.", "{field}: nothing to search for."
)
GIVE_NAME_FODSELSNUMMER_FIRST: Final = Template(
    "Gi et navn, et fødselsnummer (eller de seks første sifrene), en fødselsdato eller et saksnummer.",
    "Give a name, a fødselsnummer (or its first six digits), a birth date or a case id.",
)
LIMIT_AT_LEAST_ONE: Final = Template(
    "{f[limit]} må være 1 eller mer, ikke {limit}.", "{f[limit]} must be 1 or more, not {limit}."
)
