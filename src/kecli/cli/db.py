"""``kecli db …``: the schema."""

from __future__ import annotations

from typing import Annotated

import typer

from kecli.cli.options import JsonOpt
from kecli.cli.output import print_json
from kecli.cli.state import service_ctx
from kecli.i18n import tt

db_app = typer.Typer(
    help="The database: schema upgrades and backups. / Databasen.", no_args_is_help=True
)


@db_app.command("upgrade")
def db_upgrade(
    json_out: JsonOpt = False,
) -> None:
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


@db_app.command("backup")
def db_backup(
    path: Annotated[str, typer.Argument(metavar="PATH", help="Where to write the copy.")],
    force: Annotated[bool, typer.Option("--force", help="Overwrite PATH if it exists.")] = False,
    json_out: JsonOpt = False,
) -> None:
    """An online, consistent copy of a live SQLite database. / Sikkerhetskopi."""
    from pathlib import Path

    from kecli.services.database import backup_database

    result = backup_database(service_ctx(), Path(path), force=force)
    if json_out:
        print_json(result)
        return
    print(
        tt(
            f"Kopi skrevet til {result['target']} ({result['bytes']} byte).",
            f"Copy written to {result['target']} ({result['bytes']} bytes).",
        )
    )
