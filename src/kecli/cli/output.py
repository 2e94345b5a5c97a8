"""Writing results: one JSON document for scripts, Rich for people, notes on stderr."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from kecli.errors import InvalidInput, Msg, redact
from kecli.i18n import tf
from kecli.i18n.errors import cli as C

T = TypeVar("T")


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def emit(data: T, json_out: bool, human: Callable[[T], object], *, then: str | None = None) -> None:
    """A command's result: with ``--json`` exactly one JSON document on stdout; else
    ``human`` draws it for people, and ``then`` names the command that usually follows."""
    if json_out:
        print_json(data)
        return
    human(data)
    if then:
        next_step(then)


def warn(text: str) -> None:
    from kecli.i18n.results import WARNING

    print(tf(WARNING, text=redact(text)), file=sys.stderr)


def next_step(command: str) -> None:
    from kecli.i18n.results import NEXT

    print(tf(NEXT, command=command))


def document_language(lang: str | None) -> str:
    """The language of a document for the person (letter, printable plan): ``--lang``,
    else ``en`` when ``KECLI_LANG`` is English, else bokmål (the locale does not decide
    it, and ``nn``/``no`` read as bokmål)."""
    if lang is not None:
        chosen = lang.strip().lower()[:2]  # nb_NO, en_US as well
        if chosen not in ("nb", "en"):
            raise InvalidInput(C.LANG_NOT_NB_OR_EN, field="lang", value=lang)
        return chosen
    return "en" if os.environ.get("KECLI_LANG", "").strip().lower()[:2] == "en" else "nb"


def write_bytes(content: bytes, output: str | None, *, force: bool) -> None:
    """``content`` to ``output`` as a private file (kecli.files), or to stdout when no
    file is named."""
    if output is not None:
        from kecli.files import write_private

        write_private(output, content, force=force)
        return
    write_stdout(content)


def write_stdout(content: bytes) -> None:
    """Bytes as they are (a PDF, a calendar) after whatever text stdout holds."""
    import sys

    sys.stdout.flush()
    sys.stdout.buffer.write(content)
    sys.stdout.buffer.flush()


def refuse_pdf_on_terminal(output: str | None, example: Msg) -> None:
    """A PDF goes to a file, or to a pipe; never onto a person's screen (exit 2).
    ``example``: a file name in each language."""
    import sys

    if output is None and sys.stdout.isatty():
        raise InvalidInput(C.PDF_NOT_TO_SCREEN, C.GIVE_OUTPUT_FILE, field="output", example=example)
