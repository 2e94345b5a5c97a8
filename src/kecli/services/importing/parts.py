"""A big file cut into parts for the checking workers, each ending where a record ends
(:func:`layout`), and the bytes of one part read as a file (:class:`Slice`)."""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from kecli.services.importing.problems import Problems
from kecli.services.importing.reading import header_order, sniff_delimiter
from kecli.services.importing.tuning import TUNING

#: Read at a time while the file is cut into parts.
SPLIT_BLOCK = 1 << 20


@dataclass(frozen=True)
class Layout:
    """Where a file's parts are: (first byte, end byte, line of its first record) each,
    and what a CSV part's reader needs of the header."""

    sep: str
    order: list[int]
    width: int
    parts: list[tuple[int, int, int]]


def layout(file: Path, fmt: str, delimiter: str | None, count: int) -> Layout | None:
    """Cut the file into up to ``count`` parts of about the same size (and at least
    ``TUNING.parallel_min_bytes`` each), each ending where a record ends (in CSV: at a
    line end outside quotes). None when the file is better read by one process: small,
    a header that is not one plain line, lone CR line ends."""
    with open(file, "rb") as raw:
        size = os.fstat(raw.fileno()).st_size
        count = min(count, size // TUNING.parallel_min_bytes)
        if count < 2:
            return None
        sep, order, width, body, first_line = "", [], 0, 0, 1
        if fmt == "csv":
            head = raw.readline(SPLIT_BLOCK)
            if not head.endswith(b"\n") or head.count(b'"') % 2:
                return None
            try:
                text = head.decode("utf-8-sig")
                sep = delimiter or sniff_delimiter(io.StringIO(text))
                header = next(csv.reader([text], delimiter=sep, strict=True), None)
            except (UnicodeDecodeError, csv.Error):
                return None
            problems = Problems()
            order = header_order(header or [], problems)
            if not header or problems.count:
                return None  # the import in one process says what is wrong
            width, body, first_line = len(header), len(head), 2
        cuts = _cuts(raw, fmt, size, body, first_line, count)
    if cuts is None or len(cuts) < 2:
        return None
    ends = [start for start, _ in cuts[1:]] + [size]
    parts = [(start, end, line) for (start, line), end in zip(cuts, ends, strict=True)]
    return Layout(sep, order, width, parts)


def _cuts(
    raw: IO[bytes], fmt: str, size: int, body: int, first_line: int, count: int
) -> list[tuple[int, int]] | None:
    """(first byte, line) of each part, the file read on from ``body`` (the first byte
    after the header, on line ``first_line``); None at a lone CR line end (counted as
    the csv module counts them, which the cut cannot)."""
    targets = [body + (size - body) * k // count for k in range(1, count)]
    cuts = [(body, first_line)]
    quotes = newlines = 0
    pos = body
    while True:
        block = raw.read(SPLIT_BLOCK)
        while block.endswith(b"\r"):  # keep a CR LF in one block
            more = raw.read(1)
            if not more:
                break
            block += more
        if not block:
            break
        if block.count(b"\r") != block.count(b"\r\n"):
            return None
        while targets and pos + len(block) > targets[0]:
            i = block.find(b"\n", max(0, targets[0] - pos))
            while i != -1 and fmt == "csv" and (quotes + block.count(b'"', 0, i)) % 2:
                i = block.find(b"\n", i + 1)
            if i == -1:  # no record ends in the rest of this block: look on in the next
                targets[0] = pos + len(block)
                break
            cut = pos + i + 1
            if cut < size and cut > cuts[-1][0]:
                cuts.append((cut, first_line + newlines + block.count(b"\n", 0, i + 1)))
            targets.pop(0)
        if fmt == "csv":
            quotes += block.count(b'"')
        newlines += block.count(b"\n")
        pos += len(block)
    return cuts


class Slice(io.RawIOBase):
    """The bytes of an open file from where it stands, ``length`` of them."""

    def __init__(self, raw: IO[bytes], length: int) -> None:
        self.raw = raw
        self.left = length

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        wanted = min(len(buffer), self.left)
        if wanted <= 0:
            return 0
        got = self.raw.readinto(memoryview(buffer)[:wanted])  # type: ignore[attr-defined]
        self.left -= got
        return int(got)
