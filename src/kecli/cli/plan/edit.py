"""``kecli plan edit``: save a new version of the plan from a JSON file, the editor, or the
guided menu at a terminal."""

import json
import os
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from kecli.cli.fields import said
from kecli.cli.options import CaseArg, JsonOpt
from kecli.cli.output import emit, warn
from kecli.cli.state import interactive, service_ctx
from kecli.errors import InvalidInput, KecliError, MissingInput, Template
from kecli.i18n import t, tf
from kecli.i18n.errors import cli as C

if TYPE_CHECKING:
    from kecli.services.plans import SaveResult

app = typer.Typer()


def _bad_file(path: str, reason: Template, **values: object) -> InvalidInput:
    return InvalidInput(C.PLAN_FILE_BAD, C.PLAN_FILE_SHAPE, path=path, reason=reason, **values)


def _parse_document(text: str, path: str) -> Any:
    """A JSON document; duplicate keys and NaN are malformed too (exit 2)."""

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise _bad_file(path, C.PLAN_KEY_REPEATED, key=key)
            result[key] = value
        return result

    def no_constant(name: str) -> Any:
        raise _bad_file(path, C.PLAN_CONSTANT_NOT_JSON, name=name)

    try:
        document = json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constant)
    except json.JSONDecodeError as error:
        raise _bad_file(
            path, C.PLAN_NOT_JSON, line=error.lineno, column=error.colno, problem=error.msg
        ) from None
    _check_texts(document, f"{path}:")
    return document


def _check_texts(value: Any, where: str) -> None:
    """Every text of the document (a key too) without NUL (``\\u0000``) or a lone
    surrogate (``\\udcff``): exit 2 naming where in the file it is."""
    from kecli.domain.checks import bad_text

    if isinstance(value, str):
        bad_text(value, where)
    elif isinstance(value, dict):
        for key, item in value.items():
            bad_text(key, where)
            _check_texts(item, f"{where} {key}" if where.endswith(":") else f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_texts(item, f"{where}[{index}]")


#: The largest plan file read: a plan is a few KiB; anything near this is not one.
MAX_PLAN_BYTES = 1 << 20


def _read_bytes(path: str) -> bytes:
    """At most MAX_PLAN_BYTES + 1 bytes of the file (or stdin): never more, whatever it is
    (/dev/zero is not read to its end)."""
    if path == "-":
        stdin = getattr(sys.stdin, "buffer", None)
        if stdin is None:
            return sys.stdin.read(MAX_PLAN_BYTES + 1).encode("utf-8", "surrogateescape")
        return bytes(stdin.read(MAX_PLAN_BYTES + 1))
    with open(path, "rb") as handle:
        return handle.read(MAX_PLAN_BYTES + 1)


def _text_of(data: bytes, path: str) -> str:
    """The file's bytes as text: no larger than 1 MiB, no NUL, UTF-8 (exit 2 otherwise)."""
    if b"\0" in data:
        line = data[: data.index(b"\0")].count(b"\n") + 1
        raise _bad_file(path, C.PLAN_NUL_BYTE, line=line)
    if len(data) > MAX_PLAN_BYTES:
        raise _bad_file(path, C.PLAN_FILE_TOO_LARGE)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise _bad_file(path, C.PLAN_LINE_NOT_UTF8, line=line) from None


def _read_document(path: str) -> Any:
    try:
        data = _read_bytes(path)
    except FileNotFoundError:
        raise _bad_file(path, C.PLAN_FILE_MISSING) from None
    except OSError as error:
        raise _bad_file(path, C.PLAN_FILE_UNREADABLE, problem=error.strerror) from None
    return _parse_document(_text_of(data, path), path)


def _editor_command() -> list[str]:
    import shlex

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    try:
        return shlex.split(editor)
    except ValueError:
        return [editor]


def _run_editor(path: str) -> None:
    import subprocess

    command = _editor_command()
    try:
        result = subprocess.run([*command, path], check=False)
    except OSError:
        raise KecliError(C.EDITOR_WONT_START, C.SET_EDITOR_OR_VISUAL, editor=command[0]) from None
    if result.returncode != 0:
        raise KecliError(C.EDITOR_FAILED_NOTHING_SAVED, code=result.returncode)


def _edit_in_editor(case: str) -> tuple["SaveResult | None", dict[str, Any]]:
    """Open the plan in $VISUAL/$EDITOR; save what comes back unless it is unchanged.

    Returns (None, document) when nothing changed.
    """
    import tempfile

    from kecli.i18n.prompts import EDITOR_AGAIN, THE_PLAN_DOCUMENT
    from kecli.services.plans import edit_context, save_plan

    context = edit_context(service_ctx(), case)
    for warning in context.warnings:
        warn(said(warning))
    original = context.document
    fd, path = tempfile.mkstemp(prefix=f"kecli-plan-{context.case['id']}-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(original, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
        while True:
            _run_editor(path)
            data = _read_bytes(path)  # as --from-file: at most 1 MiB, text, UTF-8
            try:
                where = t(THE_PLAN_DOCUMENT)
                raw = _parse_document(_text_of(data, where), where)
                if raw == original:
                    return None, original
                return save_plan(service_ctx(), case, raw), original
            except InvalidInput as error:
                if not interactive():
                    raise
                from kecli.cli.errors import report
                from kecli.cli.prompts import ask_confirm

                report(error)
                if not ask_confirm(t(EDITOR_AGAIN), default=True):
                    raise
    finally:
        os.unlink(path)


def _missing_source() -> MissingInput:
    return MissingInput(C.PLAN_SOURCE_MISSING, C.PASS_PLAN_SOURCE)


@app.command("edit")
def plan_edit(
    case: CaseArg,
    from_file: Annotated[
        str | None,
        typer.Option(
            "--from-file",
            metavar="PATH",
        ),
    ] = None,
    editor: Annotated[
        bool,
        typer.Option("--editor"),
    ] = False,
    json_out: JsonOpt = False,
) -> None:
    if from_file is not None and editor:
        raise InvalidInput(C.FROM_FILE_OR_EDITOR)
    from kecli.services.plans import edit_context, save_plan

    shown_warnings = False
    if from_file is not None:
        result = save_plan(service_ctx(), case, _read_document(from_file))
    elif editor:
        outcome, unchanged = _edit_in_editor(case)
        shown_warnings = True
        if outcome is None:
            _no_changes(unchanged, json_out)
            return
        result = outcome
    else:
        if not interactive():
            raise _missing_source()
        from kecli.cli.plan.walk import plan_walk

        context = edit_context(service_ctx(), case)
        for warning in context.warnings:
            warn(said(warning))
        shown_warnings = True
        document = plan_walk(context, service_ctx().user)
        if document is None:
            from kecli.i18n.results import PLAN_QUIT

            print(t(PLAN_QUIT), file=sys.stderr)
            return
        result = save_plan(service_ctx(), case, document)
    if not shown_warnings:
        for warning in result.warnings:
            warn(said(warning))
    if not result.saved:
        _no_changes(result.document, json_out)
        return
    from kecli.render.plans import saved_line

    emit(
        result.document,
        json_out,
        lambda document: saved_line(document, created=result.created),
        then=f"kecli plan show {result.document['case_id']} --markdown",
    )


def _no_changes(document: dict[str, Any], json_out: bool) -> None:
    version = document.get("version")
    from kecli.i18n.results import NO_CHANGES, NO_CHANGES_VERSION

    message = t(NO_CHANGES) if version is None else tf(NO_CHANGES_VERSION, version=version)
    if json_out:  # said all the same, on stderr: stdout is the one document
        print(message, file=sys.stderr)
    emit(document, json_out, lambda _: print(message))
