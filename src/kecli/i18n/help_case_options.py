"""The ``--help`` texts of the options and arguments of ``kecli case …`` (the table of
:mod:`kecli.i18n.help_options`, which holds the others and merges this one in): keys as
there, the command's path after ``kecli`` and its long flag (``"case new --name"``).
Imported by ``kecli --help``: plain strings only.
"""

from __future__ import annotations

from typing import Final

from kecli.errors import Msg

CASE_OPTIONS: Final[dict[str, Msg]] = {
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
}
