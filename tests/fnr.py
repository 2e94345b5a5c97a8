"""Valid test identity numbers, built with the classic control digits."""

from __future__ import annotations


def with_controls(first9: str) -> str:
    """``first9`` + K1 + K2 (DOMAIN § 6, classic weights)."""
    w1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
    w2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    digits = [int(c) for c in first9]
    k1 = (11 - sum(a * b for a, b in zip(digits, w1, strict=True)) % 11) % 11
    assert k1 != 10, "pick another individnummer"
    digits.append(k1)
    k2 = (11 - sum(a * b for a, b in zip(digits, w2, strict=True)) % 11) % 11
    assert k2 != 10, "pick another individnummer"
    return first9 + str(k1) + str(k2)


ADULT = with_controls("010180123")  # born 1 Jan 1980
CHILD = with_controls("150615501")  # born 15 Jun 2015 (individnummer 501)
SYNTHETIC = with_controls("018180123")  # month 01 + 80
H_NUMBER = with_controls("014180123")  # month 01 + 40
