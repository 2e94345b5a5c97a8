"""The error messages and hints of appeals (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- domain/appeals.py ---

FILED: Final = Template("er registrert", "is filed")
AWAITING_FORWARDING: Final = Template("venter på oversending", "is awaiting forwarding")
FORWARDED_STATSFORVALTEREN: Final = Template(
    "er oversendt til statsforvalteren", "is forwarded to statsforvalteren"
)
CLOSED: Final = Template("er avsluttet", "is closed")
CANNOT_APPEAL_POSSIBLE_NOW: Final = Template(
    "«{step}» er ikke mulig: klagen {state}; mulig nå: {steps}.",
    "Cannot {step}: the appeal {state}; possible now: {steps}.",
)
CASE_OPEN_APPEAL_APPEAL: Final = Template(
    "Saken {case_id} har en åpen klage (#{appeal_id}, klagen {state}): vurder den gjennom klagen.",
    "Case {case_id} has an open appeal (#{appeal_id}, the appeal {state}): assess it through the appeal.",
)
STATSFORVALTEREN_APPEAL_DECISION_APPEAL: Final = Template(
    "Statsforvalteren {what}{day} (klage #{appeal_id}); vedtaket i klagesaken er endelig og kan ikke påklages (fvl § 28 tredje ledd).",
    "Statsforvalteren {what}{day} (appeal #{appeal_id}); the decision in the appeal is final and cannot be appealed (fvl § 28 third paragraph).",
)
IF_CIRCUMSTANCES_CHANGED_ASSESS: Final = Template(
    "Har forholdene endret seg, vurder saken på nytt: kecli case assess {case_id}",
    "If the circumstances have changed, assess the case again: kecli case assess {case_id}",
)
UNKNOWN_OUTCOME_VALID: Final = Template(
    "Ukjent utfall «{text}»; gyldige: {value}.", "Unknown outcome '{text}'; valid: {value}."
)
APPEAL_CURRENT_DECISION_KECLI: Final = Template(
    "En ny klage på gjeldende vedtak: kecli appeal file CASE",
    "To appeal the current decision: kecli appeal file CASE",
)
CANNOT_APPEAL_NOW_ONLY: Final = Template(
    "«{step} {f[outcome]} {word}» er ikke mulig: klagen {state}; nå bare {value}.",
    "Cannot {step} {f[outcome]} {word}: the appeal {state}; now only {value}.",
)
OUTCOME_NEEDED_FOR_STEP: Final = Template(
    "«{step}» trenger {f[outcome]}: {value}.", "{step} needs {f[outcome]}: {value}."
)
STEP_TAKES_NO_OUTCOME: Final = Template(
    "«{step}» tar ingen {f[outcome]}.", "{step} takes no {f[outcome]}."
)

# --- services/appeals.py ---

EXAMPLE_STATSFORVALTEREN_ASKED: Final = Template(
    'Eksempel: {f[force]} {f[reason]} "statsforvalteren ba om det"',
    'Example: {f[force]} {f[reason]} "statsforvalteren asked for it"',
)
THE_DECISION: Final = Template("avgjørelsen", "the decision")
CASE_HAS_NO_APPEAL: Final = Template(
    "Saken {case_id} har ingen klage.", "Case {case_id} has no appeal."
)
REGISTER_ONE_KECLI_APPEAL: Final = Template(
    "Registrer en: kecli appeal file {case_id}", "Register one: kecli appeal file {case_id}"
)
APPEALS_PREVIOUS_STEP: Final = Template("forrige steg i klagen", "the appeal's previous step")
NO_DECISION_TO_APPEAL: Final = Template(
    "Saken {case_id} har ingen gjeldende avgjørelse å klage på.",
    "Case {case_id} has no current decision to appeal.",
)
SEE_THE_CASE: Final = Template(
    "Se saken: kecli case show {case_id}", "See the case: kecli case show {case_id}"
)
CASE_ALREADY_OPEN_APPEAL: Final = Template(
    "Saken {case_id} har allerede en åpen klage (#{latest_id}, {latest_status}).",
    "Case {case_id} already has an open appeal (#{latest_id}, {latest_status}).",
)
FOLLOW_UP_KECLI_CASE: Final = Template(
    "Følg den opp: kecli case show {case_id}", "Follow it up: kecli case show {case_id}"
)
APPEAL_CAME_MORE_THAN: Final = Template(
    "Klagen kom mer enn ett år etter avgjørelsen ({decision_decided_on}) og kan ikke behandles (fvl § 31).",
    "The appeal came more than a year after the decision ({decision_decided_on}) and cannot be heard (fvl § 31).",
)
REGISTER_ANYWAY_TEXT: Final = Template(
    "Registrer den likevel med {f[force]} {f[reason]} TEKST.",
    "Register it anyway with {f[force]} {f[reason]} TEXT.",
)
APPEAL_NOT_SIGNED: Final = Template(
    "Klagen er ikke underskrevet (pbrl § 7-3): be om underskrift.",
    "The appeal is not signed (pbrl § 7-3): ask for a signature.",
)
UNIT_GRANTED_APPEAL: Final = Template(
    "medhold i klage #{appeal_id}", "the unit granted appeal #{appeal_id}"
)
CHANGED_STATSFORVALTEREN_APPEAL: Final = Template(
    "omgjort av statsforvalteren (klage #{appeal_id})",
    "changed by statsforvalteren (appeal #{appeal_id})",
)
APPEAL_CAME_AFTER_ESTIMATED: Final = Template(
    "Klagen kom etter den anslåtte fristen ({day}; brevet ble postlagt {sent}, og dagen det kom fram er ikke registrert): registrert som ikke rettidig. {hear}. Kom brevet senere fram, registrer det med case notify {f[on]}.",
    "The appeal came after the estimated deadline ({day}; the letter was posted {sent} and the day it arrived is not recorded): registered as not timely. {hear}. If the letter arrived later, record it with case notify {f[on]}.",
)
APPEAL_CAME_AFTER_DEADLINE: Final = Template(
    "Klagen kom etter fristen ({day}): registrert som ikke rettidig. {hear}",
    "The appeal came after the deadline ({day}): registered as not timely. {hear}",
)
