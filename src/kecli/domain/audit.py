"""The audit log's hash chain: pasientjournalloven § 22 and Normen ask for a log that shows
misuse; chaining each entry to the one before makes a changed or removed entry visible."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class Entry:
    id: int
    at: str
    user: str
    case_id: str | None
    action: str
    details: dict[str, Any]
    prev_hash: str
    hash: str
    db_role: str | None = None


def event_hash(
    prev_hash: str,
    at: str,
    user: str,
    case_id: str | None,
    action: str,
    details: dict[str, Any],
    db_role: str | None = None,
) -> str:
    """SHA-256 over the previous hash and the entry's canonical JSON (DOMAIN § 7); the
    database role that wrote it too where one was recorded (PostgreSQL's audit function
    computes the same, kecli.store.guards)."""
    fields: dict[str, Any] = {
        "prev": prev_hash,
        "at": at,
        "user": user,
        "case_id": case_id,
        "action": action,
        "details": details,
    }
    if db_role is not None:
        fields["db_role"] = db_role
    payload = json.dumps(
        fields,
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Broken:
    """Where the chain breaks: the entry id (or None for the end of the log) and why."""

    entry_id: int | None
    reason: str


def verify_chain(
    entries: Iterable[Entry],
    head: tuple[int, str] | None,
    *,
    expect: str | None = None,
    has_cases: bool = False,
) -> tuple[int, Broken | None]:
    """Walk the log oldest first: (entries checked, the first break or None).

    The chain alone catches an entry changed, cut out or re-linked, and the head row a log
    cut short or an entry appended after it. What only something kept elsewhere can catch
    (the whole log rewritten, head included): ``expect``, the hash of an entry an earlier
    run printed, must still be in the chain. A log with no entry in a database with cases
    (``has_cases``) has been emptied: every change writes an entry."""
    previous_hash = GENESIS_HASH
    previous_id = 0
    count = 0
    anchored = expect is None
    after_head: int | None = None
    for entry in entries:
        count += 1
        if entry.prev_hash != previous_hash:
            gap = entry.id != previous_id + 1
            return count, Broken(entry.id, "removed_before" if gap else "chain")
        expected = event_hash(
            entry.prev_hash,
            entry.at,
            entry.user,
            entry.case_id,
            entry.action,
            entry.details,
            entry.db_role,
        )
        if entry.hash != expected:
            return count, Broken(entry.id, "changed")
        if head is not None and after_head is None and entry.id > head[0]:
            after_head = entry.id
        anchored = anchored or entry.hash == expect
        previous_hash, previous_id = entry.hash, entry.id
    if head is None:
        if count:
            return count, Broken(None, "head_missing")
        return count, Broken(None, "emptied") if has_cases else None
    head_id, head_hash = head
    if after_head is not None:
        return count, Broken(after_head, "appended")
    if head_id != previous_id or head_hash != previous_hash:
        return count, Broken(previous_id or None, "truncated")
    if not anchored:
        return count, Broken(None, "anchor_missing")
    return count, None
