"""Who acts, on which database, on which day: handed to every service."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Ctx:
    db_url: str
    user: str
    today: dt.date
