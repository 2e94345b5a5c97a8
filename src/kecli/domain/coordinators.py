"""Which coordinator may serve which case: hol §§ 7-2 (koordinator) and 7-2 a (barnekoordinator)."""

from __future__ import annotations

COORDINATOR_KINDS = ("koordinator", "barnekoordinator", "begge")


def covers(coordinator_kind: str, case_kind: str) -> bool:
    """A coordinator serves cases of their own kind; ``begge`` serves both (hol § 7-3)."""
    return coordinator_kind == "begge" or coordinator_kind == case_kind
