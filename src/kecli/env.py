"""What the environment says: today, language, user, whether prompts may appear.

Only stdlib here: the CLI imports this at start-up.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager

from kecli.errors import InvalidInput

_FALSE_WORDS = {"", "0", "false", "no"}


def now_utc() -> str:
    """This moment in UTC, as rows and events are stamped with it (ISO 8601, µs)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def today() -> dt.date:
    """The date the program takes as today: ``KECLI_TODAY`` or the real date in Europe/Oslo."""
    raw = os.environ.get("KECLI_TODAY", "").strip()
    if raw:
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            from kecli.i18n.errors import environment as E  # the catalogue imports env

            raise InvalidInput(E.TODAY_NOT_A_DATE, E.TODAY_EXAMPLE, value=raw) from None
    try:
        from zoneinfo import ZoneInfo

        return dt.datetime.now(ZoneInfo("Europe/Oslo")).date()
    except Exception:  # no tz database: local time is the best we have
        return dt.date.today()


_held: list[str] = []


@contextmanager
def language_held() -> Iterator[str]:
    """The run's language read once and held for a block that words thousands of lines
    (a calendar of every deadline): :func:`lang` then costs nothing."""
    _held.append(lang())
    try:
        yield _held[-1]
    finally:
        _held.pop()


def lang() -> str:
    """``nb`` or ``en``: ``KECLI_LANG``, else the locale (nb/nn/no → nb), else ``en``."""
    if _held:
        return _held[-1]
    explicit = os.environ.get("KECLI_LANG", "").strip().lower()
    if explicit:
        return "nb" if explicit[:2] in {"nb", "nn", "no"} else "en"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "nb" if re.match(r"(nb|nn|no)([_.@-]|$)", value.lower()) else "en"
    return "en"


def no_input_requested() -> bool:
    """True when ``KECLI_NO_INPUT`` holds any value but empty, 0, false or no."""
    return os.environ.get("KECLI_NO_INPUT", "").strip().lower() not in _FALSE_WORDS


def default_user() -> str:
    """The acting caseworker: ``KECLI_USER`` or the OS login name."""
    user = os.environ.get("KECLI_USER", "").strip()
    if user:
        return user
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"
