"""An import's result, for people."""

from __future__ import annotations

from typing import Any

from kecli.i18n import results as R
from kecli.i18n import tf

View = dict[str, Any]


def import_summary(result: View) -> None:
    """``import cases``: what was written, or with ``--dry-run`` that every row can be."""
    if result["dry_run"]:
        print(tf(R.IMPORT_CHECKED, cases=result["cases"], file=result["file"]))
        return
    print(
        tf(
            R.IMPORTED,
            **{
                key: result[key]
                for key in (
                    "cases",
                    "file",
                    "decisions",
                    "appointments",
                    "appeals",
                    "plans",
                    "coordinators_created",
                )
            },
        )  # fmt: skip
    )
