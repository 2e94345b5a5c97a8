"""``export cases``: stream the flat case rows to a writer, and log the export."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass
from typing import Any, Protocol

from kecli.domain.cases import KINDS, STATUSES, check_choice
from kecli.domain.exchange import COLUMNS, TYPED_POSITIONS, ColumnKind
from kecli.domain.identity import mask_in_rows
from kecli.errors import InvalidInput, NotFound, redact
from kecli.i18n.errors import exports as E
from kecli.services.context import Ctx
from kecli.store import exports as store
from kecli.store.db import read_scope, write_scope
from kecli.store.events import append_event
from kecli.store.imports import coordinators_by_id

#: The columns of typed text (a name, a note) where a fødselsnummer is masked: one text
#: each, or a list of them (the guardians).
_TYPED_LISTS = tuple(i for i in TYPED_POSITIONS if COLUMNS[i].kind is ColumnKind.LIST)
_TYPED_TEXTS = tuple(i for i in TYPED_POSITIONS if i not in _TYPED_LISTS)


class Writer(Protocol):
    """Where the rows go (``kecli.render.writers``)."""

    def write(self, rows: Sequence[Sequence[Any]]) -> None: ...

    def close(self) -> None: ...

    def publish(self) -> None: ...

    def abort(self) -> None: ...


@dataclass(frozen=True)
class ExportFilters:
    """The filters of ``case list`` plus a received-date range (both ends included)."""

    statuses: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    coordinator: str | None = None
    received_from: dt.date | None = None
    received_to: dt.date | None = None

    def checked(self) -> ExportFilters:
        """The filters with their words normalised, or InvalidInput."""
        statuses = tuple(check_choice(s, STATUSES, "status") for s in self.statuses)
        kinds = tuple(check_choice(k, KINDS, "kind") for k in self.kinds)
        if (
            self.received_from is not None
            and self.received_to is not None
            and self.received_from > self.received_to
        ):
            raise InvalidInput(
                E.FROM_AFTER_TO,
                E.SWAP_DATES,
                received_from=self.received_from.isoformat(),
                received_to=self.received_to.isoformat(),
            )
        return ExportFilters(
            statuses, kinds, self.coordinator, self.received_from, self.received_to
        )

    def details(self) -> dict[str, Any]:
        """The filters that were given, for the audit log."""
        found: dict[str, Any] = {}
        if self.statuses:
            found["status"] = list(self.statuses)
        if self.kinds:
            found["kind"] = list(self.kinds)
        if self.coordinator is not None:
            found["coordinator"] = self.coordinator
        if self.received_from is not None:
            found["received_from"] = self.received_from.isoformat()
        if self.received_to is not None:
            found["received_to"] = self.received_to.isoformat()
        return found


def export_cases(
    ctx: Ctx,
    filters: ExportFilters,
    *,
    fmt: str,
    include_fnr: bool,
    output: str | None,
    open_writer: Callable[[], Writer],
) -> int:
    """Stream every case that the filters select to the writer, one flat row per case.

    Checked first, so that bad input writes nothing. The export is logged before its
    first row leaves: an ``export.cases`` entry (who, format, filters, whether fnr is
    included, the file's name) committed first — an export that cannot be logged sends
    out nothing, and one killed half-way has left that entry. After the last row an
    ``export.cases.end`` entry tells how it ended: the rows, and ``complete`` (when it
    failed half-way, the rows it had begun to write: no fewer than may have left kecli).
    A file is put in place only once that entry is committed.

    Without ``include_fnr`` a fødselsnummer or D-nummer is masked wherever it is: in the
    ``fnr`` column and in every column of typed text (a name, a note, a reason).
    """
    clean = filters.checked()
    details: dict[str, Any] = {
        "format": fmt,
        "filters": clean.details(),
        "include_fnr": include_fnr,
        # The file's name only: a path may say more about the user than the log needs.
        "output": redact(os.path.basename(output)) if output else "stdout",
    }
    rows = 0
    complete = False
    writer: Writer | None = None
    began: int | None = None
    try:
        with read_scope(ctx.db_url) as conn:
            coordinator_id = _coordinator_id(conn, clean.coordinator)
            stmt = store.export_statement(
                conn,
                include_fnr=include_fnr,
                statuses=clean.statuses,
                kinds=clean.kinds,
                coordinator_id=coordinator_id,
                received_from=clean.received_from,
                received_to=clean.received_to,
            )
            began = _log(ctx, "export.cases", details)
            writer = open_writer()
            # closing(): the cursor is let go of here, inside the transaction, even on error.
            with closing(store.stream_export_rows(conn, stmt)) as chunks:
                for chunk in chunks:
                    # Counted before it is written: a write that fails half-way may
                    # have let part of the chunk out, and the log must not say less.
                    rows += len(chunk)
                    if not include_fnr:  # a number typed into a note or a name as well
                        mask_in_rows(chunk, _TYPED_TEXTS, _TYPED_LISTS)
                    writer.write(chunk)
            writer.close()
            complete = True
    finally:
        if not complete and writer is not None:
            writer.abort()
        if began is not None:
            ended = {"export": began, "rows": rows, "complete": complete}
            try:
                _log(ctx, "export.cases.end", ended)
            except BaseException:
                if complete:  # a file nobody's log tells the end of is not put in place
                    assert writer is not None
                    writer.abort()
                    raise
                # The export already failed; its own error is the one to show.
    assert writer is not None  # complete: it was opened
    writer.publish()
    return rows


def _coordinator_id(conn: Any, ref: str | None) -> int | None:
    """The coordinator named by --coordinator, or NotFound (exit 1) as ``case list``."""
    if ref is None:
        return None
    text = ref.strip()
    if (
        text.isascii()
        and text.isdigit()
        and len(text) <= 9  # no id is longer; a longer number would overflow the driver
        and coordinators_by_id(conn, [int(text)])
    ):
        return int(text)
    raise NotFound(E.COORDINATOR_NOT_FOUND, E.LIST_COORDINATORS_KECLI_COORDINATOR, text=text)


def _log(ctx: Ctx, action: str, details: dict[str, Any]) -> int:
    """One entry of an export, committed now; its id."""
    with write_scope(ctx.db_url) as conn:
        return append_event(conn, user=ctx.user, case_id=None, action=action, details=details)
