"""``kecli case …``: register, list, show, close and reopen cases."""

from __future__ import annotations

from typing import Annotated

import typer

from kecli.cli.options import (
    CaseArg,
    CoordinatorFilterOpt,
    JsonOpt,
    KindFilterOpt,
    NoInputOpt,
    StatusFilterOpt,
    choices,
    missing,
    parse_date_option,
)
from kecli.cli.output import next_step, print_json
from kecli.cli.state import interactive, service_ctx
from kecli.errors import Msg
from kecli.i18n import tt

case_app = typer.Typer(
    help="Cases: register, list, show, assess, close. / Saker: registrer, vis, vurder, avslutt.",
    no_args_is_help=True,
)

KINDS = ("koordinator", "barnekoordinator")
CHANNELS = ("skjema", "brev", "telefon", "epost", "oppmote", "annet")
SEND_VIAS = ("post", "digital", "hand")


@case_app.command("new")
def case_new(
    name: Annotated[
        str | None, typer.Option("--name", metavar="TEXT", help="The person's full name.")
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            metavar="koordinator|barnekoordinator",
            autocompletion=choices(KINDS),
            help="What is asked for.",
        ),
    ] = None,
    fnr: Annotated[
        str | None,
        typer.Option(
            "--fnr", metavar="FNR", help="Fødselsnummer or D-nummer (11 digits, checked)."
        ),
    ] = None,
    birth_date: Annotated[
        str | None,
        typer.Option(
            "--birth-date",
            metavar="DATE",
            help="Birth date, when there is no fnr or its century cannot be known.",
        ),
    ] = None,
    expected_birth_date: Annotated[
        str | None,
        typer.Option(
            "--expected-birth-date",
            metavar="DATE",
            help="Expected birth date of an unborn child (barnekoordinator).",
        ),
    ] = None,
    received: Annotated[
        str | None,
        typer.Option(
            "--received", metavar="DATE", help="When the inquiry came in (default today)."
        ),
    ] = None,
    channel: Annotated[
        str | None,
        typer.Option(
            "--channel",
            metavar="|".join(CHANNELS),
            autocompletion=choices(CHANNELS),
            help="How the inquiry came in (default skjema).",
        ),
    ] = None,
    guardian: Annotated[
        list[str] | None,
        typer.Option(
            "--guardian",
            metavar="NAME",
            help="Parent or whoever consents for a child (repeatable).",
        ),
    ] = None,
    note: Annotated[
        str | None, typer.Option("--note", metavar="TEXT", help="A short note.")
    ] = None,
    json_out: JsonOpt = False,
    no_input: NoInputOpt = False,
) -> None:
    """Register an inquiry (henvendelse). / Registrer en henvendelse."""
    from kecli.services.cases import NewCase, new_case

    data = NewCase(
        name=name or "",
        kind=kind or "",
        fnr=fnr,
        birth_date=parse_date_option(birth_date, "--birth-date"),
        expected_birth_date=parse_date_option(expected_birth_date, "--expected-birth-date"),
        received_on=parse_date_option(received, "--received"),
        channel=channel or "skjema",
        guardians=list(guardian or []),
        note=note,
    )
    if name is None or kind is None:
        if not interactive(no_input):
            raise missing("--name" if name is None else "--kind")
        from kecli.cli.walks import new_case_walk

        data = new_case_walk(
            data,
            given={
                "name": name is not None,
                "kind": kind is not None,
                "fnr": fnr is not None,
                "birth_date": birth_date is not None,
                "expected_birth_date": expected_birth_date is not None,
                "received": received is not None,
                "channel": channel is not None,
                "guardian": bool(guardian),
                "note": note is not None,
            },
        )
    view = new_case(service_ctx(), data)
    if json_out:
        print_json(view)
        return
    from kecli.render.cases import case_summary

    case_summary(view, "Registrert", "Registered")
    next_step(f"kecli case assess {view['id']}")


@case_app.command("list")
def case_list(
    status: StatusFilterOpt = None,
    kind: KindFilterOpt = None,
    coordinator: CoordinatorFilterOpt = None,
    without_coordinator: Annotated[
        bool,
        typer.Option(
            "--without-coordinator", help="Only granted, open cases with no active coordinator."
        ),
    ] = False,
    json_out: JsonOpt = False,
    no_input: NoInputOpt = False,  # accepted for scripts; never prompts
) -> None:
    """List cases. / Vis saker."""
    from kecli.services.cases import list_cases

    views = list_cases(
        service_ctx(),
        statuses=status or (),
        kinds=kind or (),
        coordinator=coordinator,
        without_coordinator=without_coordinator,
    )
    if json_out:
        print_json(views)
        return
    from kecli.render.cases import case_table

    case_table(views)


@case_app.command("show")
def case_show(
    case: CaseArg,
    show_fnr: Annotated[
        bool,
        typer.Option("--show-fnr", help="Show the full fødselsnummer (written to the audit log)."),
    ] = False,
    json_out: JsonOpt = False,
    no_input: NoInputOpt = False,  # accepted for scripts; never prompts
) -> None:
    """Everything about one case. / Alt om én sak."""
    from kecli.services.views import show_case

    view = show_case(service_ctx(), case, show_fnr=show_fnr)
    if json_out:
        print_json(view)
        return
    from kecli.render.cases import case_detail

    case_detail(view)


ReasonOpt = Annotated[str | None, typer.Option("--reason", metavar="TEXT", help="Why (required).")]


def _reason(reason: str | None, no_input: bool, question: str) -> str:
    if reason is not None:
        return reason
    if not interactive(no_input):
        raise missing("--reason")
    from kecli.cli.prompts import ask_text
    from kecli.errors import InvalidInput

    def required(text: str) -> None:
        if not text.strip():
            raise InvalidInput(Msg("En begrunnelse må gis.", "A reason must be given."))

    return ask_text(question, check=required)


@case_app.command("close")
def case_close(
    case: CaseArg,
    reason: ReasonOpt = None,
    on: Annotated[
        str | None,
        typer.Option("--on", metavar="DATE", help="When the case ended (default today)."),
    ] = None,
    json_out: JsonOpt = False,
    no_input: NoInputOpt = False,
) -> None:
    """Close a case, with a reason. / Avslutt en sak, med begrunnelse."""
    from kecli.services.cases import close_case

    closed_on = parse_date_option(on, "--on")
    text = _reason(reason, no_input, tt("Hvorfor avsluttes saken?", "Why is the case closed?"))
    view = close_case(service_ctx(), case, reason=text, on=closed_on)
    if json_out:
        print_json(view)
        return
    from kecli.render.cases import case_summary

    case_summary(view, "Avsluttet", "Closed")
    next_step(f"kecli case show {view['id']}")


@case_app.command("reopen")
def case_reopen(
    case: CaseArg,
    reason: ReasonOpt = None,
    json_out: JsonOpt = False,
    no_input: NoInputOpt = False,
) -> None:
    """Reopen a closed case, with a reason. / Gjenåpne en avsluttet sak."""
    from kecli.services.cases import reopen_case

    text = _reason(reason, no_input, tt("Hvorfor gjenåpnes saken?", "Why is the case reopened?"))
    view = reopen_case(service_ctx(), case, reason=text)
    if json_out:
        print_json(view)
        return
    from kecli.render.cases import case_summary

    case_summary(view, "Gjenåpnet", "Reopened")
    next_step(f"kecli case show {view['id']}")


def _pairs(values: list[str] | None, option: str) -> list[tuple[str, str]]:
    """``CODE=VALUE`` options as pairs; each code once."""
    from kecli.errors import InvalidInput

    pairs: list[tuple[str, str]] = []
    seen: set[str] = set()
    for value in values or []:
        code, sep, rest = value.partition("=")
        code = code.strip()
        if not sep or not code:
            raise InvalidInput(
                Msg(
                    f"{option} må skrives KODE=VERDI, ikke «{value}».",
                    f"{option} must be written CODE=VALUE, not '{value}'.",
                ),
                Msg(f"Eksempel: {option} services=yes", f"Example: {option} services=yes"),
            )
        if code in seen:
            raise InvalidInput(
                Msg(f"{option} {code} er gitt to ganger.", f"{option} {code} is given twice.")
            )
        seen.add(code)
        pairs.append((code, rest.strip()))
    return pairs


@case_app.command("assess")
def case_assess(
    case: CaseArg,
    answer: Annotated[
        list[str] | None,
        typer.Option(
            "--answer",
            metavar="CODE=yes|no",
            help="A criterion's answer (repeatable; every criterion must be answered; "
            "participation is recorded, and decides only with config participation_required).",
        ),
    ] = None,
    note: Annotated[
        list[str] | None,
        typer.Option("--note", metavar="CODE=TEXT", help="A note on a criterion (repeatable)."),
    ] = None,
    wants_ip: Annotated[
        bool | None,
        typer.Option("--wants-ip/--no-ip", help="Whether the person wants an individuell plan."),
    ] = None,
    decided_on: Annotated[
        str | None,
        typer.Option(
            "--decided-on",
            metavar="DATE",
            help="Date of the decision (default today; a barnekoordinator from 2022-08-01).",
        ),
    ] = None,
    notified_on: Annotated[
        str | None,
        typer.Option(
            "--notified-on",
            metavar="DATE",
            help="When the decision reached the person (e.g. handed over in a meeting); "
            "without it the appeal deadline waits for case notify.",
        ),
    ] = None,
    reason: Annotated[
        str | None,
        typer.Option(
            "--reason", metavar="TEXT", help="The reasons (default: the criteria that are not met)."
        ),
    ] = None,
    json_out: JsonOpt = False,
    no_input: NoInputOpt = False,
) -> None:
    """Assess a case against the law's criteria and decide. / Vurder og avgjør en sak."""
    from kecli.domain.eligibility import parse_answer
    from kecli.services.decisions import AssessInput, assess_case, assessment_form

    data = AssessInput(
        answers={code: parse_answer(value) for code, value in _pairs(answer, "--answer")},
        notes=dict(_pairs(note, "--note")),
        wants_ip=bool(wants_ip),
        decided_on=parse_date_option(decided_on, "--decided-on"),
        notified_on=parse_date_option(notified_on, "--notified-on"),
        reason=reason,
    )
    if interactive(no_input):
        form = assessment_form(service_ctx(), case, data)
        unanswered = [
            c["code"]
            for c in form["criteria"]
            if c["code"] not in data.answers and form["derived"].get(c["code"]) is None
        ]
        if unanswered or wants_ip is None:
            from kecli.cli.walks import assess_walk

            data = assess_walk(case, data, ask_ip=wants_ip is None)
    outcome = assess_case(service_ctx(), case, data)
    from kecli.cli.output import warn
    from kecli.i18n import t

    for warning in outcome.warnings:
        warn(t(warning))
    if json_out:
        print_json(outcome.case)
        return
    from kecli.render.decisions import decision_line

    decision_line(outcome.case["id"], outcome.decision)
    next_step(f"kecli case letter {outcome.case['id']}")


@case_app.command("notify")
def case_notify(
    case: CaseArg,
    sent_on: Annotated[
        str | None,
        typer.Option(
            "--sent-on",
            metavar="DATE",
            help="The day the letter left the unit (with --via).",
        ),
    ] = None,
    via: Annotated[
        str | None,
        typer.Option(
            "--via",
            metavar="post|digital|hand",
            autocompletion=choices(SEND_VIAS),
            help="How it was sent (with --sent-on): hand and digital reach the person that "
            "day; post gives an estimated deadline (config postal_days) until --on.",
        ),
    ] = None,
    on: Annotated[
        str | None,
        typer.Option(
            "--on",
            metavar="DATE",
            help="The day the decision reached the person: the appeal deadline is then known.",
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Also when an appeal already filed becomes late and over a year old "
            "(fvl § 31); needs --reason.",
        ),
    ] = False,
    reason: Annotated[
        str | None, typer.Option("--reason", metavar="TEXT", help="Why --force.")
    ] = None,
    json_out: JsonOpt = False,
    no_input: NoInputOpt = False,  # accepted for scripts; never prompts
) -> None:
    """Record when the decision was sent and reached the person; the appeal deadline follows.
    / Registrer når avgjørelsen ble sendt og kom fram."""
    from kecli.services.notices import NotifyInput, notify_case

    data = NotifyInput(
        sent_on=parse_date_option(sent_on, "--sent-on"),
        via=via,
        on=parse_date_option(on, "--on"),
        force=force,
        reason=reason,
    )
    view = notify_case(service_ctx(), case, data)
    if json_out:
        print_json(view)
        return
    from kecli.render.decisions import decision_line

    decision_line(view["id"], view["decision"])
    if view["decision"]["appeal_deadline_estimated"]:
        next_step(f"kecli case notify {view['id']} --on DATE")
    else:
        next_step(f"kecli case show {view['id']}")


@case_app.command("letter")
def case_letter(
    case: CaseArg,
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write the letter to FILE (default stdout)."
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            metavar="nb|en",
            help="Language of the letter (default nb; KECLI_LANG=en gives English).",
        ),
    ] = None,
    no_input: NoInputOpt = False,  # accepted for scripts; never prompts
) -> None:
    """The decision letter in Markdown. / Vedtaksbrevet i Markdown."""
    import os
    import sys

    from kecli.cli.output import document_language, open_private_output, warn
    from kecli.i18n.letters import PLACEHOLDER
    from kecli.render.letters import decision_letter, to_markdown
    from kecli.services.checks import check_output_file
    from kecli.services.notices import letter_data

    chosen = document_language(lang)
    fd: int | None = None
    if output:
        # The file is opened before the letter is made and logged: a path that cannot be
        # written is a clear error with nothing in the log (a letter is overwritten).
        check_output_file(output, force=True)
        fd, created = open_private_output(output)
    try:
        data = letter_data(service_ctx(), case)
    except BaseException:
        if fd is not None:
            os.close(fd)
            if created:
                os.unlink(output)  # type: ignore[arg-type]
        raise
    letter = decision_letter(data, chosen)
    text = to_markdown(letter)
    for key in letter.placeholders:
        shown = PLACEHOLDER[key].pick(chosen, False)
        warn(
            tt(
                f"{key} er ikke satt; brevet viser {shown}",
                f"{key} is not set; the letter shows {shown}",
            )
        )
    if fd is not None:
        os.ftruncate(fd, 0)  # only now: a failed letter leaves an older file as it was
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        print(
            tt(f"Brevet er skrevet til {output}.", f"The letter was written to {output}."),
            file=sys.stderr,
        )
    else:
        print(text, end="")
