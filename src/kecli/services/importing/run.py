"""One pass over the rows of a file (:class:`Run`): check each row, and every
``TUNING.chunk_rows`` rows hand the chunk on and drop it. The import in one process
(:mod:`.database`) hands it to the database; a checking worker (:mod:`.parallel`) to
its staging file."""

from __future__ import annotations

from collections.abc import Callable

from kecli.errors import InvalidInput
from kecli.services.importing.checking import Checker
from kecli.services.importing.kept import Kept
from kecli.services.importing.problems import FileProblem, Problems, RowError
from kecli.services.importing.reading import Records
from kecli.services.importing.tuning import TUNING

#: Rows between two calls of a run's ``tick`` (progress, and a worker's look at its parent).
PROGRESS_EVERY = 4096


class Run:
    """One pass over the rows of a file; :meth:`chunk` says where each chunk goes."""

    #: Stop at the first bad row (a checking worker: the import then checks the whole file
    #: again in one process, for the listing of every bad row in order).
    stop_at_problem = False

    def __init__(self, checker: Checker) -> None:
        self.checker = checker
        self.problems = Problems()

    def read(self, records: Records, tick: Callable[[], None]) -> int:
        """Check every row (``tick`` told every PROGRESS_EVERY rows); how many there were."""
        problems = self.problems
        check = self.checker.check
        cases = self.checker.kept.cases
        chunk_rows = TUNING.chunk_rows
        stop = self.stop_at_problem
        total = 0
        try:
            for line, row in records:
                total += 1
                try:
                    check(row, line)
                except RowError as error:
                    problems.add(line, error.message)
                except InvalidInput as error:  # a rule of the domain, in its own words
                    problems.add(line, error.message)
                if len(cases) >= chunk_rows:
                    self.flush()
                if total % PROGRESS_EVERY == 0:
                    tick()
                if stop and problems.count:
                    return total
        except FileProblem as error:
            problems.add(self.line_of(error), error.message)
        self.flush()
        return total

    def line_of(self, error: FileProblem) -> int:
        """The line to report ``error`` on (a run that can read the file again may say
        exactly where its bytes stop being UTF-8)."""
        return error.line

    def flush(self) -> None:
        """Hand the chunk's keys to the seen tables and the chunk on; drop it."""
        kept = self.checker.kept
        self.checker.remember()
        self.chunk(kept)
        kept.drop_chunk()

    def chunk(self, kept: Kept) -> None:
        raise NotImplementedError
