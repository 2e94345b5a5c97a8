"""The configuration keys of SPEC § 4, their defaults and how each value is checked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kecli.errors import InvalidInput, Msg

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
            Msg("Kommunens navn, brukt i brev.", "The municipality's name, used in letters."),
        ),
        ConfigKey(
            "unit_name",
            "text",
            None,
            Msg("Enhetens navn, brukt i brev.", "The unit's name, used in letters."),
        ),
        ConfigKey(
            "unit_address",
            "text",
            None,
            Msg(
                "Enhetens postadresse, som klager sendes til.",
                "The unit's postal address, where appeals are sent.",
            ),
        ),
        ConfigKey(
            "unit_phone",
            "text",
            None,
            Msg(
                "Enhetens telefonnummer, brukt i brev.", "The unit's phone number, used in letters."
            ),
        ),
        ConfigKey(
            "unit_email",
            "text",
            None,
            Msg(
                "Enhetens e-postadresse, brukt i brev.",
                "The unit's e-mail address, used in letters.",
            ),
        ),
        ConfigKey(
            "statsforvalter",
            "text",
            None,
            Msg(
                "Statsforvalteren som avgjør klager, som brevene nevner (for eksempel "
                "«Statsforvalteren i Oslo og Viken»).",
                "The statsforvalter who decides appeals, named in letters (for example "
                "'Statsforvalteren i Oslo og Viken').",
            ),
        ),
        ConfigKey(
            "logo",
            "logo",
            None,
            Msg(
                "Kommunens logo i brevene: en PNG- eller SVG-fil (høyst 1 MiB), lagret i "
                "databasen.",
                "The municipality's logo on letters: a PNG or SVG file (at most 1 MiB), stored "
                "in the database.",
            ),
        ),
        ConfigKey(
            "participation_required",
            "bool",
            "false",
            Msg(
                "Aktiv deltakelse (kommunens praksis, ikke loven) er et vilkår for koordinator.",
                "Active participation (the municipality's practice, not the statute) is a "
                "condition for a koordinator.",
            ),
        ),
        ConfigKey(
            "require_independent_barnekoordinator",
            "bool",
            "false",
            Msg(
                "Barnekoordinator må være uavhengig av familiens tjenesteytere.",
                "A barnekoordinator must be independent of the family's service providers.",
            ),
        ),
        ConfigKey(
            "barnekoordinator_past_18",
            "bool",
            "false",
            Msg(
                "Kommunen viderefører barnekoordinator etter 18 år (retten i loven slutter ved 18).",
                "The municipality continues a barnekoordinator past 18 (the statutory right ends "
                "at 18).",
            ),
        ),
        ConfigKey(
            "allow_synthetic_ids",
            "bool",
            "false",
            Msg(
                "Godta syntetiske testnumre (opplærings- og demodatabaser).",
                "Accept synthetic test numbers (training and demo databases).",
            ),
        ),
        ConfigKey(
            "forwarding_target_days",
            "int",
            "21",
            Msg(
                "Internt mål for å sende klage videre til statsforvalteren (dager).",
                "Internal target for forwarding an appeal to statsforvalteren (days).",
            ),
        ),
        ConfigKey(
            "postal_days",
            "int",
            "7",
            Msg(
                "Dager et brev i posten regnes å bruke før det er fram, så lenge dagen det "
                "kom ikke er registrert (gir en anslått klagefrist).",
                "Days a posted letter is taken to need to arrive while the day it arrived is "
                "not recorded (gives an estimated appeal deadline).",
            ),
            least=0,
            most=60,
        ),
        ConfigKey(
            "send_target_days",
            "int",
            "7",
            Msg(
                "Internt mål for å sende en avgjørelse etter at den er tatt (dager).",
                "Internal target for sending a decision after it is made (days).",
            ),
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
        raise InvalidInput(
            Msg(f"Ukjent innstilling «{key}».", f"Unknown configuration key '{key}'."),
            Msg(f"Gyldige nøkler: {known}", f"Valid keys: {known}"),
        )
    value = raw.strip()
    if spec.type == "bool":
        if value.lower() in _TRUE:
            return "true"
        if value.lower() in _FALSE:
            return "false"
        raise InvalidInput(
            Msg(
                f"{key} må være true eller false, ikke «{raw}».",
                f"{key} must be true or false, not '{raw}'.",
            ),
            Msg(f"Eksempel: kecli config set {key} true", f"Example: kecli config set {key} true"),
        )
    if spec.type == "int":
        if not (value.isascii() and value.isdigit()) or not spec.least <= int(value) <= spec.most:
            raise InvalidInput(
                Msg(
                    f"{key} må være et helt tall fra {spec.least} til {spec.most}, ikke «{raw}».",
                    f"{key} must be a whole number from {spec.least} to {spec.most}, not '{raw}'.",
                ),
                Msg(
                    f"Eksempel: kecli config set {key} {spec.default}",
                    f"Example: kecli config set {key} {spec.default}",
                ),
            )
        return str(int(value))
    if not value:
        raise InvalidInput(
            Msg(f"{key} kan ikke være tom.", f"{key} cannot be empty."),
            Msg(f'Eksempel: kecli config set {key} "…"', f'Example: kecli config set {key} "…"'),
        )
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
        raise InvalidInput(
            Msg(
                f"{name} er for stor til en logo ({len(content) // 1024} KiB; høyst 1 MiB).",
                f"{name} is too big for a logo ({len(content) // 1024} KiB; at most 1 MiB).",
            )
        )
    if content.startswith(_PNG) and b"IHDR" in content[:32]:
        return "png"
    head = content[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if (head.startswith(b"<?xml") or head.startswith(b"<svg") or head.startswith(b"<!--")) and (
        b"<svg" in head
    ):
        return "svg"
    raise InvalidInput(
        Msg(
            f"{name} er ikke en PNG- eller SVG-fil.",
            f"{name} is not a PNG or SVG file.",
        ),
        Msg("Eksempel: kecli config set logo logo.png", "Example: kecli config set logo logo.png"),
    )


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
