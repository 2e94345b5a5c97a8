"""Settings for people."""

from __future__ import annotations

from kecli.i18n import Msg, t, tf
from kecli.i18n import labels as L
from kecli.i18n.results import CONFIG_CHANGED, LETTERS_LACK
from kecli.render.console import console, table
from kecli.views.admin import ConfigChangeView, ConfigEntryView

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
    it is for. Keys and values are shown as ``config set`` takes them."""
    drawn = table(t(L.KEY), t(L.VALUE), t(L.ABOUT))
    for row in rows:
        value = row["value"] if row["value"] is not None else t(L.NOT_SET)
        if row["is_default"] and row["value"] is not None:
            value += f" {t(L.DEFAULT)}"
        drawn.add_row(row["key"], value, t(Msg(row["help_nb"], row["help_en"])))
    console().print(drawn)
    missing = [row["key"] for row in rows if row["key"] in LETTER_FIELDS and row["value"] is None]
    if missing:
        console().print(tf(LETTERS_LACK, keys=", ".join(missing)))


def config_changed(result: ConfigChangeView) -> None:
    """``config set``: the key and its new value."""
    print(tf(CONFIG_CHANGED, key=result["key"], value=result["value"]))
