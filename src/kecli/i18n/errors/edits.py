"""The error messages and hints of edits (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- domain/edits.py ---

NOT_A_GUARDIAN: Final = Template(
    "{field}: «{name}» er ikke foresatt i saken.",
    "{field}: '{name}' is not a guardian of the case.",
)
GUARDIANS: Final = Template("Foresatte: {listed}", "Guardians: {listed}")
NOTHING_CHANGE: Final = Template(
    "Ingenting å endre i {case_id}.", "Nothing to change in {case_id}."
)
GIVE_WHAT_CHANGE_E: Final = Template(
    "Gi det som skal endres, f.eks. {f[name]} eller {f[address]} (kecli case edit {f[help]}).",
    "Give what is to change, e.g. {f[name]} or {f[address]} (kecli case edit {f[help]}).",
)
GUARDIANS_NAME_CANNOT_EMPTY: Final = Template(
    "Navnet på en foresatt kan ikke være tomt.", "A guardian's name cannot be empty."
)
GUARDIANS_NAME_CANNOT_CONTAIN: Final = Template(
    "Et navn på en foresatt kan ikke inneholde «;».", "A guardian's name cannot contain ';'."
)
NOTHING_CHANGE_VALUES_SAME: Final = Template(
    "Ingenting å endre i {facts_id}: verdiene er de samme som før.",
    "Nothing to change in {facts_id}: the values are the same as before.",
)
BIRTH_DATE_DISAGREES_WITH_FNR: Final = Template(
    "{f[birth_date]} stemmer ikke med fødselsdatoen i fødselsnummeret.",
    "{f[birth_date]} does not agree with the birth date in the fødselsnummer.",
)
CORRECT_FODSELSNUMMER_LEAVE_OUT: Final = Template(
    "Rett fødselsnummeret med {f[fnr]}, eller utelat {f[birth_date]}.",
    "Correct the fødselsnummer with {f[fnr]}, or leave out {f[birth_date]}.",
)
ALREADY_GUARDIAN_CASE: Final = Template(
    "{f[add_guardian]}: «{added}» er allerede foresatt i saken.",
    "{f[add_guardian]}: '{added}' is already a guardian of the case.",
)
RECEIVED_AFTER_DECISION_CASE: Final = Template(
    "Mottatt {after_received_on} er etter avgjørelsen {first} i saken.",
    "Received {after_received_on} is after the decision of {first} in the case.",
)
BIRTH_DATE_CHILD_WHEN: Final = Template(
    "Med fødselsdato {born} var barnet {age} år da avgjørelsen {day} ble tatt; den regnet barnet som under 18.",
    "With birth date {born} the child was {age} when the decision of {day} was made; it took the child as under 18.",
)
BIRTH_DATE_CHILD_UNDER: Final = Template(
    "Med fødselsdato {born} var barnet under 18 år da avgjørelsen {day} ble tatt; den regnet barnet som 18 eller eldre.",
    "With birth date {born} the child was under 18 when the decision of {day} was made; it took the child as 18 or older.",
)
FNR_SHOWS_NO_CENTURY: Final = Template(
    "Fødselsnummeret viser ikke hvilket århundre personen er født i.",
    "The fødselsnummer does not show the century of birth.",
)
GIVE_BIRTH_DATE_YYYY: Final = Template(
    "Gi fødselsdatoen med {f[birth_date]} ÅÅÅÅ-MM-DD.",
    "Give the birth date with {f[birth_date]} YYYY-MM-DD.",
)

# --- services/edits.py ---

EXAMPLE_BIRTH_DATE_REGISTERED: Final = Template(
    'Eksempel: {f[force]} {f[reason]} "fødselsdatoen var feil registrert"',
    'Example: {f[force]} {f[reason]} "the birth date was registered wrongly"',
)
FODSELSNUMMER_BELONGS_ANOTHER_OPEN: Final = Template(
    "Fødselsnummeret hører til en annen åpen {row_kind}-sak: {other_id}.",
    "The fødselsnummer belongs to another open {row_kind} case: {other_id}.",
)
SEE_KECLI_CASE_SHOW: Final = Template(
    "Se den med: kecli case show {other_id}", "See it with: kecli case show {other_id}"
)
CHANGE_CONTRADICTS_RECORDED_DECISION: Final = Template(
    "Endringen strider mot en registrert avgjørelse. Gjør den likevel med {f[force]} {f[reason]} TEKST, eller vurder saken på nytt.",
    "The change contradicts a recorded decision. Make it anyway with {f[force]} {f[reason]} TEXT, or assess the case again.",
)
