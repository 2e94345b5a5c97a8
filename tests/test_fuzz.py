"""Every command's options, found by walking the command tree, driven with hostile values
(hypothesis) on a small seeded SQLite database, with --no-input.

Whatever a caseworker or a script may type — numbers beyond any column, the calendar's
edges, bytes that are not UTF-8, NUL, control characters and escape sequences, Rich
markup, very long and empty texts — kecli answers with its own exit codes and messages:
never an internal error, never a traceback, and a refused command (exit ≠ 0) leaves the
database as it was (row counts and the audit log's last entry).

Bounded: each command gets a few examples, and all of them stop when the module's time
budget is spent, so that the test stays within a minute in CI.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli.test_plan import PLAN, answers
from tests.tree import command_tree, is_group

pytestmark = pytest.mark.slow

#: Seconds all the examples of this module may take, in one process (xdist shares them
#: out), and examples per command; KECLI_FUZZ=N runs N per command with fresh random
#: values and no time limit (a longer hunt than CI's).
HUNT = int(os.environ.get("KECLI_FUZZ", "0") or 0)
BUDGET = 40.0 if not HUNT else float("inf")
EXAMPLES = HUNT or 12
#: The longest one run may take.
RUN_SECONDS = 20.0

NOT_UTF8 = b"Ol\xff\xfe".decode("utf-8", "surrogateescape")

HOSTILE = [
    "2147483647",
    "2147483648",
    "9223372036854775807",
    "9223372036854775808",
    "99999999999999999999999",
    "-1",
    "0",
    "-9223372036854775809",
    "1e9",
    "9999-12-31",
    "0000-00-00",
    "0001-01-01",
    "31.12.9999",
    "2026-02-30",
    NOT_UTF8,
    "a\x00b",
    "\x00",
    "\x1b]0;owned\x07\x1b[2J",
    "line\nbreak\r",
    "\t",
    "[/b]",
    "[red]Ida[/red]",
    "[/]",
    "x" * 5000,
    "Å" * 300,
    "",
    " ",
    "-",
    "--",
    "%s%n{0}",
    "'; DROP TABLE cases; --",
    "=1+1",
    "12345678901",
    "/dev/zero",
]

#: Plausible values by an option's metavar, so that commands get past their first check.
PLAUSIBLE = {
    "DATE": ["2026-11-28", "2026-11-01", "today", "9999-12-31", "28.11.2026"],
    "CASE": ["2026-0001", "2026-0002", "2026-0003", "2026-1", "2025-0001"],
    "COORDINATOR": ["1", "2", "99"],
    "ID": ["1", "2", "99"],
    "N": ["1", "3", "2147483647"],
    "DAYS": ["0", "14", "3000000"],
    "NAME": ["Kari Nordmann", "Ola", "tester"],
    "TEXT": ["Kari", "Ringte mor", "2026-0001"],
    "FNR": ["12345678901", "010190"],
    "FILE": ["out.pdf", "out.md", "-", "out.ics"],
    "PATH": ["plan.json", "cases.csv", "cases.jsonl", "binary.db", "/dev/zero", "out.csv"],
    "HASH": ["0" * 64, "abc"],
    "KEY": ["postal_days", "municipality", "participation_required", "logo", "nope"],
    "VALUE": ["3", "Bærum", "true", "logo.png"],
    "CODE=yes|no": ["services=yes", "long_term=no", "complex=ja", "x=y"],
    "CODE=TEXT": ["services=fordi", "nope=x"],
    "NAME=TEXT": ["Kari Nordmann=Storgata 1", "Nobody=x"],
}


def _commands() -> list[tuple[tuple[str, ...], list[Any]]]:
    """(path, parameters) of every visible command, from the command tree itself."""
    return [
        (path, [p for p in command.params if p.expose_value and p.name != "no_input"])
        for path, command in command_tree()
        if not is_group(command)
    ]


COMMANDS = _commands()


NUMBER_EDGES = [
    "2147483648",
    "9223372036854775808",
    "99999999999999999999999",
    "-1",
    "0",
    "-9223372036854775809",
]
DATE_EDGES = ["9999-12-31", "0000-00-00", "0001-01-01", "31.12.9999", "2026-02-30", "10000-01-01"]
#: The edges of an option by its metavar: numbers and dates.
EDGES = {"N": NUMBER_EDGES, "DAYS": NUMBER_EDGES, "ID": NUMBER_EDGES, "DATE": DATE_EDGES}
EDGES["COORDINATOR"] = NUMBER_EDGES


def _plausible(param: Any) -> list[str]:
    metavar = str(param.metavar or "")
    plausible = list(PLAUSIBLE.get(metavar, []))
    if not plausible and "|" in metavar and "=" not in metavar:
        plausible = [choice.strip("'") for choice in metavar.split("|")]
    return plausible


def _values(param: Any) -> st.SearchStrategy[str]:
    texts = st.text(
        st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()),
        max_size=12,
    )
    pools = [st.sampled_from(HOSTILE), texts]
    edges = EDGES.get(str(param.metavar or ""))
    if edges:
        pools.insert(0, st.sampled_from(edges))
    plausible = _plausible(param)
    if plausible:
        pools.insert(0, st.sampled_from(plausible))
    return st.one_of(*pools)


@st.composite
def _arguments(draw: Any, params: list[Any]) -> list[str]:
    args: list[str] = []
    positional = True
    for param in params:
        if param.param_type_name == "argument":
            if not positional or not (param.required or draw(st.booleans())):
                positional = False
                continue
            args.append(draw(_values(param)))
    options = [p for p in params if p.param_type_name == "option"]
    for param in draw(st.permutations(options)):
        if not draw(st.booleans()):  # about half the options, each time
            continue
        name = max(param.opts, key=len)
        if param.is_flag:
            args.append(name)
            continue
        for _ in range(draw(st.integers(1, 2)) if param.multiple else 1):
            value = draw(_values(param))
            args += [f"{name}={value}"] if draw(st.booleans()) else [name, value]
    return args


def _fingerprint(db: Path) -> tuple[Any, ...]:
    """Every table's row count and the audit log's last entry and head: cheap, and any
    change kecli makes adds or changes one of them (every change is logged)."""
    with sqlite3.connect(db) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        counts = tuple(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables)
        last = conn.execute("SELECT max(id) FROM events").fetchone()
        head = conn.execute("SELECT * FROM audit_head").fetchall()
    return counts, last, tuple(head)


def _seed(kecli: Any, folder: Path) -> None:
    """A coordinator; a granted case with a plan, a refused case with an appeal, a new
    case, a closed case; and the files the file options read."""

    def ok(*args: str) -> None:
        result = kecli(*args, "--no-input")
        assert result.exit_code == 0, (args, result.stderr)

    ok("coordinator", "add", "--name", "Kari Nordmann", "--kind", "begge")
    ok(
        "case",
        "new",
        "--name",
        "Kari Nordmann",
        "--kind",
        "koordinator",
        "--received",
        "2026-11-01",
    )
    ok("case", "assess", "2026-0001", *answers(), "--wants-ip")
    plan = folder / "plan.json"
    plan.write_text(json.dumps(PLAN), encoding="utf-8")
    ok("plan", "edit", "2026-0001", "--from-file", str(plan))
    ok("coordinator", "assign", "2026-0001", "1")
    ok("case", "new", "--name", "Ola Hansen", "--kind", "koordinator", "--received", "2026-11-02")
    ok("case", "assess", "2026-0002", *answers(services="no"), "--reason", "Ingen tjenester")
    ok("appeal", "file", "2026-0002", "--grounds", "Uenig")
    ok("case", "new", "--name", "Per Berg", "--kind", "koordinator")
    ok("case", "new", "--name", "Eva Dahl", "--kind", "koordinator", "--received", "2026-10-01")
    ok("case", "close", "2026-0004", "--reason", "Flyttet")
    for name in ("cases.csv", "cases.jsonl"):
        assert kecli("export", "cases", "--output", str(folder / name)).exit_code == 0
        _FILES[name] = (folder / name).read_bytes()
    _FILES["plan.json"] = json.dumps(PLAN).encode()
    _FILES["binary.db"] = bytes(range(256)) * 64


#: The files the file options read, as the seeding made them (every test writes them into
#: its own folder).
_FILES: dict[str, bytes] = {}


@pytest.fixture
def seeded(kecli: Any, prebuilt: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EDITOR", "true")  # plan edit --editor: an editor that changes nothing
    monkeypatch.delenv("VISUAL", raising=False)
    prebuilt("test_fuzz.seeded", lambda: _seed(kecli, tmp_path))
    for name, content in _FILES.items():
        (tmp_path / name).write_bytes(content)
    return kecli


#: Seconds the runs of this process have taken (the tests of this module may be spread
#: among others: only kecli's own time counts).
_SPENT = [0.0]


def _over_budget() -> bool:
    return _SPENT[0] > BUDGET


#: What a command needs besides the option under test to get past its first check.
BASE = {
    ("case", "new"): ["--name", "Ola Nordmann", "--kind", "koordinator"],
    ("case", "close"): ["--reason", "Flyttet"],
    ("case", "assess"): answers(),
    ("coordinator", "add"): ["--name", "Kari Berg", "--kind", "begge"],
    ("appeal", "decide"): ["--outcome", "medhold"],
    ("appeal", "resolve"): ["--outcome", "stadfestet"],
}


def _required(path: tuple[str, ...], params: list[Any], case: str) -> list[str]:
    """The command's arguments with plausible values (``case`` for a CASE), and BASE."""
    args = []
    for param in params:
        if param.param_type_name == "argument" and param.required:
            metavar = str(param.metavar or "")
            args.append(case if metavar == "CASE" else (_plausible(param) or ["x"])[0])
    return args + BASE.get(path, [])


def _check(kecli: Any, path: tuple[str, ...], args: list[str]) -> None:
    """One run: its own exit codes and messages; a refusal changes nothing."""
    allowed = {0, 1, 2} | ({3} if path == ("report", "deadlines") else set())
    before = _fingerprint(kecli.db)
    started = time.monotonic()
    result = kecli(*path, *args, "--no-input")
    took = time.monotonic() - started
    _SPENT[0] += took
    said = result.stdout + result.stderr
    shown = (path, args, result.exit_code, said[-2000:])
    # No input makes kecli work for long on this small database (a chart of 120,000 empty
    # months took minutes): generous for a loaded machine, short of a hang.
    assert took < RUN_SECONDS, (took, *shown)
    assert result.exit_code in allowed, shown
    assert "internal error" not in said and "intern feil" not in said, shown
    assert "Traceback" not in said, shown
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        shown,
        repr(result.exception),
    )
    if result.exit_code != 0:
        assert _fingerprint(kecli.db) == before, shown


@pytest.mark.parametrize(("path", "params"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_hostile_values_never_break_kecli(seeded, path, params):
    kecli = seeded

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=not HUNT,
        suppress_health_check=list(HealthCheck),
    )
    @given(args=_arguments(params), lang=st.sampled_from(["en", "nb"]))
    def run(args: list[str], lang: str) -> None:
        if _over_budget():
            return
        os.environ["KECLI_LANG"] = lang
        _check(kecli, path, args)

    run()


EDGED = [
    (path, params) for path, params in COMMANDS if any(EDGES.get(str(p.metavar)) for p in params)
]


@pytest.mark.parametrize(("path", "params"), EDGED, ids=[" ".join(p) for p, _ in EDGED])
@pytest.mark.parametrize("case", ["2026-0001", "2026-0002"])
def test_every_number_and_date_at_its_edges(seeded, path, params, case):
    """Each number and date option of the command, one at a time, at each edge (the
    largest numbers, the calendar's first and last day, days that do not exist), on a
    granted case with a plan and on a refused case with an appeal."""
    for param in params:
        for value in EDGES.get(str(param.metavar), []):
            if _over_budget():
                return
            name = max(param.opts, key=len)
            args = [value] if param.param_type_name == "argument" else [name, value]
            _check(seeded, path, [*_required(path, params, case), *args])


def _cell(integer: bool) -> st.SearchStrategy[Any]:
    """A hostile value for one column of an import file (a number column: mostly numbers
    beyond what the database keeps)."""
    huge = st.sampled_from([2**31, 2**63, 10**30, -1, 0, "9223372036854775808"])
    if integer:
        return st.one_of(huge, st.sampled_from(HOSTILE))
    return st.one_of(
        st.sampled_from(HOSTILE),
        huge,
        st.lists(st.sampled_from(HOSTILE), max_size=2),
        st.booleans(),
        st.none(),
    )


@settings(
    max_examples=HUNT or 40,
    deadline=None,
    database=None,
    derandomize=not HUNT,
    suppress_health_check=list(HealthCheck),
)
@given(data=st.data())
def test_hostile_values_in_an_import_file_never_break_kecli(seeded, data):
    """A row of the seed's export (under a new id) with one to three columns hostile, as
    JSONL and as CSV (a text that is not UTF-8 written as its bytes)."""
    import csv
    import io

    from kecli.domain.exchange import NAMES
    from kecli.services.importing.rows import INTEGER_POSITIONS

    record = json.loads(_FILES["cases.jsonl"].splitlines()[0])
    record["id"] = "2026-0100"
    for name in data.draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3)):
        record[name] = data.draw(_cell(NAMES.index(name) in INTEGER_POSITIONS))
    fmt = data.draw(st.sampled_from(["jsonl", "csv"]))
    path = Path(f"hostile.{fmt}")
    if fmt == "jsonl":
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    else:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(NAMES)
        cells = [record.get(n) for n in NAMES]
        writer.writerow(
            [
                ";".join(map(str, v)) if isinstance(v, list) else "" if v is None else v
                for v in cells
            ]
        )
        path.write_bytes(out.getvalue().encode("utf-8", "surrogateescape"))
    if _over_budget():  # after every draw: an example replayed draws the same
        return
    _check(seeded, ("import", "cases"), [str(path)])
