"""The merge of a big file's parts (SQLite): the rows the checking workers staged,
compared with each other and with the database, and written in one transaction with
one INSERT … SELECT per table and part (:mod:`kecli.store.merge`). Anything that would
be a bad row raises :class:`Again`: the file is then checked in one process, which
lists the bad rows as it always does."""

from __future__ import annotations

from typing import Any

from kecli.services.config import settings_of
from kecli.services.context import Ctx
from kecli.services.importing.coordinators import check_stored_coordinators, kind_of
from kecli.services.importing.database import log_import
from kecli.services.importing.kept import ImportResult, Progress
from kecli.services.importing.problems import Problems
from kecli.store import imports as store
from kecli.store import merge
from kecli.store.db import read_scope, write_scope


class Again(Exception):
    """The parts cannot be merged as they are: check the file in one process."""


def merge_parts(
    ctx: Ctx,
    name: str,
    fmt: str,
    stagings: list[str],
    postal_days: int,
    parts: list[ImportResult],
    now: str,
    dry_run: bool,
    *,
    synthetic: bool,
    progress: Progress | None = None,
) -> ImportResult:
    """Compare the parts staged in the files ``stagings`` (in file order) with each other
    and the database, and (unless ``dry_run``) write them in one transaction. Raises
    Again if anything would be a bad row. ``postal_days``: the setting the workers
    counted deadlines with; ``synthetic``: whether a staged row has a synthetic number
    (both are checked again here, in the transaction that writes them)."""
    result = _total(name, fmt, parts, dry_run)
    schemas = [f"kecli_part{index}" for index in range(len(stagings))]
    attach = list(zip(schemas, stagings, strict=True))

    if dry_run:
        with read_scope(ctx.db_url, attach=attach) as conn:
            _check(conn, schemas, postal_days, synthetic=synthetic)
            result.coordinators_created = merge.merge_staged_coordinators(
                conn, schemas, kind_of, now, ctx.user, write=False
            )
        return result
    # The staged rows refer to each other by construction (a decision to the case of its
    # row, an appeal to its decision, an appointment to a coordinator the merge inserts
    # when it is not stored): SQLite's foreign key checks, half the merge's time, are off.
    with write_scope(ctx.db_url, attach=attach, foreign_keys=False) as conn:
        with store.import_session(conn):
            _check(conn, schemas, postal_days, synthetic=synthetic)
            result.coordinators_created = merge.merge_staged_coordinators(
                conn, schemas, kind_of, now, ctx.user, write=True
            )
            first = store.next_ids(conn)
            written = 0
            for schema, part in zip(schemas, parts, strict=True):
                merge.merge_staged(conn, schema, first, now, ctx.user)
                first["decisions"] += part.decisions
                first["appointments"] += part.appointments
                first["appeals"] += part.appeals
                first["plan_versions"] += part.plans
                written += part.cases
                if progress is not None:
                    progress("write", written, result.cases)
            merge.merge_staged_terms(conn, schemas)  # the search index (case find)
        log_import(conn, ctx, result)
    return result


def _check(conn: Any, schemas: list[str], postal_days: int, *, synthetic: bool) -> None:
    """Raise Again if the attached parts ``schemas`` cannot be merged as they are."""
    settings = settings_of(conn)
    if synthetic and not settings.allow_synthetic_ids:
        raise Again
    if postal_days != settings.postal_days:
        raise Again  # changed while the workers counted: count again here
    if merge.staged_clash(conn, schemas, store.has_cases(conn)):
        raise Again
    if merge.staged_coordinators_clash(conn, schemas):
        raise Again
    problems = Problems()
    check_stored_coordinators(merge.staged_coordinators_stored(conn, schemas), problems)
    if problems.count:
        raise Again


def _total(name: str, fmt: str, parts: list[ImportResult], dry_run: bool) -> ImportResult:
    """The parts' results as the file's."""
    return ImportResult(
        file=name,
        format=fmt,
        rows=sum(p.rows for p in parts),
        dry_run=dry_run,
        cases=sum(p.cases for p in parts),
        decisions=sum(p.decisions for p in parts),
        appointments=sum(p.appointments for p in parts),
        appeals=sum(p.appeals for p in parts),
        plans=sum(p.plans for p in parts),
        deadlines_corrected=sum(p.deadlines_corrected for p in parts),
        first_corrected_line=min(
            (p.first_corrected_line for p in parts if p.first_corrected_line is not None),
            default=None,
        ),
    )
