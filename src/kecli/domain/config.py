"""The configuration keys of SPEC § 4, their defaults and how each value is checked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kecli.errors import InvalidInput, Msg
from kecli.i18n.errors import config as E

ValueType = Literal["text", "bool", "int", "logo"]


@dataclass(frozen=True)
class ConfigKey:
    key: str
    type: ValueType
    default: str | None
    help: Msg
    #: The range of an ``int`` key, both ends included.
    least: int = 1
    most: int = 365


CONFIG_KEYS: dict[str, ConfigKey] = {
    k.key: k
    for k in (
        ConfigKey(
            "municipality",
            "text",
            None,
            E.MUNICIPALITYS_NAME_USED_LETTERS,
        ),
        ConfigKey(
            "unit_name",
            "text",
            None,
            E.UNITS_NAME_USED_LETTERS,
        ),
        ConfigKey(
            "unit_address",
            "text",
            None,
            E.UNITS_POSTAL_ADDRESS_WHERE,
        ),
        ConfigKey(
            "unit_phone",
            "text",
            None,
            E.UNITS_PHONE_NUMBER_USED,
        ),
        ConfigKey(
            "unit_email",
            "text",
            None,
            E.UNITS_E_MAIL_ADDRESS,
        ),
        ConfigKey(
            "statsforvalter",
            "text",
            None,
            E.STATSFORVALTER_WHO_DECIDES_APPEALS,
        ),
        ConfigKey(
            "logo",
            "logo",
            None,
            E.MUNICIPALITYS_LOGO_LETTERS_PNG,
        ),
        ConfigKey(
            "participation_required",
            "bool",
            "false",
            E.ACTIVE_PARTICIPATION_MUNICIPALITYS_PRACTICE,
        ),
        ConfigKey(
            "require_independent_barnekoordinator",
            "bool",
            "false",
            E.BARNEKOORDINATOR_MUST_INDEPENDENT_FAMILYS,
        ),
        ConfigKey(
            "barnekoordinator_past_18",
            "bool",
            "false",
            E.MUNICIPALITY_CONTINUES_BARNEKOORDINATOR_PAST,
        ),
        ConfigKey(
            "allow_synthetic_ids",
            "bool",
            "false",
            E.ACCEPT_SYNTHETIC_TEST_NUMBERS,
        ),
        ConfigKey(
            "forwarding_target_days",
            "int",
            "21",
            E.INTERNAL_TARGET_FORWARDING_APPEAL,
        ),
        ConfigKey(
            "postal_days",
            "int",
            "7",
            E.DAYS_POSTED_LETTER_TAKEN,
            least=0,
            most=60,
        ),
        ConfigKey(
            "send_target_days",
            "int",
            "7",
            E.INTERNAL_TARGET_SENDING_DECISION,
        ),
    )
}

_TRUE = {"true"}
_FALSE = {"false"}


def normalize_config_value(key: str, raw: str) -> str:
    """The value as stored (booleans as ``true``/``false``); InvalidInput when it does not fit."""
    spec = CONFIG_KEYS.get(key)
    if spec is None:
        known = ", ".join(CONFIG_KEYS)
        raise InvalidInput(E.UNKNOWN_CONFIGURATION_KEY, E.VALID_KEYS, key=key, known=known)
    value = raw.strip()
    if spec.type == "bool":
        if value.lower() in _TRUE:
            return "true"
        if value.lower() in _FALSE:
            return "false"
        raise InvalidInput(E.NOT_TRUE_OR_FALSE, E.EXAMPLE_SET_TRUE, key=key, raw=raw)
    if spec.type == "int":
        if not (value.isascii() and value.isdigit()) or not spec.least <= int(value) <= spec.most:
            raise InvalidInput(
                E.NOT_WHOLE_NUMBER_IN_RANGE,
                E.EXAMPLE_SET_DEFAULT,
                key=key,
                spec_least=spec.least,
                spec_most=spec.most,
                raw=raw,
                spec_default=spec.default,
            )
        return str(int(value))
    if not value:
        raise InvalidInput(E.VALUE_EMPTY, E.EXAMPLE_SET_TEXT, key=key)
    return value


@dataclass(frozen=True)
class Settings:
    """Typed configuration values, defaults filled in."""

    municipality: str | None = None
    unit_name: str | None = None
    unit_address: str | None = None
    participation_required: bool = False
    unit_phone: str | None = None
    unit_email: str | None = None
    statsforvalter: str | None = None
    logo: str | None = None
    require_independent_barnekoordinator: bool = False
    barnekoordinator_past_18: bool = False
    allow_synthetic_ids: bool = False
    forwarding_target_days: int = 21
    postal_days: int = 7
    send_target_days: int = 7


def typed_value(key: str, raw: str | None) -> str | bool | int | None:
    """A stored (normalized) value as its type: true/false as a bool, a number as an int."""
    spec = CONFIG_KEYS[key]
    if raw is None:
        return None
    if spec.type == "bool":
        return raw == "true"
    if spec.type == "int":
        return int(raw)
    if spec.type == "logo":
        found = decode_logo(raw)  # shown as what it is, never its bytes
        return f"{found[0]} ({len(found[1])} bytes)" if found else raw
    return raw


def settings_from(stored: dict[str, str]) -> Settings:
    """Settings from the stored strings, each missing key at its default."""
    values = {
        # a logo stays as stored (its format and bytes): decode_logo reads it
        key: stored.get(key)
        if spec.type == "logo"
        else typed_value(key, stored.get(key, spec.default))
        for key, spec in CONFIG_KEYS.items()
    }
    return Settings(**values)  # type: ignore[arg-type]


LOGO_MAX_BYTES = 1024 * 1024
"""A logo is at most 1 MiB: it is stored in the database and read for every PDF letter."""

_PNG = b"\x89PNG\r\n\x1a\n"


def logo_format(content: bytes, name: str) -> str:
    """``png`` or ``svg`` for a logo file's bytes; InvalidInput when it is neither, or over
    :data:`LOGO_MAX_BYTES` (``name`` names the file in the message)."""
    if len(content) > LOGO_MAX_BYTES:
        raise InvalidInput(E.TOO_BIG_LOGO_KIB, name=name, value=len(content) // 1024)
    if content.startswith(_PNG) and b"IHDR" in content[:32]:
        return "png"
    head = content[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if (head.startswith(b"<?xml") or head.startswith(b"<svg") or head.startswith(b"<!--")) and (
        b"<svg" in head
    ):
        return "svg"
    raise InvalidInput(E.NOT_PNG_OR_SVG, E.EXAMPLE_KECLI_CONFIG_SET, name=name)


def encode_logo(fmt: str, content: bytes) -> str:
    """A logo as stored: ``png:`` or ``svg:`` and its bytes in base64."""
    import base64

    return f"{fmt}:{base64.b64encode(content).decode('ascii')}"


def decode_logo(stored: str | None) -> tuple[str, bytes] | None:
    """The stored logo as (format, bytes), or None when there is none."""
    if not stored or ":" not in stored:
        return None
    import base64

    fmt, data = stored.split(":", 1)
    return fmt, base64.b64decode(data)
