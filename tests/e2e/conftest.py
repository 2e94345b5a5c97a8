"""Drive kecli through a real pseudo-terminal, as a caseworker would."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect
import pytest

#: How long a walk may take to show what is expected next. Generous: each step starts or
#: wakes a Python process, and on a loaded machine (two cores, the suite in two workers)
#: that has taken over 20 s; a step that never comes still fails, only later.
TIMEOUT = 60

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def spawn(isolated_env):
    children: list[pexpect.spawn] = []

    def start(*args: str, **env: str) -> pexpect.spawn:
        child = pexpect.spawn(
            sys.executable,
            ["-m", "kecli", *args],
            env={
                **os.environ,
                "TERM": "xterm",
                "NO_COLOR": "1",
                "PROMPT_TOOLKIT_NO_CPR": "1",
                # the terminal's own size, whatever a test run left in the environment
                "COLUMNS": "120",
                "LINES": "40",
                **env,
            },
            encoding="utf-8",
            timeout=TIMEOUT,
            dimensions=(40, 120),
        )
        children.append(child)
        return child

    yield start
    for child in children:
        child.close(force=True)


ENTER = "\r"
DOWN = "\x1b[B"
ESC = "\x1b"
CTRL_C = "\x03"
