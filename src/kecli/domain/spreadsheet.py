"""Cells a spreadsheet would run: a CSV cell that begins with ``=``, ``+``, ``-`` or ``@``
(or a tab or a carriage return, which some spreadsheets skip before one) is read by Excel,
LibreOffice and Google Sheets as a formula — a name typed as ``=HYPERLINK(…)`` would
run in the office of whoever opens the export (OWASP: CSV injection).

Such a cell is written with a leading apostrophe, which the spreadsheets show as text and
hide; a cell that already begins with an apostrophe gets one more, so that reading the
file back (:func:`restored`) gives every value exactly as it was.
"""

from __future__ import annotations

from typing import Final

#: The first characters that make a cell a formula, and the apostrophe that marks one as
#: text (doubled, so that the round trip is exact).
FORMULA_START: Final = frozenset("=+-@\t\r'")


def neutralised(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet runs."""
    return "'" + text if text and text[0] in FORMULA_START else text


def restored(text: str) -> str:
    """The value :func:`neutralised` wrote as ``text``: one leading apostrophe less where
    it marked a cell."""
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_START:
        return text[1:]
    return text
