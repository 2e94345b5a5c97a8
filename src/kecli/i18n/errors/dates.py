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
#: Deadline arithmetic past the calendar's last day (Python's date ends at 9999-12-31).
BEYOND_CALENDAR: Final = Template(
    "En frist eller dato regnet fra datoene som er gitt havner etter 9999-12-31.",
    "A deadline or date counted from the dates given falls after 9999-12-31.",
)
GIVE_EARLIER_DATE: Final = Template("Gi en tidligere dato.", "Give an earlier date.")
