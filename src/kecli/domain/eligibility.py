"""Eligibility for koordinator and barnekoordinator: the criteria and the rule.

The criterion catalogue (codes and order: SPEC § 6), the rule that combines
the answers (DOMAIN § 2), the legal basis texts, and two helpers for the
``child_age`` criterion and for yes/no answers typed by the user.

Pure: no clock (the decision date is passed in), no printing, no database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from kecli.domain.dates import eighteenth_birthday
from kecli.errors import InvalidInput, Msg

__all__ = [
    "APPEAL_LEGAL_BASIS",
    "AVSLAG",
    "CRITERIA",
    "INNVILGET",
    "IP_LEGAL_BASIS",
    "Assessment",
    "Criterion",
    "Kind",
    "criteria_for",
    "criterion_codes",
    "derived_child_age",
    "eighteenth_birthday",
    "evaluate",
    "legal_basis",
    "parse_answer",
]

INNVILGET: Final = "innvilget"
AVSLAG: Final = "avslag"

IP_LEGAL_BASIS: Final = "pbrl § 2-5, hol § 7-1"
APPEAL_LEGAL_BASIS: Final = "pbrl §§ 7-2, 7-5"


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
    "Pasient- og brukerrettighetsloven § 2-5 c: dersom et barn med alvorlig "
    "sykdom, skade eller nedsatt funksjonsevne vil ha behov for langvarige og "
    "komplekse eller koordinerte helse- og omsorgstjenester og andre "
    "velferdstjenester, har familien rett til barnekoordinator (kommunens plikt: "
    "helse- og omsorgstjenesteloven § 7-2 a). Retten gjelder også for familier "
    "som venter et slikt barn."
)
_PBRL_2_5_C_EN = (
    "Patient and User Rights Act § 2-5 c: when a child with a serious illness, "
    "injury or disability will need long-term and complex, or coordinated, "
    "health and care services and other welfare services, the family has the "
    "right to a child coordinator (the municipality's duty: Health and Care "
    "Services Act § 7-2 a). The right also applies to families expecting such "
    "a child."
)
_LOCAL_NB = "Lokal praksis, ut over lovteksten: "
_LOCAL_EN = "Local practice, beyond the statute: "


def _koordinator(code: str, question: Msg, detail: Msg, *, local: bool) -> Criterion:
    if local:
        detail = Msg(
            f"{_PBRL_2_5_B_NB} {_LOCAL_NB}{detail.nb}",
            f"{_PBRL_2_5_B_EN} {_LOCAL_EN}{detail.en}",
        )
        source = "pbrl § 2-5 b; local practice"
    else:
        detail = Msg(f"{_PBRL_2_5_B_NB} {detail.nb}", f"{_PBRL_2_5_B_EN} {detail.en}")
        source = "pbrl § 2-5 b"
    return Criterion(code, Kind.KOORDINATOR, question, detail, source)


def source_text(source: str, lang: str) -> str:
    """A criterion's source in the reader's language (the law's words stay Norwegian)."""
    return source.replace("local practice", "lokal praksis") if lang == "nb" else source


def _barnekoordinator(code: str, question: Msg, detail: Msg) -> Criterion:
    detail = Msg(f"{_PBRL_2_5_C_NB} {detail.nb}", f"{_PBRL_2_5_C_EN} {detail.en}")
    return Criterion(code, Kind.BARNEKOORDINATOR, question, detail, "pbrl § 2-5 c")


CRITERIA: Final[dict[Kind, tuple[Criterion, ...]]] = {
    Kind.KOORDINATOR: (
        _koordinator(
            "services",
            Msg(
                "Mottar eller trenger personen to eller flere helse- og omsorgstjenester?",
                "Does the person receive or need two or more health and care services?",
            ),
            Msg(
                "personen mottar eller trenger to eller flere helse- og omsorgstjenester.",
                "the person receives or needs two or more health and care services.",
            ),
            local=True,
        ),
        _koordinator(
            "long_term",
            Msg(
                "Er behovet langvarig (normalt mer enn to år)?",
                "Is the need long-term (normally more than two years)?",
            ),
            Msg(
                "«langvarig» betyr normalt mer enn to år. Et langvarig behov "
                "(sammen med koordinerte tjenester) gir også rett til individuell "
                "plan etter § 2-5.",
                "'long-term' normally means more than two years. A long-term need "
                "(with coordinated services) also gives a right to an individual "
                "plan under § 2-5.",
            ),
            local=True,
        ),
        _koordinator(
            "complex",
            Msg("Er behovet komplekst?", "Is the need complex?"),
            Msg(
                "Et komplekst behov kan erstatte et langvarig; en koordinator "
                "innvilget bare fordi behovet er komplekst, gir ingen lovfestet "
                "rett til individuell plan (§ 2-5).",
                "A complex need can stand in for a long-term one; a coordinator "
                "granted only because the need is complex gives no statutory "
                "right to an individual plan (§ 2-5).",
            ),
            local=False,
        ),
        _koordinator(
            "coordination",
            Msg(
                "Må tjenestene koordineres med hverandre?",
                "Do the services need to be coordinated with each other?",
            ),
            Msg(
                "Tjenestene må ha behov for koordinering.",
                "The services must need coordinating.",
            ),
            local=False,
        ),
        _koordinator(
            "consent",
            Msg(
                "Har personen (eller verge) gitt informert samtykke til koordinator?",
                "Has the person (or guardian) given informed consent to a coordinator?",
            ),
            Msg(
                "personen, eller vergen, har gitt informert samtykke til å få koordinator.",
                "the person, or their guardian, has given informed consent to a coordinator.",
            ),
            local=True,
        ),
        _koordinator(
            "participation",
            Msg(
                "Vil personen, eller verge/pårørende, delta aktivt?",
                "Will the person, or guardian/relatives, take an active part?",
            ),
            Msg(
                "personen, eller verge eller pårørende, deltar aktivt i arbeidet.",
                "the person, or their guardian or relatives, takes an active part in the work.",
            ),
            local=True,
        ),
    ),
    Kind.BARNEKOORDINATOR: (
        _barnekoordinator(
            "child_age",
            Msg(
                "Venter familien barn, eller er barnet under 18 år?",
                "Is the family expecting a child, or is the child under 18?",
            ),
            Msg(
                "Retten kan begynne i svangerskapet og gjelder til barnet fyller 18 år.",
                "The right can begin in pregnancy and lasts until the child turns 18.",
            ),
        ),
        _barnekoordinator(
            "serious_condition",
            Msg(
                "Har barnet alvorlig sykdom, skade eller nedsatt funksjonsevne "
                "(somatisk, fysisk, psykisk, kognitiv eller sensorisk)? Diagnose "
                "kreves ikke.",
                "Does the child have a serious illness, injury or disability "
                "(somatic, physical, mental, cognitive or sensory)? No diagnosis "
                "is required.",
            ),
            Msg(
                "Tilstanden kan være somatisk, fysisk, psykisk, kognitiv eller "
                "sensorisk; det kreves ingen diagnose.",
                "The condition may be somatic, physical, mental, cognitive or "
                "sensory; no diagnosis is required.",
            ),
        ),
        _barnekoordinator(
            "complex_needs",
            Msg(
                "Vil barnet trenge langvarige og komplekse, eller koordinerte, "
                "helse- og omsorgstjenester og andre velferdstjenester (barnehage, "
                "skole, NAV …)?",
                "Will the child need long-term and complex, or coordinated, health "
                "and care services and other welfare services (kindergarten, "
                "school, NAV …)?",
            ),
            Msg(
                "Behovet må gjelde både helse- og omsorgstjenester og andre "
                "velferdstjenester, som barnehage, skole og NAV.",
                "The need must cover both health and care services and other "
                "welfare services, such as kindergarten, school and NAV.",
            ),
        ),
        _barnekoordinator(
            "consent",
            Msg(
                "Ønsker foreldrene, eller den som samtykker på barnets vegne, barnekoordinator?",
                "Do the parents, or whoever consents on the child's behalf, want a "
                "child coordinator?",
            ),
            Msg(
                "Retten tilhører familien; foreldrene, eller den som samtykker på "
                "barnets vegne, velger om den skal brukes.",
                "The right belongs to the family; the parents, or whoever consents "
                "on the child's behalf, choose whether to use it.",
            ),
        ),
    ),
}


def criteria_for(kind: Kind) -> tuple[Criterion, ...]:
    """The criteria of ``kind`` in catalogue order (SPEC § 6; DOMAIN § 2)."""
    return CRITERIA[kind]


def criterion_codes(kind: Kind) -> tuple[str, ...]:
    """The criterion codes of ``kind`` in catalogue order (SPEC § 6; DOMAIN § 2)."""
    return tuple(criterion.code for criterion in CRITERIA[kind])


@dataclass(frozen=True)
class Assessment:
    """The outcome of the criteria: granted or refused, and on which grounds."""

    outcome: str
    failed_criteria: tuple[str, ...]
    legal_basis: str
    ip_statutory_right: bool


def legal_basis(kind: Kind) -> str:
    """The legal basis text of a decision (DOMAIN § 2): pbrl § 2-5 b/c, hol § 7-2/7-2 a."""
    if kind == Kind.KOORDINATOR:
        return "pbrl § 2-5 b, hol § 7-2"
    return "pbrl § 2-5 c, hol § 7-2 a"


def codes_hint(kind: Kind) -> Msg:
    """The valid criterion codes of ``kind``, as a hint."""
    valid = criterion_codes(kind)
    return Msg(
        f"Gyldige koder for {kind.value}: {', '.join(valid)}.",
        f"Valid codes for {kind.value}: {', '.join(valid)}.",
    )


def check_known_codes(kind: Kind, codes: Iterable[str]) -> None:
    """InvalidInput naming the codes that are no criterion of ``kind`` (answers given so
    far: a guided walk checks them before it asks for the rest)."""
    valid = criterion_codes(kind)
    unknown = [code for code in codes if code not in valid]
    if unknown:
        listed = ", ".join(unknown)
        raise InvalidInput(
            Msg(
                f"Ukjent kriterium for {kind.value}: {listed}.",
                f"Unknown criterion for {kind.value}: {listed}.",
            ),
            codes_hint(kind),
        )


def _check_codes(kind: Kind, answers: Mapping[str, bool]) -> None:
    check_known_codes(kind, answers)
    valid = criterion_codes(kind)
    hint = codes_hint(kind)
    missing = [code for code in valid if code not in answers]
    if missing:
        listed = ", ".join(missing)
        raise InvalidInput(
            Msg(
                f"Mangler svar på kriterium for {kind.value}: {listed}.",
                f"Missing answer for criterion of {kind.value}: {listed}.",
            ),
            hint,
        )


def evaluate(kind: Kind, answers: Mapping[str, bool]) -> Assessment:
    """Combine the answers by DOMAIN § 2: pbrl § 2-5 b or § 2-5 c; the IP right by pbrl § 2-5."""
    _check_codes(kind, answers)
    codes = criterion_codes(kind)
    if kind == Kind.KOORDINATOR:
        either = ("long_term", "complex")
        alternative_met = any(answers[code] for code in either)
        failed = tuple(
            code
            for code in codes
            if not answers[code] and (code not in either or not alternative_met)
        )
    else:
        failed = tuple(code for code in codes if not answers[code])
    granted = not failed
    # pbrl § 2-5 asks for "langvarige og koordinerte tjenester": a koordinator
    # granted on a complex need alone gives no statutory right to an IP.
    ip_right = granted and (kind == Kind.BARNEKOORDINATOR or answers["long_term"])
    return Assessment(
        outcome=INNVILGET if granted else AVSLAG,
        failed_criteria=failed,
        legal_basis=legal_basis(kind),
        ip_statutory_right=ip_right,
    )


def derived_child_age(
    birth_date: date | None, expected_birth_date: date | None, decided_on: date
) -> bool | None:
    """The ``child_age`` answer on ``decided_on`` (pbrl § 2-5 c; DOMAIN § 2).

    True when the child's 18th birthday is after ``decided_on`` (see
    :func:`eighteenth_birthday`), False from that day on. Without a birth
    date, a known expected birth date means the family is expecting a child:
    True, even when the expected date is already past on ``decided_on`` (the
    birth is simply not recorded yet; the age counts from the birth date once
    it is). None when neither date is known: the question must be answered.
    A known birth date wins over an expected one.
    """
    if birth_date is not None:
        return eighteenth_birthday(birth_date) > decided_on
    if expected_birth_date is not None:
        return True
    return None


_YES: Final = frozenset({"yes", "y", "ja", "j", "true"})
_NO: Final = frozenset({"no", "n", "nei", "false"})


def parse_answer(text: str) -> bool:
    """A criterion answer typed in English or bokmål (DOMAIN § 2: each criterion is yes/no)."""
    word = text.strip().lower()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise InvalidInput(
        Msg(
            f"Ugyldig svar: {text!r}. Svar ja eller nei.",
            f"Invalid answer: {text!r}. Answer yes or no.",
        ),
        Msg("Bruk `yes` eller `no` (eller ja/nei).", "Use `yes` or `no` (or ja/nei)."),
    )
