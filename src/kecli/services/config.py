"""config show / config set: settings stored in the database."""

from __future__ import annotations

from sqlmodel import Session

from kecli.domain.config import CONFIG_KEYS, Settings, normalize_config_value, settings_from
from kecli.services.context import Ctx
from kecli.services.views import View
from kecli.store import repo
from kecli.store.db import session_scope


def load_settings(session: Session) -> Settings:
    return settings_from(repo.config_values(session))


def show_config(ctx: Ctx) -> list[View]:
    """Every key with its value (the default where none is stored)."""
    with session_scope(ctx.db_url) as session:
        stored = repo.config_values(session)
    return [
        {
            "key": key,
            "value": stored.get(key, spec.default),
            "default": spec.default,
            "is_default": key not in stored,
            "type": spec.type,
            "help_nb": spec.help.nb,
            "help_en": spec.help.en,
        }
        for key, spec in CONFIG_KEYS.items()
    ]


def set_config(ctx: Ctx, key: str, raw: str) -> View:
    value = normalize_config_value(key, raw)
    with session_scope(ctx.db_url, write=True) as session:
        old = repo.config_values(session).get(key, CONFIG_KEYS[key].default)
        repo.set_config_value(session, key, value)
        repo.record_event(
            session,
            user=ctx.user,
            case_id=None,
            action="config.set",
            details={"key": key, "old": old, "new": value},
        )
    return {"key": key, "value": value, "previous": old}
