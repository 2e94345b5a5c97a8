"""Writing results: one JSON document for scripts, Rich for people, notes on stderr."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from kecli.errors import InvalidInput, Msg, redact
from kecli.i18n import tf

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
            raise InvalidInput(
                Msg(
                    f"--lang må være nb eller en, ikke «{lang}».",
                    f"--lang must be nb or en, not '{lang}'.",
                )
            )
        return chosen
    return "en" if os.environ.get("KECLI_LANG", "").strip().lower()[:2] == "en" else "nb"


def open_private_output(output: str) -> tuple[int, bool]:
    """Open ``output`` for writing, created 0600 when new: (descriptor, created). Not
    truncated: an existing file keeps its contents until the caller has something to
    write (``os.ftruncate``). A file that cannot be opened is exit 2 with the reason,
    before anything is logged."""
    created = not os.path.lexists(output)
    try:
        fd = os.open(output, os.O_WRONLY | os.O_CREAT, 0o600)
    except OSError as exc:
        raise InvalidInput(
            Msg(
                f"Kan ikke skrive {output}: {exc.strerror}.",
                f"Cannot write {output}: {exc.strerror}.",
            )
        ) from None
    return fd, created


def write_private_file(path: str, content: bytes, *, force: bool) -> None:
    """Write ``content`` to ``path`` as a private file (0600): into a fresh temporary name in
    the target folder (created exclusively, never through a link), then renamed into place,
    so a reader never sees half a file and an existing path is replaced whole, never written
    through. Without ``force`` a path that appeared meanwhile is left as it was (exit 1)."""
    import secrets

    from kecli.errors import Conflict

    folder = os.path.dirname(os.path.abspath(path))
    temporary = os.path.join(folder, f".{os.path.basename(path)}.{secrets.token_hex(6)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(temporary, flags, 0o600)
    except OSError as exc:
        raise InvalidInput(
            Msg(f"Kan ikke skrive {path}: {exc.strerror}.", f"Cannot write {path}: {exc.strerror}.")
        ) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        if force:
            os.replace(temporary, path)
        else:
            try:
                os.link(temporary, path)  # fails if the path exists: never replaced unasked
            except FileExistsError:
                raise
            except OSError:  # a file system without hard links
                if os.path.lexists(path):
                    raise FileExistsError(path) from None
                os.replace(temporary, path)
            else:
                os.unlink(temporary)
    except FileExistsError:
        os.unlink(temporary)
        raise Conflict(
            Msg(f"{path} finnes allerede.", f"{path} already exists."),
            Msg(
                "Velg et annet navn, eller skriv over med --force.",
                "Choose another name, or overwrite with --force.",
            ),
        ) from None
    except BaseException:
        if os.path.lexists(temporary):
            os.unlink(temporary)
        raise


def write_bytes(content: bytes, output: str | None, *, force: bool) -> None:
    """``content`` to ``output`` as a private file (:func:`write_private_file`), or to
    stdout when no file is named."""
    import sys

    if output is not None:
        write_private_file(output, content, force=force)
        return
    sys.stdout.flush()
    sys.stdout.buffer.write(content)
    sys.stdout.buffer.flush()
