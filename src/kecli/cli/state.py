"""Global options given before the command, shared by every command of one run."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kecli import env

if TYPE_CHECKING:
    from kecli.services.context import Ctx


@dataclass
class State:
    db: str | None = None
    user: str | None = None
    debug: bool = False


STATE = State()


def service_ctx() -> Ctx:
    """The database, user and day every service call acts with."""
    from kecli.services.checks import USER_MAX, limited
    from kecli.services.context import Ctx
    from kecli.store.location import resolve_url

    # A blank --user is no user: the OS login acts, as when none is given.
    user = limited((STATE.user or "").strip() or env.default_user(), "--user", USER_MAX)
    return Ctx(db_url=resolve_url(STATE.db), user=user, today=env.today())


def interactive(no_input: bool) -> bool:
    """Prompts only on a TTY, and not with --no-input or KECLI_NO_INPUT."""
    if no_input or env.no_input_requested():
        return False
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False
