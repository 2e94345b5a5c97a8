"""Finding the records a command names, with the errors a user can act on."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kecli.domain.identity import mask
from kecli.errors import NotFound
from kecli.i18n.errors import lookup as E

if TYPE_CHECKING:  # case show finds its case without the ORM
    from kecli.store.db import Session
    from kecli.store.models import CaseRow, CoordinatorRow

_CASE_ID = re.compile(r"^\s*(\d{4})-(\d{1,6})\s*$")


def normalize_case_id(ref: str) -> str:
    """``2026-7`` and ``2026-0007`` name the same case."""
    match = _CASE_ID.match(ref)
    if not match:
        return ref.strip()
    return f"{match.group(1)}-{int(match.group(2)):04d}"


def safe_ref(ref: str) -> str:
    """The reference as it may appear in a message: an 11-digit number is masked."""
    stripped = ref.strip()
    return mask(stripped) if re.fullmatch(r"\d{11}", stripped) else stripped


def case_not_found(ref: str) -> NotFound:
    shown = safe_ref(ref)
    return NotFound(E.CASE_NOT_FOUND, E.LIST_CASES_KECLI_CASE, shown=shown)


def load_case(session: Session, ref: str) -> CaseRow:
    from kecli.store import repo

    row = repo.get_case(session, normalize_case_id(ref))
    if row is None:
        raise case_not_found(ref)
    return row


def load_coordinator(session: Session, ref: str | int) -> CoordinatorRow:
    from kecli.store.models import CoordinatorRow

    text = str(ref).strip()
    row = session.get(CoordinatorRow, int(text)) if text.isdigit() and len(text) <= 9 else None
    if row is None:
        raise NotFound(E.COORDINATOR_NOT_FOUND, E.LIST_COORDINATORS_KECLI_COORDINATOR, text=text)
    return row


def no_current_decision(case_id: str) -> NotFound:
    """The case has no decision in force (none yet, or set aside): assess it first."""
    return NotFound(E.CASE_HAS_NO_CURRENT_DECISION, E.ASSESS_CASE_FIRST_KECLI, case_id=case_id)
