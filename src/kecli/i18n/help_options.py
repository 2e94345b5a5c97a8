"""Every option's and argument's ``--help`` text, in bokmål and English (the commands'
own texts are in :mod:`kecli.i18n.help`, which re-exports this table; those of ``kecli case …``
in :mod:`kecli.i18n.help_case_options`).

An option's key is the command's path after ``kecli`` and its long flag
(``"case new --name"``), an argument's the path and its placeholder (``"config set KEY"``);
a bare flag or placeholder (``"--json"``, ``"CASE"``) is the text every command shares
unless it has its own. Imported by ``kecli --help``: plain strings only.
"""

from __future__ import annotations

from typing import Final

from kecli.errors import Msg
from kecli.i18n.help_case_options import CASE_OPTIONS

OPTIONS: Final[dict[str, Msg]] = {
    # --- shared by every command that has them ----------------------------------------------
    "--json": Msg("Skriv ett JSON-dokument på stdout.", "Print one JSON document on stdout."),
    "--no-input": Msg(
        "Aldri spørsmål; en verdi som mangler er en feil. Miljø: KECLI_NO_INPUT.",
        "Never prompt; a missing value is an error. Env: KECLI_NO_INPUT.",
    ),
    "CASE": Msg("Saksnummer, f.eks. 2026-0007 eller 2026-7.", "Case id, e.g. 2026-0007."),
    "COORDINATOR": Msg("Koordinatorens id.", "Coordinator id."),
    # --- the root ----------------------------------------------------------------------------
    "--db": Msg(
        "Databasen: en filsti (SQLite) eller en SQLAlchemy-URL. Miljø: KECLI_DB.",
        "Database: a file path (SQLite) or an SQLAlchemy URL. Env: KECLI_DB.",
    ),
    "--user": Msg(
        "Saksbehandleren som handler, registrert ved hver endring. Miljø: KECLI_USER.",
        "The acting caseworker, recorded on every change. Env: KECLI_USER.",
    ),
    "--debug": Msg(
        "Vis sporingen (traceback) av en uventet feil.",
        "Show the traceback of an unexpected error.",
    ),
    "--version": Msg("Skriv versjonen og avslutt.", "Print the version and exit."),
    # --- case (kecli.i18n.help_case_options) ---------------------------------------------------
    **CASE_OPTIONS,
    # --- coordinator -------------------------------------------------------------------------
    "coordinator add --name": Msg("Fullt navn.", "Full name."),
    "coordinator add --unit": Msg("Hvor koordinatoren arbeider.", "Where they work."),
    "coordinator add --kind": Msg(
        "Hvilke saker koordinatoren kan ta (standard koordinator).",
        "Which cases they may take (default koordinator).",
    ),
    "coordinator add --independent": Msg(
        "Ikke en av familiens tjenesteytere.", "Not one of the family's service providers."
    ),
    "coordinator add --trained-on": Msg(
        "Når koordinatoren fikk opplæring.", "When they were trained."
    ),
    "coordinator add --max-cases": Msg(
        "Flest aktive saker samtidig.", "Most active cases at once."
    ),
    "coordinator list --all": Msg(
        "Ta med deaktiverte koordinatorer.", "Include deactivated coordinators."
    ),
    "coordinator deactivate --on": Msg(
        "Fra når (standard i dag).", "From/until when (default today)."
    ),
    "coordinator deactivate --reason": Msg("Hvorfor.", "Why."),
    "coordinator assign COORDINATOR": Msg(
        "Koordinatorens id (se coordinator list).", "Coordinator id (see coordinator list)."
    ),
    "coordinator assign --on": Msg("Fra når (standard i dag).", "From/until when (default today)."),
    "coordinator assign --replace-other": Msg(
        "Avslutt personens andre oppnevning (koordinator eller barnekoordinator).",
        "End the person's other appointment (koordinator vs barnekoordinator).",
    ),
    "coordinator assign --force": Msg(
        "Oppnevn også over koordinatorens --max-cases.",
        "Assign even over the coordinator's --max-cases.",
    ),
    "coordinator unassign --on": Msg(
        "Til når (standard i dag).", "From/until when (default today)."
    ),
    "coordinator unassign --reason": Msg("Hvorfor.", "Why."),
    # --- plan --------------------------------------------------------------------------------
    "plan edit --from-file": Msg(
        "Lagre planen fra en JSON-fil i den formen plan show --json skriver ('-': stdin).",
        "Save the plan from a JSON file shaped as `plan show --json` prints it ('-': stdin).",
    ),
    "plan edit --editor": Msg(
        "Åpne planen som JSON i $VISUAL / $EDITOR (standard vi).",
        "Open the plan as JSON in $VISUAL / $EDITOR (default vi).",
    ),
    "plan show --markdown": Msg(
        "En utskrift av planen for personen («Dette er din plan»): --format md.",
        'A printable plan for the person ("Dette er din plan"): --format md.',
    ),
    "plan show --format": Msg(
        "Planen for personen som Markdown eller PDF/A (pdf er standard når --output slutter "
        "på .pdf), eller møtene og neste evaluering som en iCalendar-fil.",
        "The plan for the person as Markdown or PDF/A (pdf is the default when --output ends "
        "in .pdf), or its meetings and next evaluation as an iCalendar file.",
    ),
    "plan show --output": Msg(
        "Skriv til FIL, privat (0600), ikke til stdout.",
        "Write to FILE, private (0600), not stdout.",
    ),
    "plan show --force": Msg(
        "Skriv over en --output-fil som finnes.", "Replace an existing --output file."
    ),
    "plan show --lang": Msg(
        "Språket i planen for personen (standard nb; KECLI_LANG=en gir engelsk).",
        "Language of the plan for the person (default nb; KECLI_LANG=en gives English).",
    ),
    "plan show --version": Msg(
        "En eldre lagret versjon (se plan history).", "An older saved version (see plan history)."
    ),
    # --- appeal ------------------------------------------------------------------------------
    "appeal file --filed-on": Msg(
        "Når klagen ble postlagt eller levert (standard i dag).",
        "When it was posted or delivered (default today).",
    ),
    "appeal file --grounds": Msg("Hva klagen sier.", "What the appeal says."),
    "appeal file --unsigned": Msg(
        "Klagen er ikke underskrevet (registreres, avvises ikke).",
        "The appeal is not signed (recorded, not refused).",
    ),
    "appeal file --force": Msg(
        "Registrer en klage som kom mer enn ett år etter.",
        "Register one filed more than a year after.",
    ),
    "appeal file --reason": Msg("Hvorfor --force.", "Why --force."),
    "--note": Msg("En merknad til steget.", "A note on the step."),
    "--on": Msg("Når steget skjedde (standard i dag).", "When the step happened (default today)."),
    "appeal decide --outcome": Msg(
        "Enhetens egen nye vurdering; avvist avviser klagen uten å prøve saken. Når klagen "
        "er besvart eller oversendt, bare medhold.",
        "The unit's own new look at the case; avvist rejects the appeal without trying the "
        "merits. Once answered or forwarded, only medhold.",
    ),
    "appeal resolve --outcome": Msg(
        "Statsforvalterens svar; avvist er ikke endelig.",
        "Statsforvalteren's answer; avvist is not final.",
    ),
    # --- report ------------------------------------------------------------------------------
    "report deadlines --as-of": Msg(
        "Regn fra denne dagen (standard i dag; KECLI_TODAY).",
        "Count from this day (default today; KECLI_TODAY).",
    ),
    "report deadlines --within": Msg(
        "Vis det som forfaller inntil DAGER etter --as-of (standard 14); det som har "
        "forfalt, vises alltid.",
        "Show what is due up to DAYS after --as-of (default 14); overdue always shows.",
    ),
    "report deadlines --type": Msg(
        "Bare denne fristtypen (kan gjentas; standard alle).",
        "Only this deadline type (repeatable; default every type).",
    ),
    "report deadlines --format": Msg(
        "--format table for folk (standard), --format json (en liste), --format csv "
        "(overskriftsrad, ingen BOM) eller --format ics (en iCalendar-fil: én heldagshendelse "
        "per frist, for en kalender).",
        "table for people (default), json (an array), csv (header row, no BOM) or ics (an "
        "iCalendar file: one all-day event per deadline, for a calendar).",
    ),
    "report deadlines --output": Msg(
        "Skriv rapporten til FIL, privat (0600), i stedet for stdout.",
        "Write the report to FILE, private (0600), instead of stdout.",
    ),
    "report deadlines --force": Msg(
        "Skriv over en --output-fil som finnes.", "Replace an existing --output file."
    ),
    "report deadlines --fail-on-overdue": Msg(
        "Avslutt med kode 3 etter rapporten når noe har forfalt.",
        "Exit 3 after the report when anything is overdue.",
    ),
    "report stats --from": Msg(
        "Saker mottatt på eller etter DATO.", "Cases received on or after DATE."
    ),
    "report stats --to": Msg(
        "Saker mottatt på eller før DATO.", "Cases received on or before DATE."
    ),
    # --- export cases ------------------------------------------------------------------------
    "export cases --format": Msg(
        "Filformat (standard: etter endelsen på --output, ellers csv).",
        "Output format (default: from --output's suffix, else csv).",
    ),
    "export cases --output": Msg(
        "Skriv til en ny fil som bare du kan lese (standard, eller -, stdout; xlsx krever en fil).",
        "Write to a new file, private to you (default, or -, stdout; xlsx needs a file).",
    ),
    "export cases --force": Msg(
        "Skriv over --output-filen hvis den finnes.", "Overwrite the --output file if it exists."
    ),
    "export cases --include-fnr": Msg(
        "Hele fødselsnummeret i stedet for DDMMÅÅ***** (logges; trengs for å importere igjen).",
        "Full fødselsnummer instead of DDMMYY***** (logged; needed to import again).",
    ),
    "export cases --delimiter": Msg(
        "Skilletegn i CSV (standard ','; ';' for Excel med norske innstillinger).",
        "CSV field separator (default ','; ';' for Excel set up for Norway).",
    ),
    "export cases --received-from": Msg(
        "Bare saker mottatt på eller etter denne dagen.", "Only cases received on or after."
    ),
    "export cases --received-to": Msg(
        "Bare saker mottatt på eller før denne dagen.", "Only cases received on or before."
    ),
    # --- import cases ------------------------------------------------------------------------
    "import cases PATH": Msg("CSV- eller JSONL-filen.", "The CSV or JSONL file."),
    "import cases --format": Msg(
        "Filformat (standard: etter filnavnet).", "File format (default: from the file name)."
    ),
    "import cases --delimiter": Msg(
        "Skilletegn i CSV (standard: lest fra overskriftsraden).",
        "CSV field separator (default: read from the header row).",
    ),
    "import cases --dry-run": Msg(
        "Sjekk hver rad, skriv ingenting.", "Check every row, write nothing."
    ),
    "import cases --json": Msg(
        "Skriv en oppsummering som JSON på stdout.", "Print a JSON summary on stdout."
    ),
    # --- audit -------------------------------------------------------------------------------
    "audit list --case": Msg("Én sak.", "One case."),
    "audit list --user": Msg("Én bruker.", "One user."),
    "audit list --from": Msg("Fra denne dagen (UTC).", "From this day (UTC)."),
    "audit verify --expect": Msg(
        "En hash som audit verify skrev tidligere (tatt vare på et annet sted): den må "
        "fremdeles finnes i kjeden.",
        "A hash audit verify printed before (kept elsewhere): it must still be in the chain.",
    ),
    "audit list --to": Msg("Til og med denne dagen.", "Up to and including this day."),
    "audit list --action": Msg(
        "Hendelser hvis kode begynner slik, f.eks. --action export.",
        "Actions starting with this, e.g. export.",
    ),
    "audit list --limit": Msg("Bare de N nyeste oppføringene.", "Only the newest N entries."),
    # --- config, db --------------------------------------------------------------------------
    "config set KEY": Msg(
        "Innstillingens navn (se config show).", "The setting's name (see config show)."
    ),
    "config set VALUE": Msg(
        "Den nye verdien; sannhetsverdier skrives true eller false.",
        "The new value; booleans are true/false.",
    ),
    "db backup PATH": Msg("Hvor kopien skal skrives.", "Where to write the copy."),
    "db backup --force": Msg("Skriv over STI hvis den finnes.", "Overwrite PATH if it exists."),
}
