"""What a command is given, checked before its function runs: text that is not valid UTF-8
(Python hands such bytes over as lone surrogates) or holds a NUL byte is refused with
exit 2 naming the option or argument, never passed on to the database."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable
from typing import Any

from kecli.domain.checks import bad_text
from kecli.errors import InvalidInput, KecliError


def _texts(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, os.PathLike):
        yield os.fspath(value)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)


def _name(param: Any) -> str:
    """How the user gave it: the option's longest name, or an argument's metavar."""
    opts = [o for o in getattr(param, "opts", []) if o.startswith("-")]
    if opts:
        return max(opts, key=len)
    return str(getattr(param, "metavar", None) or (param.name or "").upper())


def check_values(params: Iterable[Any], values: dict[str, Any]) -> None:
    """InvalidInput (exit 2) for the first value that is not valid UTF-8 or holds NUL."""
    by_name = {p.name: p for p in params}
    for key, value in values.items():
        for text in _texts(value):
            param = by_name.get(key)
            bad_text(text, _name(param) if param is not None else key)


def checked(callback: Callable[..., Any] | None, params: list[Any]) -> Callable[..., Any] | None:
    """``callback`` that first checks what it is given (see :func:`check_values`)."""
    if callback is None or getattr(callback, "_kecli_checked", False):
        return callback

    @functools.wraps(callback)
    def run(*args: Any, **kwargs: Any) -> Any:
        check_values(params, kwargs)
        return callback(*args, **kwargs)

    run._kecli_checked = True  # type: ignore[attr-defined]
    return run


def beyond_the_calendar(error: OverflowError) -> KecliError | None:
    """A deadline counted past 9999-12-31 (``date + timedelta`` overflows): exit 2 saying
    so, never an internal error; None for any other overflow (a bug)."""
    if str(error) != "date value out of range":
        return None
    from kecli.i18n.errors import dates as E

    return InvalidInput(E.BEYOND_CALENDAR, E.GIVE_EARLIER_DATE)
