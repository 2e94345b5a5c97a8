"""config show / config set: settings stored in the database."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kecli.domain.config import (
    CONFIG_KEYS,
    LOGO_MAX_BYTES,
    Settings,
    decode_logo,
    encode_logo,
    logo_format,
    normalize_config_value,
    settings_from,
    typed_value,
)
from kecli.errors import InvalidInput
from kecli.i18n.errors import config as E
from kecli.services.context import Ctx
from kecli.store.db import read_scope, session_scope
from kecli.store.reads import config_values
from kecli.views.admin import ConfigChangeView, ConfigEntryView

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
            "value": _logged(key, stored.get(key, spec.default)),
            "default": spec.default,
            "is_default": key not in stored,
            "type": spec.type,
            "help_nb": spec.help.nb,
            "help_en": spec.help.en,
        }
        for key, spec in CONFIG_KEYS.items()
    ]


def current_logo(ctx: Ctx) -> tuple[str, bytes] | None:
    """The logo letters carry: (``png`` or ``svg``, its bytes), or None."""
    return decode_logo(current_settings(ctx).logo)


def _read_logo(path: str, check: Callable[[str, bytes], None] | None) -> str:
    """The logo file at ``path``, checked (its kind here, that it can be drawn by ``check``)
    and encoded as stored (InvalidInput naming it)."""
    from pathlib import Path

    name = Path(path).name or path
    try:
        with open(path, "rb") as handle:
            content = handle.read(LOGO_MAX_BYTES + 1)
    except OSError as exc:
        raise InvalidInput(E.CANNOT_READ_FILE, path=path, exc_strerror=exc.strerror) from None
    fmt = logo_format(content, name)
    if check is not None:
        check(fmt, content)
    return encode_logo(fmt, content)


def set_config(
    ctx: Ctx, key: str, raw: str, *, check_logo: Callable[[str, bytes], None] | None = None
) -> ConfigChangeView:
    """Store a setting (``logo``: the file named by ``raw``, checked by ``check_logo`` that
    it can be drawn)."""
    value = _read_logo(raw, check_logo) if key == "logo" else normalize_config_value(key, raw)
    from kecli.store import repo

    with session_scope(ctx.db_url, write=True) as session:
        old = config_values(session.connection()).get(key, CONFIG_KEYS[key].default)
        repo.set_config_value(session, key, value)
        repo.record_event(
            session,
            user=ctx.user,
            case_id=None,
            action="config.set",
            # a logo's bytes are not logged, only what it is
            details={"key": key, "old": _logged(key, old), "new": _logged(key, value)},
        )
    return {"key": key, "value": _logged(key, value), "previous": _logged(key, old)}


def _logged(key: str, value: str | None) -> str | None:
    shown = typed_value(key, value)
    return shown if isinstance(shown, str) or shown is None else str(value)
