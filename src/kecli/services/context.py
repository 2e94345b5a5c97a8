"""Who acts, on which database, on which day: handed to every service."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Ctx:
    db_url: str
    user: str
    today: dt.date


def open_ctx(db: str | None, user: str, today: dt.date) -> Ctx:
    """The context of one run: the database from ``--db``/``KECLI_DB`` or the default file
    (a new SQLite file is created private), the acting user checked for length."""
    from kecli.services.checks import USER_MAX, limited
    from kecli.store.location import resolve_url

    return Ctx(db_url=resolve_url(db), user=limited(user, "user", USER_MAX), today=today)
