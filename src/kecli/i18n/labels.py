"""What kecli's codes are called on a screen, and the headings of its tables.

The codes themselves (``received``, ``appeal.filed``, ``participation``) are the JSON
contract and the values options take: they never change with the language. A person
reads them through these tables (``kecli.i18n.label(CASE_STATUS, code)``). Legal terms
stay Norwegian in English too (innvilget, avslag, medhold, stadfestet, klage).
"""

from __future__ import annotations

from typing import Final

from kecli.errors import Msg

# --- cases -------------------------------------------------------------------------------

CASE_STATUS: Final = {
    "received": Msg("mottatt", "received"),
    "decided": Msg("avgjort", "decided"),
    "closed": Msg("avsluttet", "closed"),
    "voided": Msg("annullert", "voided"),
}

#: A journal note's kind (``case note add --kind``).
NOTE_KIND: Final = {
    "telefon": Msg("telefon", "phone"),
    "mote": Msg("møte", "meeting"),
    "epost": Msg("e-post", "e-mail"),
    "brev": Msg("brev", "letter"),
    "annet": Msg("annet", "other"),
}

#: How an inquiry came in (``--channel``).
CHANNEL: Final = {
    "skjema": Msg("skjema", "form"),
    "brev": Msg("brev", "letter"),
    "telefon": Msg("telefon", "phone"),
    "epost": Msg("e-post", "e-mail"),
    "oppmote": Msg("oppmøte", "in person"),
    "annet": Msg("annet", "other"),
}

#: A coordinator's kind (``coordinator add --kind``); the case kinds are legal terms.
COORDINATOR_KIND: Final = {
    "koordinator": Msg("koordinator", "koordinator"),
    "barnekoordinator": Msg("barnekoordinator", "barnekoordinator"),
    "begge": Msg("begge", "both"),
}

#: What ``case edit`` changes, as its result and the guided edit name it.
CASE_FIELD: Final = {
    "name": Msg("navn", "name"),
    "fnr": Msg("fødselsnummer", "fødselsnummer"),
    "birth_date": Msg("fødselsdato", "birth date"),
    "expected_birth_date": Msg("termindato", "expected birth date"),
    "received_on": Msg("mottatt", "received"),
    "channel": Msg("kanal", "channel"),
    "guardians": Msg("foresatte", "guardians"),
    "note": Msg("merknad", "note"),
    "address": Msg("adresse", "address"),
    "postcode": Msg("postnummer", "postcode"),
    "city": Msg("poststed", "city"),
    "phone": Msg("telefon", "phone"),
    "email": Msg("e-post", "e-mail"),
}

# --- decisions ---------------------------------------------------------------------------

OUTCOME: Final = {
    "innvilget": Msg("innvilget", "innvilget"),
    "avslag": Msg("avslag", "avslag"),
}

#: How a decision letter was sent (``case notify --via``).
SEND_VIA: Final = {
    "post": Msg("post", "post"),
    "digital": Msg("digital postkasse", "digital mailbox"),
    "hand": Msg("levert for hånd", "by hand"),
}

#: The criteria of the assessment (``--answer CODE=…``), named as a caseworker says them.
CRITERION: Final = {
    "services": Msg("flere tjenester", "services"),
    "long_term": Msg("langvarig behov", "long-term need"),
    "complex": Msg("komplekst behov", "complex need"),
    "coordination": Msg("behov for koordinering", "coordination"),
    "consent": Msg("samtykke", "consent"),
    "participation": Msg("aktiv deltakelse", "participation"),
    "child_age": Msg("barnets alder", "child's age"),
    "serious_condition": Msg("alvorlig tilstand", "serious condition"),
    "complex_needs": Msg("sammensatte behov", "complex needs"),
}

# --- appeals -----------------------------------------------------------------------------

APPEAL_STATUS: Final = {
    "filed": Msg("innkommet", "filed"),
    "awaiting_forwarding": Msg("venter på oversending", "awaiting forwarding"),
    "forwarded": Msg("oversendt statsforvalteren", "forwarded to statsforvalteren"),
    "closed": Msg("avsluttet", "closed"),
}

#: A step of an appeal's history (the ``appeal`` commands).
APPEAL_STEP: Final = {
    "file": Msg("klage registrert", "appeal filed"),
    "decide": Msg("enhetens vurdering", "the unit's review"),
    "escalate": Msg("oversendt statsforvalteren", "forwarded to statsforvalteren"),
    "resolve": Msg("statsforvalterens svar", "statsforvalteren's answer"),
    "withdraw": Msg("trukket", "withdrawn"),
}

#: The unit's and statsforvalteren's outcomes (legal terms: Norwegian in both languages).
APPEAL_OUTCOME: Final = {
    "medhold": Msg("medhold", "medhold"),
    "delvis-medhold": Msg("delvis medhold", "delvis medhold"),
    "ikke-medhold": Msg("ikke medhold", "ikke medhold"),
    "avvist": Msg("avvist", "avvist"),
    "stadfestet": Msg("stadfestet", "stadfestet"),
    "omgjort": Msg("omgjort", "omgjort"),
    "opphevet": Msg("opphevet", "opphevet"),
}

#: How appeals ended, as ``report stats`` counts them.
APPEAL_RESULT: Final = {
    **APPEAL_OUTCOME,
    "open": Msg("under behandling", "open"),
    "withdrawn": Msg("trukket", "withdrawn"),
}

# --- coordinators ------------------------------------------------------------------------

#: Why an appointment ended, as kecli stores it (a reason typed with ``unassign --reason``
#: is shown as typed). "replaced by KIND in CASE" is :data:`REPLACED_BY`.
END_REASON: Final = {
    "replaced": Msg("erstattet", "replaced"),
    "case closed": Msg("saken avsluttet", "case closed"),
    "decision set aside": Msg("avgjørelsen opphevet", "decision set aside"),
    "coordinator deactivated": Msg("koordinatoren deaktivert", "coordinator deactivated"),
    "unassigned": Msg("oppnevningen avsluttet", "unassigned"),
    "avslag": Msg("avslag", "avslag"),
    "no current grant": Msg("ingen gjeldende innvilgelse", "no current grant"),
}
REPLACED_BY: Final = Msg("erstattet av {kind} i {case}", "replaced by {kind} in {case}")

# --- plans -------------------------------------------------------------------------------

GOAL_STATUS: Final = {
    "active": Msg("aktivt", "active"),
    "achieved": Msg("nådd", "achieved"),
    "dropped": Msg("avsluttet", "dropped"),
}

# --- deadlines ---------------------------------------------------------------------------

DEADLINE_TYPE: Final = {
    "preliminary_reply": Msg("Foreløpig svar", "Preliminary reply"),
    "expected_decision": Msg("Lovet avgjørelse", "Promised decision"),
    "decision_unsent": Msg("Sende avgjørelse", "Send decision"),
    "appeal_window": Msg("Klagefrist løper", "Appeal window"),
    "appeal_forwarding": Msg("Oversende klage", "Forward appeal"),
    "plan_evaluation": Msg("Evaluere plan", "Plan evaluation"),
    "turns_18": Msg("Fyller 18 år", "Turns 18"),
}

#: Where a deadline's due date is counted from (the wide table's last column).
DEADLINE_BASIS: Final = {
    "reopened": Msg("opphevet {since}", "set aside {since}"),
    "received": Msg("mottatt {since}", "received {since}"),
    "expected_decision": Msg("foreløpig svar {since}", "preliminary reply {since}"),
    "decision_unsent": Msg("avgjort {since}, ikke sendt", "decided {since}, not sent"),
    "estimated": Msg("avslag postlagt {since}, frist anslått", "refusal posted {since}, estimated"),
    "notified": Msg("avslag meddelt {since}", "refusal notified {since}"),
    "appeal_forwarding": Msg("klage {ref}, fremsatt {since}", "appeal {ref}, filed {since}"),
    "plan_evaluation": Msg("plan versjon {ref}", "plan version {ref}"),
    "turns_18": Msg("innvilget {since}", "granted {since}"),
}

# --- the audit log -----------------------------------------------------------------------

#: What an entry of the audit log (and a case's history) records.
EVENT: Final = {
    "case.created": Msg("sak registrert", "case registered"),
    "case.assessed": Msg("sak vurdert", "case assessed"),
    "case.closed": Msg("sak avsluttet", "case closed"),
    "case.reopened": Msg("sak gjenåpnet", "case reopened"),
    "case.edited": Msg("sak endret", "case edited"),
    "case.linked": Msg("ny sak lenket hit", "a new case linked"),
    "case.replied": Msg("foreløpig svar registrert", "preliminary reply recorded"),
    "case.handed_over": Msg("ny saksbehandler", "handed over"),
    "case.voided": Msg("sak annullert", "case voided"),
    "case.unvoided": Msg("annullering gjort om", "voiding undone"),
    "case.searched": Msg("søk på fødselsnummer", "search by fødselsnummer"),
    "note.added": Msg("journalnotat skrevet", "journal note written"),
    "decision.notified": Msg("utsending registrert", "sending recorded"),
    "letter.written": Msg("vedtaksbrev skrevet", "decision letter written"),
    "fnr.displayed": Msg("fødselsnummer vist", "fødselsnummer shown"),
    "coordinator.added": Msg("koordinator registrert", "coordinator registered"),
    "coordinator.deactivated": Msg("koordinator deaktivert", "coordinator deactivated"),
    "coordinator.assigned": Msg("koordinator oppnevnt", "coordinator assigned"),
    "coordinator.unassigned": Msg("oppnevning avsluttet", "coordinator unassigned"),
    "appeal.filed": Msg("klage registrert", "appeal filed"),
    "appeal.decide": Msg("klage vurdert av enheten", "appeal reviewed by the unit"),
    "appeal.escalate": Msg("klage oversendt statsforvalteren", "appeal forwarded"),
    "appeal.resolve": Msg("statsforvalterens svar registrert", "statsforvalteren's answer"),
    "appeal.withdraw": Msg("klage trukket", "appeal withdrawn"),
    "plan.saved": Msg("individuell plan lagret", "individuell plan saved"),
    "config.set": Msg("innstilling endret", "setting changed"),
    "db.backup": Msg("sikkerhetskopi tatt", "backup made"),
    "db.guards_restored": Msg("loggens vern laget på nytt", "log's guards restored"),
    "export.cases": Msg("saker eksportert", "cases exported"),
    "export.cases.end": Msg("eksport avsluttet", "export ended"),
    "import.cases": Msg("saker importert", "cases imported"),
}

# --- words many views share ----------------------------------------------------------------

NONE_DASH: Final = "—"

#: Table headings and field names.
CASE: Final = Msg("Sak", "Case")
KIND: Final = Msg("Type", "Kind")
STATUS: Final = Msg("Status", "Status")
NAME: Final = Msg("Navn", "Name")
RECEIVED: Final = Msg("Mottatt", "Received")
DECISION: Final = Msg("Avgjørelse", "Decision")
FNR: Final = Msg("Fødselsnummer", "Fødselsnummer")
BIRTH_DATE: Final = Msg("Fødselsdato", "Birth date")
EXPECTED_BIRTH: Final = Msg("Termin", "Expected birth")
GUARDIANS: Final = Msg("Foresatte", "Guardians")
WANTS_IP: Final = Msg("Ønsker IP", "Wants IP")
NOTE: Final = Msg("Merknad", "Note")
CLOSED: Final = Msg("Avsluttet", "Closed")
COORDINATOR: Final = Msg("Koordinator", "Coordinator")
COORDINATORS: Final = Msg("Koordinatorer", "Coordinators")
INDIVIDUELL_PLAN: Final = Msg("Individuell plan", "Individuell plan")
WHEN: Final = Msg("Tid", "When")
WHEN_UTC: Final = Msg("Tid (UTC)", "When (UTC)")
USER: Final = Msg("Bruker", "User")
EVENT_HEADING: Final = Msg("Hendelse", "Event")
DETAILS: Final = Msg("Detaljer", "Details")
HISTORY: Final = Msg("Historikk", "History")
OUTCOME_HEADING: Final = Msg("Utfall", "Outcome")
DECIDED: Final = Msg("Avgjort", "Decided")
SENT: Final = Msg("Sendt", "Sent")
ARRIVED: Final = Msg("Kom fram", "Arrived")
REACHED: Final = Msg("Kom fram", "Reached the person")
APPEAL_DEADLINE: Final = Msg("Klagefrist", "Appeal deadline")
FAILED_CRITERIA: Final = Msg("Ikke oppfylt", "Failed criteria")
NOT_MET: Final = Msg("Ikke oppfylt", "Not met")
DECISIONS: Final = Msg("Avgjørelser", "Decisions")
SINCE: Final = Msg("Fra", "Since")
UNTIL: Final = Msg("Til", "Until")
REASON: Final = Msg("Årsak", "Reason")
ON: Final = Msg("Dato", "On")
STEP: Final = Msg("Steg", "Step")
CRITERION_HEADING: Final = Msg("Kriterium", "Criterion")
ANSWER: Final = Msg("Svar", "Answer")
UNIT: Final = Msg("Enhet", "Unit")
INDEPENDENT: Final = Msg("Uavhengig", "Independent")
CASES: Final = Msg("Saker", "Cases")
TRAINED: Final = Msg("Opplært", "Trained")
MAX_CASES: Final = Msg("Maks saker", "Max cases")
ACTIVE: Final = Msg("Aktiv", "Active")
KEY: Final = Msg("Nøkkel", "Key")
VALUE: Final = Msg("Verdi", "Value")
ABOUT: Final = Msg("Om", "About")
DEADLINE: Final = Msg("Frist", "Deadline")
DUE: Final = Msg("Forfaller", "Due")
DAYS: Final = Msg("Dager", "Days")
PERSON: Final = Msg("Person", "Person")
ASSIGNEE: Final = Msg("Ansvarlig", "Assignee")
BASIS: Final = Msg("Grunnlag", "Basis")
VERSION: Final = Msg("Versjon", "Version")
SAVED: Final = Msg("Lagret", "Saved")
BY: Final = Msg("Av", "By")
GOALS: Final = Msg("Mål", "Goals")
GOAL: Final = Msg("Mål", "Goal")
MEASURES: Final = Msg("Tiltak", "Measures")
MEASURE: Final = Msg("Tiltak", "Measure")
NEXT_EVALUATION: Final = Msg("Neste evaluering", "Next evaluation")
PLAN_PERIOD: Final = Msg("Planperiode", "Plan period")
CONSENT: Final = Msg("Samtykke", "Consent")
RESOURCES: Final = Msg("Ressurser", "Resources")
NEEDS: Final = Msg("Behov", "Needs")
OWN_CONTRIBUTION: Final = Msg("Eget bidrag", "Own contribution")
TARGET_DATE: Final = Msg("Innen", "Target date")
EXTENT: Final = Msg("Omfang", "Extent")
HOW: Final = Msg("Hvordan", "How")
RESPONSIBLE: Final = Msg("Ansvarlig", "Responsible")
PERIOD: Final = Msg("Periode", "Period")
PARTICIPANTS: Final = Msg("Deltakere", "Participants")
ROLE: Final = Msg("Rolle", "Role")
ORGANISATION: Final = Msg("Virksomhet", "Organisation")
CONTACT: Final = Msg("Kontakt", "Contact")
CONTACT_OF: Final = Msg("Kontakt ({name})", "Contact ({name})")
RELATED_CASES: Final = Msg("Relaterte saker", "Related cases")
DECISION_REASON: Final = Msg("Begrunnelse", "Reason")
LEGAL_BASIS: Final = Msg("Hjemmel", "Legal basis")
CHANNEL_HEADING: Final = Msg("Kanal", "Channel")
COOPERATION_PARTNERS: Final = Msg("Samarbeidspartnere", "Cooperation partners")
MEETINGS: Final = Msg("Møter", "Meetings")
DATE: Final = Msg("Dato", "Date")
PURPOSE: Final = Msg("Formål", "Purpose")
MINUTES: Final = Msg("Referat", "Minutes")
EVALUATIONS: Final = Msg("Evalueringer", "Evaluations")
SUMMARY: Final = Msg("Oppsummering", "Summary")
HANDLER: Final = Msg("Saksbehandler", "Handler")
BORN: Final = Msg("Født", "Born")
DUE_BIRTH: Final = Msg("termin {date}", "due {date}")
PRELIMINARY_REPLY: Final = Msg("Foreløpig svar", "Preliminary reply")
VOIDED: Final = Msg("Annullert", "Voided")
NOTE_TEXT: Final = Msg("Notat", "Note")
JOURNAL: Final = Msg("Journal (nyeste først)", "Journal (newest first)")

#: The counted lists of a plan: (list key, singular, plural).
PLAN_LISTS: Final = (
    ("goals", Msg("mål", "goal"), Msg("mål", "goals")),
    ("measures", Msg("tiltak", "measure"), Msg("tiltak", "measures")),
    ("participants", Msg("deltaker", "participant"), Msg("deltakere", "participants")),
    (
        "cooperation_partners",
        Msg("samarbeidspartner", "cooperation partner"),
        Msg("samarbeidspartnere", "cooperation partners"),
    ),
    ("meetings", Msg("møte", "meeting"), Msg("møter", "meetings")),
    ("evaluations", Msg("evaluering", "evaluation"), Msg("evalueringer", "evaluations")),
)

#: Small words of the views.
SINCE_WORD: Final = Msg("fra", "since")
GOALS_WORD: Final = Msg("mål", "goals")
MEASURES_WORD: Final = Msg("tiltak", "measures")
NEXT_EVALUATION_WORD: Final = Msg("neste evaluering", "next evaluation")
SET_ASIDE: Final = Msg("opphevet", "set aside")
CURRENT: Final = Msg("gjeldende", "current")
TIMELY: Final = Msg("i tide", "timely")
LATE: Final = Msg("for sent", "late")
DEADLINE_WORD: Final = Msg("frist", "deadline")
WITHDRAWN: Final = Msg("trukket", "withdrawn")
NOT_SENT: Final = Msg("ikke sendt", "not sent")
NOT_RECORDED: Final = Msg("ikke registrert", "not recorded")
ESTIMATED: Final = Msg("anslått", "estimated")
NONE_YET_NOT_SENT: Final = Msg("ingen ennå (ikke sendt)", "none yet (not sent)")
DEACTIVATED: Final = Msg("deaktivert", "deactivated")
INDEPENDENT_WORD: Final = Msg("uavhengig", "independent")
CASES_WORD: Final = Msg("saker", "cases")
CASE_WORD: Final = Msg("sak", "case")
ROW_WORD: Final = Msg("rad", "row")
ROWS_WORD: Final = Msg("rader", "rows")
NOT_SET: Final = Msg("(ikke satt)", "(not set)")
DEFAULT: Final = Msg("(standard)", "(default)")
NEW: Final = Msg("(ny)", "(new)")
CONSENT_NOT_GIVEN: Final = Msg("ikke gitt", "not given")
CONSENT_GIVEN: Final = Msg("gitt", "given")
CONSENT_GIVEN_BY: Final = Msg(" av {by}", " by {by}")
SHARING_INFORMATION: Final = Msg(", deling av opplysninger", ", sharing information")
