"""Write the deadline queries compiled for SQLite into src/kecli/store/deadline_sql.py
(between its GENERATED markers), so that report deadlines on SQLite needs no SQLAlchemy.
Run after changing a query in kecli.store.reports; a test fails while they differ."""

from __future__ import annotations

import pprint
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "src" / "kecli" / "store" / "deadline_sql.py"
BEGIN = "# BEGIN GENERATED"
END = "# END GENERATED"


def render(text: str) -> str:
    from kecli.store.reports import sqlite_deadline_queries

    head, rest = text.split(BEGIN, 1)
    first_line, _ = rest.split("\n", 1)
    _, tail = rest.split(END, 1)
    body = pprint.pformat(sqlite_deadline_queries(), width=96, sort_dicts=True)
    block = f"QUERIES: dict[str, tuple[str, tuple[Any, ...]]] = {body}\n"
    return f"{head}{BEGIN}{first_line}\n{block}{END}{tail}"


def main() -> int:
    text = TARGET.read_text(encoding="utf-8")
    TARGET.write_text(render(text), encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
