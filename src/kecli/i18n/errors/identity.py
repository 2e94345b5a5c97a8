"""The error messages and hints of identity (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- domain/identity.py ---

CHECK_THAT_EVERY_DIGIT: Final = Template(
    "Sjekk at alle sifrene er skrevet riktig.", "Check that every digit was typed correctly."
)
INVALID_FODSELSNUMMER_MUST_CONSIST: Final = Template(
    "Ugyldig fødselsnummer: det må bestå av 11 sifre",
    "Invalid fødselsnummer: it must consist of 11 digits",
)
ENTER_DIGITS_DDMMYY_FIVE: Final = Template(
    "Skriv 11 sifre, DDMMÅÅ og fem sifre til; mellomrom er tillatt.",
    "Enter 11 digits, DDMMYY and five more; spaces are allowed.",
)
INVALID_FODSELSNUMMER_CONTROL_DIGITS: Final = Template(
    "Ugyldig fødselsnummer: kontrollsifrene stemmer ikke",
    "Invalid fødselsnummer: the control digits do not match",
)
INVALID_FODSELSNUMMER_FIRST_SIX: Final = Template(
    "Ugyldig fødselsnummer: de seks første sifrene er ingen gyldig dato",
    "Invalid fødselsnummer: the first six digits are not a real date",
)
INVALID_FODSELSNUMMER_H_NUMBERS: Final = Template(
    "Ugyldig fødselsnummer: H-nummer (hjelpenummer) kan ikke brukes",
    "Invalid fødselsnummer: H-numbers (help numbers) are not accepted",
)
USE_PERSONS_FODSELSNUMMER_D: Final = Template(
    "Bruk personens fødselsnummer eller D-nummer.", "Use the person's fødselsnummer or D-nummer."
)
INVALID_FODSELSNUMMER_SYNTHETIC_TEST: Final = Template(
    "Ugyldig fødselsnummer: syntetiske testnumre er ikke tillatt i denne databasen",
    "Invalid fødselsnummer: synthetic test numbers are not allowed in this database",
)
TRAINING_DEMO_DATABASES_ONLY: Final = Template(
    "Bare for trenings- og demodatabaser: kecli config set allow_synthetic_ids true",
    "For training and demo databases only: kecli config set allow_synthetic_ids true",
)
INVALID_FODSELSNUMMER_INDIVIDUAL_NUMBER: Final = Template(
    "Ugyldig fødselsnummer: individnummeret passer ikke med fødselsåret",
    "Invalid fødselsnummer: the individual number does not fit the year of birth",
)
