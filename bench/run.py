"""kecli's benchmarks: each figure a ratio against a baseline measured in the same run.

    .venv/bin/python -m bench.run                 # build the databases once, run everything
    .venv/bin/python -m bench.run --smoke         # 10k cases, one run each: it must work (CI)
    .venv/bin/python -m bench.run --only import   # the benchmarks whose name has "import"

Candidate and baseline run alternately (A, B, A, B, …) so that a noisy machine
slows both alike; the ratio of each pair is kept and the median, min and max of
the ratios are printed, with the peak memory (max RSS, from wait4) of the
candidate. Results also go to bench/results.json (``--results``); the generated
databases are kept in bench/data (``--data``).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
PYTHON = sys.executable
KECLI = str(Path(sys.executable).parent / "kecli")
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
GENERATOR_VERSION = "7"
ENV = {
    **os.environ,
    "KECLI_TODAY": "2026-11-28",
    "KECLI_USER": "bench",
    "KECLI_LANG": "en",
    "NO_COLOR": "1",
}
ENV.pop("KECLI_DB", None)


@dataclass
class Measure:
    seconds: float
    max_rss_mib: float
    #: The most memory the command and its worker processes held at once (sum of their
    #: proportional set sizes, sampled; 0 when not sampled).
    tree_mib: float = 0.0
    #: CPU time (user + system) of the command and every process it waited for.
    cpu_s: float = 0.0


def _tree_pss_kib(root: int) -> int:
    """The proportional set size of ``root`` and its descendants (Linux /proc), in KiB:
    forked workers share pages with their parent, which PSS counts once."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry))
    total = 0
    todo = [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            with open(f"/proc/{pid}/smaps_rollup") as rollup:
                for line in rollup:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            continue
    return total


@dataclass
class Result:
    name: str
    candidate: str
    baseline: str
    goal: str
    ratios: list[float] = field(default_factory=list)
    candidate_s: list[float] = field(default_factory=list)
    baseline_s: list[float] = field(default_factory=list)
    peak_mib: float = 0.0
    extra: dict[str, float] = field(default_factory=dict)
    passed: bool | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.ratios) if self.ratios else float("nan")


def run(
    command: list[str] | str,
    *,
    env: dict[str, str] | None = None,
    stdout: Path | None = None,
    prepare: Callable[[], None] | None = None,
    tree: bool = False,
) -> Measure:
    """Run ``command`` once; wall time and the child's own peak RSS (the largest of it
    and its workers); with ``tree``, also the peak of their sum, sampled every 50 ms."""
    if prepare:
        prepare()
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL  # noqa: SIM115
    peak = [0]
    try:
        started = time.perf_counter()
        proc = subprocess.Popen(
            command,
            env=env or ENV,
            stdout=out,
            stderr=subprocess.PIPE,
            shell=isinstance(command, str),
        )
        sampler = None
        if tree and os.path.exists("/proc/self/smaps_rollup"):
            finished = threading.Event()

            def sample() -> None:
                while not finished.wait(0.05):
                    peak[0] = max(peak[0], _tree_pss_kib(proc.pid))

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        if sampler is not None:
            finished.set()
            sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode() if proc.stderr else ""
    finally:
        if stdout:
            out.close()  # type: ignore[union-attr]
    if proc.returncode != 0:
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {command}\n{err}")
    return Measure(seconds, usage.ru_maxrss / 1024, peak[0] / 1024, usage.ru_utime + usage.ru_stime)


def paired(
    result: Result, candidate: Callable[[], Measure], baseline: Callable[[], Measure], runs: int
) -> Result:
    candidate()  # warm the file cache for both
    baseline()
    cpu: list[float] = []
    for _ in range(runs):
        a = candidate()
        b = baseline()
        result.candidate_s.append(a.seconds)
        result.baseline_s.append(b.seconds)
        result.ratios.append(a.seconds / b.seconds)
        result.peak_mib = max(result.peak_mib, a.max_rss_mib)
        if b.cpu_s > 0:
            cpu.append(a.cpu_s / b.cpu_s)
    if cpu:
        # The same ratio in CPU time (user + system): on a machine others load, what
        # the wall-time ratio would be if the two had the cores to themselves.
        result.extra["cpu_ratio"] = statistics.median(cpu)
    return result


def database(size: str, rebuild: bool = False, data: Path = DATA) -> Path:
    data.mkdir(parents=True, exist_ok=True)
    path = data / f"{size}.db"
    stamp = data / f"{size}.version"
    if rebuild or not path.exists() or not stamp.exists() or stamp.read_text() != GENERATOR_VERSION:
        print(f"building {path} ({SIZES[size]:,} cases)…", file=sys.stderr)
        subprocess.run(
            [PYTHON, "-m", "bench.generate", "--cases", str(SIZES[size]), "--out", str(path)],
            check=True,
            cwd=ROOT,
        )
        stamp.write_text(GENERATOR_VERSION)
    return path


def kecli(db: Path | None, *args: str) -> list[str]:
    return [KECLI, *(["--db", str(db)] if db else []), *args]


def first_case_id(db: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return str(
            conn.execute(
                "SELECT id FROM cases WHERE status = 'decided' ORDER BY id DESC LIMIT 1"
            ).fetchone()[0]
        )
    finally:
        conn.close()


def export_baseline_sql(kind: str) -> str:
    """The same rows and columns as ``kecli export cases``, straight from sqlite3."""
    from bench.baseline_sql import csv_sql, jsonl_sql

    return csv_sql() if kind == "csv" else jsonl_sql()


#: What the phone call gives: a first name and the start of a surname (about 1 case in 2,400).
FIND = "ase odeg"
#: One of the twelve caseworkers of the benchmark data (bench/generate.py).
TODAY_USER = "saksbehandler3"


def startup_benchmarks(
    runs: int, db: Callable[[], Path], wanted: Callable[..., bool] = lambda *names: True
) -> list[Result]:
    """The commands whose time is mostly start-up; those ``wanted`` names (all by default).
    ``db``: the database of the rows that read one (built when first needed)."""
    floor_typer = [PYTHON, "-c", "import typer"]
    floor_stack = [PYTHON, "-c", "import typer, sqlmodel"]
    nb = {**ENV, "KECLI_LANG": "nb"}
    rows: list[tuple[Result, Callable[[], list[str]], list[str], dict[str, str]]] = [
        (
            Result("kecli --version", "kecli --version", "python -c 'import typer'", "≤ 1.2×"),
            lambda: kecli(None, "--version"),
            floor_typer,
            ENV,
        ),
        (
            Result("kecli --help", "kecli --help", "python -c 'import typer'", "≤ 1.5×"),
            lambda: kecli(None, "--help"),
            floor_typer,
            ENV,
        ),
        (
            Result(
                "kecli --help (nb)",
                "KECLI_LANG=nb kecli --help",
                "python -c 'import typer'",
                "≤ 1.5×",
            ),
            lambda: kecli(None, "--help"),
            floor_typer,
            nb,
        ),
        (
            Result(
                "kecli case new --help",
                "kecli case new --help",
                "python -c 'import typer'",
                "≤ 1.5×",
            ),
            lambda: kecli(None, "case", "new", "--help"),
            floor_typer,
            ENV,
        ),
        (
            Result(
                "Tab: case ids",
                "kecli complete-ids case PREFIX",
                "python -c 'import typer'",
                "≤ 2×",
            ),
            lambda: kecli(db(), "complete-ids", "case", first_case_id(db())[:7]),
            floor_typer,
            ENV,
        ),
        (
            Result(
                "kecli case show",
                "kecli case show ID",
                "python -c 'import typer, sqlmodel'",
                "≤ 1.3×",
            ),
            lambda: kecli(db(), "case", "show", first_case_id(db())),
            floor_stack,
            ENV,
        ),
        (
            Result(
                "kecli case find",
                f"kecli case find '{FIND}'",
                "python -c 'import typer, sqlmodel'",
                "≤ 1.3×",
            ),
            lambda: kecli(db(), "case", "find", FIND),
            floor_stack,
            ENV,
        ),
        (
            Result(
                "kecli today",
                f"kecli --user {TODAY_USER} today",
                "python -c 'import typer, sqlmodel'",
                "≤ 1.3×",
            ),
            lambda: kecli(db(), "--user", TODAY_USER, "today"),
            floor_stack,
            ENV,
        ),
    ]
    results = []
    for result, command_of, floor, env in rows:
        if not wanted(result.name):
            continue
        command = command_of()
        if "--db" in command:
            result.name += f" ({db().stem})"
        results.append(
            paired(
                result,
                lambda c=command, e=env: run(c, env=e),
                lambda b=floor, e=env: run(b, env=e),
                runs,
            )
        )
    return results


def report_benchmark(runs: int, db: Path) -> Result:
    floor_stack = [PYTHON, "-c", "import typer, sqlmodel"]
    return paired(
        Result(
            f"report deadlines --format json ({db.stem})",
            "kecli report deadlines --format json",
            "python -c 'import typer, sqlmodel'",
            "≤ 1.5×",
        ),
        lambda: run(kecli(db, "report", "deadlines", "--format", "json")),
        lambda: run(floor_stack),
        runs,
    )


def calendar_benchmark(runs: int, db: Path) -> Result:
    """Every deadline as an iCalendar file, the nightly calendar feed."""
    return paired(
        Result(
            f"report deadlines --format ics ({db.stem})",
            "kecli report deadlines --format ics",
            "python -c 'import typer, sqlmodel'",
            "≤ 1.5×",
        ),
        lambda: run(kecli(db, "report", "deadlines", "--format", "ics")),
        lambda: run([PYTHON, "-c", "import typer, sqlmodel"]),
        runs,
    )


def letter_benchmark(runs: int, db: Path, tmp: Path) -> Result:
    """A decision letter as PDF/A, made, logged and written (each run adds one audit entry
    to the bench database, as a caseworker's letter would)."""
    target = tmp / "letter.pdf"
    case_id = first_case_id(db)
    return paired(
        Result(
            f"case letter --output x.pdf ({db.stem})",
            f"kecli case letter {case_id} --output x.pdf --force",
            "python -c 'import typer, sqlmodel'",
            "≤ 1.5×",
        ),
        lambda: run(kecli(db, "case", "letter", case_id, "--output", str(target), "--force")),
        lambda: run([PYTHON, "-c", "import typer, sqlmodel"]),
        runs,
    )


def export_benchmarks(runs: int, db: Path, tmp: Path) -> list[Result]:
    results = []
    target = tmp / "export.out"

    def remove() -> None:
        target.unlink(missing_ok=True)

    for fmt in ("csv", "jsonl"):
        sql = export_baseline_sql(fmt)
        mode = "-csv" if fmt == "csv" else "-list"
        results.append(
            paired(
                Result(
                    f"export cases --format {fmt} --include-fnr ({db.stem})",
                    f"kecli export cases --format {fmt} --include-fnr --output FILE",
                    f"sqlite3 {mode} of the same rows",
                    "≤ 3.5×, peak ≤ 60 MiB",
                ),
                lambda fmt=fmt: run(
                    kecli(
                        db,
                        "export",
                        "cases",
                        "--format",
                        fmt,
                        "--include-fnr",
                        "--output",
                        str(target),
                    ),
                    prepare=remove,
                ),
                lambda sql=sql, mode=mode: run(["sqlite3", mode, str(db), sql], stdout=target),
                runs,
            )
        )
    return results


def import_name(rows: int) -> str:
    return f"import cases ({rows:,} rows)"


def import_benchmark(source_db: Path, tmp: Path, rows: int, runs: int = 1) -> Result:
    """``kecli import cases`` of a file of ``rows`` cases (exported from ``source_db``) into
    a new database, each run paired with the sqlite3 shell importing the same file and
    writing the same rows (:func:`shell_import_baseline`): the ratio is kecli's time to
    the shell's. Beside it, measured in the same runs: the stack's import floor, the
    shell's plain ``.import`` alone, the shell writing alone, Python reading the file."""
    export = tmp / f"import-{rows}.csv"
    run(
        kecli(
            source_db,
            "export",
            "cases",
            "--format",
            "csv",
            "--include-fnr",
            "--output",
            str(export),
        ),
        prepare=lambda: export.unlink(missing_ok=True),
    )
    target = tmp / f"import-{rows}.db"

    def fresh() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        subprocess.run(
            kecli(target, "config", "set", "allow_synthetic_ids", "true"),
            env=ENV,
            check=True,
            stdout=subprocess.DEVNULL,
        )

    goal = {100_000: "≤ 2×"}.get(rows, "—")
    result = Result(
        import_name(rows),
        "kecli import cases FILE.csv",
        "the sqlite3 shell: `.import --csv` the file, write the same rows (no checks)",
        goal if rows != 1_000_000 else "flat memory (within 10 % of 100k)",
    )
    floor = [PYTHON, "-c", "import typer, sqlmodel"]
    import_file = kecli(target, "import", "cases", str(export))
    shell: Callable[[], Measure] | None = None
    write_only: Callable[[], Measure] | None = None
    work = tmp / f"shell-{rows}"
    raw = raw_csv_baseline(export, work)
    plain = plain_import_baseline(export, work)
    floor_s: list[float] = []
    write_s: list[float] = []
    raw_s: list[float] = []
    plain_s: list[float] = []
    cpu_s: list[float] = []
    shell_cpu_s: list[float] = []
    tree = 0.0
    for _ in range(runs):
        measure = run(import_file, prepare=fresh, tree=True)
        if shell is None or write_only is None:  # the rows kecli has just written
            shell = shell_import_baseline(target, export, work)
            write_only = shell_import_baseline(target, export, work, read_file=False)
            shell()  # the file cache warm for both
        base = shell()
        floor_s.append(run(floor).seconds)
        plain_s.append(plain().seconds)
        write_s.append(write_only().seconds)
        raw_s.append(raw().seconds)
        result.candidate_s.append(measure.seconds)
        result.baseline_s.append(base.seconds)
        result.ratios.append(measure.seconds / base.seconds)
        result.peak_mib = max(result.peak_mib, measure.max_rss_mib)
        tree = max(tree, measure.tree_mib)
        cpu_s.append(measure.cpu_s)
        shell_cpu_s.append(base.cpu_s)
    result.extra["rows_per_s"] = rows / statistics.median(result.candidate_s)
    # What the sqlite3 shell takes, with no check at all, to read the file and write the
    # same rows (the ratio's baseline), and its plain `.import` of the file alone.
    result.extra["sqlite3_shell_rows_per_s"] = rows / statistics.median(result.baseline_s)
    result.extra["vs_sqlite3_shell"] = result.median
    result.extra["vs_plain_import"] = statistics.median(
        a / b for a, b in zip(result.candidate_s, plain_s, strict=True)
    )
    result.extra["vs_stack_floor"] = statistics.median(
        a / b for a, b in zip(result.candidate_s, floor_s, strict=True)
    )
    # The two halves of any import's floor: SQLite writing those rows alone (nothing read,
    # nothing checked), and Python reading the file into SQLite (nothing checked, nothing
    # derived). Start-up and the checks come on top of both.
    result.extra["sqlite3_write_rows_per_s"] = rows / statistics.median(write_s)
    result.extra["python_csv_rows_per_s"] = rows / statistics.median(raw_s)
    # The CPU time of the importing process and its workers: divided by the machine's
    # cores, the least wall time any division of this work could reach.
    result.extra["cpu_s"] = statistics.median(cpu_s)
    result.extra["sqlite3_shell_cpu_s"] = statistics.median(shell_cpu_s)
    # With worker processes (files of 2 MiB and more), what they hold together.
    result.extra["all_processes_mib"] = tree
    return result


def plain_import_baseline(csv_file: Path, work: Path) -> Callable[[], Measure]:
    """The sqlite3 shell's plain ``.import --csv`` of the file into one table of a new
    database file: the shell's own import, nothing else."""
    work.mkdir(exist_ok=True)
    target = work / "plain.db"

    def fresh() -> None:
        target.unlink(missing_ok=True)

    command = ["sqlite3", "-bail", str(target), f".import --csv '{csv_file}' import_file"]
    return lambda: run(command, prepare=fresh)


def shell_import_baseline(
    imported: Path, csv_file: Path, work: Path, *, read_file: bool = True
) -> Callable[[], Measure]:
    """The sqlite3 shell doing the import's reading and writing with none of its checks:
    ``.import`` the CSV file (into memory; not with ``read_file`` false: the writing
    alone), then write the rows kecli wrote (copied from ``imported``, a database kecli
    imported the file into) into a fresh WAL database with kecli's schema, every table
    filled in one transaction and every index built after, as kecli's merge does.
    Returns the runner of one measured run."""
    import sqlite3

    work.mkdir(exist_ok=True)
    snapshot = work / "imported.db"
    source = sqlite3.connect(imported)
    copy = sqlite3.connect(snapshot)
    try:
        source.backup(copy)
        schema = copy.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
        ).fetchall()
    finally:
        source.close()
        copy.close()
    tables = [
        (name, sql)
        for kind, name, sql in schema
        if kind == "table" and not name.startswith("sqlite_")
    ]
    indexes = [sql for kind, _name, sql in schema if kind == "index"]
    script = work / ("import.sql" if read_file else "write.sql")
    script.write_text(
        "\n".join(
            [
                "PRAGMA journal_mode=WAL;",  # as kecli's connections
                "PRAGMA synchronous=NORMAL;",
                "PRAGMA temp_store=MEMORY;",
                *([f".import --csv --schema temp '{csv_file}' import_file"] if read_file else []),
                *(f"{sql};" for _name, sql in tables),
                f"ATTACH '{snapshot}' AS imported;",
                "BEGIN;",
                *(f'INSERT INTO "{name}" SELECT * FROM imported."{name}";' for name, _ in tables),
                *(f"{sql};" for sql in indexes),
                "COMMIT;",
                "",
            ]
        )
    )
    target = work / "shell.db"

    def fresh() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)

    return lambda: run(["sqlite3", "-bail", str(target), f".read '{script}'"], prepare=fresh)


#: Python reading the CSV file into SQLite with nothing checked and nothing derived: each
#: record's fields as they are, one executemany into one table of a fresh WAL database.
RAW_CSV_INTO_SQLITE = """
import csv, sqlite3, sys
db = sqlite3.connect(sys.argv[2])
db.execute("PRAGMA journal_mode=WAL")
with open(sys.argv[1], newline="", encoding="utf-8-sig") as handle:
    records = csv.reader(handle)
    width = len(next(records))
    db.execute(f"CREATE TABLE rows ({', '.join(f'c{i}' for i in range(width))})")
    db.executemany(f"INSERT INTO rows VALUES ({', '.join('?' * width)})", records)
db.commit()
"""


def raw_csv_baseline(csv_file: Path, work: Path) -> Callable[[], Measure]:
    """The runner of one run of RAW_CSV_INTO_SQLITE on ``csv_file``."""
    work.mkdir(exist_ok=True)
    target = work / "raw.db"

    def fresh() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)

    command = [PYTHON, "-c", RAW_CSV_INTO_SQLITE, str(csv_file), str(target)]
    return lambda: run(command, prepare=fresh)


WRITER = """
import contextlib, io, sys
from kecli.cli.app import app
errors = 0
for i in range(int(sys.argv[1])):
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            app(['case', 'new', '--name', f'W{i}', '--kind', 'koordinator', '--json'],
                prog_name='kecli')
    except SystemExit as e:
        if e.code:
            errors += 1
print(errors)
"""


def concurrency_benchmark(tmp: Path, processes: int = 4, writes: int = 500) -> Result:
    db = tmp / "concurrent.db"
    env = {**ENV, "KECLI_DB": str(db)}
    subprocess.run(kecli(None, "db", "upgrade"), env=env, check=True, stdout=subprocess.DEVNULL)
    started = time.perf_counter()
    procs = [
        subprocess.Popen(
            [PYTHON, "-c", WRITER, str(writes)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(processes)
    ]
    outputs = [p.communicate() for p in procs]
    seconds = time.perf_counter() - started
    failed = sum(int(out.strip() or 0) for out, _ in outputs)
    locked = sum(err.count("locked") for _, err in outputs)
    import sqlite3

    conn = sqlite3.connect(db)
    stored = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    conn.close()
    result = Result(
        f"{processes} processes × {writes} writes",
        "kecli case new, concurrently",
        "—",
        "0 'database is locked'",
    )
    result.candidate_s.append(seconds)
    result.extra.update(
        {"failed": failed, "locked": locked, "stored": stored, "expected": processes * writes}
    )
    result.passed = failed == 0 and locked == 0 and stored == processes * writes
    return result


def judge(results: list[Result]) -> None:
    for r in results:
        if r.passed is not None or r.goal.startswith("—"):
            continue
        if r.goal.startswith("≤"):
            limit = float(r.goal.split("×")[0].strip("≤ "))
            r.passed = r.median <= limit
            if "peak" in r.goal:
                r.passed = r.passed and r.peak_mib <= 60
        elif r.goal.startswith("flat"):
            r.passed = r.extra["peak_vs_100k"] <= 1.10 if "peak_vs_100k" in r.extra else None
            continue
        if "peak_vs_100k" in r.extra:  # flat: within 10 % of the 100k figure
            r.passed = bool(r.passed) and r.extra["peak_vs_100k"] <= 1.10


def _figure(value: float) -> str:
    return f"{value:.2f}" if abs(value) < 10 and value != int(value) else f"{value:,.0f}"


def table(results: list[Result]) -> str:
    lines = [
        "| benchmark | baseline | median ratio (min–max) | candidate median | peak RSS | goal | met |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        ratio = (
            f"{r.median:.2f}× ({min(r.ratios):.2f}–{max(r.ratios):.2f})"
            if r.ratios
            else ", ".join(f"{k} {_figure(v)}" for k, v in r.extra.items())
        )
        if r.ratios and r.extra:
            ratio += "".join(f", {k} {_figure(v)}" for k, v in r.extra.items())
        cand = f"{statistics.median(r.candidate_s) * 1000:.0f} ms" if r.candidate_s else "—"
        met = {True: "yes", False: "**no**", None: "—"}[r.passed]
        lines.append(
            f"| {r.name} | {r.baseline} | {ratio} | {cand} | {r.peak_mib:.0f} MiB | "
            f"{r.goal} | {met} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="kecli benchmarks")
    parser.add_argument("--runs", type=int, default=7, help="paired runs per benchmark")
    parser.add_argument("--smoke", action="store_true", help="10k cases, one run: CI")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the databases")
    parser.add_argument(
        "--only", metavar="TEXT", help="only the benchmarks whose name contains TEXT"
    )
    parser.add_argument(
        "--data", type=Path, default=DATA, help="folder of the generated databases (bench/data)"
    )
    parser.add_argument(
        "--results",
        type=Path,
        default=ROOT / "bench" / "results.json",
        help="where the results go as JSON (bench/results.json)",
    )
    args = parser.parse_args(argv)
    if not shutil.which("sqlite3"):
        raise SystemExit(
            "the sqlite3 shell is needed for the export baselines (apt-get install sqlite3)"
        )
    runs = 1 if args.smoke else args.runs
    built: dict[str, Path] = {}

    def data(size: str) -> Callable[[], Path]:
        """The database of ``size`` (10k in a smoke run), built the first time it is needed:
        ``--only`` builds only what its benchmarks read."""
        size = "10k" if args.smoke else size

        def get() -> Path:
            if size not in built:
                built[size] = database(size, args.rebuild, args.data)
            return built[size]

        return get

    small, mid, big = data("10k"), data("100k"), data("1m")
    # As an installed package has them: this machine's PYTHONDONTWRITEBYTECODE would make
    # every run compile kecli's modules again, which no user's kecli does.
    compileall.compile_dir(ROOT / "src" / "kecli", quiet=1)

    def wanted(*names: str) -> bool:
        return args.only is None or any(args.only.lower() in n.lower() for n in names)

    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="kecli-bench-") as folder:
        tmp = Path(folder)
        results += startup_benchmarks(runs, mid, wanted)
        if wanted("report deadlines"):
            results.append(report_benchmark(runs, big()))
        if wanted("ics", "calendar"):
            results.append(calendar_benchmark(runs, big()))
        if wanted("letter", "pdf"):
            results.append(letter_benchmark(runs, mid(), tmp))
        if wanted("export"):
            exports_mid = export_benchmarks(runs, mid(), tmp)
            exports_big = exports_mid if args.smoke else export_benchmarks(runs, big(), tmp)
            results += exports_big if args.smoke else exports_mid + exports_big
            if not args.smoke:
                for big_r, mid_r in zip(exports_big, exports_mid, strict=True):
                    big_r.extra["peak_vs_100k"] = big_r.peak_mib / mid_r.peak_mib
                    mid_r.goal = "— (the goal is for 1M)"
        sizes = [(small, 10_000, runs)]
        if not args.smoke:
            sizes += [(mid, 100_000, runs), (big, 1_000_000, 1)]
        imports = {
            rows: import_benchmark(source(), tmp, rows, times)
            for source, rows, times in sizes
            if wanted(import_name(rows))
        }
        if 100_000 in imports and 1_000_000 in imports:
            imports_mid, imports_big = imports[100_000], imports[1_000_000]
            imports_big.extra["peak_vs_100k"] = max(
                imports_big.peak_mib / imports_mid.peak_mib,
                imports_big.extra["all_processes_mib"]
                / (imports_mid.extra["all_processes_mib"] or 1),
            )
        results += imports.values()
        if wanted("writes", "concurren"):
            results.append(concurrency_benchmark(tmp, 4, 50 if args.smoke else 500))
    judge(results)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(f"\nkecli benchmarks — {machine}, {runs} paired run(s) each\n")
    print(table(results))
    args.results.write_text(
        json.dumps(
            {
                "machine": machine,
                "runs": runs,
                "smoke": args.smoke,
                "results": [asdict(r) | {"median": r.median} for r in results],
            },
            indent=2,
        )
    )
    if args.smoke or args.only:
        return 0
    return 0 if all(r.passed is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
