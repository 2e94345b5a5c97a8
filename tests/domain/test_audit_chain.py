"""The audit chain's verdicts as a pure function: what the chain alone proves, and what an
anchor kept elsewhere adds."""

from __future__ import annotations

import pytest

from kecli.domain.audit import GENESIS_HASH, Entry, event_hash, verify_chain


def chain(n: int) -> list[Entry]:
    entries, previous = [], GENESIS_HASH
    for i in range(1, n + 1):
        at = f"2026-12-0{i}T10:00:00+00:00"
        digest = event_hash(previous, at, "anne", None, "case.created", {"n": i})
        entries.append(Entry(i, at, "anne", None, "case.created", {"n": i}, previous, digest))
        previous = digest
    return entries


LOG = chain(4)
HEAD = (4, LOG[-1].hash)


@pytest.mark.parametrize(
    ("entries", "head", "options", "verdict"),
    [
        (LOG, HEAD, {}, None),
        (LOG, HEAD, {"expect": LOG[1].hash}, None),  # an older anchor is still inside
        (LOG, HEAD, {"expect": "f" * 64}, (None, "anchor_missing")),
        (LOG[:3], HEAD, {}, (3, "truncated")),
        (LOG, (3, LOG[2].hash), {}, (4, "appended")),
        (LOG, None, {}, (None, "head_missing")),
        ([], None, {}, None),  # a new database
        ([], None, {"has_cases": True}, (None, "emptied")),
        ([LOG[0], LOG[2], LOG[3]], HEAD, {}, (3, "removed_before")),
    ],
)
def test_the_verdicts(entries, head, options, verdict):
    _, broken = verify_chain(entries, head, **options)
    assert (None if broken is None else (broken.entry_id, broken.reason)) == verdict


def test_the_database_role_is_hashed_where_one_was_recorded():
    """An entry PostgreSQL's audit function wrote hashes its role too (kecli.store.guards);
    the entries written before, without one, keep their hash."""
    at = "2026-12-01T10:00:00+00:00"
    without = event_hash(GENESIS_HASH, at, "anne", None, "case.created", {})
    assert event_hash(GENESIS_HASH, at, "anne", None, "case.created", {}, None) == without
    with_role = event_hash(GENESIS_HASH, at, "anne", None, "case.created", {}, "anne_pg")
    assert with_role not in (
        without,
        event_hash(GENESIS_HASH, at, "anne", None, "case.created", {}, "bob"),
    )
    entry = Entry(1, at, "anne", None, "case.created", {}, GENESIS_HASH, with_role, "anne_pg")
    assert verify_chain([entry], (1, with_role)) == (1, None)
    # The role changed afterwards (someone with the owner's access): the entry is changed.
    changed = Entry(1, at, "anne", None, "case.created", {}, GENESIS_HASH, with_role, "bob")
    assert verify_chain([changed], (1, with_role))[1].reason == "changed"
