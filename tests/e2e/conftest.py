"""Drive kecli through a real pseudo-terminal, as a caseworker would."""

from __future__ import annotations

import os
import sys

import pexpect
import pytest


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
                **env,
            },
            encoding="utf-8",
            # the machine running the tests may be busy: a prompt that is slow to appear
            # is not a failure, one that never appears is
            timeout=60,
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
