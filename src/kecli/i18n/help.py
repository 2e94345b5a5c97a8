"""Every ``--help`` text, in bokmål and English: the commands and groups (with an example
each), their options and arguments, the placeholders of the usage lines, and the words
the help screens are built of.

The command tree is declared in ``kecli.cli`` without words; when it is built, the
language of the run picks them from here (``kecli.cli.help``). A command's key is its path
after ``kecli`` (``"case new"``; the root is ``""``); an option's key is the command's
path and its long flag (``"case new --name"``), an argument's the path and its
placeholder (``"config set KEY"``); a bare flag or placeholder (``"--json"``, ``"CASE"``)
is the text every command shares unless it has its own. Imported by ``kecli --help``:
plain strings only.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from kecli.errors import Msg


class Help(NamedTuple):
    """A command's help: its text (the first sentence is the line ``--help`` of its group
    shows) and the command lines of its example, the same in both languages."""

    nb: str
    en: str
    examples: tuple[str, ...] = ()


# The words of a help screen (click's and Typer's, in bokmål when the run is).
USAGE: Final = Msg("Bruk:", "Usage:")
SECTIONS: Final = {
    "Options": Msg("Valg", "Options"),
    "Arguments": Msg("Argumenter", "Arguments"),
    "Commands": Msg("Kommandoer", "Commands"),
}
EXAMPLE: Final = Msg("Eksempel:", "Example:")
EXAMPLES: Final = Msg("Eksempler:", "Examples:")
HELP_OPTION: Final = Msg("Vis denne hjelpen og avslutt.", "Show this message and exit.")
#: The notes in square brackets after an option's text.
DEFAULT: Final = Msg("standard: {value}", "default: {value}")
REQUIRED: Final = Msg("påkrevd", "required")
ENV_VAR: Final = Msg("miljøvariabel: {value}", "env var: {value}")
#: The type Typer shows after an argument's placeholder.
TYPES: Final = {"<str>": Msg("<tekst>", "<str>"), "<int>": Msg("<heltall>", "<int>")}

#: A bare ``kecli``: the help, then where to begin.
# TODO(issue 17): point to `kecli today` once the command exists.
START_HINT: Final = Msg(
    "Tips: begynn med kecli case list (sakene) eller kecli case new (en ny henvendelse).",
    "Hint: start with kecli case list (the cases) or kecli case new (a new inquiry).",
)

#: The placeholders of usage lines and options, by what the command declares.
METAVARS: Final = {
    "[OPTIONS]": Msg("[VALG]", "[OPTIONS]"),
    "COMMAND [ARGS]...": Msg("KOMMANDO [ARGUMENTER]...", "COMMAND [ARGS]..."),
    "TEXT": Msg("TEKST", "TEXT"),
    "DATE": Msg("DATO", "DATE"),
    "NAME": Msg("NAVN", "NAME"),
    "CASE": Msg("SAK", "CASE"),
    "COORDINATOR": Msg("KOORDINATOR", "COORDINATOR"),
    "PATH": Msg("STI", "PATH"),
    "PATH|URL": Msg("STI|URL", "PATH|URL"),
    "FILE": Msg("FIL", "FILE"),
    "DAYS": Msg("DAGER", "DAYS"),
    "KEY": Msg("NØKKEL", "KEY"),
    "VALUE": Msg("VERDI", "VALUE"),
    "CODE=yes|no": Msg("KODE=ja|nei", "CODE=yes|no"),
    "CODE=TEXT": Msg("KODE=TEKST", "CODE=TEXT"),
    "NAME=TEXT": Msg("NAVN=TEKST", "NAME=TEXT"),
}

COMMANDS: Final[dict[str, Help]] = {
    "": Help(
        "kecli — saker for koordinerende enhet: koordinator, barnekoordinator og individuell plan.",
        "kecli — cases of a koordinerende enhet: koordinator, barnekoordinator and "
        "individuell plan.",
        ("kecli case new --name 'Kari Nordmann' --kind koordinator",),
    ),
    # --- case ------------------------------------------------------------------------------
    "case": Help(
        "Saker: registrer, finn, vis, skriv notater, vurder, avslutt.",
        "Cases: register, find, show, journal, assess, close.",
    ),
    "case new": Help(
        "Registrer en henvendelse.",
        "Register an inquiry (henvendelse).",
        (
            "kecli case new --name 'Kari Nordmann' --kind koordinator --received 2026-11-20",
            "kecli case new --from 2026-7",
        ),
    ),
    "case list": Help(
        "Vis saker.",
        "List cases.",
        ("kecli case list --status received --kind barnekoordinator",),
    ),
    "case find": Help(
        "Finn en sak: på navn (også en foresatts; store og små bokstaver, aksenter og aa/å "
        "spiller ingen rolle), fødselsnummer eller de seks første sifrene, fødselsdato eller "
        "saksnummer; beste treff først. Et søk på fødselsnummer logges.",
        "Find a case: by name (a guardian's too; case, accents and aa/å aside), "
        "fødselsnummer or its first six digits, birth date or case id; best match first. A "
        "search by fødselsnummer is logged.",
        ("kecli case find 'åse ødeg'", "kecli case find 010180", "kecli case find 01.01.1980"),
    ),
    "case show": Help("Alt om én sak.", "Everything about one case.", ("kecli case show 2026-7",)),
    "case note": Help(
        "Saksjournalen: skriv og les notater.", "The case journal: add and list notes."
    ),
    "case note add": Help(
        "Skriv et notat i saksjournalen (journalnotat; eksporteres aldri).",
        "Write a note in the case's journal (journalnotat; never exported).",
        ("kecli case note add 2026-7 'Ringte mor, avtalte møte' --kind telefon",),
    ),
    "case note list": Help(
        "Saksjournalen, nyeste først.",
        "The case's journal, newest first.",
        ("kecli case note list 2026-7",),
    ),
    "case void": Help(
        "Annuller en sak registrert ved en feil (uten avgjørelse): den forsvinner fra lister, "
        "rapporter, statistikk og eksport; revisjonsloggen beholder den.",
        "Void a case registered by mistake (no decision): it leaves lists, reports, "
        "statistics and exports; the audit log keeps it.",
        ("kecli case void 2026-7 --reason 'Registrert to ganger, se 2026-8'",),
    ),
    "case unvoid": Help(
        "Gjør en annullering om: saken er tilbake i lister og rapporter.",
        "Undo a voiding: the case is back in lists and reports.",
        ("kecli case unvoid 2026-7 --reason 'Annullert ved en feil'",),
    ),
    "case handover": Help(
        "Gi saken til en annen saksbehandler; historikken viser hvem som hadde den.",
        "Give the case to another caseworker; the history keeps who had it.",
        ("kecli case handover 2026-7 --to kari",),
    ),
    "case reply": Help(
        "Registrer et foreløpig svar (fvl § 11 a): alarmen for foreløpig svar lukkes, og "
        "datoen svaret lover en avgjørelse innen blir en frist.",
        "Record a foreløpig svar (fvl § 11 a): the preliminary reply alarm closes, and the "
        "date the reply promises a decision by becomes a deadline.",
        ("kecli case reply 2026-7 --on 2026-11-20 --expect 2026-12-20",),
    ),
    "case edit": Help(
        "Rett eller fullfør en sak: navn, fødselsnummer, fødsel, mottatt dato, kanal, "
        "foresatte, kontaktinformasjon, merknad.\n\n"
        "Hver endring logges med gammel og ny verdi. En endring som strider mot en "
        "registrert avgjørelse krever --force --reason. Uten valg spør kecli i en terminal.",
        "Correct or complete a case: name, fødselsnummer, birth, received date, channel, "
        "guardians, contact details, note.\n\n"
        "Each change is logged with its old and new value. A change that contradicts a "
        "recorded decision needs --force --reason. Without options, kecli asks at a terminal.",
        (
            "kecli case edit 2026-7 --birth-date 2026-11-02",
            "kecli case edit 2026-7 --address 'Storgata 1' --postcode 0150 --city Oslo",
        ),
    ),
    "case close": Help(
        "Avslutt en sak, med begrunnelse.",
        "Close a case, with a reason.",
        ("kecli case close 2026-7 --reason 'Flyttet fra kommunen'",),
    ),
    "case reopen": Help(
        "Gjenåpne en avsluttet sak, med begrunnelse.",
        "Reopen a closed case, with a reason.",
        ("kecli case reopen 2026-7 --reason 'Avsluttet ved en feil'",),
    ),
    "case assess": Help(
        "Vurder en sak etter lovens vilkår og avgjør den.\n\n"
        "I en terminal spør kecli om hvert vilkår som ikke er besvart med --answer.",
        "Assess a case against the law's criteria and decide.\n\n"
        "At a terminal kecli asks for each criterion --answer did not answer.",
        (
            "kecli case assess 2026-7",
            "kecli case assess 2026-7 --answer services=ja --answer long_term=ja "
            "--answer complex=nei --answer coordination=ja --answer consent=ja "
            "--answer participation=ja --wants-ip",
        ),
    ),
    "case notify": Help(
        "Registrer når avgjørelsen ble sendt og kom fram; klagefristen følger av det.",
        "Record when the decision was sent and reached the person; the appeal deadline follows.",
        (
            "kecli case notify 2026-7 --sent-on 2026-11-20 --via post",
            "kecli case notify 2026-7 --on 2026-11-23",
        ),
    ),
    "case letter": Help(
        "Et brev til familien som PDF/A eller Markdown: avgjørelsen, et foreløpig svar, "
        "kvittering for en klage eller oversendelsen av den.\n\n"
        "Brevet lages og logges før det skrives; med --sent --via registreres også at "
        "avgjørelsen er sendt i dag.",
        "A letter to the family as PDF/A or Markdown: the decision, a foreløpig svar, the "
        "receipt of an appeal or its forwarding.\n\n"
        "The letter is made and logged before it is written; with --sent --via the sending "
        "of the decision is recorded too.",
        (
            "kecli case letter 2026-7 --output vedtak-2026-7.pdf --sent --via post",
            "kecli case letter 2026-7 --kind appeal-receipt --format md > kvittering.md",
            "kecli case letter 2026-7 --kind preliminary-reply --expect 2027-02-15 -o svar.pdf",
        ),
    ),
    # --- coordinator ---------------------------------------------------------------------
    "coordinator": Help(
        "Koordinatorer: registrer, oppnevn, erstatt.",
        "Coordinators: register, assign, replace.",
    ),
    "coordinator add": Help(
        "Registrer en koordinator.",
        "Register a coordinator.",
        ("kecli coordinator add --name 'Anne Berg' --unit Helsestasjonen --max-cases 12",),
    ),
    "coordinator list": Help(
        "Koordinatorene og hvor mange aktive saker de har.",
        "Coordinators with their active caseload.",
        ("kecli coordinator list --all",),
    ),
    "coordinator show": Help(
        "Én koordinator og de aktive sakene.",
        "One coordinator and their active cases.",
        ("kecli coordinator show 3",),
    ),
    "coordinator deactivate": Help(
        "En koordinator som slutter: oppnevningene avsluttes.",
        "A coordinator who leaves: end their appointments.",
        ("kecli coordinator deactivate 3 --on 2026-12-31 --reason 'Sluttet'",),
    ),
    "coordinator assign": Help(
        "Oppnevn en koordinator i en innvilget sak (erstatter den som er oppnevnt).",
        "Appoint a coordinator to a granted case (replaces the current one).",
        ("kecli coordinator assign 2026-7 3",),
    ),
    "coordinator unassign": Help(
        "Avslutt sakens koordinatoroppnevning.",
        "End the case's coordinator appointment.",
        ("kecli coordinator unassign 2026-7 --reason 'Familien ønsker en annen'",),
    ),
    # --- plan --------------------------------------------------------------------------------
    "plan": Help(
        "Individuell plan: rediger, vis, historikk.",
        "Individuell plan: edit, show, history.",
    ),
    "plan edit": Help(
        "Lag eller endre den individuelle planen.\n\n"
        "I en terminal uten --from-file eller --editor: en meny for mål, tiltak, deltakere, "
        "møter og samtykke.",
        "Create or change the individuell plan.\n\n"
        "At a terminal without --from-file or --editor: a menu for goals, measures, "
        "participants, meetings and consent.",
        ("kecli plan edit 2026-7", "kecli plan edit 2026-7 --from-file plan.json"),
    ),
    "plan show": Help(
        "Vis den individuelle planen; for personen som Markdown eller PDF, eller datoene "
        "for en kalender.",
        "Show the individuell plan; for the person as Markdown or PDF, or its dates for a "
        "calendar.",
        (
            "kecli plan show 2026-7",
            "kecli plan show 2026-7 --output plan-2026-7.pdf",
            "kecli plan show 2026-7 --format ics --output plan-2026-7.ics",
        ),
    ),
    "plan history": Help(
        "Alle lagrede versjoner av planen: hvem og når.",
        "Every saved version of the plan: who and when.",
        ("kecli plan history 2026-7",),
    ),
    # --- appeal ------------------------------------------------------------------------------
    "appeal": Help(
        "Klager til statsforvalteren, fra registrering til svar.",
        "Appeals (klage) to statsforvalteren.",
    ),
    "appeal file": Help(
        "Registrer en skriftlig klage på den gjeldende avgjørelsen.\n\n"
        "I en terminal uten --filed-on spør kecli om det valgene ikke ga.",
        "Register a written appeal against the current decision.\n\n"
        "At a terminal without --filed-on, kecli asks for what the options did not give.",
        ("kecli appeal file 2026-7 --filed-on 2026-12-01 --grounds 'Behovet er langvarig'",),
    ),
    "appeal decide": Help(
        "Enhetens nye vurdering: medhold innvilger; ellers venter klagen på å bli oversendt.\n\n"
        "medhold innvilger også etter oversending (fvl § 35): gi da statsforvalteren "
        "beskjed. avvist (avvist uten å prøve saken) venter også: familien kan ønske at "
        "statsforvalteren ser på det.",
        "The unit's new look: medhold grants; otherwise the appeal waits to be forwarded.\n\n"
        "medhold grants also after forwarding (fvl § 35): then tell statsforvalteren. avvist "
        "(rejected without trying the merits) also waits: the family may want "
        "statsforvalteren to review it.",
        ("kecli appeal decide 2026-7 --outcome ikke-medhold",),
    ),
    "appeal escalate": Help(
        "Send klagen til statsforvalteren.",
        "Forward the appeal to statsforvalteren.",
        ("kecli appeal escalate 2026-7 --on 2026-12-10",),
    ),
    "appeal resolve": Help(
        "Statsforvalterens svar: stadfestet, omgjort, opphevet eller avvist.\n\n"
        "avvist (avvist uten å prøve saken) avslutter klagen, men er ikke endelig: en ny "
        "klage kan komme (fvl § 28). I en terminal uten --outcome spør kecli.",
        "Statsforvalteren's answer: stadfestet, omgjort, opphevet or avvist.\n\n"
        "avvist (rejected without trying the merits) closes the appeal but is not final: a "
        "new appeal may follow (fvl § 28). At a terminal without --outcome, kecli asks.",
        ("kecli appeal resolve 2026-7 --outcome stadfestet --on 2027-02-01",),
    ),
    "appeal withdraw": Help(
        "Familien trekker klagen.\n\n"
        "Resten av klagefristen løper videre: familien kan klage igjen innen fristen.",
        "The family withdraws the appeal.\n\n"
        "The rest of the appeal window stays open: the family may appeal again until the "
        "deadline.",
        ("kecli appeal withdraw 2026-7 --note 'Ringte og trakk klagen'",),
    ),
    # --- report ------------------------------------------------------------------------------
    "today": Help(
        "Dagen din: forfalte frister, frister innen 7 dager, henvendelser som ikke er "
        "vurdert, ukens planmøter og avgjørelser som ikke er sendt — for sakene du har "
        "(den som handler: --user før kommandoen).",
        "Your day: overdue deadlines, those due within 7 days, inquiries not yet assessed, "
        "this week's plan meetings and decisions not yet sent — for the cases you handle (the "
        "acting user: --user before the command).",
        ("kecli today", "kecli today --all --json"),
    ),
    "report": Help("Rapporter: frister og statistikk.", "Reports: deadlines and statistics."),
    "report deadlines": Help(
        "Frister som snart forfaller eller har forfalt, de forfalte først.",
        "Deadlines due soon or overdue, overdue first.",
        (
            "kecli report deadlines --within 30",
            "kecli report deadlines --format csv --fail-on-overdue",
            "kecli report deadlines --within 60 --format ics --output frister.ics",
        ),
    ),
    "report stats": Help(
        "Antall, tid til avgjørelse og saksmengde, som søylediagram.",
        "Counts, time to decision and caseloads, as bar charts.",
        ("kecli report stats --from 2026-01-01 --to 2026-12-31",),
    ),
    # --- export, import ----------------------------------------------------------------------
    "export": Help(
        "Eksporter sakslister (CSV, JSON, JSONL, XLSX).",
        "Export case lists (CSV, JSON, JSONL, XLSX).",
    ),
    "export cases": Help(
        "Eksporter sakene, én flat rad per sak; fødselsnummeret maskert uten --include-fnr.",
        "Export cases, one flat row each; fnr masked unless --include-fnr.",
        ("kecli export cases --output saker.xlsx --status decided",),
    ),
    "import": Help("Importer saker fra et eldre system.", "Import cases from an older system."),
    "import cases": Help(
        "Importer saker (kolonnene fra export cases); alle rader sjekkes først.",
        "Import cases (the columns of export cases); all rows checked first.",
        ("kecli import cases saker.csv --dry-run",),
    ),
    # --- audit, config, db -------------------------------------------------------------------
    "audit": Help("Revisjonsloggen: vis og kontroller.", "The audit log: list and verify."),
    "audit list": Help(
        "Oppføringene i revisjonsloggen, eldste først.",
        "Entries of the audit log, oldest first.",
        ("kecli audit list --case 2026-7", "kecli audit list --action export --limit 20"),
    ),
    "audit verify": Help(
        "Kontroller hash-kjeden; kode 1 og den første endrede eller fjernede oppføringen "
        "hvis den er brutt.",
        "Check the hash chain; exit 1 naming the first changed or removed entry.",
        ("kecli audit verify",),
    ),
    "config": Help("Innstillinger, lagret i databasen.", "Settings, stored in the database."),
    "config show": Help(
        "Vis alle innstillingene og verdiene deres.",
        "Show every setting and its value.",
        ("kecli config show",),
    ),
    "config set": Help(
        "Endre en innstilling.",
        "Change a setting.",
        ("kecli config set municipality Asker", "kecli config set participation_required true"),
    ),
    "db": Help(
        "Databasen: skjemaoppgraderinger og sikkerhetskopier.",
        "The database: schema upgrades and backups.",
    ),
    "db upgrade": Help(
        "Kjør skjemaoppgraderinger som venter.",
        "Apply pending schema migrations.",
        ("kecli db upgrade",),
    ),
    "db backup": Help(
        "En sammenhengende kopi av en SQLite-database i bruk.",
        "An online, consistent copy of a live SQLite database.",
        ("kecli db backup kecli-2026-11-28.db",),
    ),
}

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
