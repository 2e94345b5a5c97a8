"""The criteria of eligibility for koordinator and barnekoordinator (codes and order:
SPEC § 6), where each comes from, and the legal basis clauses a municipality's own choice
adds; :mod:`kecli.domain.eligibility` holds the rule that combines the answers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from kecli.errors import Msg
from kecli.i18n import criteria as C


class Kind(StrEnum):
    """The arrangement applied for: pbrl § 2-5 b (koordinator), § 2-5 c (barnekoordinator)."""

    KOORDINATOR = "koordinator"
    BARNEKOORDINATOR = "barnekoordinator"


@dataclass(frozen=True)
class Criterion:
    """One question of the assessment, with the statute (or practice) behind it."""

    code: str
    kind: Kind
    question: Msg
    detail: Msg
    source: str


_PBRL_2_5_B_NB = (
    "Pasient- og brukerrettighetsloven § 2-5 b: pasient og bruker med behov for "
    "komplekse eller langvarige og koordinerte tjenester etter helse- og "
    "omsorgstjenesteloven har rett til koordinator (kommunens plikt: "
    "helse- og omsorgstjenesteloven § 7-2)."
)
_PBRL_2_5_B_EN = (
    "Patient and User Rights Act § 2-5 b: a patient or user who needs complex, "
    "or long-term and coordinated, services under the Health and Care Services "
    "Act has the right to a coordinator (the municipality's duty: Health and "
    "Care Services Act § 7-2)."
)
_PBRL_2_5_C_NB = (
    "Pasient- og brukerrettighetsloven § 2-5 c: familier som har eller venter barn "
    "med alvorlig sykdom, skade eller nedsatt funksjonsevne, og som vil ha behov for "
    "langvarige og sammensatte eller koordinerte helse- og omsorgstjenester og andre "
    "velferdstjenester, har rett til barnekoordinator (kommunens plikt: helse- og "
    "omsorgstjenesteloven § 7-2 a). Retten gjelder fra 1. august 2022."
)
_PBRL_2_5_C_EN = (
    "Patient and User Rights Act § 2-5 c: families who have or are expecting a child "
    "with a serious illness, injury or disability, and who will need long-term and "
    "composite (sammensatte), or coordinated, health and care services and other "
    "welfare services, have the right to a child coordinator (the municipality's "
    "duty: Health and Care Services Act § 7-2 a). The right applies from 1 August 2022."
)

#: Where a criterion comes from (DOMAIN § 2). The statute's words are quoted in each
#: detail; these labels say what stands behind the question itself.
SOURCE_STATUTE: Final = "pbrl § 2-5 b"
SOURCE_GUIDE: Final = "pbrl § 2-5 b; Helsedirektoratets veileder"
SOURCE_CONSENT: Final = "pbrl § 2-5 b; samtykke (pbrl § 4-1)"
SOURCE_LOCAL_PRACTICE: Final = "kommunens praksis"

#: The clauses a decision's legal basis gains where the municipality's own choice, not
#: the statute, shaped it (stored with the decision, so that ``case show`` and the
#: letter cite them as they were decided).
BASIS_LOCAL_PRACTICE: Final = "kommunens praksis (aktiv deltakelse)"
BASIS_CONTINUED_PAST_18: Final = "videreført etter 18 år etter kommunens valg"

#: pbrl § 2-5 c came into force on 1 August 2022 (Prop. 100 L (2020–2021)).
BARNEKOORDINATOR_IN_FORCE: Final = date(2022, 8, 1)

# The English words for the Norwegian labels above (the law's terms stay Norwegian,
# in brackets, so that the reader can find them).
_EN_WORDS: Final = (
    (BASIS_LOCAL_PRACTICE, "the municipality's practice (kommunens praksis): active participation"),
    (BASIS_CONTINUED_PAST_18, "continued after 18 by the municipality's choice"),
    ("Helsedirektoratets veileder", "Helsedirektoratet's guidance (veileder)"),
    ("samtykke (pbrl § 4-1)", "consent (pbrl § 4-1)"),
    (SOURCE_LOCAL_PRACTICE, "the municipality's practice (kommunens praksis)"),
)


# One pass, longest first: a replacement is never replaced again.
_EN_PATTERN: Final = re.compile("|".join(re.escape(nb) for nb, _ in _EN_WORDS))


def _koordinator(code: str, question: Msg, detail: Msg, source: str) -> Criterion:
    if source == SOURCE_LOCAL_PRACTICE:  # the municipality's own: no quote of the statute
        return Criterion(code, Kind.KOORDINATOR, question, detail, source)
    detail = C.QUOTED.fill(
        statute=Msg(_PBRL_2_5_B_NB, _PBRL_2_5_B_EN),
        detail=Msg(detail.nb, detail.en),
    )
    return Criterion(code, Kind.KOORDINATOR, question, detail, source)


def source_text(source: str, lang: str) -> str:
    """A criterion's source, or a decision's legal basis, in the reader's language (the
    law's words stay Norwegian)."""
    if lang == "nb":
        return source
    return _EN_PATTERN.sub(lambda match: dict(_EN_WORDS)[match.group(0)], source)


def _barnekoordinator(code: str, question: Msg, detail: Msg) -> Criterion:
    detail = C.QUOTED.fill(
        statute=Msg(_PBRL_2_5_C_NB, _PBRL_2_5_C_EN),
        detail=Msg(detail.nb, detail.en),
    )
    return Criterion(code, Kind.BARNEKOORDINATOR, question, detail, "pbrl § 2-5 c")


CRITERIA: Final[dict[Kind, tuple[Criterion, ...]]] = {
    Kind.KOORDINATOR: (
        _koordinator(
            "services",
            C.DOES_PERSON_RECEIVE_NEED,
            C.HELSEDIREKTORATETS_GUIDANCE_READS_COORDINATED,
            SOURCE_GUIDE,
        ),
        _koordinator(
            "long_term",
            C.NEED_LONG_TERM_NORMALLY,
            C.LONG_TERM_NORMALLY_MEANS,
            SOURCE_STATUTE,
        ),
        _koordinator(
            "complex",
            C.NEED_COMPLEX,
            C.COMPLEX_NEED_CAN_STAND,
            SOURCE_STATUTE,
        ),
        _koordinator(
            "coordination",
            C.DO_SERVICES_NEED_COORDINATED,
            C.SERVICES_MUST_NEED_COORDINATING,
            SOURCE_GUIDE,
        ),
        _koordinator(
            "consent",
            C.PERSON_GUARDIAN_GIVEN_INFORMED,
            C.COORDINATOR_GIVEN_CONSENT_PERSON,
            SOURCE_CONSENT,
        ),
        _koordinator(
            "participation",
            C.WILL_PERSON_GUARDIAN_RELATIVES,
            C.MUNICIPALITYS_OWN_PRACTICE_CONDITION,
            SOURCE_LOCAL_PRACTICE,
        ),
    ),
    Kind.BARNEKOORDINATOR: (
        _barnekoordinator(
            "child_age",
            C.FAMILY_EXPECTING_CHILD_CHILD,
            C.RIGHT_CAN_BEGIN_PREGNANCY,
        ),
        _barnekoordinator(
            "serious_condition",
            C.DOES_CHILD_SERIOUS_ILLNESS,
            C.CONDITION_MAY_SOMATIC_PHYSICAL,
        ),
        _barnekoordinator(
            "complex_needs",
            C.WILL_CHILD_NEED_LONG,
            C.NEED_MUST_COVER_BOTH,
        ),
        _barnekoordinator(
            "consent",
            C.DO_PARENTS_WHOEVER_CONSENTS,
            C.RIGHT_BELONGS_FAMILY_PARENTS,
        ),
    ),
}


def criteria_for(kind: Kind) -> tuple[Criterion, ...]:
    """The criteria of ``kind`` in catalogue order (SPEC § 6; DOMAIN § 2)."""
    return CRITERIA[kind]


def criterion_codes(kind: Kind) -> tuple[str, ...]:
    """The criterion codes of ``kind`` in catalogue order (SPEC § 6; DOMAIN § 2)."""
    return tuple(criterion.code for criterion in CRITERIA[kind])
