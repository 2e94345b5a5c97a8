"""The error messages and hints of importing (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- services/importing/checking.py ---

FNR_FODSELSNUMMER_MASKED_EXPORT: Final = Template(
    "fnr: fødselsnummeret er maskert; eksporter med --include-fnr for å flytte saker",
    "fnr: the fødselsnummer is masked; export with --include-fnr to move cases",
)

# --- services/importing/coordinators.py ---

COORDINATOR_NAME_COORDINATOR_DATABASE: Final = Template(
    "coordinator_name: koordinator {cid} heter «{stored_name}» i databasen, ikke «{name}»",
    "coordinator_name: coordinator {cid} is '{stored_name}' in the database, not '{name}'",
)
COORDINATOR_ID_COORDINATOR_CANNOT: Final = Template(
    "coordinator_id: koordinator {cid} er {kind} og kan ikke ha en {case_kind}-sak",
    "coordinator_id: coordinator {cid} is {kind} and cannot serve a {case_kind} case",
)

# --- services/importing/database.py ---

ID_CASE_ALREADY_EXISTS: Final = Template(
    "id: saken {case_id} finnes allerede i databasen",
    "id: case {case_id} already exists in the database",
)
FNR_PERSON_ALREADY_OPEN: Final = Template(
    "fnr: personen har allerede en åpen {kind}-sak: {other}",
    "fnr: the person already has an open {kind} case: {other}",
)

# --- services/importing/decisions.py ---

DECISION_OUTCOME_DOES_FOLLOW: Final = Template(
    "decision_outcome: {outcome} følger ikke av failed_criteria [{named}] (gir {derived})",
    "decision_outcome: {outcome} does not follow from failed_criteria [{named}] (they give {derived})",
)

# --- services/importing/importer.py ---

APPLIES_CSV_ONLY: Final = Template(
    "{f[delimiter]} gjelder bare csv.", "{f[delimiter]} applies to csv only."
)

# --- services/importing/parallel.py ---

KECLI_IMPORT_WORKERS_MUST: Final = Template(
    "KECLI_IMPORT_WORKERS skal være et heltall fra 1, ikke «{wanted}».",
    "KECLI_IMPORT_WORKERS must be a whole number from 1, not '{wanted}'.",
)

# --- services/importing/problems.py ---

MESSAGE: Final = Template("{column}: {nb}", "{column}: {nb}")
FILE_UTF_TEXT_FROM: Final = Template(
    "filen er ikke UTF-8-tekst herfra (lagre den som UTF-8)",
    "the file is not UTF-8 text from here on (save it as UTF-8)",
)
NOTHING_IMPORTED: Final = Template(
    "{total} {noun} i {file_name}; ingenting ble importert.",
    "{total} {noun} in {file_name}; nothing was imported.",
)

# --- services/importing/reading.py ---

CANNOT_TELL_FORMAT_FROM: Final = Template(
    "Kan ikke se formatet av filnavnet {path_name}.",
    "Cannot tell the format from the file name {path_name}.",
)
PASS_CSV_JSONL_JSON: Final = Template(
    "Gi {f[format]} csv eller {f[format]} jsonl (json og xlsx kan ikke importeres).",
    "Pass {f[format]} csv or {f[format]} jsonl (json and xlsx cannot be imported).",
)
MISSING_COLUMNS: Final = Template("mangler kolonnene {value}", "missing columns {value}")
HEADER_ROW_MISSING_FILE: Final = Template(
    "overskriftsraden mangler (filen er tom)", "the header row is missing (the file is empty)"
)
INVALID_VALUE: Final = Template(
    "Ugyldig verdi for {f[format]}: «{fmt}».", "Invalid value for {f[format]}: '{fmt}'."
)
IMPORT_READS_CSV_JSONL: Final = Template(
    "Import leser csv eller jsonl; eksporter med {f[format]} csv eller jsonl.",
    "Import reads csv or jsonl; export with {f[format]} csv or jsonl.",
)
FILE_DOES_EXIST: Final = Template("Filen {path} finnes ikke.", "The file {path} does not exist.")
DIRECTORY: Final = Template("{path} er en mappe.", "{path} is a directory.")
CANNOT_READ: Final = Template("Kan ikke lese {path}: {reason}.", "Cannot read {path}: {reason}.")
UNKNOWN_COLUMN: Final = Template("ukjent kolonne «{name}»", "unknown column '{name}'")
FIELDS_HEADER_CHECK_QUOTES: Final = Template(
    "{value} felt, overskriften har {width} (sjekk anførselstegn og skilletegn)",
    "{value} fields, the header has {width} (check quotes and the delimiter)",
)
JSON_OBJECT: Final = Template("ikke et JSON-objekt", "not a JSON object")
MISSING_KEYS: Final = Template("mangler nøklene {value}", "missing keys {value}")
COLUMN_APPEARS_TWICE: Final = Template(
    "kolonnen {name} står to ganger", "column {name} appears twice"
)
VALID_JSON: Final = Template("ikke gyldig JSON ({exc})", "not valid JSON ({exc})")
UNKNOWN_KEY: Final = Template("ukjent nøkkel «{key}»", "unknown key '{key}'")
