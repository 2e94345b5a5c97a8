"""The user's language (nb or en) and the choice of text in it.

The words themselves live beside this module, one module per kind: ``help`` (every
``--help`` text), ``labels`` (what a code is called, table headings, yes/no, numbers),
``prompts`` (the questions of the guided commands), ``results`` (what a command says it
did), ``letters`` (the decision letter). Each holds plain ``Msg`` pairs (bokmål, English),
some with named ``{placeholders}``; nothing here imports a layer of kecli.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from kecli import env
from kecli.errors import Msg, Text, pick, visible

__all__ = ["Msg", "label", "listed", "number", "t", "tf", "tt", "yes_no"]


def t(text: Text) -> str:
    """``text`` in the user's language (KECLI_LANG, else the locale)."""
    return pick(text, env.lang())


def tt(nb: str, en: str) -> str:
    """Shorthand for ``t(Msg(nb, en))``."""
    return t(Msg(nb, en))


def tf(text: Msg, /, **values: object) -> str:
    """A template of the catalogue in the user's language, its ``{placeholders}`` filled;
    a value's control characters shown as their escapes (``\\x1b``, ``\\n``): a stored
    name never acts on the terminal nor breaks the line."""
    return t(text).format(
        **{key: visible(v) if isinstance(v, str) else v for key, v in values.items()}
    )


def label(table: Mapping[str, Msg], code: str | None) -> str:
    """What ``code`` is called in the user's language; a code the table does not know (a
    reason typed by a user, a value from a newer kecli) is shown as it is."""
    if code is None:
        return ""
    found = table.get(code)
    return t(found) if found is not None else code


def yes_no(value: bool) -> str:
    """``ja``/``nei`` or ``yes``/``no``."""
    return tt("ja", "yes") if value else tt("nei", "no")


def listed(words: Sequence[str], conjunction: str) -> str:
    """Words joined for a sentence, ``conjunction`` before the last: ``a, b eller c``."""
    *head, last = words
    return f"{', '.join(head)} {conjunction} {last}" if head else last


def number(value: float | int | None, dash: str = "—") -> str:
    """A number as a person reads it: a decimal comma in bokmål (``5,5``), a point in
    English; whole numbers without decimals."""
    if value is None:
        return dash
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value) if isinstance(value, int) else f"{value:g}"
    return text.replace(".", ",") if env.lang() == "nb" else text
