"""The user's language (nb or en) and the choice of text in it."""

from __future__ import annotations

from kecli import env
from kecli.errors import Msg, Text, pick


def t(text: Text) -> str:
    """``text`` in the user's language (KECLI_LANG, else the locale)."""
    return pick(text, env.lang())


def tt(nb: str, en: str) -> str:
    """Shorthand for ``t(Msg(nb, en))``."""
    return t(Msg(nb, en))
