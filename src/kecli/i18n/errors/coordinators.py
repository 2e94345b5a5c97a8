"""The error messages and hints of coordinators (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- domain/coordinators.py ---

CHILD_CASE_TURNED_RIGHT: Final = Template(
    "Barnet i sak {case_id} fylte 18 år {turned}: retten til barnekoordinator varer til 18 år (pbrl § 2-5 c).",
    "The child in case {case_id} turned 18 on {turned}: the right to a barnekoordinator lasts until 18 (pbrl § 2-5 c).",
)
REGISTER_KOORDINATOR_CASE_KECLI: Final = Template(
    "Registrer en koordinatorsak (kecli case new {f[kind]} koordinator), eller slå på barnekoordinator_past_18 hvis kommunen fortsetter etter 18 år.",
    "Register a koordinator case (kecli case new {f[kind]} koordinator), or turn on barnekoordinator_past_18 if the municipality continues past 18.",
)
THE_DECISION: Final = Template("avgjørelsen", "the decision")
PERSON_ALREADY_ACTIVE_CASE: Final = Template(
    "Personen har allerede en aktiv {other_kind} i sak {other_case}; en familie skal ikke ha både koordinator og barnekoordinator.",
    "The person already has an active {other_kind} in case {other_case}; a family should not have both a koordinator and a barnekoordinator.",
)
AGREE_FAMILY_WHICH_ONE: Final = Template(
    "Avtal med familien hvem som skal følge opp, og bruk {f[replace_other]} for å avslutte den andre oppnevningen.",
    "Agree with the family which one, and use {f[replace_other]} to end the other appointment.",
)
MAX_CASES_AT_LEAST_ONE: Final = Template(
    "{f[max_cases]} må være minst 1.", "{f[max_cases]} must be at least 1."
)
COORDINATOR_ALREADY_DEACTIVATED: Final = Template(
    "Koordinator {coordinator_id} er allerede deaktivert.",
    "Coordinator {coordinator_id} is already deactivated.",
)
COORDINATORS_LATEST_APPOINTMENT: Final = Template(
    "koordinatorens siste oppnevning", "the coordinator's latest appointment"
)
CASE_IS_CLOSED: Final = Template("Saken {case_id} er avsluttet.", "Case {case_id} is closed.")
REOPEN_FIRST_KECLI_CASE: Final = Template(
    "Gjenåpne den først: kecli case reopen {case_id} {f[reason]} …",
    "Reopen it first: kecli case reopen {case_id} {f[reason]} …",
)
NO_INNVILGET_DECISION: Final = Template(
    "Saken {case_id} har ikke en innvilget avgjørelse; koordinator kan bare oppnevnes når retten er innvilget.",
    "Case {case_id} has no innvilget decision; a coordinator can only be appointed once the right is granted.",
)
ASSESS_CASE_KECLI_CASE: Final = Template(
    "Vurder saken: kecli case assess {case_id}", "Assess the case: kecli case assess {case_id}"
)
CURRENT_APPOINTMENT: Final = Template("den nåværende oppnevningen", "the current appointment")
COORDINATOR_DEACTIVATED: Final = Template(
    "Koordinator {candidate_id} ({candidate_name}) er deaktivert.",
    "Coordinator {candidate_id} ({candidate_name}) is deactivated.",
)
SEE_ACTIVE_COORDINATORS_KECLI: Final = Template(
    "Se aktive koordinatorer: kecli coordinator list",
    "See active coordinators: kecli coordinator list",
)
CANNOT_APPOINTED_CASE: Final = Template(
    "{candidate_name} er {candidate_kind} og kan ikke oppnevnes i en {case_kind}-sak.",
    "{candidate_name} is a {candidate_kind} and cannot be appointed in a {case_kind} case.",
)
CHOOSE_COORDINATOR_OF_KIND: Final = Template(
    "Velg en som er {case_kind} eller begge: kecli coordinator list",
    "Choose one who is {case_kind} or begge: kecli coordinator list",
)
CANDIDATE_NOT_INDEPENDENT: Final = Template(
    "{candidate_name} er ikke uavhengig, og kommunen krever uavhengige barnekoordinatorer.",
    "{candidate_name} is not independent, and the municipality requires independent barnekoordinators.",
)
CHOOSE_INDEPENDENT_BARNEKOORDINATOR_CHANGE: Final = Template(
    "Velg en uavhengig barnekoordinator, eller endre require_independent_barnekoordinator.",
    "Choose an independent barnekoordinator, or change require_independent_barnekoordinator.",
)
ALREADY_COORDINATOR_CASE: Final = Template(
    "{candidate_name} er allerede koordinator i sak {case_id}.",
    "{candidate_name} is already the coordinator of case {case_id}.",
)
ALREADY_MOST_CASES: Final = Template(
    "{candidate_name} har allerede {load} av maks {candidate_max_cases} saker.",
    "{candidate_name} already has {load} of at most {candidate_max_cases} cases.",
)
CHOOSE_ANOTHER_USE: Final = Template(
    "Velg en annen, eller bruk {f[force]}.", "Choose another, or use {f[force]}."
)
PREVIOUS_APPOINTMENT_ENDED: Final = Template(
    "forrige oppnevning sluttet", "the previous appointment ended"
)
DAY_AND_ENDED_COORDINATOR: Final = Template(
    "{day}, koordinator {ended_coordinator}", "{day}, coordinator {ended_coordinator}"
)
