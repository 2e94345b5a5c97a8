"""What kecli says on the screen besides its tables: the one-line result of a command, the
sentences of a view, notes and warnings that are not errors. Templates take named
``{placeholders}`` (``kecli.i18n.tf``); the words of a code are ``labels``'."""

from __future__ import annotations

from typing import Final

from kecli.errors import Msg

# --- shared ------------------------------------------------------------------------------

NEXT: Final = Msg("Neste: {command}", "Next: {command}")
WARNING: Final = Msg("Advarsel: {text}", "Warning: {text}")
#: A valid fødselsnummer or D-nummer typed into free text: saved, shown masked (a WARNING).
FNR_IN_TEXT: Final = Msg(
    "fødselsnummer funnet i {field} – det lagres, men vises maskert (DDMMÅÅ*****).",
    "fødselsnummer found in {field} – it is saved, but shown masked (DDMMYY*****).",
)
#: The free-text fields FNR_IN_TEXT names.
TEXT_FIELD: Final = {
    "name": Msg("navn", "name"),
    "guardians": Msg("foresatte", "guardians"),
    "contact": Msg("kontaktopplysninger", "contact details"),
    "note": Msg("merknad", "note"),
    "reason": Msg("begrunnelse", "reason"),
    "grounds": Msg("klagegrunner", "grounds"),
    "journal": Msg("journalnotat", "journal note"),
}
#: Stopped by Ctrl-C or a signal: what the run had committed, or that it had not.
INTERRUPTED_NOTHING_SAVED: Final = Msg(
    "Avbrutt — ingenting ble lagret.", "Interrupted — nothing was saved."
)
INTERRUPTED_AFTER_SAVING: Final = Msg(
    "Avbrutt etter at dette var lagret: {what} (se kecli audit list).",
    "Interrupted after saving: {what} (see kecli audit list).",
)
#: An unexpected error once the command had saved: what was saved stands.
BUG_AFTER_SAVING: Final = Msg(
    "Feil: uventet intern feil ({kind}) etter at dette var lagret: {what} (se kecli audit list).",
    "Error: unexpected internal error ({kind}) after saving: {what} (see kecli audit list).",
)
SAVED_IN_CASE: Final = Msg("{what} i {case}", "{what} in {case}")
SAVED_CASES: Final = Msg("{what} ({count} saker)", "{what} ({count} cases)")
SAVED_ONE_CASE: Final = Msg("{what} (1 sak)", "{what} (1 case)")
AND_MORE: Final = Msg(" og {count} til", " and {count} more")

# --- cases -------------------------------------------------------------------------------

NO_CASES: Final = Msg("Ingen saker.", "No cases.")
#: ``case new``, ``close``, ``reopen``: what was done, to which case.
CASE_SUMMARY: Final = Msg(
    "{verb} {id}: {name} ({kind}, {status})", "{verb} {id}: {name} ({kind}, {status})"
)
REGISTERED: Final = Msg("Registrert", "Registered")
CLOSED: Final = Msg("Avsluttet", "Closed")
REOPENED: Final = Msg("Gjenåpnet", "Reopened")
RECEIVED_VIA: Final = Msg("{on} ({channel})", "{on} ({channel})")
COORDINATOR_SINCE: Final = Msg("{name} (#{id}, fra {since})", "{name} (#{id}, since {since})")
PLAN_SUMMARY: Final = Msg(
    "v{version}: {goals} mål, {measures} tiltak; neste evaluering {next}",
    "v{version}: {goals} goals, {measures} measures; next evaluation {next}",
)
#: An appeal's heading in ``case show``: its title (in bold), then the rest of the line.
APPEAL_TITLE: Final = Msg("Klage #{id}", "Appeal #{id}")
APPEAL_HEADING: Final = Msg(
    ": innkommet {filed_on} ({timely}) — {status}", ": filed {filed_on} ({timely}) — {status}"
)

VOIDED: Final = Msg("Annullert", "Voided")
UNVOIDED: Final = Msg("Gjenopprettet", "Restored")
#: ``case reply``, ``case show``: the foreløpig svar and its promise.
REPLIED: Final = Msg(
    "Foreløpig svar i {id} sendt {on}: avgjørelse lovet innen {expect}.",
    "Preliminary reply in {id} sent {on}: decision promised by {expect}.",
)
REPLY_ROW: Final = Msg(
    "sendt {on}, avgjørelse lovet innen {expect}", "sent {on}, decision promised by {expect}"
)
#: ``case handover``.
HANDED_OVER: Final = Msg(
    "{id} ({name}): saksbehandler nå {handler}.", "{id} ({name}): now handled by {handler}."
)
#: ``case find``.
NO_CASES_FOUND: Final = Msg("Ingen saker funnet for «{text}».", "No cases found for '{text}'.")
#: The case journal: ``case note add``, ``case note list``, ``case show``.
NOTE_ADDED: Final = Msg(
    "Notat #{id} i {case} ({kind}, {on}).", "Note #{id} in {case} ({kind}, {on})."
)
NO_NOTES: Final = Msg("Ingen notater.", "No notes.")
OLDER_NOTES: Final = Msg(
    "… og {count} eldre: kecli case note list {case}",
    "… and {count} older: kecli case note list {case}",
)

#: ``case edit``: the case, then a line per change.
EDITED: Final = Msg("Endret {id} ({name}):", "Changed {id} ({name}):")
CHANGES_TO: Final = Msg("Endringer i {id}:", "Changes to {id}:")
CHANGE: Final = Msg("{field}: {old} → {new}", "{field}: {old} → {new}")
CHANGE_OF_GUARDIAN: Final = Msg(
    "{field} ({guardian}): {old} → {new}", "{field} ({guardian}): {old} → {new}"
)
EDIT_QUIT: Final = Msg("Avsluttet; ingenting ble lagret.", "Quit; nothing was saved.")
#: ``case show``: the phone number beside the address.
PHONE: Final = Msg("tlf. {phone}", "phone {phone}")
#: ``case show``: the current decision's table, and what each appeal said and came to.
CURRENT_DECISION_OF: Final = Msg(
    "Gjeldende avgjørelse: {outcome} {decided_on}", "Current decision: {outcome} {decided_on}"
)
APPEAL_GROUNDS: Final = Msg("Klagen sier: {grounds}", "Grounds: {grounds}")
APPEAL_UNSIGNED: Final = Msg("Ikke underskrevet (pbrl § 7-3)", "Not signed (pbrl § 7-3)")
APPEAL_BY_UNIT: Final = Msg("Enhetens vurdering: {outcome} {on}", "The unit: {outcome} {on}")
APPEAL_FORWARDED_ON: Final = Msg(
    "Sendt statsforvalteren: {on}", "Forwarded to statsforvalteren: {on}"
)
APPEAL_BY_STATSFORVALTEREN: Final = Msg(
    "Statsforvalteren: {outcome} {on}", "Statsforvalteren: {outcome} {on}"
)
APPEAL_FORCED: Final = Msg(
    "Registrert etter ett år fordi: {reason}", "Registered after a year because: {reason}"
)

# --- decisions ---------------------------------------------------------------------------

ASSESSMENT_OF: Final = Msg("Vurdering av {id}", "Assessment of {id}")
DEADLINE_ESTIMATED_NOTE: Final = Msg(
    " — regnet fra postleggingen; registrer dagen brevet kom fram med kecli case notify --on",
    " — counted from the posting; record the day it arrived with kecli case notify --on",
)

# --- appeals -----------------------------------------------------------------------------

APPEAL_NOW: Final = Msg("Klage #{id} i {case}: {status}", "Appeal #{id} in {case}: {status}")
CURRENT_DECISION: Final = Msg("Gjeldende avgjørelse: {outcome}", "Current decision: {outcome}")
TELL_STATSFORVALTEREN: Final = Msg(
    "Husk: klagen er oversendt; gi statsforvalteren beskjed om at enheten har gitt medhold "
    "(fvl § 35 første ledd a).",
    "Remember: the appeal was forwarded; tell statsforvalteren that the unit has granted it "
    "(fvl § 35 first paragraph a).",
)
ASSESS_AGAIN: Final = Msg(
    "Avgjørelsen er opphevet; saken skal vurderes på nytt.",
    "The decision is set aside; the case is to be assessed again.",
)
APPEAL_WITHDRAWN: Final = Msg(
    "Klagen er trukket; klagefristen løper videre, og familien kan klage på nytt innen fristen.",
    "The appeal is withdrawn; the appeal window stays open, and the family may appeal again "
    "until the deadline.",
)
APPEAL_REJECTED: Final = Msg(
    "Statsforvalteren har avvist klagen; det er ikke endelig, og en ny klage kan følge "
    "(fvl § 28 tredje ledd).",
    "Statsforvalteren rejected the appeal; that is not final, and a new appeal may follow "
    "(fvl § 28 third paragraph).",
)

# --- coordinators ------------------------------------------------------------------------

NO_COORDINATORS: Final = Msg("Ingen koordinatorer.", "No coordinators.")
ACTIVE_CASES: Final = Msg("Aktive saker: {count}", "Active cases: {count}")
COORDINATOR_ADDED: Final = Msg(
    "Registrert koordinator {id}: {name} ({kind})", "Registered coordinator {id}: {name} ({kind})"
)
COORDINATOR_DEACTIVATED: Final = Msg("Deaktivert: {name}.", "Deactivated: {name}.")
NEEDS_COORDINATOR: Final = Msg(
    "  {case} trenger ny koordinator", "  {case} needs a new coordinator"
)
COORDINATOR_ASSIGNED: Final = Msg(
    "{name} er koordinator i {case} fra {since}.",
    "{name} is the coordinator of {case} from {since}.",
)
COORDINATOR_UNASSIGNED: Final = Msg(
    "Saken {case} har ingen koordinator nå.", "Case {case} has no coordinator now."
)
#: A coordinator as the assign menu offers them.
COORDINATOR_CHOICE: Final = Msg(
    "{id}: {name} ({kind}{independent}) — {load} saker",
    "{id}: {name} ({kind}{independent}) — {load} cases",
)

# --- reports -----------------------------------------------------------------------------

NO_DEADLINES: Final = Msg("Ingen frister til og med {last}.", "No deadlines up to {last}.")
DEADLINES_TITLE: Final = Msg(
    "Frister per {as_of}, til og med {last}", "Deadlines as of {as_of}, up to {last}"
)
DEADLINES_TOTAL: Final = Msg(
    "{total} frister, {overdue} forfalt.", "{total} deadlines, {overdue} overdue."
)
ESTIMATED_DUE: Final = Msg("{due} (anslått)", "{due} (estimated)")
ALL_TIME: Final = Msg("hele perioden", "all time")
STATS_TITLE: Final = Msg(
    "Statistikk, saker mottatt {period}: {cases} saker",
    "Statistics, cases received {period}: {cases} cases",
)
CASES_BY_KIND: Final = Msg("Saker etter type", "Cases by kind")
CASES_BY_STATUS: Final = Msg("Saker etter status", "Cases by status")
CASES_BY_MONTH: Final = Msg("Saker etter måned", "Cases by month")
CURRENT_DECISIONS: Final = Msg("Gjeldende avgjørelser", "Current decisions")
APPEALS_BY_OUTCOME: Final = Msg("Klager etter utfall", "Appeals by outcome")
TIME_TO_DECISION: Final = Msg(
    "Tid fra henvendelse til første avgjørelse", "Time from inquiry to first decision"
)
TIMING: Final = Msg(
    "median {median} dager, 90-persentil {p90} dager ({count} saker)",
    "median {median} days, 90th percentile {p90} days ({count} cases)",
)
NO_DECIDED_CASES: Final = Msg("ingen avgjorte saker", "no decided cases")
CASELOAD: Final = Msg(
    "Saksmengde per koordinator (aktive saker)", "Caseload per coordinator (active cases)"
)
NO_COORDINATORS_LOWER: Final = Msg("ingen koordinatorer", "no coordinators")

# --- audit, config, db, import, export -----------------------------------------------------

NO_ENTRIES: Final = Msg("Ingen oppføringer.", "No entries.")
AUDIT_INTACT: Final = Msg(
    "Revisjonsloggen er hel: {entries} oppføringer. Siste hash: {head}",
    "The audit log is intact: {entries} entries. Newest hash: {head}",
)
SCHEMA_CURRENT: Final = Msg(
    "Skjemaet er allerede oppdatert ({after}).", "The schema is already up to date ({after})."
)
GUARDS_RESTORED: Final = Msg(
    "Revisjonsloggens vern manglet eller var endret og er laget på nytt (og loggført): {names}.",
    "The audit log's guards were missing or altered and are restored (and logged): {names}.",
)
SCHEMA_UPGRADED: Final = Msg(
    "Skjemaet er oppgradert: {before} → {after}.", "The schema was upgraded: {before} → {after}."
)
BACKUP_WRITTEN: Final = Msg(
    "Kopi skrevet til {target} ({bytes} byte); kontrollert med PRAGMA quick_check: {check}.",
    "Copy written to {target} ({bytes} bytes); checked with PRAGMA quick_check: {check}.",
)
IMPORT_CHECKED: Final = Msg(
    "Sjekket {cases} rader i {file}: alle kan importeres (--dry-run: ingenting ble skrevet).",
    "Checked {cases} rows in {file}: all can be imported (--dry-run: nothing was written).",
)
IMPORTED: Final = Msg(
    "Importerte {cases} saker fra {file} ({decisions} avgjørelser, {appointments} "
    "koordinatoroppnevninger, {appeals} klager, {plans} planer; {coordinators_created} nye "
    "koordinatorer).",
    "Imported {cases} cases from {file} ({decisions} decisions, {appointments} coordinator "
    "appointments, {appeals} appeals, {plans} plans; {coordinators_created} new "
    "coordinators).",
)
IMPORT_STAGES: Final = {"check": Msg("Sjekker", "Checking"), "write": Msg("Skriver", "Writing")}
BAD_ROW: Final = Msg("linje {line}: {message}", "line {line}: {message}")
MORE_BAD_ROWS: Final = Msg("… og {rest} feil rader til", "… and {rest} more bad rows")
NO_ROWS: Final = Msg("{file} har ingen rader.", "{file} has no rows.")
DEADLINES_CORRECTED: Final = Msg(
    "{count} {rows} hadde en appeal_deadline som ikke er lovens (første på linje {first}); "
    "lovens frist fra notified_on er lagret.",
    "{count} {rows} gave an appeal_deadline that is not the law's (first on line {first}); "
    "the law's, counted from notified_on, is stored.",
)
CONTROL_CHARACTERS_LEFT_OUT: Final = Msg(
    "{cells} celler hadde kontrolltegn som XLSX ikke kan lagre; de ble utelatt (bruk csv "
    "eller jsonl for å beholde dem).",
    "{cells} cells held control characters XLSX cannot store; they were left out (use csv "
    "or jsonl to keep them).",
)
EXPORTED: Final = Msg(
    "Eksporterte {rows} {cases} til {output}.", "Exported {rows} {cases} to {output}."
)

# --- calendars (iCalendar files) ------------------------------------------------------------

CALENDAR_DEADLINES: Final = Msg("kecli: frister", "kecli: deadlines")
PLAN_MEETING: Final = Msg("Planmøte {case}", "Plan meeting {case}")

# --- letters and plans -----------------------------------------------------------------------

PLACEHOLDER_SHOWN: Final = Msg(
    "{key} er ikke satt; brevet viser {shown}", "{key} is not set; the letter shows {shown}"
)
LETTER_WRITTEN: Final = Msg(
    "Brevet er skrevet til {output}.", "The letter was written to {output}."
)
#: ``case letter --sent --via``: the sending recorded (``via`` as ``labels.SEND_VIA`` names it).
RECORDED_SENT: Final = Msg("Registrert sendt i dag ({via}).", "Recorded as sent today ({via}).")
#: ``config show``: the settings a letter still shows a placeholder for.
#: ``config set``: the key and its new value.
CONFIG_CHANGED: Final = Msg("{key} = {value}", "{key} = {value}")
LETTERS_LACK: Final = Msg(
    "Brevene mangler ennå: {keys} (kecli config set NØKKEL VERDI).",
    "Letters still lack: {keys} (kecli config set KEY VALUE).",
)
PLAN_WRITTEN: Final = Msg("Planen er skrevet til {output}.", "The plan was written to {output}.")
PLAN_SAVED: Final = Msg(
    "{verb} planen i {case}, versjon {version}: {counts}; neste evaluering {next}.",
    "{verb} the plan of {case}, version {version}: {counts}; next evaluation {next}.",
)
PLAN_CREATED: Final = Msg("Opprettet", "Created")
PLAN_SAVED_VERB: Final = Msg("Lagret", "Saved")
DRAFT: Final = Msg(
    "Utkast: planen er ikke i bruk før personen har samtykket.",
    "Draft: the plan is not in use until the person has consented.",
)
NEWEST_IS: Final = Msg(" — nyeste er {version}", " — the newest is {version}")
PLAN_QUIT: Final = Msg("Avsluttet; ingenting ble lagret.", "Quit; nothing was saved.")
NO_CHANGES: Final = Msg("Ingen endringer; ingenting ble lagret.", "No changes; nothing was saved.")
NO_CHANGES_VERSION: Final = Msg(
    "Ingen endringer; planen er fortsatt versjon {version}.",
    "No changes; the plan stays at version {version}.",
)


# --- kecli today -------------------------------------------------------------------------

TODAY_TITLE: Final = Msg("{date} — {who}", "{date} — {who}")
#: The day in the title: "Tirsdag 8. desember 2026", "Tuesday 8 December 2026".
TODAY_DATE: Final = Msg("{weekday} {date}", "{weekday} {date}")
TODAY_UNIT: Final = Msg("hele enheten", "the whole unit")
TODAY_NOTHING: Final = Msg("Ingenting venter i dag.", "Nothing is waiting today.")
#: The counting line: a count and its words, joined by " · ".
TODAY_COUNTS: Final = {
    "overdue": Msg("{n} forfalt", "{n} overdue"),
    "due_soon": Msg("{n} innen 7 dager", "{n} due in 7 days"),
    "unassessed": Msg("{n} ikke vurdert", "{n} not assessed"),
    "meeting": Msg("{n} planmøte", "{n} plan meeting"),
    "meetings": Msg("{n} planmøter", "{n} plan meetings"),
    "unsent": Msg("{n} ikke sendt", "{n} not sent"),
}
TODAY_OVERDUE: Final = Msg("Forfalt ({n})", "Overdue ({n})")
TODAY_DUE_SOON: Final = Msg("Forfaller innen 7 dager ({n})", "Due within 7 days ({n})")
TODAY_UNASSESSED: Final = Msg("Ikke vurdert ({n})", "Not yet assessed ({n})")
TODAY_MEETINGS: Final = Msg("Planmøter i uke {week} ({n})", "Plan meetings in week {week} ({n})")
TODAY_UNSENT: Final = Msg("Avgjørelser ikke sendt ({n})", "Decisions not sent ({n})")
TODAY_MORE: Final = Msg("… og {n} til: {command}", "… and {n} more: {command}")
DAYS_LATE: Final = Msg("forfalt for {days} siden", "{days} late")
DUE_TODAY: Final = Msg("i dag", "today")
DUE_IN: Final = Msg("{day} (om {days})", "{day} (in {days})")
ESTIMATED: Final = Msg(" (anslått)", " (estimated)")
ONE_DAY: Final = Msg("{n} dag", "{n} day")
DAYS_COUNT: Final = Msg("{n} dager", "{n} days")
WAITING_SINCE: Final = Msg("mottatt {day} ({days})", "received {day} ({days})")
PROMISED: Final = Msg(", lovet {day}", ", promised {day}")
DECIDED_DAYS_AGO: Final = Msg("{outcome} {day} ({days})", "{outcome} {day} ({days})")
WEEKDAYS: Final = (
    Msg("mandag", "Monday"),
    Msg("tirsdag", "Tuesday"),
    Msg("onsdag", "Wednesday"),
    Msg("torsdag", "Thursday"),
    Msg("fredag", "Friday"),
    Msg("lørdag", "Saturday"),
    Msg("søndag", "Sunday"),
)
