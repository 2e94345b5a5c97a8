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
