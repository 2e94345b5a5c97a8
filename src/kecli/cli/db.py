"""``kecli db …``: the schema."""

from __future__ import annotations

import typer

from kecli.cli.options import JsonOpt
from kecli.cli.output import print_json
from kecli.cli.state import service_ctx
from kecli.i18n import tt

db_app = typer.Typer(help="The database: schema upgrades. / Databasen.", no_args_is_help=True)


@db_app.command("upgrade")
def db_upgrade(json_out: JsonOpt = False) -> None:
    """Apply pending schema migrations. / Oppgrader skjemaet."""
    from kecli.services.database import upgrade_schema

    result = upgrade_schema(service_ctx())
    if json_out:
        print_json(result)
        return
    if result["before"] == result["after"]:
        print(
            tt(
                f"Skjemaet er allerede oppdatert ({result['after']}).",
                f"The schema is already up to date ({result['after']}).",
            )
        )
    else:
        print(
            tt(
                f"Skjemaet er oppgradert: {result['before'] or '—'} → {result['after']}.",
                f"The schema was upgraded: {result['before'] or '—'} → {result['after']}.",
            )
        )
