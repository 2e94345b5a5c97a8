"""The questions of the guided commands and the instructions beside them (``cli.prompts``,
the walks of ``case new``, ``case assess``, ``plan edit`` and ``coordinator assign``).
Templates take named ``{placeholders}`` (``kecli.i18n.tf``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Msg

# --- the prompts themselves (cli.prompts) -------------------------------------------------

BACK_REQUIRED: Final = Msg("(Esc eller tomt svar: tilbake)", "(Esc or an empty answer: back)")
BACK_OPTIONAL: Final = Msg("(Enter: hopp over, Esc: tilbake)", "(Enter: skip, Esc: back)")
YES_KEY: Final = Msg("j", "y")
YES: Final = Msg("Ja", "Yes")
NO: Final = Msg("Nei", "No")
ANSWER: Final = Msg("Svaret", "The answer")
ANSWER_YES_OR_NO: Final = Msg("Svar j (ja) eller n (nei).", "Answer y (yes) or n (no).")
SELECT_BACK: Final = Msg("(piltaster og Enter, Esc: tilbake)", "(arrow keys and Enter, Esc: back)")
SELECT: Final = Msg("(piltaster og Enter)", "(arrow keys and Enter)")
BACK_WORD: Final = Msg("tilbake", "back")
MENU: Final = Msg(
    "(piltaster, eller skriv for å søke; Enter velger{after}",
    "(arrow keys, or type to search; Enter chooses{after}",
)
NOTHING_MATCHES: Final = Msg(
    "Ingen treff: slett med tilbaketasten eller Esc.",
    "Nothing matches: delete with Backspace or Esc.",
)
SEARCH: Final = Msg("Søk: ", "Search: ")
REQUIRED: Final = Msg("Må fylles ut.", "Required.")
NOT_AFTER_TODAY: Final = Msg("Datoen kan ikke være etter i dag.", "The date cannot be after today.")

# --- case new ----------------------------------------------------------------------------

OPTIONAL: Final = Msg(" (Enter for å hoppe over)", " (Enter to skip)")
NAME: Final = Msg("Navn:", "Name:")
WHAT_IS_ASKED: Final = Msg("Hva gjelder henvendelsen?", "What is asked for?")
KIND_CHOICES: Final = {
    "koordinator": Msg("koordinator (pbrl § 2-5 b)", "koordinator (pbrl § 2-5 b)"),
    "barnekoordinator": Msg("barnekoordinator (pbrl § 2-5 c)", "barnekoordinator (pbrl § 2-5 c)"),
}
FNR: Final = Msg("Fødselsnummer eller D-nummer:", "Fødselsnummer or D-nummer:")
NOT_BORN: Final = Msg("Er barnet ennå ikke født?", "Is the child not born yet?")
EXPECTED_BIRTH: Final = Msg("Termindato:", "Expected birth date:")
BIRTH_DATE: Final = Msg("Fødselsdato:", "Birth date:")
RECEIVED_ON: Final = Msg("Mottatt dato:", "Received on:")
HOW_CAME_IN: Final = Msg("Hvordan kom henvendelsen?", "How did the inquiry come in?")
CHANNEL_CHOICES: Final = {
    "skjema": Msg("skjema (elektronisk eller papir)", "skjema (form)"),
    "brev": Msg("brev", "brev (letter)"),
    "telefon": Msg("telefon", "telefon (phone)"),
    "epost": Msg("e-post", "epost (e-mail)"),
    "oppmote": Msg("oppmøte", "oppmote (in person)"),
    "annet": Msg("annet", "annet (other)"),
}
GUARDIAN: Final = Msg("Foresatt {number}:", "Guardian {number}:")
WHEN_DONE: Final = Msg(" (Enter når ferdig)", " (Enter when done)")
NOTE: Final = Msg("Merknad:", "Note:")
REGISTER_CASE: Final = Msg(
    "Registrere sak om {kind} for {name}?", "Register a {kind} case for {name}?"
)

# --- case edit ---------------------------------------------------------------------------

EDITING: Final = Msg("Endre sak {id}: {name} ({kind})", "Editing case {id}: {name} ({kind})")
WHAT_TO_CHANGE: Final = Msg("Hva vil du endre?", "What do you want to change?")
#: The menu's entries: what each value is, then the value as it stands.
EDIT_ENTRY: Final = Msg("{what}: {value}", "{what}: {value}")
EDIT_NAME: Final = Msg("Navn", "Name")
EDIT_FNR: Final = Msg("Fødselsnummer", "Fødselsnummer")
EDIT_BIRTH: Final = Msg("Fødselsdato", "Birth date")
EDIT_EXPECTED: Final = Msg(
    "Fødselsdato: barnet er ventet (termin {date}) — registrer fødselen",
    "Birth date: the child is expected ({date}) — record the birth",
)
EDIT_RECEIVED: Final = Msg("Mottatt", "Received")
EDIT_CHANNEL: Final = Msg("Kanal", "Channel")
EDIT_CONTACT: Final = Msg("Kontaktinformasjon", "Contact details")
EDIT_CONTACT_OF: Final = Msg("Kontaktinformasjon for {name}", "Contact details of {name}")
EDIT_NOTE: Final = Msg("Merknad", "Note")
ADD_GUARDIAN: Final = Msg("Legg til foresatt", "Add a guardian")
REMOVE_GUARDIAN: Final = Msg("Fjern foresatt", "Remove a guardian")
GUARDIAN_NAME: Final = Msg("Navn på foresatt:", "Guardian's name:")
WHO_REMOVED: Final = Msg("Hvem skal fjernes?", "Who is to be removed?")
KEEP_FNR: Final = Msg("(Enter: behold, Esc: tilbake)", "(Enter: keep, Esc: back)")
CONTACT_FIELDS: Final = (
    ("address", Msg("Adresse:", "Address:")),
    ("postcode", Msg("Postnummer:", "Postcode:")),
    ("city", Msg("Poststed:", "City:")),
    ("phone", Msg("Telefon:", "Phone:")),
    ("email", Msg("E-post:", "E-mail:")),
)
SAVE_ANYWAY: Final = Msg(
    "Endringen strider mot en registrert avgjørelse. Lagre likevel?",
    "The change contradicts a recorded decision. Save anyway?",
)
REASON_REQUIRED: Final = Msg("Begrunnelse:", "Reason:")
A_REASON_MUST_BE_GIVEN: Final = Msg("En begrunnelse må gis.", "A reason must be given.")
SAVE_CHANGES: Final = Msg("Lagre endringene?", "Save the changes?")

# --- appeal file, resolve ------------------------------------------------------------------

APPEAL_AGAINST: Final = Msg(
    "Klage på avgjørelsen i sak {id}: {outcome} {decided_on}.",
    "An appeal against the decision in {id}: {outcome} {decided_on}.",
)
FILED_ON: Final = Msg(
    "Når ble klagen postlagt eller levert?", "When was the appeal posted or delivered?"
)
GROUNDS: Final = Msg("Hva sier klagen?", "What does the appeal say?")
SIGNED: Final = Msg("Er klagen underskrevet?", "Is the appeal signed?")
REGISTER_APPEAL: Final = Msg("Registrere klagen i {id}?", "Register the appeal in {id}?")
DATE_BEFORE: Final = Msg("Datoen er før {what} ({date}).", "The date is before {what} ({date}).")
THE_DECISION: Final = Msg("avgjørelsen", "the decision")
THE_FORWARDING: Final = Msg("oversendelsen", "the forwarding")
FINAL_ANSWER: Final = Msg(
    "Statsforvalterens svar på klage #{appeal} i {id}:",
    "Statsforvalteren's answer to appeal #{appeal} in {id}:",
)
FINAL_CHOICES: Final = {
    "stadfestet": Msg("stadfestet — avgjørelsen står", "stadfestet — the decision stands"),
    "omgjort": Msg("omgjort — endret til innvilget", "omgjort — changed in the person's favour"),
    "opphevet": Msg(
        "opphevet — saken skal vurderes på nytt",
        "opphevet — set aside: the case is assessed again",
    ),
    "avvist": Msg(
        "avvist — ikke prøvd; ikke endelig",
        "avvist — rejected without trying the merits; not final",
    ),
}
ANSWER_DATE: Final = Msg("Datoen for svaret:", "The date of the answer:")
RECORD_ANSWER: Final = Msg("Registrere svaret ({outcome})?", "Record the answer ({outcome})?")

# --- case close, reopen --------------------------------------------------------------------

WHY_CLOSED: Final = Msg("Hvorfor avsluttes saken?", "Why is the case closed?")
WHY_REOPENED: Final = Msg("Hvorfor gjenåpnes saken?", "Why is the case reopened?")

# --- case assess -------------------------------------------------------------------------

ASSESSING: Final = Msg(
    "Vurdering av sak {id}: {name} ({kind})", "Assessing case {id}: {name} ({kind})"
)
#: The title of a criterion's panel: its number, its name, where it comes from.
CRITERION_TITLE: Final = Msg(
    "{number}/{total}  {name} — {source}", "{number}/{total}  {code} — {source}"
)
CONTINUED_PAST_18: Final = Msg(
    "Ja: videreført etter 18 år etter kommunens valg (ikke spurt).",
    "Yes: continued after 18 by the municipality's choice (not asked).",
)
DERIVED: Final = Msg(
    "Avledet av fødselsdatoen: {answer} (ikke spurt).",
    "Derived from the birth date: {answer} (not asked).",
)
PARTICIPATION_REQUIRED: Final = Msg(
    "Kommunen krever aktiv deltakelse: et nei gir avslag etter kommunens praksis.",
    "The municipality requires active participation: a no refuses by its practice.",
)
PARTICIPATION_RECORDED: Final = Msg(
    "Kommunen krever ikke aktiv deltakelse: svaret registreres, men avgjør ikke saken.",
    "The municipality does not require active participation: the answer is recorded but "
    "does not decide the case.",
)
CRITERION_QUESTION: Final = Msg("{number}/{total} {question}", "{number}/{total} {question}")
CRITERION_NOTE: Final = Msg("Merknad (Enter for å hoppe over):", "Note (Enter to skip):")
WANTS_IP: Final = Msg(
    "Ønsker personen individuell plan (pbrl § 2-5)?",
    "Does the person want an individuell plan (pbrl § 2-5)?",
)
REASON: Final = Msg(
    "Begrunnelse (Enter: vilkårene som ikke er oppfylt):", "Reason (Enter: the criteria not met):"
)
SAVE_DECISION: Final = Msg("Lagre avgjørelsen?", "Save the decision?")

# --- coordinator add, assign ---------------------------------------------------------------

CHOOSE_COORDINATOR: Final = Msg("Velg koordinator:", "Choose the coordinator:")

# --- plan edit ---------------------------------------------------------------------------

#: Each field of a plan's entry: (key, question, kind). Kinds: required, text, date,
#: status, "after:KEY" (a date not before KEY's).
ITEM_FIELDS: Final[dict[str, tuple[tuple[str, Msg, str], ...]]] = {
    "goals": (
        ("text", Msg("Mål:", "Goal:"), "required"),
        ("target_date", Msg("Nås innen (dato):", "Target date:"), "date"),
        ("status", Msg("Status:", "Status:"), "status"),
    ),
    "measures": (
        ("text", Msg("Tiltak (hva):", "Measure (what):"), "required"),
        ("extent", Msg("Omfang:", "Extent:"), "text"),
        ("how", Msg("Hvordan:", "How:"), "text"),
        ("responsible", Msg("Ansvarlig:", "Responsible:"), "text"),
        ("start", Msg("Fra dato:", "From date:"), "date"),
        ("end", Msg("Til dato:", "To date:"), "after:start"),
    ),
    "participants": (
        ("name", Msg("Navn:", "Name:"), "required"),
        ("role", Msg("Rolle:", "Role:"), "text"),
        ("organisation", Msg("Virksomhet:", "Organisation:"), "text"),
        ("contact", Msg("Kontakt (telefon, e-post):", "Contact (phone, e-mail):"), "text"),
    ),
    "cooperation_partners": (
        ("name", Msg("Navn (tjeneste, etat):", "Name (service, agency):"), "required"),
        ("role", Msg("Rolle i planen:", "Role in the plan:"), "text"),
        ("contact", Msg("Kontakt:", "Contact:"), "text"),
    ),
    "meetings": (
        ("date", Msg("Dato:", "Date:"), "date"),
        ("purpose", Msg("Formål:", "Purpose:"), "required"),
        ("minutes", Msg("Referat:", "Minutes:"), "text"),
    ),
    "evaluations": (
        ("date", Msg("Dato:", "Date:"), "date"),
        ("summary", Msg("Oppsummering:", "Summary:"), "required"),
        ("by", Msg("Evaluert av:", "Evaluated by:"), "text"),
    ),
}
NOT_BEFORE: Final = Msg("Kan ikke være før {what} ({start}).", "Cannot be before {what} ({start}).")
THE_FROM_DATE: Final = Msg("fra-datoen", "the from date")
THE_START: Final = Msg("starten", "the start")
OWN_CONTRIBUTION: Final = Msg("Personens eget bidrag:", "The person's own contribution:")
RESOURCES: Final = Msg("Personens ressurser:", "The person's resources:")
NEEDS: Final = Msg("Personens behov:", "The person's needs:")
PERIOD_FROM: Final = Msg("Planperioden fra:", "Plan period from:")
PERIOD_TO: Final = Msg("Planperioden til:", "Plan period to:")
NEXT_EVALUATION: Final = Msg("Neste evaluering:", "Next evaluation:")
CONSENTED: Final = Msg(
    "Har personen samtykket til planen?", "Has the person consented to the plan?"
)
CONSENT_ON: Final = Msg("Samtykket den:", "Consent given on:")
CONSENT_BY: Final = Msg("Gitt av (personen eller verge):", "Given by (the person or guardian):")
SHARE_INFORMATION: Final = Msg(
    "Samtykker personen til at deltakerne deler nødvendige opplysninger?",
    "Does the person consent to the participants sharing the information they need?",
)
#: The plan editor's menu: (list key, add, change, remove).
LIST_MENU: Final = (
    ("goals", Msg("Legg til mål", "Add a goal"), Msg("Endre mål", "Change a goal"),
     Msg("Fjern mål", "Remove a goal")),
    ("measures", Msg("Legg til tiltak", "Add a measure (tiltak)"),
     Msg("Endre tiltak", "Change a measure"), Msg("Fjern tiltak", "Remove a measure")),
    ("participants", Msg("Legg til deltaker", "Add a participant"),
     Msg("Endre deltaker", "Change a participant"), Msg("Fjern deltaker", "Remove a participant")),
    ("cooperation_partners", Msg("Legg til samarbeidspartner", "Add a cooperation partner"),
     Msg("Endre samarbeidspartner", "Change a cooperation partner"),
     Msg("Fjern samarbeidspartner", "Remove a cooperation partner")),
    ("meetings", Msg("Legg til møte", "Add a meeting"), Msg("Endre møte", "Change a meeting"),
     Msg("Fjern møte", "Remove a meeting")),
    ("evaluations", Msg("Legg til evaluering", "Add an evaluation"),
     Msg("Endre evaluering", "Change an evaluation"),
     Msg("Fjern evaluering", "Remove an evaluation")),
)  # fmt: skip
SET_MENU: Final = (
    ("own_contribution", Msg("Personens eget bidrag", "Set the person's own contribution")),
    ("resources_needs", Msg("Ressurser og behov", "Set resources and needs")),
    ("period", Msg("Planperiode", "Set the plan period")),
    ("next_evaluation", Msg("Neste evaluering", "Set the next evaluation date")),
    ("consent", Msg("Samtykke", "Set consent")),
)
SAVE_AND_QUIT: Final = Msg("Lagre og avslutt", "Save and quit")
QUIT_WITHOUT_SAVING: Final = Msg("Avslutt uten å lagre", "Quit without saving")
WHICH: Final = Msg("Hvilken?", "Which one?")
WHICH_REMOVED: Final = Msg("Hvilken skal fjernes?", "Which one is to be removed?")
REMOVE: Final = Msg("Fjerne «{title}»?", "Remove '{title}'?")
WHAT_NOW: Final = Msg("Hva vil du gjøre?", "What do you want to do?")
QUIT_WORD: Final = Msg("avslutt", "quit")
QUIT_UNSAVED: Final = Msg("Avslutte uten å lagre endringene?", "Quit without saving the changes?")
THE_PLAN_DOCUMENT: Final = Msg("plandokumentet", "the plan document")
EDITOR_AGAIN: Final = Msg("Åpne redigeringsprogrammet igjen?", "Open the editor again?")
#: The live summary above the plan editor's menu.
NEW_PLAN: Final = Msg("ny plan", "new plan")
VERSION: Final = Msg("versjon {version}", "version {version}")
UNSAVED: Final = Msg(", ulagrede endringer", ", unsaved changes")


# --- case reply, handover, void, note ------------------------------------------------------

EXPECT: Final = Msg("Avgjørelse lovet innen (dato):", "Decision promised by (date):")
NEW_HANDLER: Final = Msg("Ny saksbehandler:", "New handler:")
WHY_VOIDED: Final = Msg("Hvorfor annulleres saken?", "Why is the case voided?")
WHY_UNVOIDED: Final = Msg("Hvorfor gjøres annulleringen om?", "Why is the voiding undone?")
NOTE_TEXT: Final = Msg("Notat:", "Note:")
