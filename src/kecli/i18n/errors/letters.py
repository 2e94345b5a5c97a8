"""The error messages and hints of letters (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- services/letters.py ---

FORELOPIG_SVAR_SAYS_WHEN: Final = Template(
    "Et foreløpig svar sier når saken kan ventes avgjort: gi {f[expect]} DATO.",
    "A foreløpig svar says when a decision can be expected: give {f[expect]} DATE.",
)
EXAMPLE_KECLI_CASE_LETTER: Final = Template(
    "Eksempel: kecli case letter {case_id} {f[kind]} preliminary-reply {f[expect]} 2027-01-15",
    "Example: kecli case letter {case_id} {f[kind]} preliminary-reply {f[expect]} 2027-01-15",
)
UNKNOWN_LETTER_KIND: Final = Template("Ukjent brevtype «{kind}».", "Unknown letter kind '{kind}'.")
RECORDS_THAT_DECISION_SENT: Final = Template(
    "{f[sent]} registrerer at avgjørelsen er sendt, og gjelder bare {f[kind]} decision.",
    "{f[sent]} records that the decision was sent: only with {f[kind]} decision.",
)
CASE_HAS_NO_APPEAL: Final = Template(
    "Saken {case_id} har ingen klage.", "Case {case_id} has no appeal."
)
REGISTER_APPEAL_FIRST_KECLI: Final = Template(
    "Registrer klagen først: kecli appeal file {case_id}",
    "Register the appeal first: kecli appeal file {case_id}",
)
APPEAL_NOT_FORWARDED: Final = Template(
    "Klage #{appeal} i sak {case_id} er ikke sendt til statsforvalteren.",
    "Appeal #{appeal} of case {case_id} is not forwarded to statsforvalteren.",
)
FORWARD_FIRST_KECLI_APPEAL: Final = Template(
    "Send den videre først: kecli appeal escalate {case_id}",
    "Forward it first: kecli appeal escalate {case_id}",
)
CASE_ALREADY_DECIDED_FORELOPIG: Final = Template(
    "Saken {case_id} er allerede avgjort; et foreløpig svar gjelder en sak som venter på avgjørelse.",
    "Case {case_id} is already decided; a foreløpig svar is for a case awaiting its decision.",
)
WRITE_DECISION_LETTER_KECLI: Final = Template(
    "Skriv vedtaksbrevet: kecli case letter {case_id}",
    "Write the decision letter: kecli case letter {case_id}",
)
BEFORE_TODAY: Final = Template(
    "{f[expect]} {expect} er før i dag.", "{f[expect]} {expect} is before today."
)
APPEALED_DECISION_NOT_RECORDED: Final = Template(
    "Avgjørelsen klagen i sak {row_id} gjelder, er ikke registrert.",
    "The decision appealed in case {row_id} is not recorded.",
)
