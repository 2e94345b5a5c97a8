"""Signals during a command, and what the command had saved when one came.

Ctrl-C (SIGINT), ``kill`` (SIGTERM) and a closed terminal (SIGHUP) stop a command as a
``KeyboardInterrupt``: its transaction rolls back and its half-written files go. A
commit is not cut: while one runs the signals wait (:func:`deferred`), and are delivered
once it is done. What the run committed is kept (:func:`record_saved`), so that the
message after an interrupt says what was saved, and says "nothing was saved" only
when that is true.

Only the standard library: the CLI installs the handlers at start-up.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple


class Saved(NamedTuple):
    """One audit entry a committed transaction wrote: what the run saved."""

    action: str
    case_id: str | None
    cases: int | None  # an import's count of cases


#: The signals that stop a command.
SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)

_saved: list[Saved] = []
_installed = False


def _stop(_signum: int, _frame: object) -> None:
    # kill (SIGTERM), a closed session (SIGHUP), a batch system's time limit: stop as
    # Ctrl-C does, so that the transaction rolls back, a half-written export is removed
    # and logged as incomplete, and an import's workers and staging files go.
    raise KeyboardInterrupt


def install() -> None:
    """SIGTERM and SIGHUP stop a command as Ctrl-C does (the console script only)."""
    global _installed
    for sig in SIGNALS:
        if sig != signal.SIGINT:
            signal.signal(sig, _stop)
    _installed = True


def finished() -> None:
    """The command is done and has said so: a signal now changes nothing (its exit code
    stands, and nothing is cut short with no word). Only where :func:`install` ran."""
    if _installed:
        for sig in SIGNALS:
            signal.signal(sig, signal.SIG_IGN)


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextmanager
def deferred() -> Iterator[None]:
    """The block (a commit) runs whole: a signal that comes meanwhile is held, and
    delivered, to the handler it would have met, when the block is done."""
    if not _main_thread():  # signals reach the main thread only
        yield
        return
    caught: list[int] = []

    def hold(signum: int, _frame: object) -> None:
        caught.append(signum)

    previous: dict[int, Any] = {}
    try:
        for sig in SIGNALS:
            previous[sig] = signal.signal(sig, hold)
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, signal.SIG_DFL if handler is None else handler)
        if caught:
            signal.raise_signal(caught[0])


def record_saved(entries: list[Saved]) -> None:
    """What a transaction that has just committed saved (its audit entries)."""
    _saved.extend(entries)


def saved() -> list[Saved]:
    """What this run has committed so far, oldest first."""
    return list(_saved)


def forget() -> None:
    """A new run (the tests run many in one process)."""
    _saved.clear()
