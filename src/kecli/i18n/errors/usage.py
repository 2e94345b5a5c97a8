"""The command line's own refusals (an unknown option, a missing argument, a value of the
wrong type), which the parser words in English: said again in the user's language
(``kecli.cli.usage``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

NO_SUCH_OPTION: Final = Template("Ukjent valg: {name}.", "No such option: {name}.")
NO_SUCH_COMMAND: Final = Template("Ukjent kommando: {name}.", "No such command: {name}.")
DID_YOU_MEAN: Final = Template(" Mente du {names}?", " Did you mean {names}?")
MISSING_ARGUMENT: Final = Template("{name} mangler.", "{name} is missing.")
EXTRA_ARGUMENTS: Final = Template(
    "For mange argumenter: {extra}.", "Unexpected extra argument(s): {extra}."
)
NEEDS_VALUE: Final = Template("{name} trenger en verdi.", "{name} needs a value.")
NEEDS_VALUES: Final = Template("{name} trenger {count} verdier.", "{name} needs {count} values.")
TAKES_NO_VALUE: Final = Template("{name} tar ingen verdi.", "{name} takes no value.")
INVALID_VALUE: Final = Template(
    "Ugyldig verdi for {name}: {problem}", "Invalid value for {name}: {problem}"
)
NOT_WHOLE_NUMBER: Final = Template("det må være et heltall.", "it must be a whole number.")
NOT_NUMBER: Final = Template("det må være et tall.", "it must be a number.")
#: "eller" between the last two of a list.
OR: Final = Template("eller", "or")
