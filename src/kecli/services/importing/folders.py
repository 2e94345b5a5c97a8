"""Where a big import's workers keep their staging files: a folder beside the SQLite
database, named for the importing process and the machine, removed when the import
ends, and by the next import into that folder if the process was killed."""

from __future__ import annotations

import os
import tempfile

from kecli.store.location import sqlite_path


def staging_folder(url: str) -> str | None:
    """Beside the database (the staged rows are as private as the database's, and a
    system temp folder may be memory); None, the system's temp folder, if that is not
    writable."""
    database = sqlite_path(url)
    if not database or database == ":memory:":
        return None
    folder = os.path.dirname(os.path.abspath(database))
    return folder if os.access(folder, os.W_OK) else None


def host_tag() -> str:
    """This machine, in a staging folder's name: a process id means something only on
    the machine that gave it (a database folder may be shared by several)."""
    import hashlib
    import socket

    return "h" + hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]


def staging_prefix() -> str:
    """The start of the name of this import's staging folder."""
    return f"kecli-import-{os.getpid()}-{host_tag()}-"


def remove_stale_staging(folder: str | None) -> None:
    """Remove the staging folders of imports whose process is gone (killed, or the
    machine stopped): they hold fødselsnumre, and no one else would remove them. Only
    this machine's: another machine's process cannot be looked up from here."""
    import shutil

    base = folder or tempfile.gettempdir()
    try:
        names = os.listdir(base)
    except OSError:
        return
    here = host_tag()
    for name in names:
        parts = name.split("-")
        if len(parts) < 4 or parts[:2] != ["kecli", "import"] or not parts[2].isdigit():
            continue
        tagged = len(parts) >= 5 and len(parts[3]) == 9 and parts[3].startswith("h")
        if tagged and parts[3] != here:  # another machine's import
            continue
        try:
            os.kill(int(parts[2]), 0)
        except ProcessLookupError:  # that import's process is gone
            shutil.rmtree(os.path.join(base, name), ignore_errors=True)
        except (OSError, OverflowError):  # another user's process, alive; not a pid
            continue
