"""The error messages and hints of the command line itself: options that go together or
not, values an option does not take (templates: ``kecli.errors.Template``). ``{field}`` and
``{f[name]}`` are shown as the option's flag (``kecli.cli.fields``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- cli/options.py ---

OPTION_MISSING: Final = Template("{field} mangler.", "{field} is missing.")
PASS_OPTION_NO_PROMPTS: Final = Template(
    "Gi {field} (ingen spørsmål uten terminal eller med --no-input).",
    "Pass {field} (no prompts without a terminal or with --no-input).",
)

# --- cli/output.py ---

LANG_NOT_NB_OR_EN: Final = Template(
    "{field} må være nb eller en, ikke «{value}».", "{field} must be nb or en, not '{value}'."
)
PDF_NOT_TO_SCREEN: Final = Template(
    "En PDF skrives ikke til skjermen.", "A PDF is not written to the screen."
)
GIVE_OUTPUT_FILE: Final = Template("Gi {field} {example}.", "Give {field} {example}.")
#: The file names GIVE_OUTPUT_FILE suggests.
EXAMPLE_LETTER_PDF: Final = Template("brev.pdf", "letter.pdf")
EXAMPLE_PLAN_PDF: Final = Template("plan.pdf", "plan.pdf")

# --- shared by several commands ---

UNKNOWN_OPTION_VALUE: Final = Template("Ukjent {field} «{value}».", "Unknown {field} '{value}'.")
INVALID_DELIMITER: Final = Template(
    "Ugyldig skilletegn: «{value}».", "Invalid delimiter: '{value}'."
)
CHOOSE_ONE_OF_THEM: Final = Template("Velg én av dem.", "Choose one of them.")

# --- cli/case/assess.py ---

CODE_VALUE_MALFORMED: Final = Template(
    "{field} må skrives KODE=VERDI, ikke «{value}».",
    "{field} must be written CODE=VALUE, not '{value}'.",
)
CODE_VALUE_EXAMPLE: Final = Template(
    "Eksempel: {field} services=yes", "Example: {field} services=yes"
)
CODE_GIVEN_TWICE: Final = Template(
    "{field} {code} er gitt to ganger.", "{field} {code} is given twice."
)

# --- cli/case/close.py ---

REASON_REQUIRED: Final = Template("En begrunnelse må gis.", "A reason must be given.")

# --- cli/case/edit.py ---

NAME_VALUE_MALFORMED: Final = Template(
    "{field} må skrives NAVN=VERDI, ikke «{value}».",
    "{field} must be written NAME=VALUE, not '{value}'.",
)
NAME_VALUE_EXAMPLE: Final = Template(
    'Eksempel: {field} "Mor Nordmann=..."', 'Example: {field} "Mor Nordmann=..."'
)

# --- cli/case/letter.py ---

SENT_AND_VIA_TOGETHER: Final = Template(
    "{f[sent]} og {f[via]} hører sammen.", "{f[sent]} and {f[via]} go together."
)
EXPECT_ONLY_PRELIMINARY_REPLY: Final = Template(
    "{field} gjelder bare {f[kind]} preliminary-reply.",
    "{field} applies to {f[kind]} preliminary-reply only.",
)

# --- cli/case/new.py ---

NOT_WITH_FROM_CASE: Final = Template(
    "{field} kan ikke gis sammen med {f[from]}: personen og de foresatte kopieres fra saken.",
    "{field} cannot be given with {f[from]}: the person and the guardians are copied from "
    "the case.",
)
CORRECT_AFTERWARDS_CASE_EDIT: Final = Template(
    "Rett dem etterpå med kecli case edit.", "Correct them afterwards with kecli case edit."
)

# --- cli/case/show.py ---

MINE_WITH_HANDLER: Final = Template(
    "{f[mine]} og {f[handler]} kan ikke brukes sammen.",
    "{f[mine]} and {f[handler]} cannot be used together.",
)

# --- cli/export.py ---

INVALID_OPTION_VALUE: Final = Template(
    "Ugyldig verdi for {field}: «{value}».", "Invalid value for {field}: '{value}'."
)
VALID_VALUES: Final = Template("Gyldige verdier: {choices}", "Valid values: {choices}")
DELIMITER_ONLY_CSV: Final = Template(
    "{field} gjelder bare {f[format]} csv.", "{field} applies to {f[format]} csv only."
)
USE_DELIMITER_EXPORT: Final = Template(
    "Bruk ',' (standard), ';' (Excel med norske innstillinger) eller tab.",
    "Use ',' (the default), ';' (Excel set up for Norway) or tab.",
)
XLSX_NEEDS_OUTPUT: Final = Template(
    "{f[format]} xlsx krever {f[output]} FIL.", "{f[format]} xlsx needs {f[output]} FILE."
)
XLSX_OUTPUT_EXAMPLE: Final = Template(
    "Eksempel: {f[output]} saker.xlsx", "Example: {f[output]} cases.xlsx"
)
EXPORT_NOT_WRITTEN: Final = Template(
    "Eksporten kunne ikke skrives: {reason}.", "The export could not be written: {reason}."
)

# --- cli/import_.py ---

USE_DELIMITER_IMPORT: Final = Template("Bruk ',', ';' eller tab.", "Use ',', ';' or tab.")

# --- cli/plan/edit.py ---

PLAN_FILE_BAD: Final = Template("{path}: {reason}", "{path}: {reason}")
PLAN_FILE_SHAPE: Final = Template(
    "Filen skal være JSON i samme form som kecli plan show CASE --json skriver.",
    "The file must be JSON of the shape that kecli plan show CASE --json prints.",
)
#: The reasons PLAN_FILE_BAD gives.
PLAN_KEY_REPEATED: Final = Template("nøkkelen «{key}» står to ganger.", "key '{key}' is repeated.")
PLAN_CONSTANT_NOT_JSON: Final = Template("{name} er ikke gyldig JSON.", "{name} is not valid JSON.")
PLAN_NOT_JSON: Final = Template(
    "ikke gyldig JSON (linje {line}, kolonne {column}: {problem}).",
    "not valid JSON (line {line}, column {column}: {problem}).",
)
PLAN_NUL_BYTE: Final = Template(
    "ikke en tekstfil (NUL-byte på linje {line}).", "not a text file (a NUL byte on line {line})."
)
PLAN_FILE_TOO_LARGE: Final = Template(
    "filen er større enn 1 MiB.", "the file is larger than 1 MiB."
)
PLAN_LINE_NOT_UTF8: Final = Template("linje {line} er ikke UTF-8.", "line {line} is not UTF-8.")
PLAN_FILE_MISSING: Final = Template("filen finnes ikke.", "no such file.")
PLAN_FILE_UNREADABLE: Final = Template("kan ikke leses ({problem}).", "cannot be read ({problem}).")
EDITOR_WONT_START: Final = Template(
    "Kan ikke starte redigeringsprogrammet «{editor}».", "Cannot start the editor '{editor}'."
)
SET_EDITOR_OR_VISUAL: Final = Template(
    "Sett EDITOR eller VISUAL, f.eks. EDITOR=nano.", "Set EDITOR or VISUAL, e.g. EDITOR=nano."
)
EDITOR_FAILED_NOTHING_SAVED: Final = Template(
    "Redigeringsprogrammet avsluttet med kode {code}; ingenting lagret.",
    "The editor exited with code {code}; nothing was saved.",
)
PLAN_SOURCE_MISSING: Final = Template(
    "{f[from_file]} eller {f[editor]} mangler.", "{f[from_file]} or {f[editor]} is missing."
)
PASS_PLAN_SOURCE: Final = Template(
    "Gi --from-file PATH (JSON som kecli plan show CASE --json skriver) eller --editor "
    "(ingen meny uten terminal eller med --no-input).",
    "Pass --from-file PATH (JSON as kecli plan show CASE --json prints it) or --editor "
    "(no menu without a terminal or with --no-input).",
)
FROM_FILE_OR_EDITOR: Final = Template(
    "Bruk enten {f[from_file]} eller {f[editor]}, ikke begge.",
    "Use {f[from_file]} or {f[editor]}, not both.",
)

# --- cli/plan/show.py ---

MARKDOWN_WITH_FORMAT: Final = Template(
    "{f[markdown]} og {f[format]} {value} kan ikke brukes sammen.",
    "{f[markdown]} and {f[format]} {value} cannot be used together.",
)
JSON_OR_MARKDOWN: Final = Template(
    "Bruk enten {f[json]} eller {f[markdown]}/{f[format]}, ikke begge.",
    "Use {f[json]} or {f[markdown]}/{f[format]}, not both.",
)

# --- cli/report.py ---

JSON_WITH_FORMAT: Final = Template(
    "{f[json]} og {f[format]} {value} kan ikke brukes sammen.",
    "{f[json]} and {f[format]} {value} cannot be used together.",
)
OUTPUT_NOT_TABLE: Final = Template(
    "{f[output]} skriver json, csv eller ics, ikke tabellen.",
    "{f[output]} writes json, csv or ics, not the table.",
)
DEADLINES_OVERDUE: Final = Template(
    "{count} frist(er) har forfalt ({f[fail_on_overdue]}): avslutter med kode 3.",
    "{count} deadline(s) overdue ({f[fail_on_overdue]}): exiting with code 3.",
)
