"""Where the database is: stdlib and platformdirs only, so that Tab completion stays fast."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote

from kecli.errors import InvalidInput
from kecli.i18n.errors import database as E


def default_db_path() -> Path:
    """``kecli.db`` in platformdirs' user data dir (created 0700)."""
    from platformdirs import user_data_path

    folder = user_data_path("kecli", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder / "kecli.db"


def resolve_url(db: str | None, *, create: bool = True) -> str:
    """An SQLAlchemy URL from ``--db``/``KECLI_DB`` (a path or a URL) or the default file;
    a new SQLite file is created private first, unless ``create`` is false (a lookup that
    only reads, such as Tab completion, never leaves a file behind)."""
    value = (db or os.environ.get("KECLI_DB", "")).strip()
    if not value:
        path = default_db_path()
    elif "://" in value:
        if value.startswith("postgresql://") or value.startswith("postgres://"):
            value = "postgresql+psycopg://" + value.split("://", 1)[1]
        return value
    else:
        path = Path(value).expanduser()
    path = path.resolve()
    if not path.parent.is_dir():
        raise InvalidInput(
            E.DATABASE_FOLDER_MISSING, E.CREATE_FOLDER_OR_OTHER_DB, folder=str(path.parent)
        )
    if create:
        _create_private_file(path)
    return f"sqlite:///{path}"


def _create_private_file(path: Path) -> None:
    """Create the SQLite file readable by its owner only (0600) before SQLite opens it."""
    if path.exists():
        return
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def sqlite_path(url: str) -> str | None:
    """The file behind an SQLite URL, as SQLAlchemy reads it (any SQLite driver, the
    query dropped, %-escapes decoded); None for other databases."""
    scheme, found, rest = url.partition(":///")
    if not found or not (scheme == "sqlite" or scheme.startswith("sqlite+")):
        return None
    path, _, query = rest.partition("?")
    path = unquote(path)
    if path.startswith("file:") and "uri=true" in query.lower().split("&"):
        path = unquote(path[len("file:") :].split("?", 1)[0])  # SQLite's own URI form
    return path or None
