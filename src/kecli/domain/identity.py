"""Fødselsnummer and D-nummer: check, parse and mask (DOMAIN § 6).

kecli owns this validator because python-stdnum knows neither Skatteetaten's
2032 control-digit rule nor the synthetic numbers of the test population.
Error messages never contain the number (DOMAIN § 7).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from itertools import chain
from operator import itemgetter
from typing import Any, NoReturn

from kecli.errors import InvalidInput, Msg
from kecli.i18n.errors import identity as E

_K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_K2_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_D_NUMBER_DAY_OFFSET = 40
_H_NUMBER_MONTH_OFFSET = 40
_SYNTHETIC_MONTH_OFFSET = 80

_CHECK_DIGITS_HINT = E.CHECK_THAT_EVERY_DIGIT
_WRONG_FORMAT = (
    E.INVALID_FODSELSNUMMER_MUST_CONSIST,
    E.ENTER_DIGITS_DDMMYY_FIVE,
)
_BAD_CONTROL_DIGITS = (
    E.INVALID_FODSELSNUMMER_CONTROL_DIGITS,
    _CHECK_DIGITS_HINT,
)
_IMPOSSIBLE_DATE = (
    E.INVALID_FODSELSNUMMER_FIRST_SIX,
    _CHECK_DIGITS_HINT,
)
_H_NUMBER = (
    E.INVALID_FODSELSNUMMER_H_NUMBERS,
    E.USE_PERSONS_FODSELSNUMMER_D,
)
_SYNTHETIC_REFUSED = (
    E.INVALID_FODSELSNUMMER_SYNTHETIC_TEST,
    E.TRAINING_DEMO_DATABASES_ONLY,
)
_BAD_CENTURY = (
    E.INVALID_FODSELSNUMMER_INDIVIDUAL_NUMBER,
    _CHECK_DIGITS_HINT,
)


#: calendar.monthrange(2000, month)[1] for each month.
_DAYS_IN_LEAP_YEAR_MONTH = tuple(calendar.monthrange(2000, m)[1] for m in range(1, 13))


class _ControlRule(Enum):
    CLASSIC = "classic"
    RULE_2032 = "2032"


@dataclass(frozen=True, slots=True)
class IdentityNumber:
    """A checked fødselsnummer or D-nummer; its repr leaves the number out (and, not
    being a tuple, it is never written out as a JSON list that holds it)."""

    value: str = field(repr=False)
    is_d_number: bool
    is_synthetic: bool
    birth_date: date | None


def parse_identity_number(raw: str, *, allow_synthetic: bool) -> IdentityNumber:
    """Fødselsnummer / D-nummer: Skatteetaten's control digits and 2032 rule, DOMAIN § 6."""
    return IdentityNumber(*identity_number_fields(raw, allow_synthetic=allow_synthetic))


def identity_number_fields(
    raw: str, *, allow_synthetic: bool
) -> tuple[str, bool, bool, date | None]:
    """:func:`parse_identity_number`'s checks, its fields as a tuple (value, is_d_number,
    is_synthetic, birth_date), for the import's loop over a million rows, where building
    the frozen object cost a sixth of the time of these checks. Keep the tuple to
    yourself: it holds the number, where the object's repr and JSON leave it out."""
    # Written for speed (an import checks a million of them); the same rules as
    # _control_rule and _day_month, on the digits' character codes.
    value = raw
    if len(value) != 11 or not (value.isascii() and value.isdigit()):
        value = "".join(raw.split())
        if len(value) != 11 or not (value.isascii() and value.isdigit()):
            _refuse(_WRONG_FORMAT)
    d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10 = value.encode("ascii")
    # Each weighted sum less 48 (the code of "0") times the sum of its weights.
    k2_rest = (
        5 * d0 + 4 * d1 + 3 * d2 + 2 * d3 + 7 * d4 + 6 * d5 + 5 * d6 + 4 * d7 + 3 * d8
        + 2 * d9 + d10 - 48 * 42
    ) % 11  # fmt: skip
    if k2_rest != 0:
        _refuse(_BAD_CONTROL_DIGITS)
    k1_rest = (
        3 * d0 + 7 * d1 + 6 * d2 + d3 + 8 * d4 + 9 * d5 + 4 * d6 + 5 * d7 + 2 * d8 + d9 - 48 * 46
    ) % 11
    if k1_rest > 3:
        _refuse(_BAD_CONTROL_DIGITS)
    classic = k1_rest == 0

    day_field = (d0 - 48) * 10 + d1 - 48
    month_field = (d2 - 48) * 10 + d3 - 48
    if _H_NUMBER_MONTH_OFFSET < month_field <= _H_NUMBER_MONTH_OFFSET + 12:
        _refuse(_H_NUMBER)
    is_synthetic = month_field > _SYNTHETIC_MONTH_OFFSET
    if is_synthetic and not allow_synthetic:
        _refuse(_SYNTHETIC_REFUSED)
    is_d_number = day_field > _D_NUMBER_DAY_OFFSET
    day = day_field - _D_NUMBER_DAY_OFFSET if is_d_number else day_field
    month = month_field - _SYNTHETIC_MONTH_OFFSET if is_synthetic else month_field
    # A leap year, so that 29 February passes until the century is known.
    if not (1 <= month <= 12 and 1 <= day <= _DAYS_IN_LEAP_YEAR_MONTH[month - 1]):
        _refuse(_IMPOSSIBLE_DATE)

    birth_date = None
    if classic:
        year = _birth_year(int(value[4:6]), int(value[6:9]))
        if year is None:
            _refuse(_BAD_CENTURY)
        try:
            birth_date = date(year, month, day)
        except ValueError:  # 29 February in a year that is not a leap year
            _refuse(_IMPOSSIBLE_DATE)
    return value, is_d_number, is_synthetic, birth_date


def is_valid_identity_number(raw: str, *, allow_synthetic: bool) -> bool:
    """Whether ``raw`` is a fødselsnummer or D-nummer kecli accepts: DOMAIN § 6."""
    try:
        identity_number_fields(raw, allow_synthetic=allow_synthetic)
    except InvalidInput:
        return False
    return True


def is_synthetic_value(value: str) -> bool:
    """Whether a checked number (its 11 digits) is a synthetic test number (month + 80)."""
    return int(value[2:4]) > _SYNTHETIC_MONTH_OFFSET


def birth_date_matches(number: IdentityNumber, birth_date: date) -> bool:
    """Whether a birth date agrees with the number (day and month if no century): DOMAIN § 6."""
    if number.birth_date is not None:
        return number.birth_date == birth_date
    return _day_month(number.value) == (birth_date.day, birth_date.month)


def mask(value: str) -> str:
    """The number as ``DDMMYY*****`` for display, logs and exports: DOMAIN § 6."""
    compact = "".join(value.split())
    # Never show the last five characters, whatever the length of the input.
    shown = compact[: max(0, min(6, len(compact) - 5))]
    return shown + "*****"


#: A number as people type one into free text: eleven digits, or six and five with a space,
#: a no-break space or a hyphen between them (``010190 12345``), not part of a longer run
#: of digits (an account or order number). Only a candidate: the control digits decide.
_IN_TEXT = re.compile(r"(?<![0-9])([0-9]{6})[ \u00a0-]?([0-9]{5})(?![0-9])")
#: Six digits in a row: every candidate has them, most texts do not (a first look; in a
#: repr too, where escaping a character never joins or splits a run of digits).
_SIX_DIGITS = re.compile(r"[0-9]{6}")
#: UTF-8 bytes with each digit made NUL and any other byte not: six digits in a row are
#: six NULs, which ``in`` finds far faster than a regex finds the digits.
_DIGITS_TO_NUL = bytes(0 if 0x30 <= b <= 0x39 else 1 for b in range(256))
_SIX_NULS = bytes(6)
_NUL = "\x00"


def _masked_match(found: re.Match[str]) -> str:
    head, tail = found.group(1), found.group(2)
    return (
        head + "*****"
        if is_valid_identity_number(head + tail, allow_synthetic=True)
        else found.group()
    )


def mask_in_text(text: str) -> str:
    """``text`` with every valid fødselsnummer and D-nummer in it masked as ``DDMMYY*****``
    (DOMAIN § 6): a number someone typed into a note, a name or grounds. Only numbers whose
    control digits and date are right: an order number or a phone number stays. Masking
    twice changes nothing more."""
    if _SIX_DIGITS.search(text) is None:
        return text
    return _IN_TEXT.sub(_masked_match, text)


def holds_identity_number(text: str) -> bool:
    """Whether ``text`` holds a valid fødselsnummer or D-nummer (:func:`mask_in_text`)."""
    return any(
        is_valid_identity_number(found.group(1) + found.group(2), allow_synthetic=True)
        for found in _IN_TEXT.finditer(text)
    )


def mask_in_data(value: Any) -> Any:
    """A JSON-like value (dicts, lists, strings) with :func:`mask_in_text` applied to every
    string in it, keys left as they are: ``value`` itself when it holds no six digits in a
    row (one look at its repr), else a copy."""
    if _SIX_DIGITS.search(repr(value)) is None:
        return value
    return _masked_data(value)


def _masked_data(value: Any) -> Any:
    if isinstance(value, str):
        return mask_in_text(value)
    if isinstance(value, dict):
        return {key: _masked_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_masked_data(item) for item in value)
    return value


def mask_in_rows(
    rows: Sequence[list[Any]], texts: Sequence[int], lists: Sequence[int] = ()
) -> None:
    """Mask every valid number in the cells at positions ``texts`` (a string or None) and
    ``lists`` (a sequence of strings) of each row, in place. For an export's chunk: first
    one look at the whole chunk's text, its digits found at C speed, as nearly every chunk
    of a million cases holds no six digits in a row (a regex over the text took longer)."""
    # Every text of the chunk joined in one string, each step a loop in C.
    found = [_NUL.join(filter(None, chain.from_iterable(map(_cells(texts), rows))))]
    found += [_NUL.join(chain.from_iterable(map(itemgetter(i), rows))) for i in lists]
    digits = _NUL.join(found).encode("utf-8", "surrogatepass").translate(_DIGITS_TO_NUL)
    if _SIX_NULS not in digits:
        return
    for row in rows:
        for i in texts:
            if row[i]:
                row[i] = mask_in_text(row[i])
        for i in lists:
            if row[i]:
                row[i] = type(row[i])(mask_in_text(item) for item in row[i])


def _cells(positions: Sequence[int]) -> Callable[[Sequence[Any]], Sequence[Any]]:
    """A row's cells at ``positions``, as a tuple."""
    if not positions:
        return lambda row: ()
    if len(positions) == 1:
        (position,) = positions
        return lambda row: (row[position],)
    return itemgetter(*positions)


def _refuse(error: tuple[Msg, Msg]) -> NoReturn:
    raise InvalidInput(error[0], hint=error[1])


def _control_rule(digits: list[int]) -> _ControlRule | None:
    """Which rule the control digits satisfy; K2 is the same under both."""
    k1_rest = (_weighted(digits[:9], _K1_WEIGHTS) + digits[9]) % 11
    k2_rest = (_weighted(digits[:10], _K2_WEIGHTS) + digits[10]) % 11
    if k2_rest != 0:
        return None
    if k1_rest == 0:
        return _ControlRule.CLASSIC
    if k1_rest <= 3:
        return _ControlRule.RULE_2032
    return None


def _weighted(digits: list[int], weights: tuple[int, ...]) -> int:
    return sum(d * w for d, w in zip(digits, weights, strict=True))


def _day_month(value: str) -> tuple[int, int]:
    """Day and month with the D-nummer and synthetic offsets removed."""
    day, month = int(value[0:2]), int(value[2:4])
    if day > _D_NUMBER_DAY_OFFSET:
        day -= _D_NUMBER_DAY_OFFSET
    if month > _SYNTHETIC_MONTH_OFFSET:
        month -= _SYNTHETIC_MONTH_OFFSET
    return day, month


def _birth_year(yy: int, individual: int) -> int | None:
    """Century from the individnummer, for numbers issued before 2032: DOMAIN § 6."""
    if individual <= 499:
        return 1900 + yy
    if individual <= 749 and yy >= 54:
        return 1800 + yy
    if individual >= 500 and yy <= 39:
        return 2000 + yy
    if individual >= 900 and yy >= 40:
        return 1900 + yy
    return None
