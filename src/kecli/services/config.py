"""config show / config set: settings stored in the database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kecli.domain.config import CONFIG_KEYS, Settings, normalize_config_value, settings_from
from kecli.services.context import Ctx
from kecli.store.db import read_scope, session_scope
from kecli.store.reads import config_values
from kecli.views import ConfigChangeView, ConfigEntryView

if TYPE_CHECKING:  # import cases reads its settings without the ORM
    from kecli.store.db import Connection, Session


def settings_of(conn: Connection) -> Settings:
    return settings_from(config_values(conn))


def load_settings(session: Session) -> Settings:
    return settings_of(session.connection())


def current_settings(ctx: Ctx) -> Settings:
    """The settings in force: the stored values, the defaults for the rest."""
    with read_scope(ctx.db_url) as conn:
        return settings_of(conn)


def show_config(ctx: Ctx) -> list[ConfigEntryView]:
    """Every key with its value (the default where none is stored)."""
    with read_scope(ctx.db_url) as conn:
        stored = config_values(conn)
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


def set_config(ctx: Ctx, key: str, raw: str) -> ConfigChangeView:
    value = normalize_config_value(key, raw)
    from kecli.store import repo

    with session_scope(ctx.db_url, write=True) as session:
        old = config_values(session.connection()).get(key, CONFIG_KEYS[key].default)
        repo.set_config_value(session, key, value)
        repo.record_event(
            session,
            user=ctx.user,
            case_id=None,
            action="config.set",
            details={"key": key, "old": old, "new": value},
        )
    return {"key": key, "value": value, "previous": old}
