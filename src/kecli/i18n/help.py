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
from kecli.i18n.help_options import OPTIONS as OPTIONS  # the options' texts: one long table


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
    "Tips: begynn dagen med kecli today (dine frister og saker), eller kecli case new "
    "(en ny henvendelse).",
    "Hint: start the day with kecli today (your deadlines and cases), or kecli case new "
    "(a new inquiry).",
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
        "Kontroller hash-kjeden; kode 1 og den første endrede, fjernede eller tilføyde "
        "oppføringen hvis den er brutt.\n\n"
        "Skriver den siste hashen: ta vare på den et annet sted, og gi den tilbake med "
        "--expect, så oppdages også en logg som er skrevet om i sin helhet.",
        "Check the hash chain; exit 1 naming the first changed, removed or added entry.\n\n"
        "Prints the newest hash: keep it elsewhere and give it back with --expect, so that a "
        "log rewritten as a whole is caught too.",
        ("kecli audit verify --json", "kecli audit verify --expect 3f2a…(64 tegn)"),
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
