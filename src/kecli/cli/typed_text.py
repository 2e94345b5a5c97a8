"""A fødselsnummer typed into free text: the warning that it was found, and where.

The text is saved as typed; lists, views and exports without ``--include-fnr`` show the
number masked (``kecli.domain.identity.mask_in_text``). The warning never shows it.
"""

from __future__ import annotations

from collections.abc import Iterable

from kecli.cli.output import warn
from kecli.i18n import results as R
from kecli.i18n import t, tf

#: A field's value: one text, several (guardians, contact details), or nothing given.
Value = str | Iterable[str] | None


def warn_numbers_in(**fields: Value) -> None:
    """One warning line on stderr for each field (named as in ``results.TEXT_FIELD``)
    whose text holds a valid fødselsnummer or D-nummer; nothing for the others."""
    from kecli.domain.identity import holds_identity_number

    for field, value in fields.items():
        texts = [value] if isinstance(value, str) else list(value or ())
        if any(holds_identity_number(text) for text in texts):
            warn(tf(R.FNR_IN_TEXT, field=t(R.TEXT_FIELD[field])))
