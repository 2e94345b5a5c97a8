"""The error messages and hints of eligibility (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- domain/eligibility.py ---

VALID_CODES: Final = Template(
    "Gyldige koder for {kind_value}: {value}.", "Valid codes for {kind_value}: {value}."
)
MUNICIPALITYS_PRACTICE_KOMMUNENS_PRAKSIS: Final = Template(
    "etter kommunens praksis", "by the municipality's practice (kommunens praksis)"
)
DOES_NOT_COUNT: Final = Template("teller ikke med i avgjørelsen", "does not count in the decision")
INVALID_ANSWER_ANSWER_YES: Final = Template(
    "Ugyldig svar: {text!r}. Svar ja eller nei.", "Invalid answer: {text!r}. Answer yes or no."
)
USE_YES_JA_NEI: Final = Template(
    "Bruk `yes` eller `no` (eller ja/nei).", "Use `yes` or `no` (or ja/nei)."
)
UNKNOWN_CRITERION: Final = Template(
    "Ukjent kriterium for {kind_value}: {listed}.", "Unknown criterion for {kind_value}: {listed}."
)
MISSING_ANSWER_CRITERION: Final = Template(
    "Mangler svar på kriterium for {kind_value}: {listed}.",
    "Missing answer for criterion of {kind_value}: {listed}.",
)
