"""The import's knobs: how much of a file memory holds at a time, and from what size a
file is checked by worker processes. One object, :data:`TUNING`, read where each is
needed (tests turn them small to reach chunk and worker boundaries with a few rows)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Tuning:
    """The import's sizes; the defaults are what the benchmarks chose."""

    #: Rows checked (and, when writing, inserted) at a time: what memory holds of the file.
    chunk_rows: int = 5000
    #: Bytes of file per worker at least (≈ 10,000 rows): below, a worker's start costs
    #: more than it saves, and the file is checked in the importing process.
    parallel_min_bytes: int = 2 << 20
    #: How many coordinators the checks keep at hand (the rest they look up).
    coordinators_kept: int = 16384
    #: How many date texts the checks remember at most (then they start afresh).
    days_kept: int = 8192


#: The sizes every import reads.
TUNING = Tuning()
