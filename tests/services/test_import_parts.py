"""Cutting an import file into parts for the checking workers: every part begins where
a record begins, on the line the whole file has it on, and no record is lost or split."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kecli.domain.exchange import NAMES
from kecli.services.importing import TUNING, parts

# No database here: one run is enough.
pytestmark = pytest.mark.sqlite_only

HEADER = ",".join(NAMES)


def _records_with_lines(text: str, first_line: int) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    out = []
    start = first_line
    for record in reader:
        out.append((start, record))
        start = first_line + reader.line_num
    return out


def _cut(path: Path, count: int, fmt: str = "csv") -> parts.Layout | None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(TUNING, "parallel_min_bytes", 1)
        return parts.layout(path, fmt, None, count)


def _parts(path: Path, cut: parts.Layout) -> list[tuple[int, str]]:
    data = path.read_bytes()
    return [(line, data[start:end].decode("utf-8")) for start, end, line in cut.parts]


FIELD = st.text(alphabet=st.sampled_from(list('ab,;"\n é')), max_size=6)


@settings(max_examples=300, deadline=None)
@given(
    records=st.lists(st.lists(FIELD, min_size=3, max_size=3), min_size=1, max_size=30),
    count=st.integers(min_value=2, max_value=5),
    ending=st.sampled_from(["\n", "\r\n"]),
)
def test_parts_begin_where_records_begin(tmp_path_factory, records, count, ending):
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator=ending).writerows(records)
    path = tmp_path_factory.mktemp("cut") / "cases.csv"
    path.write_bytes(("\ufeff" + HEADER + ending + out.getvalue()).encode("utf-8"))
    layout = _cut(path, count)
    whole = _records_with_lines(path.read_text("utf-8-sig"), 1)[1:]
    if layout is None:  # nothing to cut: fewer line ends outside quotes than parts
        return
    assert 2 <= len(layout.parts) <= count
    assert layout.order == list(range(len(NAMES))) and layout.sep == ","
    pieces = [r for line, text in _parts(path, layout) for r in _records_with_lines(text, line)]
    assert pieces == whole


def test_a_quoted_line_end_at_the_cut_moves_the_cut_to_the_record_end(tmp_path):
    note = "første linje\n" * 40 + "siste linje"
    rows = [["2025-0001", note], ["2025-0002", "kort"], ["2025-0003", note]]
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path = tmp_path / "cases.csv"
    path.write_bytes((HEADER + "\r\n" + out.getvalue()).encode("utf-8"))
    layout = _cut(path, 2)
    assert layout is not None
    starts = [text.split(",", 1)[0] for _, text in _parts(path, layout)]
    assert starts[0] == "2025-0001" and starts[1] in ("2025-0002", "2025-0003")
    assert layout.parts[1][2] == (2 + 41 if starts[1] == "2025-0002" else 2 + 42)


def test_jsonl_is_cut_at_line_ends_and_counts_lines_from_1(tmp_path):
    path = tmp_path / "cases.jsonl"
    path.write_text("".join(f'{{"id": "2025-{n:04d}"}}\n' for n in range(1, 11)))
    layout = _cut(path, 3, "jsonl")
    assert layout is not None and layout.parts[0][:1] == (0,) and layout.parts[0][2] == 1
    lines = [line for _, text in _parts(path, layout) for line in text.splitlines()]
    assert lines == path.read_text().splitlines()
    for line, text in _parts(path, layout):
        assert text.startswith(f'{{"id": "2025-{line:04d}"}}')


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a header over two lines", '"id\n",kind\r\n' + "x\r\n" * 10),
        ("lone CR line ends", HEADER + "\r" + "x\r" * 10),
        ("an unknown column", "nope," + HEADER + "\n" + "x\n" * 10),
    ],
)
def test_files_the_importing_process_reads_itself(tmp_path, name, content):
    path = tmp_path / "cases.csv"
    path.write_text(content, newline="")
    assert _cut(path, 2) is None, name


def test_small_files_are_not_cut(tmp_path):
    path = tmp_path / "cases.csv"
    path.write_text(HEADER + "\n" + "x\n" * 100)
    assert parts.layout(path, "csv", None, 4) is None
