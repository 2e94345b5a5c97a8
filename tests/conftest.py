"""Every test gets its own database and a fixed day; helpers to run kecli and look at the data."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

TODAY = "2026-11-28"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = tmp_path / "kecli.db"
    monkeypatch.setenv("KECLI_DB", str(db))
    monkeypatch.setenv("KECLI_TODAY", TODAY)
    monkeypatch.setenv("KECLI_LANG", "en")
    monkeypatch.setenv("KECLI_USER", "tester")
    monkeypatch.delenv("KECLI_NO_INPUT", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return db


class Kecli:
    """Runs kecli in-process through Typer's CliRunner."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None) -> Any:
        from kecli.cli.app import app

        return self.runner.invoke(app, list(args), input=input)

    def json(self, *args: str) -> Any:
        result = self(*args, "--json")
        assert result.exit_code == 0, result.stderr
        assert result.stderr == "", result.stderr
        return json.loads(result.stdout)

    def json_warned(self, *args: str) -> tuple[Any, str]:
        """Like :meth:`json`, for commands that warn on stderr: (document, stderr)."""
        result = self(*args, "--json")
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout), result.stderr

    def new_case(
        self, *extra: str, name: str = "Kari Nordmann", kind: str = "koordinator"
    ) -> dict[str, Any]:
        return self.json("case", "new", "--name", name, "--kind", kind, *extra)

    def snapshot(self) -> list[str]:
        """Every row of every table (not the schema, which first use creates), to show that a
        refused command wrote nothing."""
        if not self.db.exists():
            return []
        conn = sqlite3.connect(self.db)
        try:
            return [
                line
                for line in conn.iterdump()
                if line.startswith("INSERT") and "alembic_version" not in line
            ]
        finally:
            conn.close()


@pytest.fixture
def kecli(isolated_env: Path) -> Kecli:
    return Kecli(isolated_env)


@pytest.fixture
def refused(kecli: Kecli) -> Callable[..., Any]:
    """Run a command that must fail: check exit code, a one- or two-line message, no writes."""

    def check(code: int, *args: str, message: str) -> Any:
        before = kecli.snapshot()
        result = kecli(*args)
        assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
        assert message in result.stderr, result.stderr
        lines = result.stderr.strip().splitlines()
        assert 1 <= len(lines) <= 2, result.stderr
        assert "Traceback" not in result.stderr
        assert result.stdout == ""
        assert kecli.snapshot() == before
        return result

    return check
