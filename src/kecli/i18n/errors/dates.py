"""The error messages and hints of dates (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- domain/dates.py ---

WRITE_DATE_YYYY_MM: Final = Template(
    "Skriv datoen som ÅÅÅÅ-MM-DD, DD.MM.ÅÅÅÅ eller «i dag» (også «today»).",
    "Write the date as YYYY-MM-DD, DD.MM.YYYY or 'today' (also 'i dag').",
)
INVALID_DATE: Final = Template("Ugyldig dato: «{shown}»{nb}", "Invalid date: '{shown}'{nb}")
