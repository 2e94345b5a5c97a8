"""``kecli case reply``: a foreløpig svar (fvl § 11 a) was sent, promising a decision."""

from typing import Annotated

import typer

from kecli.cli.options import CaseArg, JsonOpt, missing, parse_date_option
from kecli.cli.output import emit
from kecli.cli.state import interactive, service_ctx

app = typer.Typer()


def _expect(expect: str | None) -> str:
    """``--expect``, or in a terminal the date asked for."""
    if expect is not None:
        return expect
    if not interactive():
        raise missing("--expect")
    from kecli import env
    from kecli.cli.prompts import ask_text
    from kecli.domain.dates import parse_date
    from kecli.i18n import t
    from kecli.i18n.prompts import EXPECT

    return ask_text(t(EXPECT), check=lambda text: parse_date(text, today=env.today()))


@app.command("reply")
def case_reply(
    case: CaseArg,
    on: Annotated[str | None, typer.Option("--on", metavar="DATE")] = None,
    expect: Annotated[str | None, typer.Option("--expect", metavar="DATE")] = None,
    json_out: JsonOpt = False,
) -> None:
    from kecli.render.cases import reply_summary
    from kecli.services.cases import reply_case

    replied_on = parse_date_option(on, "--on")
    expected = parse_date_option(_expect(expect), "--expect")
    assert expected is not None
    view = reply_case(service_ctx(), case, on=replied_on, expect=expected)
    emit(view, json_out, reply_summary, then=f"kecli case assess {view['id']}")
