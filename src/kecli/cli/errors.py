"""The one place where failures become a message on stderr and an exit code."""

from __future__ import annotations

import sys
import traceback

from kecli.errors import KecliError, Overdue, redact
from kecli.i18n import t, tt


def report(error: KecliError) -> int:
    """Print ``error`` as one or two lines on stderr; return its exit code."""
    if isinstance(error, Overdue):
        # A finding, not a failure: the report is on stdout, whole, before this line.
        sys.stdout.flush()
        print(redact(t(error.message)), file=sys.stderr)
        return error.exit_code
    # Messages echo what was typed or read (a wrong id, a file's value): never a full
    # fødselsnummer, wherever the raising code forgot to mask one.
    print(f"{tt('Feil', 'Error')}: {redact(t(error.message))}", file=sys.stderr)
    if error.hint:
        print(f"{tt('Tips', 'Hint')}: {redact(t(error.hint))}", file=sys.stderr)
    return error.exit_code


def report_bug(exc: BaseException, debug: bool) -> int:
    """An unexpected exception: its type only (its text may hold personal data)."""
    if debug:
        # The standard traceback: frames and lines, never local variables; anything that
        # looks like a fødselsnummer in the exception's text is masked.
        text = "".join(traceback.format_exception(exc))
        print(redact(text), file=sys.stderr, end="")
    print(
        tt(
            f"Feil: uventet intern feil ({type(exc).__name__}).",
            f"Error: unexpected internal error ({type(exc).__name__}).",
        ),
        file=sys.stderr,
    )
    if not debug:
        print(
            tt(
                "Tips: kjør på nytt med --debug foran kommandoen for detaljer.",
                "Hint: run again with --debug before the command for details.",
            ),
            file=sys.stderr,
        )
    return 1


def report_interrupt() -> int:
    print(
        tt("Avbrutt — ingenting ble lagret.", "Interrupted — nothing was saved."), file=sys.stderr
    )
    return 130
