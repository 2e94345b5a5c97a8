"""``kecli db …``: the schema."""

from typing import Annotated

import typer

from kecli.cli.options import JsonOpt
from kecli.cli.output import emit
from kecli.cli.state import service_ctx

db_app = typer.Typer(no_args_is_help=True)  # its words: kecli.i18n.help


@db_app.command("upgrade")
def db_upgrade(
    json_out: JsonOpt = False,
) -> None:
    from kecli.render.database import schema_upgraded
    from kecli.services.database import upgrade_schema

    emit(upgrade_schema(service_ctx()), json_out, schema_upgraded)


@db_app.command("backup")
def db_backup(
    path: Annotated[str, typer.Argument(metavar="PATH")],
    force: Annotated[bool, typer.Option("--force")] = False,
    json_out: JsonOpt = False,
) -> None:
    from pathlib import Path

    from kecli.render.database import backup_written
    from kecli.services.database import backup_database

    emit(backup_database(service_ctx(), Path(path), force=force), json_out, backup_written)
