"""The error messages and hints of deadlines (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- domain/deadlines.py ---

GIVE_DATE_POST_DIGITAL: Final = Template(
    "Gi {f[sent_on]} DATO {f[via]} post|digital|hand, eller {f[on]} DATO.",
    "Give {f[sent_on]} DATE {f[via]} post|digital|hand, or {f[on]} DATE.",
)
LETTER_SENT_REACHED_PERSON: Final = Template(
    "{f[sent_on]}/{f[via]}: brevet ble sendt; {f[on]}: det nådde personen.",
    "{f[sent_on]}/{f[via]}: the letter was sent; {f[on]}: it reached the person.",
)
INVALID_VALUE: Final = Template(
    "Ugyldig verdi for {f[via]}: «{sent_via}».", "Invalid value for {f[via]}: '{sent_via}'."
)
VALID_VALUES: Final = Template("Gyldige verdier: {listed}", "Valid values: {listed}")
SENT_ON_NEEDS_VIA: Final = Template("{f[sent_on]} krever {f[via]}.", "{f[sent_on]} needs {f[via]}.")
VIA_NEEDS_SENT_ON: Final = Template("{f[via]} krever {f[sent_on]}.", "{f[via]} needs {f[sent_on]}.")
EXAMPLE_POST_DIGITAL_HAND: Final = Template(
    "Eksempel: {f[sent_on]} 2026-11-20 {f[via]} post (eller digital, hand)",
    "Example: {f[sent_on]} 2026-11-20 {f[via]} post (or digital, hand)",
)
RECORD_ONCE_HAPPENED: Final = Template(
    "Registrer det når det har skjedd.", "Record it once it has happened."
)
THE_DECISION: Final = Template("avgjørelsen", "the decision")
DECISION_CANNOT_SENT_REACH: Final = Template(
    "Avgjørelsen kan ikke sendes eller nå personen før den er tatt.",
    "The decision cannot be sent or reach the person before it is made.",
)
ON_BEFORE_SENT_ON: Final = Template(
    "{f[on]} {on} er før {f[sent_on]} {sent_on}.", "{f[on]} {on} is before {f[sent_on]} {sent_on}."
)
LETTER_CANNOT_REACH_PERSON: Final = Template(
    "Brevet kan ikke nå personen før det er sendt.",
    "The letter cannot reach the person before it was sent.",
)
THE_LETTER_WAS_SENT: Final = Template("brevet ble sendt", "the letter was sent")
IF_SENDING_DAY_WRONG: Final = Template(
    "Var sendedagen feil, gi {f[sent_on]} og {f[via]} på nytt sammen med {f[on]}.",
    "If the sending day was wrong, give {f[sent_on]} and {f[via]} again with {f[on]}.",
)
AFTER_DAY_DECISION_REACHED: Final = Template(
    "{f[sent_on]} {sent_on} er etter dagen avgjørelsen nådde personen ({recorded_notified_on}).",
    "{f[sent_on]} {sent_on} is after the day the decision reached the person ({recorded_notified_on}).",
)
IF_THAT_DAY_WRONG: Final = Template(
    "Var den dagen feil, gi også {f[on]}.", "If that day was wrong, give {f[on]} too."
)
WITHIN_NOT_NEGATIVE: Final = Template(
    "{f[within]} må være 0 eller mer, ikke {within}.",
    "{f[within]} must be 0 or more, not {within}.",
)
OVERDUE_DEADLINES_ALWAYS_SHOWN: Final = Template(
    "Forfalte frister er alltid med; {f[within]} sier hvor langt fram å se.",
    "Overdue deadlines are always shown; {f[within]} says how far ahead to look.",
)

# --- services/deadlines.py ---

TOO_LARGE_FROM_GOES: Final = Template(
    "{f[within]} er for stort: fra {day} går det forbi år 9999.",
    "{f[within]} is too large: from {day} it goes past year 9999.",
)
GIVE_SMALLER: Final = Template("Gi et mindre {f[within]}.", "Give a smaller {f[within]}.")
TOO_EARLY_DEADLINES_WOULD: Final = Template(
    "{f[as_of]} {day} er for tidlig: fristene regnes fra datoer før år 1 (turns_18 ser 18 år tilbake).",
    "{f[as_of]} {day} is too early: the deadlines would be counted from dates before year 1 (turns_18 looks 18 years back).",
)
GIVE_LATER: Final = Template("Gi en senere {f[as_of]}.", "Give a later {f[as_of]}.")
