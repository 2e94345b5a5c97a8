"""The error messages and hints of config (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- domain/config.py ---

NOT_PNG_OR_SVG: Final = Template(
    "{name} er ikke en PNG- eller SVG-fil.", "{name} is not a PNG or SVG file."
)
EXAMPLE_KECLI_CONFIG_SET: Final = Template(
    "Eksempel: kecli config set logo logo.png", "Example: kecli config set logo logo.png"
)
UNKNOWN_CONFIGURATION_KEY: Final = Template(
    "Ukjent innstilling «{key}».", "Unknown configuration key '{key}'."
)
VALID_KEYS: Final = Template("Gyldige nøkler: {known}", "Valid keys: {known}")
NOT_TRUE_OR_FALSE: Final = Template(
    "{key} må være true eller false, ikke «{raw}».", "{key} must be true or false, not '{raw}'."
)
EXAMPLE_SET_TRUE: Final = Template(
    "Eksempel: kecli config set {key} true", "Example: kecli config set {key} true"
)
VALUE_EMPTY: Final = Template("{key} kan ikke være tom.", "{key} cannot be empty.")
EXAMPLE_SET_TEXT: Final = Template(
    'Eksempel: kecli config set {key} "…"', 'Example: kecli config set {key} "…"'
)
TOO_BIG_LOGO_KIB: Final = Template(
    "{name} er for stor til en logo ({value} KiB; høyst 1 MiB).",
    "{name} is too big for a logo ({value} KiB; at most 1 MiB).",
)
MUNICIPALITYS_NAME_USED_LETTERS: Final = Template(
    "Kommunens navn, brukt i brev.", "The municipality's name, used in letters."
)
UNITS_NAME_USED_LETTERS: Final = Template(
    "Enhetens navn, brukt i brev.", "The unit's name, used in letters."
)
UNITS_POSTAL_ADDRESS_WHERE: Final = Template(
    "Enhetens postadresse, som klager sendes til.",
    "The unit's postal address, where appeals are sent.",
)
UNITS_PHONE_NUMBER_USED: Final = Template(
    "Enhetens telefonnummer, brukt i brev.", "The unit's phone number, used in letters."
)
UNITS_E_MAIL_ADDRESS: Final = Template(
    "Enhetens e-postadresse, brukt i brev.", "The unit's e-mail address, used in letters."
)
STATSFORVALTER_WHO_DECIDES_APPEALS: Final = Template(
    "Statsforvalteren som avgjør klager, som brevene nevner (for eksempel «Statsforvalteren i Oslo og Viken»).",
    "The statsforvalter who decides appeals, named in letters (for example 'Statsforvalteren i Oslo og Viken').",
)
MUNICIPALITYS_LOGO_LETTERS_PNG: Final = Template(
    "Kommunens logo i brevene: en PNG- eller SVG-fil (høyst 1 MiB), lagret i databasen.",
    "The municipality's logo on letters: a PNG or SVG file (at most 1 MiB), stored in the database.",
)
ACTIVE_PARTICIPATION_MUNICIPALITYS_PRACTICE: Final = Template(
    "Aktiv deltakelse (kommunens praksis, ikke loven) er et vilkår for koordinator.",
    "Active participation (the municipality's practice, not the statute) is a condition for a koordinator.",
)
BARNEKOORDINATOR_MUST_INDEPENDENT_FAMILYS: Final = Template(
    "Barnekoordinator må være uavhengig av familiens tjenesteytere.",
    "A barnekoordinator must be independent of the family's service providers.",
)
MUNICIPALITY_CONTINUES_BARNEKOORDINATOR_PAST: Final = Template(
    "Kommunen viderefører barnekoordinator etter 18 år (retten i loven slutter ved 18).",
    "The municipality continues a barnekoordinator past 18 (the statutory right ends at 18).",
)
ACCEPT_SYNTHETIC_TEST_NUMBERS: Final = Template(
    "Godta syntetiske testnumre (opplærings- og demodatabaser).",
    "Accept synthetic test numbers (training and demo databases).",
)
INTERNAL_TARGET_FORWARDING_APPEAL: Final = Template(
    "Internt mål for å sende klage videre til statsforvalteren (dager).",
    "Internal target for forwarding an appeal to statsforvalteren (days).",
)
DAYS_POSTED_LETTER_TAKEN: Final = Template(
    "Dager et brev i posten regnes å bruke før det er fram, så lenge dagen det kom ikke er registrert (gir en anslått klagefrist).",
    "Days a posted letter is taken to need to arrive while the day it arrived is not recorded (gives an estimated appeal deadline).",
)
INTERNAL_TARGET_SENDING_DECISION: Final = Template(
    "Internt mål for å sende en avgjørelse etter at den er tatt (dager).",
    "Internal target for sending a decision after it is made (days).",
)
NOT_WHOLE_NUMBER_IN_RANGE: Final = Template(
    "{key} må være et helt tall fra {spec_least} til {spec_most}, ikke «{raw}».",
    "{key} must be a whole number from {spec_least} to {spec_most}, not '{raw}'.",
)
EXAMPLE_SET_DEFAULT: Final = Template(
    "Eksempel: kecli config set {key} {spec_default}",
    "Example: kecli config set {key} {spec_default}",
)

# --- services/config.py ---

CANNOT_READ_FILE: Final = Template(
    "Kan ikke lese {path}: {exc_strerror}.", "Cannot read {path}: {exc_strerror}."
)
