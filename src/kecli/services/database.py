"""Schema upgrades on request (``kecli db upgrade``)."""

from __future__ import annotations

from kecli.services.context import Ctx
from kecli.services.views import View
from kecli.store.db import get_engine, stored_revision, upgrade


def upgrade_schema(ctx: Ctx) -> View:
    engine = get_engine(ctx.db_url)
    before = stored_revision(engine)
    upgrade(engine)
    return {"before": before, "after": stored_revision(engine)}
