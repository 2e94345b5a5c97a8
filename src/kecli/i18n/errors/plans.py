"""The error messages and hints of plans (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- domain/plans.py ---

TEXT_OR_NULL: Final = Template("tekst eller null", "text or null")
DATE_OR_NULL: Final = Template("en dato (ÅÅÅÅ-MM-DD) eller null", "a date (YYYY-MM-DD) or null")
TRUE_FALSE: Final = Template("true eller false", "true or false")
AN_OBJECT: Final = Template("et objekt", "an object")
A_LIST: Final = Template("en liste", "a list")
WHOLE_NUMBER_FROM_ONE: Final = Template("et heltall fra 1", "a whole number from 1")
AT_WHERE: Final = Template("{where}: {nb}", "{where}: {nb}")
THE_START_OF_PERIOD: Final = Template("planperiodens start", "the start of the period")
VALID_KEYS: Final = Template("Gyldige nøkler: {value}.", "Valid keys: {value}.")
RECORD_CONSENT_ONCE_BEEN: Final = Template(
    "Samtykke registreres når det er gitt.", "Record consent once it has been given."
)
AT_PATH: Final = Template("{path}: {message}", "{path}: {message}")
USE_PLAN_RIGHT_CASE: Final = Template(
    "Bruk planen til riktig sak, eller utelat case_id.",
    "Use the plan of the right case, or leave case_id out.",
)
LEAVE_ID_OUT_NEW: Final = Template(
    "Utelat id for en ny oppføring; kecli gir den neste ledige.",
    "Leave id out for a new entry; kecli assigns the next free one.",
)

# --- services/plans.py ---

KOORDINATOR_GRANTED_ONLY_BECAUSE: Final = Template(
    "Koordinator er innvilget bare fordi behovet er komplekst, ikke langvarig: det gir ikke lovfestet rett til individuell plan (pbrl § 2-5), men enheten kan tilby en.",
    "The koordinator was granted only because the need is complex, not long-term: that gives no statutory right to an individuell plan (pbrl § 2-5), but the unit may offer one.",
)
CASE_CLOSED_PLAN_CANNOT: Final = Template(
    "Saken {row_id} er avsluttet; planen kan ikke endres.",
    "Case {row_id} is closed; its plan cannot be changed.",
)
REOPEN_FIRST_KECLI_CASE: Final = Template(
    "Gjenåpne den først: kecli case reopen {row_id} {f[reason]} …",
    "Reopen it first: kecli case reopen {row_id} {f[reason]} …",
)
INDIVIDUELL_PLAN_NEEDS_GRANTED: Final = Template(
    "Individuell plan krever en innvilget sak; gjeldende avgjørelse i {row_id} er {outcome}.",
    "An individuell plan needs a granted case; the current decision of {row_id} is {outcome}.",
)
SEE_THE_CASE: Final = Template(
    "Se saken: kecli case show {row_id}", "See the case: kecli case show {row_id}"
)
PERSON_HAS_NOT_ASKED_FOR_PLAN: Final = Template(
    "Personen i sak {row_id} har ikke sagt ja til individuell plan ({ip_legal_basis} krever at personen ønsker og samtykker).",
    "The person of case {row_id} has not asked for an individuell plan ({ip_legal_basis}: the person must want one and consent).",
)
WHEN_PERSON_WANTS_ONE: Final = Template(
    "Når personen ønsker en: kecli case assess {row_id} {f[wants_ip]}",
    "When the person wants one: kecli case assess {row_id} {f[wants_ip]}",
)
PLAN_ALREADY_EXISTS_VERSION: Final = Template(
    "Planen i {case_id} finnes allerede (versjon {plan_version}, lagret av {by} {when}); dokumentet har ingen version.",
    "The plan of {case_id} already exists (version {plan_version}, saved by {by} at {when}); the document has no version.",
)
START_FROM_STORED_ONE: Final = Template(
    "Ta utgangspunkt i den lagrede: kecli plan show {case_id} {f[json]}",
    "Start from the stored one: kecli plan show {case_id} {f[json]}",
)
SOMEONE_ELSE_CHANGED_PLAN: Final = Template(
    "Noen andre har endret planen i {case_id}: versjon {plan_version} ble lagret av {by} {when}, og endringene dine bygger på versjon {given}.",
    "Someone else changed the plan of {case_id}: version {plan_version} was saved by {by} at {when}, and your changes are based on version {given}.",
)
SEE_CHANGES_KECLI_PLAN: Final = Template(
    "Se endringene med kecli plan show {case_id} {f[version]} {given} og {f[version]} {plan_version}; rediger på nytt fra kecli plan show {case_id} {f[json]}",
    "See the changes with kecli plan show {case_id} {f[version]} {given} and {f[version]} {plan_version}; edit again from kecli plan show {case_id} {f[json]}",
)
VERSION_NOT_FOUND: Final = Template(
    "version: {given} finnes ikke; planen i {case_id} er på versjon {plan_version}.",
    "version: {given} does not exist; the plan of {case_id} is at version {plan_version}.",
)
START_FROM_KECLI_PLAN: Final = Template(
    "Ta utgangspunkt i kecli plan show {case_id} {f[json]}",
    "Start from kecli plan show {case_id} {f[json]}",
)
CASE_HAS_NO_PLAN: Final = Template(
    "Sak {row_id} har ingen individuell plan ennå.", "Case {row_id} has no plan yet."
)
CREATE_KECLI_PLAN_EDIT: Final = Template(
    "Lag den med: kecli plan edit {row_id}", "Create it with: kecli plan edit {row_id}"
)
PLAN_HAS_NO_SUCH_VERSION: Final = Template(
    "Planen i {row_id} har ingen versjon {version} (nyeste er {plan_version}).",
    "The plan of {row_id} has no version {version} (the newest is {plan_version}).",
)
LIST_VERSIONS_KECLI_PLAN: Final = Template(
    "Se versjonene: kecli plan history {row_id}", "List the versions: kecli plan history {row_id}"
)
SOMEONE_ELSE_SAVED_PLAN: Final = Template(
    "Noen andre lagret planen i {row_id} samtidig.",
    "Someone else saved the plan of {row_id} at the same time.",
)
SEE_STORED_ONE_KECLI: Final = Template(
    "Se den lagrede: kecli plan show {row_id} {f[json]}",
    "See the stored one: kecli plan show {row_id} {f[json]}",
)
VERSION_WITHOUT_SAVED_PLAN: Final = Template(
    "version: sak {row_id} har ingen lagret plan ennå; utelat version.",
    "version: case {row_id} has no saved plan yet; leave version out.",
)
