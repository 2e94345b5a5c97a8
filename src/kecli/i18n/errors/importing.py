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

COORDINATOR_NAME_DIFFERS: Final = Template(
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

OUTCOME_NOT_FROM_CRITERIA: Final = Template(
    "decision_outcome: {outcome} følger ikke av failed_criteria [{named}] (gir {derived})",
    "decision_outcome: {outcome} does not follow from failed_criteria [{named}] (they give {derived})",
)

# --- services/importing/importer.py ---

APPLIES_CSV_ONLY: Final = Template(
    "{f[delimiter]} gjelder bare csv.", "{f[delimiter]} applies to csv only."
)

# --- services/importing/parallel.py ---

WORKERS_NOT_WHOLE_NUMBER: Final = Template(
    "KECLI_IMPORT_WORKERS skal være et heltall fra 1, ikke «{wanted}».",
    "KECLI_IMPORT_WORKERS must be a whole number from 1, not '{wanted}'.",
)

# --- services/importing/problems.py ---

#: A row's problem, after the column it is in.
ROW_PROBLEM: Final = Template("{column}: {text}", "{column}: {text}")
NOT_UTF8_FROM_HERE: Final = Template(
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
FILE_NOT_FOUND: Final = Template("Filen {path} finnes ikke.", "The file {path} does not exist.")
PATH_IS_FOLDER: Final = Template("{path} er en mappe.", "{path} is a directory.")
CANNOT_READ_FILE: Final = Template(
    "Kan ikke lese {path}: {reason}.", "Cannot read {path}: {reason}."
)
UNKNOWN_COLUMN: Final = Template("ukjent kolonne «{name}»", "unknown column '{name}'")
FIELDS_HEADER_CHECK_QUOTES: Final = Template(
    "{value} felt, overskriften har {width} (sjekk anførselstegn og skilletegn)",
    "{value} fields, the header has {width} (check quotes and the delimiter)",
)
NOT_JSON_OBJECT: Final = Template("ikke et JSON-objekt", "not a JSON object")
MISSING_KEYS: Final = Template("mangler nøklene {value}", "missing keys {value}")
COLUMN_APPEARS_TWICE: Final = Template(
    "kolonnen {name} står to ganger", "column {name} appears twice"
)
NOT_VALID_JSON: Final = Template("ikke gyldig JSON ({exc})", "not valid JSON ({exc})")
UNKNOWN_KEY: Final = Template("ukjent nøkkel «{key}»", "unknown key '{key}'")

# --- services/importing/appeals.py ---

MISSING_DECISION_APPEALED_SET: Final = Template(
    "mangler (avgjørelsen klagen gjaldt er opphevet og ikke i filen)",
    "missing (the decision appealed was set aside and is not in the file)",
)
ONLY_GIVEN_WHEN_APPEAL: Final = Template(
    "gis bare når appeal_status er closed (ikke {status})",
    "only given when appeal_status is closed (not {status})",
)
VALUE_MISSING: Final = Template("mangler", "missing")
APPEAL_CANNOT_APPEAL_UNIT: Final = Template(
    "en klage kan ikke være {status} med appeal_unit_outcome {unit} og appeal_final_outcome {final}",
    "an appeal cannot be {status} with appeal_unit_outcome {unit} and appeal_final_outcome {final}",
)
MISSING_APPEAL_AGAINST_EARLIER: Final = Template(
    "mangler (klagen gjaldt en tidligere avgjørelse, som ikke er i filen)",
    "missing (the appeal was against an earlier decision, not in the file)",
)

# --- services/importing/checking.py ---

NOT_A_CASE_ID: Final = Template(
    "«{case_id}» er ikke et saksnummer ÅÅÅÅ-NNNN", "'{case_id}' is not a case id YYYY-NNNN"
)
CASE_ALSO_ON_LINE: Final = Template(
    "{case_id} står også på linje {first}", "{case_id} is also on line {first}"
)
MISSING_WITH_VALUE: Final = Template("mangler ({value})", "missing ({value})")
GIVEN_WITHOUT_DECISION_OUTCOME: Final = Template(
    "gitt uten decision_outcome", "given without decision_outcome"
)
MISSING_STATUS_DECIDED: Final = Template("mangler for status decided", "missing for status decided")
GIVEN_WITHOUT_COORDINATOR_ID: Final = Template(
    "gitt uten coordinator_id", "given without coordinator_id"
)
COORDINATOR_NEEDS_DECISION_OUTCOME: Final = Template(
    "en koordinator krever decision_outcome innvilget",
    "a coordinator needs decision_outcome innvilget",
)
NOT_COORDINATOR_ID: Final = Template(
    "«{raw}» er ikke et koordinatornummer", "'{raw}' is not a coordinator id"
)
PLAN_NEEDS_DECISION_OUTCOME: Final = Template(
    "en plan krever decision_outcome innvilget og wants_ip true",
    "a plan needs decision_outcome innvilget and wants_ip true",
)
PERSON_ANOTHER_OPEN_CASE: Final = Template(
    "personen har en annen åpen {kind}-sak på linje {other}",
    "the person has another open {kind} case on line {other}",
)
MISSING_CLOSED_CASE: Final = Template("mangler for en avsluttet sak", "missing for a closed case")
ONLY_GIVEN_WHEN_STATUS: Final = Template(
    "gis bare når status er closed (ikke {status})",
    "only given when status is closed (not {status})",
)
GIVEN_WITHOUT_CURRENT_DECISION: Final = Template(
    "gitt uten decision_outcome (saken har ingen gjeldende avgjørelse)",
    "given without decision_outcome (the case has no current decision)",
)

# --- services/importing/coordinators.py ---

COORDINATOR_NAMED_ON_LINE: Final = Template(
    "koordinator {cid} heter «{known_name}» på linje {known_line}",
    "coordinator {cid} is '{known_name}' on line {known_line}",
)

# --- services/importing/decisions.py ---

CONTINUED_BUT_CHILD_NOT_18: Final = Template(
    "«{basis_continued_past_18}», men barnet var ikke fylt 18 år den {day} med child_age oppfylt etter fødselsdatoen",
    "'{basis_continued_past_18}', but the child was not 18 on {day} with child_age met by the birth date",
)
CHILD_AGE_BIRTH_DATE: Final = Template(
    "child_age {met} på {day} etter fødselsdatoen{continued}",
    "child_age {met} on {day} by the birth date{continued}",
)
RECEIVED_BUT_ROW_DECISION: Final = Template(
    "received, men raden har decision_outcome (bruk decided)",
    "received, but the row has a decision_outcome (use decided)",
)
BEFORE_WHEN_RIGHT_BARNEKOORDINATOR: Final = Template(
    "{decided} er før {start}, da retten til barnekoordinator begynte (pbrl § 2-5 c)",
    "{decided} is before {start}, when the right to a barnekoordinator began (pbrl § 2-5 c)",
)
GIVEN_WITHOUT: Final = Template("gitt uten {wanted}", "given without {wanted}")
UNKNOWN_CRITERION_VALID: Final = Template(
    "ukjent kriterium for {kind}: {value} (gyldige: {value_2})",
    "unknown criterion for {kind}: {value} (valid: {value_2})",
)
CANNOT_ONLY_CRITERIA_MET: Final = Template(
    "[{value}] kan ikke være de eneste som ikke er oppfylt (long_term eller complex holder for koordinator)",
    "[{value}] cannot be the only criteria not met (long_term or complex is enough for koordinator)",
)

# --- services/importing/people.py ---

LONGER_THAN_CHARACTERS: Final = Template("lengre enn 200 tegn", "longer than 200 characters")

# --- services/importing/reading.py ---

NOT_A_STRING: Final = Template("skal være tekst, ikke {kind}", "must be a string, not {kind}")
NOT_LIST_OF_STRINGS: Final = Template("skal være en liste av tekster", "must be a list of strings")
NOT_TRUE_OR_FALSE: Final = Template("skal være true eller false", "must be true or false")

# --- services/importing/values.py ---

BEFORE_EARLIER: Final = Template(
    "{later} er før {what} ({earlier})", "{later} is before {what} ({earlier})"
)
INVALID_VALUE_LISTED: Final = Template(
    "ugyldig verdi «{value}» ({listed})", "invalid value '{value}' ({listed})"
)
AFTER_TODAY: Final = Template(
    "{found} er etter i dag ({today})", "{found} is after today ({today})"
)
WRITE_TRUE_FALSE: Final = Template(
    "skriv true eller false, ikke «{value}»", "write true or false, not '{value}'"
)
MISSING_LISTED: Final = Template("mangler ({listed})", "missing ({listed})")
LONGER_THAN_CHARACTERS_2: Final = Template(
    "lengre enn {limit} tegn", "longer than {limit} characters"
)
VALUE_EMPTY: Final = Template("tom", "empty")
IS_MET: Final = Template("er oppfylt", "is met")
IS_NOT_MET: Final = Template("er ikke oppfylt", "is not met")
CONTINUED_SAYS: Final = Template(
    " (videreført: legal_basis sier «{basis}»)", " (continued: legal_basis says '{basis}')"
)
LINE_HOLDS_NUL: Final = Template(
    "ikke en tekstfil (linjen har en NUL-byte)", "not a text file (the line holds a NUL byte)"
)
LINE_OVER_MIB: Final = Template(
    "linjen er lengre enn 1 MiB (er det en tekstfil?)",
    "the line is longer than 1 MiB (is it a text file?)",
)
HOLDS_NUL_OR_NOT_UTF8: Final = Template(
    "inneholder NUL eller tekst som ikke er gyldig UTF-8",
    "holds NUL or text that is not valid UTF-8",
)
