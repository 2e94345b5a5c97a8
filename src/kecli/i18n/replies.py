"""The words of the letters that answer what the unit received: the receipt of an appeal,
the forwarding of it to statsforvalteren, and the foreløpig svar (fvl § 11 a) — in bokmål
and English, to the person ("du") and to the family ("dere"): see :mod:`kecli.i18n.letters`,
whose frame (date, case number, greeting) these letters share.
"""

from __future__ import annotations

from typing import Final

from kecli.i18n.letters import Voiced, same

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
