"""``kecli config …``: settings stored in the database."""

from typing import Annotated

import typer

from kecli.cli.options import JsonOpt
from kecli.cli.output import emit
from kecli.cli.state import service_ctx

config_app = typer.Typer(no_args_is_help=True)  # its words: kecli.i18n.help


@config_app.command("show")
def config_show(
    json_out: JsonOpt = False,
) -> None:
    from kecli.domain.config import typed_value
    from kecli.render.config import config_table
    from kecli.services.config import show_config

    rows = show_config(service_ctx())
    # JSON is typed: booleans as true/false, numbers as numbers, unset as null
    typed = {row["key"]: typed_value(row["key"], row["value"]) for row in rows}
    emit(typed, json_out, lambda _: config_table(rows))


# A negative number is a value here (``config set postal_days -1`` is refused by the
# key's range, naming the key), not an unknown option.
@config_app.command("set", context_settings={"ignore_unknown_options": True})
def config_set(
    key: Annotated[str, typer.Argument(metavar="KEY")],
    value: Annotated[str, typer.Argument(metavar="VALUE")],
    json_out: JsonOpt = False,
) -> None:
    from kecli.domain.config import typed_value
    from kecli.render.config import config_changed
    from kecli.services.config import set_config

    check = None
    if key.strip() == "logo":  # drawn once now, so no letter fails on it later
        from kecli.render.letters.pdf import check_logo as check

    result = set_config(service_ctx(), key, value, check_logo=check)
    typed = {name: typed_value(result["key"], result[name]) for name in ("value", "previous")}
    emit(result | typed, json_out, lambda _: config_changed(result))
