"""The database's schema and backups, for people."""

from __future__ import annotations

from kecli.i18n import results as R
from kecli.i18n import tf
from kecli.views.admin import BackupView, UpgradeView


def schema_upgraded(result: UpgradeView) -> None:
    """``db upgrade``: the revision before and after, or that there was nothing to do."""
    if result["before"] == result["after"]:
        print(tf(R.SCHEMA_CURRENT, after=result["after"]))
    else:
        print(tf(R.SCHEMA_UPGRADED, before=result["before"] or "—", after=result["after"]))
    if result.get("restored"):
        print(tf(R.GUARDS_RESTORED, names=", ".join(result["restored"])))


def backup_written(result: BackupView) -> None:
    """``db backup``: where the copy is, how big, and that SQLite's check passed."""
    print(
        tf(
            R.BACKUP_WRITTEN,
            target=result["target"],
            bytes=result["bytes"],
            check=result["quick_check"],
        )
    )
