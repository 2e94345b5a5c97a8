"""Writing results: one JSON document for scripts, Rich for people, notes on stderr."""

from __future__ import annotations

import json
import sys
from typing import Any

from kecli.errors import redact
from kecli.i18n import tt


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def warn(text: str) -> None:
    print(f"{tt('Advarsel', 'Warning')}: {redact(text)}", file=sys.stderr)


def next_step(command: str) -> None:
    print(f"{tt('Neste', 'Next')}: {command}")
