"""Bulk writes for the benchmark data: one executemany per chunk (Core, no ORM objects)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from sqlalchemy import Connection

from kecli.store.models import SQLModel


def chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def insert_rows(
    conn: Connection, table_name: str, rows: Iterable[dict[str, Any]], chunk_size: int = 5000
) -> int:
    """Insert ``rows`` into ``table_name`` with Core executemany; returns how many."""
    table = SQLModel.metadata.tables[table_name]
    count = 0
    for chunk in chunks(rows, chunk_size):
        conn.execute(table.insert(), chunk)
        count += len(chunk)
    return count
