"""The exchange columns are defined once (kecli.domain.exchange): every place that spells
them out per column — the export's SELECT, the documentation's columns table, the
importer's typed row, the benchmark's sqlite3 baseline — has each of them, in order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kecli.domain.exchange import COLUMNS, NAMES, REQUIRED

ROOT = Path(__file__).resolve().parent.parent


def _documented() -> list[tuple[str, str]]:
    """(name, kind) of each row of the documented columns table."""
    text = (ROOT / "docs" / "exchange-format.md").read_text(encoding="utf-8")
    section = text[text.index("## The columns") :]
    section = section[: section.index("\n## ", 1)]
    return re.findall(r"^\| `([a-z_]+)` \| ([a-z]+) \|", section, flags=re.MULTILINE)


def test_every_column_is_documented_with_its_kind():
    assert _documented() == [(column.name, str(column.kind)) for column in COLUMNS]


@pytest.mark.parametrize("sqlite", [True, False])
def test_every_column_has_its_select_expression_in_order(sqlite):
    from kecli.store.exports import column_expressions
    from kecli.store.tables import TYPED

    for include_fnr in (True, False):
        found = column_expressions(TYPED, sqlite=sqlite, include_fnr=include_fnr)
        assert tuple(found) == NAMES


def test_the_importers_row_has_every_column_in_order():
    from dataclasses import fields

    from kecli.services.importing.rows import Row

    assert tuple(field.name for field in fields(Row)) == NAMES


def test_the_benchmarks_sqlite3_baseline_has_every_column():
    from bench.baseline_sql import EXPRESSIONS

    assert tuple(EXPRESSIONS) == NAMES


def test_names_are_unique_and_an_import_file_needs_five_of_them():
    assert len(set(NAMES)) == len(NAMES)
    assert REQUIRED == ("id", "kind", "status", "received_on", "name")
