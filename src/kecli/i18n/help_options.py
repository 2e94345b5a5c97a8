"""Every option's and argument's ``--help`` text, in bokmål and English (the commands'
own texts are in :mod:`kecli.i18n.help`, which re-exports this table).

An option's key is the command's path after ``kecli`` and its long flag
(``"case new --name"``), an argument's the path and its placeholder (``"config set KEY"``);
a bare flag or placeholder (``"--json"``, ``"CASE"``) is the text every command shares
unless it has its own. Imported by ``kecli --help``: plain strings only.
"""

from __future__ import annotations

from typing import Final

from kecli.errors import Msg

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
    # --- case new ----------------------------------------------------------------------------
    "case new --name": Msg("Personens fulle navn.", "The person's full name."),
    "case new --kind": Msg("Hva henvendelsen gjelder.", "What is asked for."),
    "case new --fnr": Msg(
        "Fødselsnummer eller D-nummer (11 siffer, kontrollert).",
        "Fødselsnummer or D-nummer (11 digits, checked).",
    ),
    "case new --birth-date": Msg(
        "Fødselsdato, når det ikke er noe fødselsnummer eller hundreåret ikke kan vites.",
        "Birth date, when there is no fnr or its century cannot be known.",
    ),
    "case new --expected-birth-date": Msg(
        "Termindato for et barn som ikke er født ennå (barnekoordinator).",
        "Expected birth date of an unborn child (barnekoordinator).",
    ),
    "case new --received": Msg(
        "Når henvendelsen kom inn (standard i dag).",
        "When the inquiry came in (default today).",
    ),
    "case new --channel": Msg(
        "Hvordan henvendelsen kom inn (standard skjema).",
        "How the inquiry came in (default skjema).",
    ),
    "case new --guardian": Msg(
        "Forelder eller den som samtykker for et barn (kan gjentas).",
        "Parent or whoever consents for a child (repeatable).",
    ),
    "case new --note": Msg("En kort merknad.", "A short note."),
    "case new --from": Msg(
        "En henvendelse om koordinator etter en barnekoordinator-sak med avslag eller som er "
        "avsluttet: personen, de foresatte og kontaktinformasjonen kopieres, og sakene lenkes.",
        "A koordinator inquiry after a refused or ended barnekoordinator case: the person, "
        "guardians and contact details are copied and the cases linked.",
    ),
    # --- case edit ---------------------------------------------------------------------------
    "case edit --name": Msg("Personens fulle navn.", "The person's full name."),
    "case edit --fnr": Msg(
        "Fødselsnummer eller D-nummer (kontrollert); fødselsdatoen i det erstatter den "
        "registrerte, og et ventet barn er da født.",
        "Fødselsnummer or D-nummer (checked); its birth date replaces the one registered, "
        "and an expected child is then born.",
    ),
    "case edit --birth-date": Msg(
        "Fødselsdato; for et barn registrert som ventet registrerer den fødselen (termindatoen "
        "blir stående i historikken).",
        "Birth date; for a child registered as expected it records the birth (the expected "
        "date stays in the history).",
    ),
    "case edit --received": Msg("Når henvendelsen kom inn.", "When the inquiry came in."),
    "case edit --channel": Msg("Hvordan henvendelsen kom inn.", "How the inquiry came in."),
    "case edit --add-guardian": Msg(
        "Legg til en foresatt (kan gjentas).", "Add a guardian (repeatable)."
    ),
    "case edit --remove-guardian": Msg(
        "Fjern en foresatt og kontaktinformasjonen til vedkommende (kan gjentas).",
        "Remove a guardian, and their contact details (repeatable).",
    ),
    "case edit --address": Msg(
        "Personens gateadresse (brevene bruker den).",
        "The person's street address (the letters use it).",
    ),
    "case edit --postcode": Msg("Postnummer (fire sifre).", "Postcode (four digits)."),
    "case edit --city": Msg("Poststed.", "Postal town (poststed)."),
    "case edit --phone": Msg("Personens telefonnummer.", "The person's phone number."),
    "case edit --email": Msg("Personens e-postadresse.", "The person's e-mail address."),
    "case edit --guardian-address": Msg(
        "En foresatts gateadresse (kan gjentas; tom TEKST fjerner den).",
        "A guardian's street address (repeatable; an empty TEXT clears it).",
    ),
    "case edit --guardian-postcode": Msg(
        "En foresatts postnummer (kan gjentas; tom TEKST fjerner det).",
        "A guardian's postcode (repeatable; an empty TEXT clears it).",
    ),
    "case edit --guardian-city": Msg(
        "En foresatts poststed (kan gjentas; tom TEKST fjerner det).",
        "A guardian's postal town (repeatable; an empty TEXT clears it).",
    ),
    "case edit --guardian-phone": Msg(
        "En foresatts telefonnummer (kan gjentas; tom TEKST fjerner det).",
        "A guardian's phone number (repeatable; an empty TEXT clears it).",
    ),
    "case edit --guardian-email": Msg(
        "En foresatts e-postadresse (kan gjentas; tom TEKST fjerner den).",
        "A guardian's e-mail address (repeatable; an empty TEXT clears it).",
    ),
    "case edit --note": Msg(
        "Erstatt sakens merknad (tom: fjern den).", "Replace the case's note (empty: remove it)."
    ),
    "case edit --force": Msg(
        "Gjør en endring som strider mot en registrert avgjørelse (med --reason).",
        "Make a change that contradicts a recorded decision (with --reason).",
    ),
    "case edit --reason": Msg(
        "Hvorfor (påkrevd med --force; logges).", "Why (required with --force; logged)."
    ),
    # --- case list, export cases (the filters they share) --------------------------------------
    "--status": Msg("Bare disse statusene (kan gjentas).", "Only these statuses (repeatable)."),
    "--kind": Msg("Bare denne typen (kan gjentas).", "Only this kind (repeatable)."),
    "--coordinator": Msg(
        "Bare de aktive sakene til denne koordinatoren.",
        "Only the active cases of this coordinator.",
    ),
    "case list --handler": Msg(
        "Bare sakene denne saksbehandleren har.", "Only the cases this caseworker handles."
    ),
    "case list --mine": Msg(
        "Bare sakene du har (den som handler, --user).",
        "Only the cases you handle (the acting user, --user).",
    ),
    "case list --voided": Msg(
        "Bare de annullerte sakene (registrert ved en feil).",
        "Only the voided cases (registered by mistake).",
    ),
    "case list --search": Msg(
        "Bare sakene som passer, beste treff først (som case find).",
        "Only the cases that match, best first (as case find).",
    ),
    "case new --handler": Msg(
        "Saksbehandleren for saken (standard den som handler, --user).",
        "The caseworker who handles the case (default the acting user, --user).",
    ),
    "case find TEXT": Msg(
        "Deler av et navn (også en foresatts), et fødselsnummer eller de seks første "
        "sifrene, en fødselsdato eller et saksnummer.",
        "Parts of a name (a guardian's too), a fødselsnummer or its first six digits, a "
        "birth date, or a case id.",
    ),
    "case find --limit": Msg(
        "Høyst så mange saker (standard 20).", "At most this many cases (default 20)."
    ),
    "case note add TEXT": Msg(
        "Notatet (spørres om i en terminal når det mangler).",
        "The note (asked for at a terminal when left out).",
    ),
    "case note add --kind": Msg(
        "Hva det var: telefon, møte, e-post, brev eller annet (standard annet).",
        "What it was: a call, a meeting, an e-mail, a letter, or other (default annet).",
    ),
    "case note add --on": Msg(
        "Dagen det gjelder (standard i dag).", "The day it is about (default today)."
    ),
    "case void --reason": Msg("Hvorfor (påkrevd).", "Why (required)."),
    "case unvoid --reason": Msg("Hvorfor (påkrevd).", "Why (required)."),
    "case handover --to": Msg(
        "Brukernavnet til den nye saksbehandleren (påkrevd).",
        "The new handler's user name (required).",
    ),
    "case reply --on": Msg(
        "Dagen det foreløpige svaret ble sendt (standard i dag).",
        "The day the foreløpig svar was sent (default today).",
    ),
    "case reply --expect": Msg(
        "Datoen svaret lover en avgjørelse innen (påkrevd).",
        "The date the reply promises a decision by (required).",
    ),
    "today --all": Msg(
        "Hele enhetens dag, ikke bare sakene du har.",
        "The whole unit's day, not only the cases you handle.",
    ),
    "case list --without-coordinator": Msg(
        "Bare innvilgede, åpne saker uten aktiv koordinator.",
        "Only granted, open cases with no active coordinator.",
    ),
    # --- case show, close, reopen ------------------------------------------------------------
    "case show --show-fnr": Msg(
        "Vis hele fødselsnummeret (skrives i revisjonsloggen).",
        "Show the full fødselsnummer (written to the audit log).",
    ),
    "case close --reason": Msg("Hvorfor (påkrevd).", "Why (required)."),
    "case close --on": Msg(
        "Når saken ble avsluttet (standard i dag).", "When the case ended (default today)."
    ),
    "case reopen --reason": Msg("Hvorfor (påkrevd).", "Why (required)."),
    # --- case assess -------------------------------------------------------------------------
    "case assess --answer": Msg(
        "Svaret på et vilkår (kan gjentas; alle vilkår må besvares; aktiv deltakelse "
        "registreres, og avgjør bare med config participation_required). Kodene: "
        "koordinator services, long_term, complex, coordination, consent, participation; "
        "barnekoordinator child_age, serious_condition, complex_needs, consent.",
        "A criterion's answer (repeatable; every criterion must be answered; participation "
        "is recorded, and decides only with config participation_required). The codes: "
        "koordinator services, long_term, complex, coordination, consent, participation; "
        "barnekoordinator child_age, serious_condition, complex_needs, consent.",
    ),
    "case assess --note": Msg(
        "En merknad til et vilkår (kan gjentas).", "A note on a criterion (repeatable)."
    ),
    "case assess --wants-ip": Msg(
        "Om personen ønsker individuell plan.", "Whether the person wants an individuell plan."
    ),
    "case assess --decided-on": Msg(
        "Datoen for avgjørelsen (standard i dag; barnekoordinator fra 2022-08-01).",
        "Date of the decision (default today; a barnekoordinator from 2022-08-01).",
    ),
    "case assess --notified-on": Msg(
        "Når avgjørelsen kom fram til personen (f.eks. levert i et møte); uten den venter "
        "klagefristen på case notify.",
        "When the decision reached the person (e.g. handed over in a meeting); without it "
        "the appeal deadline waits for case notify.",
    ),
    "case assess --reason": Msg(
        "Begrunnelsen (standard: vilkårene som ikke er oppfylt).",
        "The reasons (default: the criteria that are not met).",
    ),
    # --- case notify -------------------------------------------------------------------------
    "case notify --sent-on": Msg(
        "Dagen brevet gikk fra enheten (med --via).",
        "The day the letter left the unit (with --via).",
    ),
    "case notify --via": Msg(
        "Hvordan det ble sendt (med --sent-on): --via hand og --via digital kommer fram "
        "samme dag; --via post gir en anslått frist (config postal_days) til --on er gitt.",
        "How it was sent (with --sent-on): hand and digital reach the person that day; post "
        "gives an estimated deadline (config postal_days) until --on.",
    ),
    "case notify --on": Msg(
        "Dagen avgjørelsen kom fram til personen: da er klagefristen kjent.",
        "The day the decision reached the person: the appeal deadline is then known.",
    ),
    "case notify --force": Msg(
        "Også når en klage som alt er registrert, blir for sen og over ett år gammel "
        "(fvl § 31); krever --reason.",
        "Also when an appeal already filed becomes late and over a year old (fvl § 31); "
        "needs --reason.",
    ),
    "case notify --reason": Msg("Hvorfor --force.", "Why --force."),
    # --- case letter -------------------------------------------------------------------------
    "case letter --kind": Msg(
        "Hvilket brev: avgjørelsen (standard), det foreløpige svaret, kvitteringen for en "
        "klage, eller oversendelsen av klagen til statsforvalteren (med kopi til familien).",
        "Which letter: the decision (default), the foreløpig svar, the receipt of an appeal, "
        "or its forwarding to statsforvalteren (with a copy to the family).",
    ),
    "case letter --format": Msg(
        "PDF/A-2b eller Markdown (standard: pdf når --output slutter på .pdf, ellers md).",
        "PDF/A-2b or Markdown (default: pdf when --output ends in .pdf, else md).",
    ),
    "case letter --output": Msg(
        "Skriv brevet til FIL (standard stdout).", "Write the letter to FILE (default stdout)."
    ),
    "case letter --force": Msg(
        "Skriv over en --output-fil som finnes.", "Replace an existing --output file."
    ),
    "case letter --sent": Msg(
        "Registrer også at vedtaksbrevet sendes i dag (som case notify --sent-on i dag); "
        "krever --via.",
        "Also record that the decision letter is sent today (as case notify --sent-on "
        "today); needs --via.",
    ),
    "case letter --expect": Msg(
        "Med --kind preliminary-reply: dagen saken kan ventes avgjort (standard: den siste "
        "registrerte, kecli case reply).",
        "With --kind preliminary-reply: the day a decision can be expected (default: the one "
        "last recorded, kecli case reply).",
    ),
    "case letter --via": Msg(
        "Hvordan brevet sendes, med --sent: --via post, --via digital (digital postkasse) "
        "eller --via hand (levert for hånd).",
        "How it is sent, with --sent: --via post, --via digital (digital mailbox) or "
        "--via hand (by hand).",
    ),
    "case letter --lang": Msg(
        "Brevets språk (standard nb; KECLI_LANG=en gir engelsk).",
        "Language of the letter (default nb; KECLI_LANG=en gives English).",
    ),
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
