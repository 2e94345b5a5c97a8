"""Settings for people."""

from __future__ import annotations

from kecli.i18n import tt
from kecli.render.console import console, table
from kecli.views import ConfigChangeView, ConfigEntryView


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


def config_changed(result: ConfigChangeView) -> None:
    """``config set``: the key and its new value."""
    print(f"{result['key']} = {result['value']}")
