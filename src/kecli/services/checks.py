"""Checks that touch the file system, which the domain's pure rules cannot.

The checks of what a caseworker types live in :mod:`kecli.domain.checks` and
:mod:`kecli.domain.cases`; the names below are kept here for the importer and the
CLI's ``--user`` until they import them from there.
"""

from __future__ import annotations

import os

from kecli.domain.cases import NewCase as NewCase
from kecli.domain.cases import check_new_case as check_new_case
from kecli.domain.checks import USER_MAX as USER_MAX
from kecli.domain.checks import limited as limited
from kecli.errors import Conflict, InvalidInput, Msg


def check_output_file(output: str, *, force: bool, option: str | None = "--output") -> None:
    """Refuse, before anything is written, an output file (``export --output``, ``case
    letter --output``, ``db backup PATH``: ``option`` None) that is a folder, something
    other than a plain file (a device, a pipe: never replaced) or in a folder that does
    not exist (exit 2), or an existing file without ``force`` (a conflict: exit 1)."""
    name_it = (
        Msg(f"Gi et filnavn med {option}.", f"Give a file name with {option}.")
        if option
        else Msg("Gi et filnavn, f.eks. kecli-kopi.db.", "Give a file name, e.g. kecli-copy.db.")
    )
    if os.path.isdir(output):
        raise InvalidInput(Msg(f"{output} er en mappe.", f"{output} is a directory."), name_it)
    if os.path.exists(output) and not os.path.isfile(output):
        raise InvalidInput(
            Msg(f"{output} er ikke en vanlig fil.", f"{output} is not a regular file."), name_it
        )
    if os.path.lexists(output) and not force:
        raise Conflict(
            Msg(f"{output} finnes allerede.", f"{output} already exists."),
            Msg(
                "Velg et annet navn, eller skriv over med --force.",
                "Choose another name, or overwrite with --force.",
            ),
        )
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise InvalidInput(
            Msg(f"Mappen {folder} finnes ikke.", f"The folder {folder} does not exist."),
            Msg(
                "Lag mappen først, eller velg en annen.",
                "Create the folder first, or pick another.",
            ),
        )
