"""The error messages and hints of appointments (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- services/appointments.py ---

COORDINATOR_APPOINTED_CASE: Final = Template(
    "koordinator {who} ble oppnevnt i saken", "coordinator {who} was appointed to the case"
)
ACTIVE_COORDINATOR_QUALIFIES_CASE: Final = Template(
    "Ingen aktiv koordinator kan ta denne saken.", "No active coordinator qualifies for this case."
)
REGISTER_ONE_KECLI_COORDINATOR: Final = Template(
    "Registrer en: kecli coordinator add {f[name]} …",
    "Register one: kecli coordinator add {f[name]} …",
)
THE_APPOINTMENT: Final = Template("oppnevningen", "the appointment")
CASE_HAS_NO_ACTIVE_COORDINATOR: Final = Template(
    "Saken {case_id} har ingen aktiv koordinator.", "Case {case_id} has no active coordinator."
)
FAMILY_MAY_ALREADY_COORDINATOR: Final = Template(
    "Familien kan allerede ha en koordinator i sak {other_case_id}.",
    "The family may already have a coordinator in case {other_case_id}.",
)
