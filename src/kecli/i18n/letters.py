"""The words of the letters kecli writes to families, in bokmål and English.

A koordinator belongs to the person, who is written to as "du"; a barnekoordinator
belongs to the family, written to as "dere" (the guardians) about "barnet". Each text
therefore has a form for each voice: :class:`Voiced`. Placeholders in braces are
filled by the letter builder (``{kind}``, ``{date}``, ``{statsforvalter}`` …).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Voiced:
    """One text in bokmål and English, to the person ("du") and to the family ("dere")."""

    nb_du: str
    nb_dere: str
    en_du: str
    en_dere: str

    def pick(self, lang: str, family: bool) -> str:
        if lang == "nb":
            return self.nb_dere if family else self.nb_du
        return self.en_dere if family else self.en_du


def same(nb: str, en: str) -> Voiced:
    """A text that reads the same to the person and to the family."""
    return Voiced(nb, nb, en, en)


# The facts at the top of the page, and the frame of the letter.
DATE: Final = same("Dato", "Date")
CASE_NUMBER: Final = same("Saksnummer", "Case number")
HANDLER: Final = same("Saksbehandler", "Caseworker")
ABOUT_CHILD: Final = same("Gjelder: {name}", "Concerning: {name}")
BORN: Final = same("født {date}", "born {date}")
EXPECTED: Final = same("termin {date}", "expected {date}")
TO_THE_FAMILY_OF: Final = same("Til foreldrene til {name}", "To the parents of {name}")
GREETING: Final = same("Med vennlig hilsen", "Kind regards")
HANDLER_ROLE: Final = same("saksbehandler", "caseworker")
PHONE: Final = same("Telefon", "Phone")
EMAIL: Final = same("E-post", "E-mail")

KIND_NAME: Final = {
    "koordinator": same("koordinator", "coordinator (koordinator)"),
    "barnekoordinator": same("barnekoordinator", "child coordinator (barnekoordinator)"),
}

# The decision letter.
DECISION_TITLE: Final = same("Avgjørelse om {kind}", "Decision on a {kind}")
RECEIVED: Final = Voiced(
    "Vi viser til henvendelsen din om {kind}, som vi mottok {date}.",
    "Vi viser til henvendelsen deres om {kind} for {child}, som vi mottok {date}.",
    "We refer to your request for a {kind}, which we received on {date}.",
    "We refer to your request for a {kind} for {child}, which we received on {date}.",
)
GRANTED: Final = Voiced(
    "Du har rett til {kind}. Vi tok avgjørelsen {date}.",
    "Dere har rett til {kind} for {child}. Vi tok avgjørelsen {date}.",
    "You have the right to a {kind}. We made the decision on {date}.",
    "Your family has the right to a {kind} for {child}. We made the decision on {date}.",
)
REFUSED: Final = Voiced(
    "Du har ikke rett til {kind}, og henvendelsen er derfor avslått. Vi tok avgjørelsen {date}.",
    "Dere har ikke rett til {kind} for {child}, og henvendelsen er derfor avslått. Vi tok "
    "avgjørelsen {date}.",
    "You do not have the right to a {kind}, so the request is refused (avslag). We made the "
    "decision on {date}.",
    "Your family does not have the right to a {kind} for {child}, so the request is refused "
    "(avslag). We made the decision on {date}.",
)
# After an appeal: who changed the decision, and when.
CHANGED_BY_UNIT: Final = Voiced(
    "Du klaget {filed} på avgjørelsen av {appealed}. Vi har sett på saken på nytt og gir deg "
    "medhold: avgjørelsen er endret {date}, og du har rett til {kind}.",
    "Dere klaget {filed} på avgjørelsen av {appealed}. Vi har sett på saken på nytt og gir dere "
    "medhold: avgjørelsen er endret {date}, og dere har rett til {kind} for {child}.",
    "You appealed on {filed} against the decision of {appealed}. We have looked at the case "
    "again and agree with you: the decision was changed on {date}, and you have the right to a "
    "{kind}.",
    "You appealed on {filed} against the decision of {appealed}. We have looked at the case "
    "again and agree with you: the decision was changed on {date}, and your family has the "
    "right to a {kind} for {child}.",
)
CHANGED_BY_STATSFORVALTER: Final = Voiced(
    "Du klaget {filed} på avgjørelsen av {appealed}. {statsforvalter} behandlet klagen og "
    "endret avgjørelsen {date}: du har rett til {kind}.",
    "Dere klaget {filed} på avgjørelsen av {appealed}. {statsforvalter} behandlet klagen og "
    "endret avgjørelsen {date}: dere har rett til {kind} for {child}.",
    "You appealed on {filed} against the decision of {appealed}. {statsforvalter} heard the "
    "appeal and changed the decision on {date}: you have the right to a {kind}.",
    "You appealed on {filed} against the decision of {appealed}. {statsforvalter} heard the "
    "appeal and changed the decision on {date}: your family has the right to a {kind} for "
    "{child}.",
)
GROUNDS_HEADING: Final = same("Grunnlaget for endringen", "The grounds for the change")
APPEAL_SAID: Final = Voiced(
    "I klagen skrev du: «{grounds}»",
    "I klagen skrev dere: «{grounds}»",
    "In the appeal you wrote: “{grounds}”",
    "In the appeal you wrote: “{grounds}”",
)
CHANGE_NOTE: Final = same("Begrunnelse: {note}", "Reasons: {note}")

ASSESSMENT_HEADING: Final = same("Vurderingen", "The assessment")
ASSESSMENT_INTRO: Final = Voiced(
    "Vi har vurdert hvert vilkår i loven slik:",
    "Vi har vurdert hvert vilkår i loven slik:",
    "We have assessed each condition of the law as follows:",
    "We have assessed each condition of the law as follows:",
)
CRITERION: Final = same("Vilkår", "Condition")
MET: Final = same("Oppfylt", "Met")
NOTE: Final = same("Merknad", "Note")
YES: Final = same("ja", "yes")
NO: Final = same("nei", "no")

REASONS_HEADING: Final = same("Begrunnelse", "Reasons")
ALL_MET: Final = same("Alle vilkårene er oppfylt.", "Every condition is met.")
NOT_MET: Final = same("Disse vilkårene er ikke oppfylt:", "These conditions are not met:")
EITHER_LONG_OR_COMPLEX: Final = Voiced(
    "Behovet ditt må være enten langvarig eller komplekst; vi har vurdert at det er ingen av "
    "delene.",
    "Behovet må være enten langvarig eller komplekst; vi har vurdert at det er ingen av delene.",
    "Your need must be either long-term or complex; we have found that it is neither.",
    "The need must be either long-term or complex; we have found that it is neither.",
)
BY_PRACTICE: Final = same(
    "(Dette er kommunens egen praksis, ikke et vilkår i loven.)",
    "(This is the municipality's own practice, not a condition of the law.)",
)

LEGAL_BASIS_HEADING: Final = same("Rettslig grunnlag", "Legal basis")
LEGAL_BASIS: Final = {
    "koordinator": same(
        "Pasient- og brukerrettighetsloven § 2-5 b og helse- og omsorgstjenesteloven § 7-2.",
        "The Patient and User Rights Act (pasient- og brukerrettighetsloven) § 2-5 b and the "
        "Health and Care Services Act (helse- og omsorgstjenesteloven) § 7-2.",
    ),
    "barnekoordinator": same(
        "Pasient- og brukerrettighetsloven § 2-5 c og helse- og omsorgstjenesteloven § 7-2 a.",
        "The Patient and User Rights Act (pasient- og brukerrettighetsloven) § 2-5 c and the "
        "Health and Care Services Act (helse- og omsorgstjenesteloven) § 7-2 a.",
    ),
}
PRACTICE_BASIS: Final = Voiced(
    "Avslaget bygger også på kommunens egen praksis om aktiv medvirkning, som går ut over "
    "lovens vilkår.",
    "Avslaget bygger også på kommunens egen praksis om aktiv medvirkning, som går ut over "
    "lovens vilkår.",
    "The refusal also rests on the municipality's own practice on active participation, which "
    "goes beyond the conditions of the law.",
    "The refusal also rests on the municipality's own practice on active participation, which "
    "goes beyond the conditions of the law.",
)

CONTINUED_BASIS: Final = same(
    "Retten til barnekoordinator gjelder til barnet fyller 18 år (pasient- og "
    "brukerrettighetsloven § 2-5 c). Kommunen har valgt å videreføre barnekoordinatoren "
    "etter 18 år.",
    "The right to a child coordinator lasts until the child turns 18 (the Patient and User "
    "Rights Act § 2-5 c). The municipality has chosen to continue the child coordinator "
    "after 18.",
)

# Individuell plan.
IP_WANTED: Final = Voiced(
    "Du har også bedt om individuell plan (pasient- og brukerrettighetsloven § 2-5). Vi tar "
    "kontakt for å starte arbeidet med planen.",
    "Dere har også bedt om individuell plan for {child} (pasient- og brukerrettighetsloven "
    "§ 2-5). Vi tar kontakt for å starte arbeidet med planen.",
    "You have also asked for an individual plan (individuell plan; the Patient and User Rights "
    "Act § 2-5). We will be in touch to start work on the plan.",
    "You have also asked for an individual plan (individuell plan) for {child} (the Patient and "
    "User Rights Act § 2-5). We will be in touch to start work on the plan.",
)
IP_MAY_ASK: Final = Voiced(
    "Du kan også be om en individuell plan, som samler målene dine og tjenestene du får i én "
    "plan (pasient- og brukerrettighetsloven § 2-5). Ta kontakt med oss hvis du ønsker det.",
    "Dere kan også be om en individuell plan for {child}, som samler målene og tjenestene i én "
    "plan (pasient- og brukerrettighetsloven § 2-5). Ta kontakt med oss hvis dere ønsker det.",
    "You may also ask for an individual plan (individuell plan), which brings your goals and "
    "the services you receive together in one plan (the Patient and User Rights Act § 2-5). "
    "Contact us if you would like one.",
    "You may also ask for an individual plan (individuell plan) for {child}, which brings the "
    "goals and services together in one plan (the Patient and User Rights Act § 2-5). Contact "
    "us if you would like one.",
)
ORDINARY_KOORDINATOR: Final = Voiced(
    "Du kan ha rett til koordinator selv om du ikke har rett til barnekoordinator "
    "(pasient- og brukerrettighetsloven § 2-5 b). Ta kontakt med oss hvis du ønsker at vi "
    "vurderer det.",
    "{child} kan ha rett til koordinator selv om dere ikke har rett til barnekoordinator "
    "(pasient- og brukerrettighetsloven § 2-5 b). Ta kontakt med oss hvis dere ønsker at vi "
    "vurderer det.",
    "You may have the right to a coordinator (koordinator) even though you do not have the "
    "right to a child coordinator (the Patient and User Rights Act § 2-5 b). Contact us if you "
    "would like us to assess that.",
    "{child} may have the right to a coordinator (koordinator) even though your family does "
    "not have the right to a child coordinator (the Patient and User Rights Act § 2-5 b). "
    "Contact us if you would like us to assess that.",
)

# The right to appeal (pbrl §§ 7-2 to 7-5).
APPEAL_HEADING: Final = same("Du kan klage", "You may appeal")
APPEAL_HEADING_FAMILY: Final = same("Dere kan klage", "You may appeal")
APPEAL_RIGHT: Final = Voiced(
    "Du kan klage på avgjørelsen til {statsforvalter} (pasient- og brukerrettighetsloven "
    "§ 7-2). Klagen sender du til oss. Vi ser på saken på nytt, og gir vi deg ikke medhold, "
    "sender vi klagen videre til {statsforvalter}, som avgjør den.",
    "Dere kan klage på avgjørelsen til {statsforvalter} (pasient- og brukerrettighetsloven "
    "§ 7-2). Klagen sender dere til oss. Vi ser på saken på nytt, og gir vi dere ikke medhold, "
    "sender vi klagen videre til {statsforvalter}, som avgjør den.",
    "You may appeal against the decision to {statsforvalter} (statsforvalteren, the Patient "
    "and User Rights Act § 7-2). Send the appeal to us. We look at the case again, and if we "
    "do not agree with you, we send the appeal on to {statsforvalter}, who decides it.",
    "You may appeal against the decision to {statsforvalter} (statsforvalteren, the Patient "
    "and User Rights Act § 7-2). Send the appeal to us. We look at the case again, and if we "
    "do not agree with you, we send the appeal on to {statsforvalter}, who decides it.",
)
DEADLINE_RULE: Final = Voiced(
    "Klagefristen er fire uker fra den dagen du mottok dette brevet (pasient- og "
    "brukerrettighetsloven § 7-5). Klagen er kommet fram i tide når den er postlagt eller "
    "levert til oss innen fristen. Er siste dag en lørdag, søndag eller helligdag, gjelder "
    "neste virkedag.",
    "Klagefristen er fire uker fra den dagen dere mottok dette brevet (pasient- og "
    "brukerrettighetsloven § 7-5). Klagen er kommet fram i tide når den er postlagt eller "
    "levert til oss innen fristen. Er siste dag en lørdag, søndag eller helligdag, gjelder "
    "neste virkedag.",
    "The deadline for an appeal is four weeks from the day you received this letter (the "
    "Patient and User Rights Act § 7-5). The appeal is in time when it is posted or delivered "
    "to us within the deadline. If the last day is a Saturday, Sunday or public holiday, the "
    "next working day counts.",
    "The deadline for an appeal is four weeks from the day you received this letter (the "
    "Patient and User Rights Act § 7-5). The appeal is in time when it is posted or delivered "
    "to us within the deadline. If the last day is a Saturday, Sunday or public holiday, the "
    "next working day counts.",
)
DEADLINE_DATE: Final = Voiced(
    "Du mottok avgjørelsen {notified}, så klagen må være postlagt eller levert til oss senest",
    "Dere mottok avgjørelsen {notified}, så klagen må være postlagt eller levert til oss senest",
    "You received the decision on {notified}, so the appeal must be posted or delivered to us "
    "no later than",
    "You received the decision on {notified}, so the appeal must be posted or delivered to us "
    "no later than",
)
APPEAL_FORM: Final = Voiced(
    "Klagen skal være skriftlig og underskrevet av deg eller den som klager på dine vegne "
    "(pasient- og brukerrettighetsloven § 7-3). Skriv hvilken avgjørelse du klager på, hvorfor "
    "du klager, og hva du ønsker endret.",
    "Klagen skal være skriftlig og underskrevet av dere eller den som klager på deres vegne "
    "(pasient- og brukerrettighetsloven § 7-3). Skriv hvilken avgjørelse dere klager på, "
    "hvorfor dere klager, og hva dere ønsker endret.",
    "The appeal must be in writing and signed by you or by whoever appeals on your behalf (the "
    "Patient and User Rights Act § 7-3). Say which decision you appeal against, why, and what "
    "you would like changed.",
    "The appeal must be in writing and signed by you or by whoever appeals on your behalf (the "
    "Patient and User Rights Act § 7-3). Say which decision you appeal against, why, and what "
    "you would like changed.",
)
APPEAL_HELP: Final = Voiced(
    "Vi hjelper deg gjerne med å skrive klagen. Ring eller skriv til oss.",
    "Vi hjelper dere gjerne med å skrive klagen. Ring eller skriv til oss.",
    "We are glad to help you write the appeal. Call or write to us.",
    "We are glad to help you write the appeal. Call or write to us.",
)
DOCUMENTS: Final = Voiced(
    "Du har rett til å se dokumentene i saken din. Be oss om dem.",
    "Dere har rett til å se dokumentene i saken. Be oss om dem.",
    "You have the right to see the documents of your case. Ask us for them.",
    "You have the right to see the documents of the case. Ask us for them.",
)
OMBUD: Final = Voiced(
    "Pasient- og brukerombudet i fylket ditt kan også gi deg gratis råd og hjelp med klagen.",
    "Pasient- og brukerombudet i fylket deres kan også gi dere gratis råd og hjelp med klagen.",
    "The patient and user ombudsman (pasient- og brukerombudet) in your county can also give "
    "you free advice and help with the appeal.",
    "The patient and user ombudsman (pasient- og brukerombudet) in your county can also give "
    "you free advice and help with the appeal.",
)
APPEAL_ADDRESS: Final = same("Send klagen til: {address}", "Send the appeal to: {address}")

# Where the configuration is incomplete the letter shows a visible placeholder.
PLACEHOLDER: Final = {
    "municipality": same(
        "[kommune mangler: kecli config set municipality …]",
        "[municipality missing: kecli config set municipality …]",
    ),
    "unit_name": same(
        "[enhet mangler: kecli config set unit_name …]",
        "[unit missing: kecli config set unit_name …]",
    ),
    "unit_address": same(
        "[adresse mangler: kecli config set unit_address …]",
        "[address missing: kecli config set unit_address …]",
    ),
    "statsforvalter": same(
        "[statsforvalter mangler: kecli config set statsforvalter …]",
        "[statsforvalter missing: kecli config set statsforvalter …]",
    ),
}

# Each criterion as a statement in the letter's voice (the table's first column): a
# koordinator letter speaks to the person, a barnekoordinator letter to the family.
STATEMENTS: Final = {
    ("koordinator", "services"): same(
        "Du mottar eller trenger to eller flere helse- og omsorgstjenester.",
        "You receive or need two or more health and care services.",
    ),
    ("koordinator", "long_term"): same(
        "Behovet ditt er langvarig (normalt mer enn to år).",
        "Your need is long-term (normally more than two years).",
    ),
    ("koordinator", "complex"): same("Behovet ditt er komplekst.", "Your need is complex."),
    ("koordinator", "coordination"): same(
        "Tjenestene du får, må koordineres med hverandre.",
        "The services you receive need to be coordinated with each other.",
    ),
    ("koordinator", "consent"): same(
        "Du, eller vergen din, har samtykket til å få koordinator.",
        "You, or your guardian, have consented to a coordinator.",
    ),
    ("koordinator", "participation"): same(
        "Du, eller verge eller pårørende, vil delta aktivt i arbeidet.",
        "You, or your guardian or relatives, will take an active part in the work.",
    ),
    ("barnekoordinator", "child_age"): same(
        "Dere venter barn, eller barnet er under 18 år.",
        "You are expecting a child, or the child is under 18.",
    ),
    ("barnekoordinator", "serious_condition"): same(
        "{child} har en alvorlig sykdom, skade eller nedsatt funksjonsevne.",
        "{child} has a serious illness, injury or disability.",
    ),
    ("barnekoordinator", "complex_needs"): same(
        "{child} vil trenge langvarige og sammensatte, eller koordinerte, helse- og "
        "omsorgstjenester og andre velferdstjenester, som barnehage, skole eller NAV.",
        "{child} will need long-term and composite (sammensatte), or coordinated, health and "
        "care services and other welfare services, such as kindergarten, school or NAV.",
    ),
    ("barnekoordinator", "consent"): same(
        "Dere, som samtykker på vegne av {child}, ønsker barnekoordinator.",
        "You, who consent on behalf of {child}, want a child coordinator.",
    ),
}
CHILD_UNDER_18: Final = same("{child} er under 18 år.", "{child} is under 18.")
CHILD_EXPECTED: Final = same("Dere venter barn.", "You are expecting a child.")
CHILD_AGE_CONTINUED: Final = same(
    "{child} har fylt 18 år, og kommunen har valgt å videreføre barnekoordinatoren.",
    "{child} has turned 18, and the municipality has chosen to continue the child coordinator.",
)

# The receipt of an appeal (to the person, or the family).
RECEIPT_TITLE: Final = Voiced(
    "Vi har mottatt klagen din",
    "Vi har mottatt klagen deres",
    "We have received your appeal",
    "We have received your appeal",
)
RECEIPT_INTRO: Final = Voiced(
    "Vi viser til klagen din av {filed} på avgjørelsen vår av {decided} om {kind}.",
    "Vi viser til klagen deres av {filed} på avgjørelsen vår av {decided} om {kind} for {child}.",
    "We refer to your appeal of {filed} against our decision of {decided} on a {kind}.",
    "We refer to your appeal of {filed} against our decision of {decided} on a {kind} for {child}.",
)
RECEIPT_NEXT: Final = Voiced(
    "Vi ser på saken på nytt. Gir vi deg medhold, endrer vi avgjørelsen og gir deg beskjed. "
    "Gir vi deg ikke medhold, sender vi klagen til {statsforvalter}, som avgjør den, og du får "
    "kopi av brevet vi sender.",
    "Vi ser på saken på nytt. Gir vi dere medhold, endrer vi avgjørelsen og gir dere beskjed. "
    "Gir vi dere ikke medhold, sender vi klagen til {statsforvalter}, som avgjør den, og dere "
    "får kopi av brevet vi sender.",
    "We look at the case again. If we agree with you, we change the decision and let you "
    "know. If we do not, we send the appeal to {statsforvalter}, who decides it, and you "
    "receive a copy of our letter.",
    "We look at the case again. If we agree with you, we change the decision and let you "
    "know. If we do not, we send the appeal to {statsforvalter}, who decides it, and you "
    "receive a copy of our letter.",
)
RECEIPT_LATE: Final = Voiced(
    "Klagen kom etter klagefristen, som gikk ut {deadline}. Vi vurderer først om den likevel "
    "kan behandles (forvaltningsloven § 31). Har du grunner til at klagen kom for sent, kan "
    "du gjerne skrive dem til oss.",
    "Klagen kom etter klagefristen, som gikk ut {deadline}. Vi vurderer først om den likevel "
    "kan behandles (forvaltningsloven § 31). Har dere grunner til at klagen kom for sent, kan "
    "dere gjerne skrive dem til oss.",
    "The appeal came after the deadline, which ended on {deadline}. We first consider "
    "whether it can be heard anyway (the Public Administration Act § 31). If there are "
    "reasons why the appeal came late, please write them to us.",
    "The appeal came after the deadline, which ended on {deadline}. We first consider "
    "whether it can be heard anyway (the Public Administration Act § 31). If there are "
    "reasons why the appeal came late, please write them to us.",
)
RECEIPT_UNSIGNED: Final = Voiced(
    "Klagen er ikke underskrevet. En klage skal være underskrevet (pasient- og "
    "brukerrettighetsloven § 7-3). Send oss en underskrevet klage, eller skriv under hos oss.",
    "Klagen er ikke underskrevet. En klage skal være underskrevet (pasient- og "
    "brukerrettighetsloven § 7-3). Send oss en underskrevet klage, eller skriv under hos oss.",
    "The appeal is not signed. An appeal must be signed (the Patient and User Rights Act "
    "§ 7-3). Send us a signed appeal, or sign it at our office.",
    "The appeal is not signed. An appeal must be signed (the Patient and User Rights Act "
    "§ 7-3). Send us a signed appeal, or sign it at our office.",
)

# The forwarding of an appeal to statsforvalteren (fvl § 33), with a copy to the family.
FORWARDING_TITLE: Final = same(
    "Oversendelse av klage: {kind} for {child}", "Forwarding of an appeal: {kind} for {child}"
)
FORWARDING_INTRO: Final = same(
    "Vi sender over klagen fra {appellant} av {filed} på avgjørelsen vår av {decided} om "
    "{kind}, til behandling (pasient- og brukerrettighetsloven § 7-2, forvaltningsloven § 33).",
    "We forward the appeal from {appellant} of {filed} against our decision of {decided} on a "
    "{kind}, for you to decide (the Patient and User Rights Act § 7-2, the Public "
    "Administration Act § 33).",
)
FOR_CHILD: Final = same("{guardians} på vegne av {child}", "{guardians} on behalf of {child}")
AND: Final = same("og", "and")
FACTS_HEADING: Final = same("Saken", "The case")
FACT: Final = same("Opplysning", "Fact")
WHAT: Final = same("Dato eller svar", "Date or answer")
CONCERNS: Final = same("Gjelder", "Concerning")
INQUIRY_RECEIVED: Final = same("Henvendelsen mottatt", "Request received")
DECIDED: Final = same("Avgjørelsen tatt", "Decision made")
OUTCOME: Final = same("Utfall", "Outcome")
OUTCOME_WORD: Final = {
    "innvilget": same("innvilget", "granted (innvilget)"),
    "avslag": same("avslag", "refused (avslag)"),
}
REACHED: Final = same("Avgjørelsen kom fram", "Decision received")
NOT_RECORDED: Final = same("ikke registrert", "not recorded")
APPEAL_DEADLINE: Final = same("Klagefrist", "Appeal deadline")
APPEAL_FILED: Final = same("Klagen mottatt", "Appeal received")
IN_TIME: Final = same("i tide", "in time")
LATE: Final = same("etter fristen", "after the deadline")
SIGNED: Final = same("Underskrevet", "Signed")
THE_APPEAL_HEADING: Final = same("Klagen", "The appeal")
APPELLANT_SAID: Final = same("Klageren skriver: «{grounds}»", "The appellant writes: “{grounds}”")
APPEAL_ENCLOSED: Final = same("Klagen følger vedlagt.", "The appeal is enclosed.")
OUR_VIEW_HEADING: Final = same("Vår vurdering", "Our assessment")
UNIT_OUTCOME: Final = {
    "ikke-medhold": same(
        "Vi har sett på saken på nytt og opprettholder avgjørelsen.",
        "We have looked at the case again and uphold the decision.",
    ),
    "delvis-medhold": same(
        "Vi har sett på saken på nytt og gir klageren delvis medhold, men ikke fullt ut.",
        "We have looked at the case again and agree with the appellant in part, but not in full.",
    ),
    "avvist": same(
        "Vi har avvist klagen uten å vurdere innholdet, og sender avvisningen over slik at "
        "den kan prøves.",
        "We have rejected the appeal without assessing its merits, and forward the "
        "rejection so that it can be reviewed.",
    ),
}
STATEMENT: Final = same("{note}", "{note}")
ENCLOSED: Final = same(
    "Vedlagt følger klagen, avgjørelsen og sakens øvrige dokumenter.",
    "Enclosed are the appeal, the decision and the case's other documents.",
)
COPY_TO: Final = same("Kopi til: {names}", "Copy to: {names}")

# The foreløpig svar (fvl § 11 a): the case will take longer; when to expect a decision.
REPLY_TITLE: Final = Voiced(
    "Foreløpig svar på henvendelsen din",
    "Foreløpig svar på henvendelsen deres",
    "Preliminary reply to your request",
    "Preliminary reply to your request",
)
REPLY_DELAY: Final = Voiced(
    "Vi har ikke kunnet avgjøre saken ennå. Vi trenger mer tid til å kartlegge behovene dine "
    "og hvilke tjenester du får eller trenger, og å snakke med deg og dem som gir deg "
    "tjenester.",
    "Vi har ikke kunnet avgjøre saken ennå. Vi trenger mer tid til å kartlegge behovene til "
    "{child} og hvilke tjenester {child} får eller trenger, og å snakke med dere og dem som "
    "gir tjenester.",
    "We have not yet been able to decide the case. We need more time to map your needs and "
    "the services you receive or need, and to talk with you and those who provide them.",
    "We have not yet been able to decide the case. We need more time to map the needs of "
    "{child} and the services {child} receives or needs, and to talk with you and those who "
    "provide them.",
)
REPLY_EXPECT: Final = Voiced(
    "Vi regner med å kunne avgjøre saken innen ",
    "Vi regner med å kunne avgjøre saken innen ",
    "We expect to decide the case by ",
    "We expect to decide the case by ",
)
REPLY_LAW: Final = Voiced(
    "Dette brevet er et foreløpig svar etter forvaltningsloven § 11 a. Blir saken forsinket "
    "ut over denne datoen, skriver vi til deg igjen.",
    "Dette brevet er et foreløpig svar etter forvaltningsloven § 11 a. Blir saken forsinket "
    "ut over denne datoen, skriver vi til dere igjen.",
    "This letter is a preliminary reply under the Public Administration Act § 11 a. If the "
    "case is delayed beyond this date, we will write to you again.",
    "This letter is a preliminary reply under the Public Administration Act § 11 a. If the "
    "case is delayed beyond this date, we will write to you again.",
)
REPLY_CONTACT: Final = Voiced(
    "Har du spørsmål, eller noe du vil vi skal vite, kan du ta kontakt med saksbehandleren din.",
    "Har dere spørsmål, eller noe dere vil vi skal vite, kan dere ta kontakt med "
    "saksbehandleren deres.",
    "If you have questions, or something you want us to know, please contact your caseworker.",
    "If you have questions, or something you want us to know, please contact your caseworker.",
)
