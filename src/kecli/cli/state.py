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
    no_input: bool = False


STATE = State()


def service_ctx() -> Ctx:
    """The database, user and day every service call acts with."""
    from kecli.services.context import open_ctx

    # A blank --user is no user: the OS login acts, as when none is given.
    return open_ctx(STATE.db, (STATE.user or "").strip() or env.default_user(), env.today())


def interactive() -> bool:
    """Prompts only on a TTY, and not with --no-input (before or after the command) or
    KECLI_NO_INPUT."""
    if STATE.no_input or env.no_input_requested():
        return False
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False
