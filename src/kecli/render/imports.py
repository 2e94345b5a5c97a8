"""An import's result, for people."""

from __future__ import annotations

from typing import Any

from kecli.i18n import tt

View = dict[str, Any]


def import_summary(result: View) -> None:
    """``import cases``: what was written, or with ``--dry-run`` that every row can be."""
    if result["dry_run"]:
        print(
            tt(
                f"Sjekket {result['cases']} rader i {result['file']}: alle kan importeres "
                "(--dry-run: ingenting ble skrevet).",
                f"Checked {result['cases']} rows in {result['file']}: all can be imported "
                "(--dry-run: nothing was written).",
            )
        )
        return
    print(
        tt(
            f"Importerte {result['cases']} saker fra {result['file']} "
            f"({result['decisions']} avgjørelser, {result['appointments']} "
            f"koordinatoroppnevninger, {result['appeals']} klager, {result['plans']} planer; "
            f"{result['coordinators_created']} nye koordinatorer).",
            f"Imported {result['cases']} cases from {result['file']} "
            f"({result['decisions']} decisions, {result['appointments']} coordinator "
            f"appointments, {result['appeals']} appeals, {result['plans']} plans; "
            f"{result['coordinators_created']} new coordinators).",
        )
    )
