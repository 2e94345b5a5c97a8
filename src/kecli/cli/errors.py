"""The one place where failures become a message on stderr and an exit code."""

from __future__ import annotations

import sys
import traceback

from kecli.errors import KecliError, Overdue, redact, visible
from kecli.i18n import t, tt
from kecli.interrupts import Saved


def report(error: KecliError) -> int:
    """Print ``error`` as one or two lines on stderr; return its exit code."""
    from kecli.cli.fields import shown

    message, hint = shown(error)
    if isinstance(error, Overdue):
        # A finding, not a failure: the report is on stdout, whole, before this line.
        sys.stdout.flush()
        print(one_line(t(message)), file=sys.stderr)
        return error.exit_code
    # Messages echo what was typed or read (a wrong id, a file's value): never a full
    # fødselsnummer, wherever the raising code forgot to mask one.
    print(f"{tt('Feil', 'Error')}: {one_line(t(message))}", file=sys.stderr)
    if hint:
        print(f"{tt('Tips', 'Hint')}: {one_line(t(hint))}", file=sys.stderr)
    return error.exit_code


def one_line(text: str) -> str:
    """A message's line as the terminal shows it: a fødselsnummer masked, and whatever
    the value holds (a line break, an escape sequence) shown as typed (``\\n``,
    ``\\x1b``), so that an error stays one line and a hint the next."""
    return visible(redact(text))


def report_bug(exc: BaseException, debug: bool) -> int:
    """An unexpected exception: its type only (its text may hold personal data)."""
    if debug:
        # The standard traceback: frames and lines, never local variables; anything that
        # looks like a fødselsnummer in the exception's text is masked.
        text = "".join(traceback.format_exception(exc))
        print(redact(text), file=sys.stderr, end="")
    from kecli import interrupts

    saved = interrupts.saved()
    if saved:  # what was saved stands: said, so that no one makes it again
        from kecli.i18n import results as R
        from kecli.i18n import tf

        print(tf(R.BUG_AFTER_SAVING, kind=type(exc).__name__, what=_saved(saved)), file=sys.stderr)
    else:
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
    """Stopped by Ctrl-C or a signal: what was saved before it, or that nothing was."""
    from kecli import interrupts
    from kecli.i18n import results as R
    from kecli.i18n import tf

    interrupts.finished()  # a second Ctrl-C does not cut this message short
    saved = interrupts.saved()
    if not saved:
        print(t(R.INTERRUPTED_NOTHING_SAVED), file=sys.stderr)
        return 130
    print(tf(R.INTERRUPTED_AFTER_SAVING, what=_saved(saved)), file=sys.stderr)
    return 130


def _saved(saved: list[Saved]) -> str:
    """What a run saved, in a few words: the first three entries, and how many more."""
    from kecli.i18n import results as R
    from kecli.i18n import tf

    what = ", ".join(_saved_item(item) for item in saved[:3])
    if len(saved) > 3:
        what += tf(R.AND_MORE, count=len(saved) - 3)
    return what


def _saved_item(item: Saved) -> str:
    from kecli.i18n import label, labels, number, tf
    from kecli.i18n import results as R

    action, case_id, cases = item
    text = label(labels.EVENT, action)
    if case_id:
        text = tf(R.SAVED_IN_CASE, what=text, case=case_id)
    if cases == 1:
        text = tf(R.SAVED_ONE_CASE, what=text)
    elif cases is not None:
        text = tf(R.SAVED_CASES, what=text, count=number(cases))
    return text
