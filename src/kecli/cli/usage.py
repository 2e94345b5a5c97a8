"""The parser's refusals in the user's language.

Typer's parser (its vendored click) words an unknown option, a missing argument or a value
of the wrong type in English, whatever ``KECLI_LANG`` says. Its messages are few and fixed
(typer is pinned to one minor version), so each is recognised by its shape and said again
from the catalogue (``kecli.i18n.errors.usage``); one that is not recognised is shown as the
parser wrote it.
"""

import re
from collections.abc import Callable

from kecli.errors import Template
from kecli.i18n import listed, t
from kecli.i18n.errors import usage as E

_Said = Callable[[re.Match[str]], str]


def _names(text: str) -> str:
    """``'note', 'reopen'`` or ``--json, --mine`` as ``note eller reopen``."""
    return listed([n.strip().strip("'") for n in text.split(",") if n.strip()], t(E.OR))


def _no_such(template: Template) -> _Said:
    def said(found: re.Match[str]) -> str:
        text = t(template).format(name=found["name"])
        if found["options"]:
            text += t(E.DID_YOU_MEAN).format(names=_names(found["options"]))
        return text

    return said


_PROBLEMS = (
    (re.compile(r"Input should be a valid integer\b.*"), E.NOT_WHOLE_NUMBER),
    (re.compile(r"Input should be a valid number\b.*"), E.NOT_NUMBER),
)


def _invalid(found: re.Match[str]) -> str:
    problem = found["problem"]
    for shape, words in _PROBLEMS:
        if shape.fullmatch(problem):
            problem = t(words)
            break
    return t(E.INVALID_VALUE).format(name=found["name"], problem=problem)


_SHAPES: tuple[tuple[re.Pattern[str], _Said], ...] = (
    (
        re.compile(r"No such option: (?P<name>\S+)(?: \(Possible options: (?P<options>.+)\))?"),
        _no_such(E.NO_SUCH_OPTION),
    ),
    (
        re.compile(r"No such command '(?P<name>.*)'\.(?: Did you mean (?P<options>.+)\?)?"),
        _no_such(E.NO_SUCH_COMMAND),
    ),
    (
        re.compile(r"Missing (?:argument|option|parameter) '?(?P<name>[^'.]+)'?\."),
        lambda m: t(E.MISSING_ARGUMENT).format(name=m["name"]),
    ),
    (
        re.compile(r"Got unexpected extra argument(?:s|\(s\))? \((?P<extra>.*)\)"),
        lambda m: t(E.EXTRA_ARGUMENTS).format(extra=m["extra"]),
    ),
    (
        re.compile(r"Option '(?P<name>[^']+)' requires an argument\."),
        lambda m: t(E.NEEDS_VALUE).format(name=m["name"]),
    ),
    (
        re.compile(r"Option '(?P<name>[^']+)' requires (?P<count>\d+) arguments\."),
        lambda m: t(E.NEEDS_VALUES).format(name=m["name"], count=m["count"]),
    ),
    (
        re.compile(r"Option '(?P<name>[^']+)' does not take a value\."),
        lambda m: t(E.TAKES_NO_VALUE).format(name=m["name"]),
    ),
    (
        re.compile(r"Invalid value for '?(?P<name>[^':]+)'?: (?P<problem>.+)", re.S),
        _invalid,
    ),
)


def usage_message(message: str) -> str:
    """The parser's ``message`` in the user's language (as it is when not recognised)."""
    for shape, said in _SHAPES:
        found = shape.fullmatch(message)
        if found is not None:
            return said(found)
    return message
