"""``kecli config …``: settings stored in the database."""

from __future__ import annotations

from typing import Annotated

import typer

from kecli.cli.options import JsonOpt
from kecli.cli.output import print_json
from kecli.cli.state import service_ctx
from kecli.i18n import tt

config_app = typer.Typer(
    help="Settings, stored in the database. / Innstillinger.", no_args_is_help=True
)


@config_app.command("show")
def config_show(
    json_out: JsonOpt = False,
) -> None:
    """Show every setting and its value. / Vis innstillingene."""
    from kecli.services.config import show_config

    rows = show_config(service_ctx())
    if json_out:  # typed: booleans as true/false, numbers as numbers, unset as null
        from kecli.domain.config import typed_value

        print_json({row["key"]: typed_value(row["key"], row["value"]) for row in rows})
        return
    from rich.table import Table

    from kecli.render.console import console

    table = Table(box=None, header_style="bold", pad_edge=False)
    for header in (tt("Nøkkel", "Key"), tt("Verdi", "Value"), tt("Om", "About")):
        table.add_column(header)
    for row in rows:
        value = row["value"] if row["value"] is not None else tt("(ikke satt)", "(not set)")
        if row["is_default"] and row["value"] is not None:
            value += tt(" (standard)", " (default)")
        table.add_row(row["key"], value, tt(row["help_nb"], row["help_en"]))
    console().print(table)


# A negative number is a value here (``config set postal_days -1`` is refused by the
# key's range, naming the key), not an unknown option.
@config_app.command("set", context_settings={"ignore_unknown_options": True})
def config_set(
    key: Annotated[str, typer.Argument(help="The setting's name (see config show).")],
    value: Annotated[str, typer.Argument(help="The new value; booleans are true/false.")],
    json_out: JsonOpt = False,
) -> None:
    """Change a setting. / Endre en innstilling."""
    from kecli.services.config import set_config

    result = set_config(service_ctx(), key, value)
    if json_out:
        from kecli.domain.config import typed_value

        key = result["key"]
        typed = {name: typed_value(key, result[name]) for name in ("value", "previous")}
        print_json(result | typed)
        return
    print(f"{result['key']} = {result['value']}")
