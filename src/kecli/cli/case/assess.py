"""``kecli case assess``: the law's criteria answered by flags or, at a terminal, one
question at a time; then the decision."""

from typing import Annotated

import typer

from kecli.cli.fields import said
from kecli.cli.options import CaseArg, JsonOpt, parse_date_option
from kecli.cli.output import emit
from kecli.cli.state import interactive, service_ctx
from kecli.i18n.errors import cli as C

app = typer.Typer()


def _pairs(values: list[str] | None, field: str) -> list[tuple[str, str]]:
    """``CODE=VALUE`` options (of ``field``) as pairs; each code once."""
    from kecli.errors import InvalidInput

    pairs: list[tuple[str, str]] = []
    seen: set[str] = set()
    for value in values or []:
        code, sep, rest = value.partition("=")
        code = code.strip()
        if not sep or not code:
            raise InvalidInput(
                C.CODE_VALUE_MALFORMED, C.CODE_VALUE_EXAMPLE, field=field, value=value
            )
        if code in seen:
            raise InvalidInput(C.CODE_GIVEN_TWICE, field=field, code=code)
        seen.add(code)
        pairs.append((code, rest.strip()))
    return pairs


@app.command("assess")
def case_assess(
    case: CaseArg,
    answer: Annotated[
        list[str] | None,
        typer.Option(
            "--answer",
            metavar="CODE=yes|no",
        ),
    ] = None,
    note: Annotated[
        list[str] | None,
        typer.Option("--note", metavar="CODE=TEXT"),
    ] = None,
    wants_ip: Annotated[
        bool | None,
        typer.Option("--wants-ip/--no-ip"),
    ] = None,
    decided_on: Annotated[
        str | None,
        typer.Option(
            "--decided-on",
            metavar="DATE",
        ),
    ] = None,
    notified_on: Annotated[
        str | None,
        typer.Option(
            "--notified-on",
            metavar="DATE",
        ),
    ] = None,
    reason: Annotated[
        str | None,
        typer.Option("--reason", metavar="TEXT"),
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    from kecli.domain.eligibility import parse_answer
    from kecli.render.decisions import decision_line
    from kecli.services.decisions import AssessInput, assess_case, assessment_form

    data = AssessInput(
        answers={code: parse_answer(value) for code, value in _pairs(answer, "answer")},
        notes=dict(_pairs(note, "note")),
        wants_ip=bool(wants_ip),
        decided_on=parse_date_option(decided_on, "--decided-on"),
        notified_on=parse_date_option(notified_on, "--notified-on"),
        reason=reason,
    )
    if interactive():
        form = assessment_form(service_ctx(), case, data)
        unanswered = [
            c["code"]
            for c in form["criteria"]
            if c["code"] not in data.answers and form["derived"].get(c["code"]) is None
        ]
        if unanswered or wants_ip is None:
            from kecli.cli.case.assess_walk import assess_walk

            data = assess_walk(case, data, ask_ip=wants_ip is None)
    outcome = assess_case(service_ctx(), case, data)
    from kecli.cli.output import warn

    for warning in outcome.warnings:
        warn(said(warning))
    from kecli.cli.typed_text import warn_numbers_in

    warn_numbers_in(note=data.notes.values(), reason=data.reason)
    emit(
        outcome.case,
        json_out,
        lambda case: decision_line(case["id"], outcome.decision),
        then=f"kecli case letter {outcome.case['id']}",
    )
