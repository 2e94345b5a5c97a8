"""``kecli case find``: the phone rings — find the case."""

from typing import Annotated

import typer

from kecli.cli.options import JsonOpt
from kecli.cli.output import emit
from kecli.cli.state import service_ctx

app = typer.Typer()


@app.command("find")
def case_find(
    text: Annotated[str, typer.Argument(metavar="TEXT")],
    limit: Annotated[int, typer.Option("--limit", metavar="N")] = 20,
    json_out: JsonOpt = False,
) -> None:
    from kecli.render.cases import found_table
    from kecli.services.find import find_cases

    views = find_cases(service_ctx(), text, limit=limit)
    emit(views, json_out, lambda v: found_table(v, text))
