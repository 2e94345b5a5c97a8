"""Eligibility for koordinator and barnekoordinator: the rule (the criteria themselves are
:mod:`kecli.domain.criteria`'s, re-exported here).

The rule that combines the answers (DOMAIN § 2), the legal basis texts, where the
municipality's own choices enter (``participation`` as its practice, a barnekoordinator
continued past 18), and helpers for the ``child_age`` criterion and for yes/no answers
typed by the user.

Pure: no clock (the decision date is passed in), no printing, no database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Final

from kecli.domain.criteria import (
    BARNEKOORDINATOR_IN_FORCE,
    BASIS_CONTINUED_PAST_18,
    BASIS_LOCAL_PRACTICE,
    CRITERIA,
    Criterion,
    Kind,
    criteria_for,
    criterion_codes,
    source_text,
)
from kecli.domain.dates import eighteenth_birthday
from kecli.errors import InvalidInput, Msg
from kecli.i18n.errors import eligibility as E

__all__ = [
    "APPEAL_LEGAL_BASIS",
    "AVSLAG",
    "BARNEKOORDINATOR_IN_FORCE",
    "BASIS_CONTINUED_PAST_18",
    "BASIS_LOCAL_PRACTICE",
    "CRITERIA",
    "INNVILGET",
    "IP_LEGAL_BASIS",
    "LOCAL_GROUND_TEXT",
    "Assessment",
    "ChildAge",
    "Criterion",
    "Kind",
    "child_age_on",
    "continued_past_18",
    "criteria_for",
    "criterion_codes",
    "derived_child_age",
    "eighteenth_birthday",
    "evaluate",
    "in_force",
    "legal_basis",
    "local_grounds",
    "parse_answer",
    "refused_only_by_local_practice",
    "source_text",
]

INNVILGET: Final = "innvilget"
AVSLAG: Final = "avslag"

IP_LEGAL_BASIS: Final = "pbrl § 2-5, hol § 7-1"
APPEAL_LEGAL_BASIS: Final = "pbrl §§ 7-2, 7-5"


@dataclass(frozen=True)
class Assessment:
    """The outcome of the criteria: granted or refused, and on which grounds.

    ``ip_statutory_right``: whether the statute's own conditions for an individuell plan
    hold (pbrl § 2-5) — also when the municipality's practice refused the koordinator,
    since a local practice cannot take a statutory right away."""

    outcome: str
    failed_criteria: tuple[str, ...]
    legal_basis: str
    ip_statutory_right: bool


def legal_basis(
    kind: Kind, *, local_practice: bool = False, continued_past_18: bool = False
) -> str:
    """The legal basis text of a decision (DOMAIN § 2): pbrl § 2-5 b/c, hol § 7-2/7-2 a;
    then "kommunens praksis" where the municipality's practice refused it, and
    "videreført etter 18 år etter kommunens valg" where it continued a barnekoordinator
    past 18."""
    text = "pbrl § 2-5 b, hol § 7-2" if kind == Kind.KOORDINATOR else "pbrl § 2-5 c, hol § 7-2 a"
    if local_practice:
        text += f"; {BASIS_LOCAL_PRACTICE}"
    if continued_past_18:
        text += f"; {BASIS_CONTINUED_PAST_18}"
    return text


def codes_hint(kind: Kind) -> Msg:
    """The valid criterion codes of ``kind``, as a hint."""
    valid = criterion_codes(kind)
    return E.VALID_CODES.fill(kind_value=kind.value, value=", ".join(valid))


def check_known_codes(kind: Kind, codes: Iterable[str]) -> None:
    """InvalidInput naming the codes that are no criterion of ``kind`` (answers given so
    far: a guided walk checks them before it asks for the rest)."""
    valid = criterion_codes(kind)
    unknown = [code for code in codes if code not in valid]
    if unknown:
        listed = ", ".join(unknown)
        raise InvalidInput(
            E.UNKNOWN_CRITERION, codes_hint(kind), kind_value=kind.value, listed=listed
        )


def _check_codes(kind: Kind, answers: Mapping[str, bool]) -> None:
    check_known_codes(kind, answers)
    valid = criterion_codes(kind)
    hint = codes_hint(kind)
    missing = [code for code in valid if code not in answers]
    if missing:
        listed = ", ".join(missing)
        raise InvalidInput(E.MISSING_ANSWER_CRITERION, hint, kind_value=kind.value, listed=listed)


#: The criterion that is the municipality's own practice (DOMAIN § 2).
PARTICIPATION: Final = "participation"


def evaluate(
    kind: Kind,
    answers: Mapping[str, bool],
    *,
    participation_required: bool = False,
    continued_past_18: bool = False,
) -> Assessment:
    """Combine the answers by DOMAIN § 2: pbrl § 2-5 b (services, coordination, consent,
    and long_term or complex) or § 2-5 c (all four); the IP right by pbrl § 2-5.

    ``participation`` is the municipality's practice, not the statute: it decides only
    with ``participation_required`` (config), and a refusal on it is cited as
    "kommunens praksis". ``continued_past_18``: ``child_age`` is yes because the
    municipality continues a barnekoordinator past 18 (see :func:`continued_past_18`);
    the legal basis says so."""
    _check_codes(kind, answers)
    codes = criterion_codes(kind)
    if kind == Kind.KOORDINATOR:
        either = ("long_term", "complex")
        alternative_met = any(answers[code] for code in either)
        failed = tuple(
            code
            for code in codes
            if not answers[code]
            and (code not in either or not alternative_met)
            and (code != PARTICIPATION or participation_required)
        )
    else:
        failed = tuple(code for code in codes if not answers[code])
    granted = not failed
    statute_met = not [code for code in failed if code != PARTICIPATION]
    # pbrl § 2-5 asks for "langvarige og koordinerte tjenester": a koordinator
    # granted on a complex need alone gives no statutory right to an IP.
    ip_right = statute_met and (kind == Kind.BARNEKOORDINATOR or answers["long_term"])
    return Assessment(
        outcome=INNVILGET if granted else AVSLAG,
        failed_criteria=failed,
        legal_basis=legal_basis(
            kind,
            local_practice=PARTICIPATION in failed,
            continued_past_18=kind == Kind.BARNEKOORDINATOR and continued_past_18,
        ),
        ip_statutory_right=ip_right,
    )


def refused_only_by_local_practice(assessment: Assessment) -> bool:
    """Whether the statute's criteria all hold and only the municipality's practice
    (``participation``) refused: the person keeps every statutory right (DOMAIN § 2)."""
    return assessment.failed_criteria == (PARTICIPATION,)


def derived_child_age(
    birth_date: date | None, expected_birth_date: date | None, decided_on: date
) -> bool | None:
    """The ``child_age`` answer on ``decided_on`` by the statute (pbrl § 2-5 c; DOMAIN § 2).

    True when the child's 18th birthday is after ``decided_on`` (see
    :func:`eighteenth_birthday`), False from that day on. Without a birth
    date, a known expected birth date means the family is expecting a child:
    True, even when the expected date is already past on ``decided_on`` (the
    birth is simply not recorded yet; the age counts from the birth date once
    it is). None when neither date is known: the question must be answered.
    A known birth date wins over an expected one. See :func:`child_age_on` for
    the answer with the municipality's choice to continue past 18.
    """
    if birth_date is not None:
        return eighteenth_birthday(birth_date) > decided_on
    if expected_birth_date is not None:
        return True
    return None


def continued_past_18(birth_date: date | None, decided_on: date, *, allowed: bool) -> bool:
    """Whether a barnekoordinator is continued past 18 by the municipality's choice on
    ``decided_on``: the right ends on the 18th birthday (pbrl § 2-5 c), and the
    municipality may continue it (config ``barnekoordinator_past_18``, DOMAIN § 2)."""
    return allowed and birth_date is not None and eighteenth_birthday(birth_date) <= decided_on


@dataclass(frozen=True)
class ChildAge:
    """The ``child_age`` answer that the known dates give (None: it must be asked), and
    whether it is yes only because the municipality continues past 18."""

    answer: bool | None
    continued_past_18: bool


def child_age_on(
    birth_date: date | None,
    expected_birth_date: date | None,
    decided_on: date,
    *,
    past_18: bool,
) -> ChildAge:
    """``child_age`` on ``decided_on`` (pbrl § 2-5 c; DOMAIN § 2): under 18 by the birth
    date, or expecting; after the 18th birthday yes only when the municipality continues
    past 18 (``past_18``), and then marked as continued."""
    continued = continued_past_18(birth_date, decided_on, allowed=past_18)
    if continued:
        return ChildAge(True, True)
    return ChildAge(derived_child_age(birth_date, expected_birth_date, decided_on), False)


def in_force(kind: Kind, decided_on: date) -> bool:
    """Whether the right existed on ``decided_on``: pbrl § 2-5 c (barnekoordinator) came
    into force on 1 August 2022; pbrl § 2-5 b long before any decision kecli records."""
    return kind != Kind.BARNEKOORDINATOR or decided_on >= BARNEKOORDINATOR_IN_FORCE


#: A criterion's ground in a decision where the municipality's own choice, not the
#: statute, shaped it (the ``local_grounds`` of a decision).
LOCAL_PRACTICE: Final = "local_practice"
NOT_DECIDING: Final = "not_deciding"
CONTINUED_PAST_18: Final = "continued_past_18"


#: How a person reads each local ground (``case show``, the walk's summary, the letter).
LOCAL_GROUND_TEXT: Final[dict[str, Msg]] = {
    LOCAL_PRACTICE: E.MUNICIPALITYS_PRACTICE_KOMMUNENS_PRAKSIS,
    NOT_DECIDING: E.DOES_NOT_COUNT,
    CONTINUED_PAST_18: Msg(
        BASIS_CONTINUED_PAST_18, "continued after 18 by the municipality's choice"
    ),
}


def local_grounds(
    answers: Mapping[str, bool], failed_criteria: Iterable[str], legal_basis_text: str
) -> dict[str, str]:
    """Where a stored decision rests on the municipality's choice, by criterion code:
    ``participation`` refused it by the municipality's practice (``local_practice``), or
    was answered no without deciding anything (``not_deciding``: not required, or the
    decision was changed on appeal); ``child_age`` yes only because the municipality
    continues past 18 (``continued_past_18``, which its legal basis records). Read from
    what every decision stores, so that older decisions show the same (DOMAIN § 2)."""
    grounds: dict[str, str] = {}
    if PARTICIPATION in answers:
        if PARTICIPATION in set(failed_criteria):
            grounds[PARTICIPATION] = LOCAL_PRACTICE
        elif not answers[PARTICIPATION]:
            grounds[PARTICIPATION] = NOT_DECIDING
    if answers.get("child_age") and BASIS_CONTINUED_PAST_18 in legal_basis_text:
        grounds["child_age"] = CONTINUED_PAST_18
    return grounds


_YES: Final = frozenset({"yes", "y", "ja", "j", "true"})
_NO: Final = frozenset({"no", "n", "nei", "false"})


def parse_answer(text: str) -> bool:
    """A criterion answer typed in English or bokmål (DOMAIN § 2: each criterion is yes/no)."""
    word = text.strip().lower()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise InvalidInput(E.INVALID_ANSWER_ANSWER_YES, E.USE_YES_JA_NEI, text=text)
