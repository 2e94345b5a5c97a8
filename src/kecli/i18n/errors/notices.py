"""The error messages and hints of notices (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- services/notices.py ---

EXAMPLE_LETTER_ARRIVED_MARCH: Final = Template(
    'Eksempel: {f[force]} {f[reason]} "brevet kom fram 5. mars"',
    'Example: {f[force]} {f[reason]} "the letter arrived on 5 March"',
)
APPEAL_CAME_AFTER_DEADLINE: Final = Template(
    "Med {value} kom klage #{appeal_id} ({appeal_filed_on}) etter fristen ({deadline}) og mer enn ett år etter avgjørelsen (fvl § 31).",
    "With {value}, appeal #{appeal_id} ({appeal_filed_on}) came after the deadline ({deadline}) and more than a year after the decision (fvl § 31).",
)
CHECK_DATE_IF_RIGHT: Final = Template(
    "Sjekk datoen; er den riktig: {f[force]} {f[reason]} TEKST.",
    "Check the date; if it is right: {f[force]} {f[reason]} TEXT.",
)
