"""The root command: global options, sub-apps, and the error boundary."""

import gc
import sys
from typing import Annotated, Any, NamedTuple

import typer
from typer import Abort, Exit
from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError
from typer.core import TyperGroup

from kecli import __version__
from kecli.cli.arguments import beyond_the_calendar, checked
from kecli.cli.coercion import defer_conversion
from kecli.cli.errors import one_line, report, report_bug, report_interrupt
from kecli.cli.help import KecliContext, command_help, put_words
from kecli.cli.state import STATE
from kecli.cli.today import today
from kecli.errors import KecliError
from kecli.i18n import t, tt
from kecli.i18n.help import START_HINT

defer_conversion()  # a command's --help, and the root's options not given, load no Pydantic


class Group(NamedTuple):
    module: str
    attribute: str  # the Typer app in ``module``; its help is kecli.i18n.help's


#: The command groups, in the order --help lists them. Each is imported only when it is
#: used, so ``kecli case show`` never builds the plan commands, and ``--help``,
#: ``--version`` or Tab completion builds none.
GROUPS: dict[str, Group] = {
    "case": Group("kecli.cli.case", "case_app"),
    "coordinator": Group("kecli.cli.coordinator", "coordinator_app"),
    "plan": Group("kecli.cli.plan", "plan_app"),
    "appeal": Group("kecli.cli.appeal", "appeal_app"),
    "report": Group("kecli.cli.report", "report_app"),
    "export": Group("kecli.cli.export", "export_app"),
    "import": Group("kecli.cli.import_", "import_app"),
    "audit": Group("kecli.cli.audit", "audit_app"),
    "config": Group("kecli.cli.config", "config_app"),
    "db": Group("kecli.cli.db", "db_app"),
}


def load_group(name: str, no_input: Any) -> Any:
    """The click group of one command group, built from its Typer app on first use; each
    of its commands takes ``no_input`` (the root's ``--no-input``) after it as well."""
    import importlib

    from typer.main import get_group

    group_of = GROUPS[name]
    sub_app = getattr(importlib.import_module(group_of.module), group_of.attribute)
    sub_app.rich_markup_mode = None  # plain help, as for the root
    group = get_group(sub_app)
    group.name = name

    def take_no_input(commands: Any) -> None:
        for command in commands.values():
            command.params.append(no_input)
            command.callback = checked(command.callback, command.params)
            take_no_input(getattr(command, "commands", {}))  # a group's commands too

    take_no_input(group.commands)
    put_words(group, name)  # in the language of this run
    return group


def _no_input_after_the_command(root: Any) -> Any:
    """The root's ``--no-input`` as every command accepts it after the command too, so that a
    script can always pass it (commands that never prompt as well): it only ever turns
    prompts off, and passes nothing to the command's function."""
    import copy

    option = copy.copy(next(p for p in root.params if p.name == "no_input"))
    option.expose_value = False

    def given(_ctx: Any, _param: Any, value: bool) -> bool:
        STATE.no_input = STATE.no_input or bool(value)
        return bool(value)

    option.callback = given
    return option


class KecliGroup(TyperGroup):
    """Runs the command tree and turns every failure into SPEC § 3's message and exit code."""

    context_class = KecliContext

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        put_words(self, "")  # Typer builds the root on each run: in the language of the run
        self.callback = checked(self.callback, self.params)  # --db, --user

    def list_commands(self, ctx: Any) -> list[str]:
        return [*GROUPS, *super().list_commands(ctx)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name in GROUPS:
            return load_group(cmd_name, _no_input_after_the_command(self))
        command = super().get_command(ctx, cmd_name)
        if command is not None and not any(p.name == "no_input" for p in command.params):
            command.params.append(_no_input_after_the_command(self))  # kecli today too
            command.callback = checked(command.callback, command.params)
        return command

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """The commands as click lists them, the groups' lines read from GROUPS."""
        from typer._click.utils import make_default_short_help

        others = (TyperGroup.get_command(self, ctx, n) for n in TyperGroup.list_commands(self, ctx))
        shown = [(command.name, command.help or "") for command in others if not command.hidden]
        rows = [*((name, command_help(name)) for name in GROUPS), *shown]
        limit = formatter.width - 6 - max(len(name) for name, _ in rows)
        with formatter.section("Commands"):
            formatter.write_dl(
                [(name, make_default_short_help(text, limit)) for name, text in rows]
            )

    def invoke(self, ctx: Any) -> Any:
        from kecli import interrupts

        interrupts.forget()  # a new run (the tests make many in one process)
        try:
            return super().invoke(ctx)
        except KecliError as error:
            raise Exit(report(error)) from None
        except (KeyboardInterrupt, EOFError):
            raise Exit(report_interrupt()) from None
        except (ClickException, Exit, Abort):
            raise
        except BrokenPipeError:
            raise Exit(1) from None
        except OverflowError as exc:
            refusal = beyond_the_calendar(exc)
            if refusal is None:
                raise Exit(report_bug(exc, STATE.debug)) from None
            raise Exit(report(refusal)) from None
        except Exception as exc:
            raise Exit(report_bug(exc, STATE.debug)) from None

    def main(
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except NoArgsIsHelpError as error:  # a bare ``kecli`` or group: its help, not an error
            print(error.ctx.get_help() if error.ctx else error.format_message())
            if error.ctx is None or error.ctx.parent is None:
                print(f"\n{t(START_HINT)}")
            sys.exit(0)
        except UsageError as error:
            code = error.exit_code
            from kecli.cli.usage import usage_message

            said = usage_message(error.format_message())
            print(f"{tt('Feil', 'Error')}: {one_line(said)}", file=sys.stderr)
            command = error.ctx.command_path if error.ctx else "kecli"
            print(f"{tt('Tips', 'Hint')}: {command} --help", file=sys.stderr)
            sys.exit(code)
        except ClickException as error:
            print(f"{tt('Feil', 'Error')}: {one_line(error.format_message())}", file=sys.stderr)
            sys.exit(error.exit_code)
        except Abort:
            sys.exit(report_interrupt())
        except KecliError as error:  # the root's own options (--user not valid UTF-8)
            sys.exit(report(error))
        from kecli import interrupts

        interrupts.finished()  # done and said so: a signal now cuts nothing short
        sys.exit(result if isinstance(result, int) else 0)


# Its words, and every command's, are kecli.i18n.help's: put in place as the tree is built.
app = typer.Typer(
    cls=KecliGroup,
    name="kecli",
    no_args_is_help=True,
    add_completion=False,  # completions/ holds kecli's own scripts (see README)
    rich_markup_mode=None,  # plain help: rich_utils costs more start-up than --help is worth
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"kecli {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    db: Annotated[str | None, typer.Option("--db", metavar="PATH|URL")] = None,
    user: Annotated[str | None, typer.Option("--user", metavar="NAME")] = None,
    debug: Annotated[bool, typer.Option("--debug")] = False,
    # every command accepts it after the command too: _no_input_after_the_command
    no_input: Annotated[bool, typer.Option("--no-input")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True)] = False,
) -> None:
    STATE.db, STATE.user, STATE.debug, STATE.no_input = db, user, debug, no_input


app.command("today")(today)


@app.command("complete-ids", hidden=True)
def complete_ids(
    what: Annotated[str, typer.Argument()],  # case, coordinator or criterion
    prefix: Annotated[str, typer.Argument()] = "",  # what has been typed so far
    case: Annotated[str, typer.Argument()] = "",  # criterion: the case it is for
) -> None:
    """Ids for the shell completion scripts in completions/ (fast: no SQLAlchemy)."""
    _print_completions(what, prefix, case)


def _print_completions(what: str, prefix: str, case: str) -> None:
    from kecli.cli.completion import case_ids, coordinator_ids, criterion_codes

    if what == "case":
        print("\n".join(case_ids(prefix)))
    elif what == "coordinator":
        print("\n".join(i for i, _ in coordinator_ids(prefix)))
    elif what == "criterion":
        print("\n".join(criterion_codes(prefix, case)))


def _complete_ids_fast(args: list[str]) -> bool:
    """Answer ``[--db X] complete-ids WHAT [PREFIX]`` without Typer: Tab must be instant,
    and Typer's parameter conversion alone imports pydantic."""
    db: str | None = None
    rest = list(args)
    while rest and rest[0].startswith("--"):
        option = rest.pop(0)
        if option.startswith("--db="):
            db = option.split("=", 1)[1]
        elif option in ("--db", "--user") and rest:
            value = rest.pop(0)
            db = value if option == "--db" else db
        elif option != "--debug":
            return False
    if not rest or rest[0] != "complete-ids" or not 2 <= len(rest) <= 4:
        return False
    STATE.db = db
    _print_completions(rest[1], *(rest[2:] + ["", ""])[:2])
    return True


#: The cycle collector's first-generation threshold for one kecli run (CPython's is 700).
GC_THRESHOLD = 50_000


def main() -> None:
    """Console-script entry point."""
    if _complete_ids_fast(sys.argv[1:]):
        return
    import os

    from kecli import interrupts

    # Every file kecli makes is its user's alone, whatever makes it (SQLite's journals,
    # an import's staging files, openpyxl's temporary sheet): each also sets 0600 itself.
    os.umask(0o077)
    interrupts.install()
    # One command is a short-lived process that makes few reference cycles; with CPython's
    # default the collector would walk the few hundred thousand objects that importing
    # SQLAlchemy and Pydantic creates again and again (≈ 50 ms of a big report).
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    app()
