"""The database's schema and backups, for people."""

from __future__ import annotations

from kecli.i18n import tt
from kecli.views import BackupView, UpgradeView


def schema_upgraded(result: UpgradeView) -> None:
    """``db upgrade``: the revision before and after, or that there was nothing to do."""
    if result["before"] == result["after"]:
        print(
            tt(
                f"Skjemaet er allerede oppdatert ({result['after']}).",
                f"The schema is already up to date ({result['after']}).",
            )
        )
    else:
        print(
            tt(
                f"Skjemaet er oppgradert: {result['before'] or '—'} → {result['after']}.",
                f"The schema was upgraded: {result['before'] or '—'} → {result['after']}.",
            )
        )


def backup_written(result: BackupView) -> None:
    """``db backup``: where the copy is and how big."""
    print(
        tt(
            f"Kopi skrevet til {result['target']} ({result['bytes']} byte).",
            f"Copy written to {result['target']} ({result['bytes']} bytes).",
        )
    )
