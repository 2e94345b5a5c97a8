"""The error messages and hints of cases (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- domain/cases.py ---

INVALID_VALUE: Final = Template(
    "Ugyldig verdi for {field}: «{value}».", "Invalid value for {field}: '{value}'."
)
VALID_VALUES: Final = Template("Gyldige verdier: {listed}", "Valid values: {listed}")
INQUIRY_RECEIVED: Final = Template("henvendelsen kom", "the inquiry was received")
GIVE_DATE_FROM_RECEIVED: Final = Template(
    "Gi en dato fra mottaksdatoen og fram til i dag.",
    "Give a date from the received date up to today.",
)
PRELIMINARY_REPLY_ABOUT_CASE: Final = Template(
    "Et foreløpig svar gjelder saken slik den venter nå.",
    "A preliminary reply is about the case as it waits now.",
)
THE_PRELIMINARY_REPLY: Final = Template("det foreløpige svaret", "the preliminary reply")
DATE_REPLY_PROMISES_DECISION: Final = Template(
    "{f[expect]} er datoen svaret lover en avgjørelse innen.",
    "{f[expect]} is the date the reply promises a decision by.",
)
GUARDIANS_NAME_CANNOT_CONTAIN: Final = Template(
    "Et navn på en foresatt kan ikke inneholde «;».", "A guardian's name cannot contain ';'."
)
GIVE_EACH_GUARDIAN_THEIR: Final = Template(
    "Gi hver foresatt med sin egen {f[guardian]}.",
    "Give each guardian with a {f[guardian]} of their own.",
)
REGISTERS_INQUIRY_ABOUT_KOORDINATOR: Final = Template(
    "{f[from]} registrerer en henvendelse om koordinator.",
    "{f[from]} registers an inquiry about a koordinator.",
)
USE_KOORDINATOR: Final = Template(
    "Bruk {f[kind]} koordinator (eller utelat {f[kind]}).", "Use {f[kind]} koordinator."
)
SOURCE_NOT_BARNEKOORDINATOR: Final = Template(
    "Saken {source_id} gjelder {source_kind}, ikke barnekoordinator.",
    "Case {source_id} is about {source_kind}, not barnekoordinator.",
)
FOLLOWS_UP_BARNEKOORDINATOR_CASE: Final = Template(
    "{f[from]} følger opp en barnekoordinator-sak med avslag eller som er avsluttet.",
    "{f[from]} follows up a barnekoordinator case that was refused or has ended.",
)
BARNEKOORDINATOR_CASE_NEITHER_REFUSED: Final = Template(
    "Barnekoordinator-saken {source_id} har verken fått avslag eller er avsluttet.",
    "The barnekoordinator case {source_id} is neither refused nor ended.",
)
CLOSE_FIRST_KECLI_CASE: Final = Template(
    "Avslutt den først (kecli case close {source_id}), eller registrer en ny sak uten {f[from]}.",
    "Close it first (kecli case close {source_id}), or register a new case without {f[from]}.",
)
CASE_VOIDED_REGISTERED_MISTAKE: Final = Template(
    "Saken {case_id} er annullert (registrert ved en feil).",
    "Case {case_id} is voided (registered by mistake).",
)
UNDO_VOIDING_FIRST_KECLI: Final = Template(
    "Gjør annulleringen om først: kecli case unvoid {case_id} {f[reason]} …",
    "Undo the voiding first: kecli case unvoid {case_id} {f[reason]} …",
)
CASE_ALREADY_VOIDED: Final = Template(
    "Saken {case_id} er allerede annullert.", "Case {case_id} is already voided."
)
SEE_KECLI_CASE_SHOW: Final = Template(
    "Se den med: kecli case show {case_id}", "See it with: kecli case show {case_id}"
)
CASE_DECISION_CANNOT_VOIDED: Final = Template(
    "Saken {case_id} har en avgjørelse og kan ikke annulleres.",
    "Case {case_id} has a decision and cannot be voided.",
)
CLOSE_INSTEAD_KECLI_CASE: Final = Template(
    "Avslutt den i stedet: kecli case close {case_id} {f[reason]} …",
    "Close it instead: kecli case close {case_id} {f[reason]} …",
)
CASE_NOT_VOIDED: Final = Template(
    "Saken {case_id} er ikke annullert.", "Case {case_id} is not voided."
)
SEE_THE_CASE: Final = Template(
    "Se saken med: kecli case show {case_id}", "See the case with: kecli case show {case_id}"
)
CASE_ALREADY_CLOSED: Final = Template(
    "Saken {case_id} er allerede avsluttet.", "Case {case_id} is already closed."
)
REOPEN_KECLI_CASE_REOPEN: Final = Template(
    "Gjenåpne den med: kecli case reopen {case_id} {f[reason]} …",
    "Reopen it with: kecli case reopen {case_id} {f[reason]} …",
)
CASES_DECISION: Final = Template("sakens avgjørelse", "the case's decision")
CASE_CLOSED_DAY_DECISION: Final = Template(
    "En sak avsluttes samme dag som avgjørelsen eller senere.",
    "A case is closed on the day of its decision or later.",
)
CASE_NOT_CLOSED: Final = Template(
    "Saken {case_id} er ikke avsluttet.", "Case {case_id} is not closed."
)
CASE_IS_CLOSED: Final = Template("Saken {case_id} er avsluttet.", "Case {case_id} is closed.")
REOPEN_FIRST_KECLI_CASE: Final = Template(
    "Gjenåpne den først: kecli case reopen {case_id} {f[reason]} …",
    "Reopen it first: kecli case reopen {case_id} {f[reason]} …",
)
CASE_ALREADY_DECIDED_PRELIMINARY: Final = Template(
    "Saken {case_id} er allerede avgjort: et foreløpig svar er for en sak som venter.",
    "Case {case_id} is already decided: a preliminary reply is for a case that waits.",
)
DECISION_SET_ASIDE: Final = Template("avgjørelsen ble opphevet", "the decision was set aside")
BIRTH_DATE_DISAGREES_WITH_FNR: Final = Template(
    "{f[birth_date]} stemmer ikke med fødselsdatoen i fødselsnummeret.",
    "{f[birth_date]} does not agree with the birth date in the fødselsnummer.",
)
CORRECT_ONE_OR_LEAVE_OUT_BIRTH_DATE: Final = Template(
    "Rett en av dem, eller utelat {f[birth_date]}.",
    "Correct one of them, or leave out {f[birth_date]}.",
)
FNR_SHOWS_NO_CENTURY: Final = Template(
    "Fødselsnummeret viser ikke hvilket århundre personen er født i.",
    "The fødselsnummer does not show the century of birth.",
)
GIVE_BIRTH_DATE_YYYY: Final = Template(
    "Gi fødselsdatoen med {f[birth_date]} ÅÅÅÅ-MM-DD.",
    "Give the birth date with {f[birth_date]} YYYY-MM-DD.",
)
APPLIES_BARNEKOORDINATOR_ONLY: Final = Template(
    "{f[expected_birth_date]} gjelder bare barnekoordinator.",
    "{f[expected_birth_date]} applies to barnekoordinator only.",
)
USE_BARNEKOORDINATOR_EXPECTED_CHILD: Final = Template(
    "Bruk {f[kind]} barnekoordinator for et ventet barn.",
    "Use {f[kind]} barnekoordinator for an expected child.",
)
MORE_THAN_MONTHS_AFTER: Final = Template(
    "{f[expected_birth_date]} {expected} er mer enn {expected_birth_months} måneder etter henvendelsen ({received}).",
    "{f[expected_birth_date]} {expected} is more than {expected_birth_months} months after the inquiry ({received}).",
)
PREGNANCY_SHORTER_GIVE_DATE: Final = Template(
    "Et svangerskap varer kortere: gi en dato til og med {latest}.",
    "A pregnancy is shorter: give a date up to {latest}.",
)
BORN_CHILD_HAS_NO_EXPECTED_DATE: Final = Template(
    "Et barn som er født har ikke en ventet fødselsdato.",
    "A child who is born has no expected birth date.",
)
GIVE_EXPECTED_OR_BIRTH: Final = Template(
    "Gi enten {f[expected_birth_date]}, eller {f[fnr]}/{f[birth_date]}.",
    "Give either {f[expected_birth_date]} or {f[fnr]}/{f[birth_date]}.",
)

# --- services/cases.py ---

OPEN_CASE_SAME_NAME: Final = Template(
    "{listed} er en åpen sak for samme navn og fødselsdato ({born}), uten fødselsnummer å sammenligne: er det samme person? (kecli case void ved en feil)",
    "{listed} is an open case for the same name and birth date ({born}), without a fødselsnummer to compare: the same person? (kecli case void if by mistake)",
)
CHILD_NOT_RECORDED_BORN: Final = Template(
    "Barnet i sak {source_id} er ikke registrert som født.",
    "The child of case {source_id} is not recorded as born.",
)
RECORD_BIRTH_FIRST_KECLI: Final = Template(
    "Registrer fødselen først: kecli case edit {source_id} {f[birth_date]} DATO",
    "Record the birth first: kecli case edit {source_id} {f[birth_date]} DATE",
)
CANNOT_USED_TOGETHER: Final = Template(
    "{f[voided]} og {f[status]} kan ikke brukes sammen.",
    "{f[voided]} and {f[status]} cannot be used together.",
)
VOIDED_CASE_NO_OTHER_STATUS: Final = Template(
    "En annullert sak har ingen annen status.", "A voided case has no other status."
)
CASE_ALREADY_FOLLOWED_OPEN: Final = Template(
    "Saken {source_id} er allerede fulgt opp med en åpen koordinator-sak: {other_id}.",
    "Case {source_id} is already followed by an open koordinator case: {other_id}.",
)
SEE_OTHER_CASE: Final = Template(
    "Se den med: kecli case show {other_id}", "See it with: kecli case show {other_id}"
)
ALREADY_HANDLES_CASE: Final = Template(
    "{new} er allerede saksbehandler for {row_id}.", "{new} already handles case {row_id}."
)
GIVE_ANOTHER_NAME: Final = Template(
    "Gi et annet navn med {f[to]}.", "Give another name with {f[to]}."
)
PERSON_ALREADY_OPEN_CASE: Final = Template(
    "Personen har allerede en åpen {clean_kind}-sak: {existing_id}.",
    "The person already has an open {clean_kind} case: {existing_id}.",
)
SEE_EXISTING_CASE: Final = Template(
    "Se den med: kecli case show {existing_id}", "See it with: kecli case show {existing_id}"
)
PERSON_ANOTHER_OPEN_CASE: Final = Template(
    "Personen har en annen åpen {row_kind}-sak: {other_id}.",
    "The person has another open {row_kind} case: {other_id}.",
)
CLOSE_OTHER_OR_CARRY_ON: Final = Template(
    "Avslutt {other_id} først, eller fortsett i den.", "Close {other_id} first, or carry on in it."
)
CARRY_ON_OR_CLOSE_OTHER: Final = Template(
    "Fortsett i {other_id}, eller avslutt den først.", "Carry on in {other_id}, or close it first."
)
