"""The flag of each field an error names: ``decided_on`` is ``--decided-on``.

Errors below the command line name the value they are about by its field (``kecli.errors``,
``{field}``, ``{f[received_on]}`` in the catalogue); here, at the one error boundary, a field
is shown as the option that gives it. A field's flag is its name with dashes, unless this
table says otherwise."""

from __future__ import annotations

from typing import Final

from kecli.errors import KecliError, Text, named

#: The fields whose option is not their name with dashes.
FLAGS: Final[dict[str, str]] = {
    "received_on": "--received",
}


def flag(field: str) -> str:
    """The option that gives ``field``; a place in a document (``consent.on:``) as it is."""
    if not (field.replace("_", "").isalnum() and field.islower()):
        return field
    return FLAGS.get(field) or "--" + field.replace("_", "-")


def said(text: Text) -> str:
    """A warning or note from below the command line in the user's language, fields as flags."""
    from kecli.i18n import t

    return t(named(text, flag))


def shown(error: KecliError) -> tuple[Text, Text | None]:
    """``error``'s message and hint as the command line says them: fields as flags."""
    return error.shown(flag)
