"""Settings for people."""

from __future__ import annotations

from kecli.i18n import tt
from kecli.render.console import console, table
from kecli.views import ConfigChangeView, ConfigEntryView

#: The settings letters show (a placeholder where one is missing).
LETTER_FIELDS = (
    "municipality",
    "unit_name",
    "unit_address",
    "unit_phone",
    "unit_email",
    "logo",
    "statsforvalter",
)


def config_table(rows: list[ConfigEntryView]) -> None:
    """``config show``: every key, its value (or that it is unset or the default), and what
    it is for."""
    drawn = table(tt("Nøkkel", "Key"), tt("Verdi", "Value"), tt("Om", "About"))
    for row in rows:
        value = row["value"] if row["value"] is not None else tt("(ikke satt)", "(not set)")
        if row["is_default"] and row["value"] is not None:
            value += tt(" (standard)", " (default)")
        drawn.add_row(row["key"], value, tt(row["help_nb"], row["help_en"]))
    console().print(drawn)
    missing = [row["key"] for row in rows if row["key"] in LETTER_FIELDS and row["value"] is None]
    if missing:
        listed = ", ".join(missing)
        console().print(
            tt(
                f"Brevene mangler ennå: {listed} (kecli config set NØKKEL VERDI).",
                f"Letters still lack: {listed} (kecli config set KEY VALUE).",
            )
        )


def config_changed(result: ConfigChangeView) -> None:
    """``config set``: the key and its new value."""
    print(f"{result['key']} = {result['value']}")
