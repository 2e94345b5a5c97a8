"""The error messages and hints of what the environment says (templates:
``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- env.py ---

TODAY_NOT_A_DATE: Final = Template(
    "KECLI_TODAY må være en dato ÅÅÅÅ-MM-DD, ikke «{value}».",
    "KECLI_TODAY must be a date YYYY-MM-DD, not '{value}'.",
)
TODAY_EXAMPLE: Final = Template(
    "Eksempel: KECLI_TODAY=2026-11-28", "Example: KECLI_TODAY=2026-11-28"
)
