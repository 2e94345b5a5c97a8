"""The error messages and hints of decisions (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- domain/decisions.py ---

DECISION_CANNOT_DATED_FUTURE: Final = Template(
    "En avgjørelse kan ikke dateres fram i tid.", "A decision cannot be dated in the future."
)
BEFORE_WHEN_RIGHT_BARNEKOORDINATOR: Final = Template(
    "{f[decided_on]} {decided_on} er før {start}, da retten til barnekoordinator begynte (pbrl § 2-5 c).",
    "{f[decided_on]} {decided_on} is before {start}, when the right to a barnekoordinator began (pbrl § 2-5 c).",
)
GIVE_DATE_FROM_BEFORE: Final = Template(
    "Gi en dato fra {start}; før det gjaldt bare koordinator (pbrl § 2-5 b).",
    "Give a date from {start}; before that only koordinator applied (pbrl § 2-5 b).",
)
CASE_CLOSED_CANNOT_ASSESSED: Final = Template(
    "Saken {case_id} er avsluttet og kan ikke vurderes.",
    "Case {case_id} is closed and cannot be assessed.",
)
REOPEN_FIRST_KECLI_CASE: Final = Template(
    "Gjenåpne den først: kecli case reopen {case_id} {f[reason]} …",
    "Reopen it first: kecli case reopen {case_id} {f[reason]} …",
)
NEW_ASSESSMENT_DATED_SAME: Final = Template(
    "En ny vurdering dateres samme dag eller senere.",
    "A new assessment is dated the same day or later.",
)
THE_DECISION: Final = Template("avgjørelsen", "the decision")
DECISION_CANNOT_REACH_PERSON: Final = Template(
    "Avgjørelsen kan ikke nå personen før den er tatt.",
    "The decision cannot reach the person before it is made.",
)
CHILD_AGE_CONTRADICTS_BIRTH: Final = Template(
    "child_age={said} stemmer ikke med fødselsdatoen (gir {known} den {decided_on}).",
    "child_age={said} contradicts the birth date (which gives {known} on {decided_on}).",
)
LEAVE_CHILD_AGE_OUT: Final = Template(
    "Utelat child_age: kecli regner det ut av fødselsdatoen.",
    "Leave child_age out: kecli derives it from the birth date.",
)
NOTE_UNKNOWN_CRITERION: Final = Template(
    "Merknad til ukjent kriterium: {value}.", "Note for an unknown criterion: {value}."
)
KOORDINATOR_GRANTED_ONLY_BECAUSE: Final = Template(
    "Koordinator er innvilget bare fordi behovet er komplekst, ikke langvarig: det gir ikke lovfestet rett til individuell plan (pbrl § 2-5), men enheten kan tilby en.",
    "The koordinator is granted only because the need is complex, not long-term: that gives no statutory right to an individuell plan (pbrl § 2-5), but the unit may offer one.",
)
CASES_LATEST_DECISION: Final = Template("sakens siste avgjørelse", "the case's latest decision")
LAST_STEP_APPEAL: Final = Template(
    "siste steg i klage #{newest_appeal_id}", "the last step of appeal #{newest_appeal_id}"
)

# --- services/decisions.py ---

ANSWER_EACH_CRITERION_CODE: Final = Template(
    "Svar med {f[answer]} KODE=ja|nei for hvert kriterium ({why})",
    "Answer each criterion with {f[answer]} CODE=yes|no ({why})",
)
