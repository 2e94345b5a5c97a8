"""``kecli today``: the acting caseworker's day on one screen."""

from typing import Annotated

import typer

from kecli.cli.options import JsonOpt
from kecli.cli.state import service_ctx


def today(
    all_cases: Annotated[bool, typer.Option("--all")] = False,
    json_out: JsonOpt = False,
) -> None:
    from kecli.services.today import todays_work

    report = todays_work(service_ctx(), all_cases=all_cases)
    if json_out:
        from kecli.cli.output import print_json

        print_json(report.as_dict())
        return
    from kecli.render.today import today_screen

    today_screen(report)
