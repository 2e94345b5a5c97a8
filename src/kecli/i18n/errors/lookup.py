"""The error messages and hints of lookup (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- services/lookup.py ---

CASE_NOT_FOUND: Final = Template("Saken {shown} finnes ikke.", "Case {shown} does not exist.")
LIST_CASES_KECLI_CASE: Final = Template(
    "Se sakene med: kecli case list", "List the cases with: kecli case list"
)
CASE_HAS_NO_CURRENT_DECISION: Final = Template(
    "Saken {case_id} har ingen gjeldende avgjørelse.", "Case {case_id} has no current decision."
)
ASSESS_CASE_FIRST_KECLI: Final = Template(
    "Vurder saken først: kecli case assess {case_id}",
    "Assess the case first: kecli case assess {case_id}",
)
COORDINATOR_NOT_FOUND: Final = Template(
    "Koordinator {text} finnes ikke.", "Coordinator {text} does not exist."
)
LIST_COORDINATORS_KECLI_COORDINATOR: Final = Template(
    "Se koordinatorene med: kecli coordinator list",
    "List the coordinators with: kecli coordinator list",
)
