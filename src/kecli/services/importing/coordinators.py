"""The coordinators an import file names: each id with one name, and the kinds of the
cases it serves in the file, checked as the rows come (:class:`Coordinators`) and, at
the end, against those stored (:func:`check_stored_coordinators`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kecli.domain.coordinators import covers
from kecli.i18n.errors import importing as E
from kecli.services.importing.problems import Problems, bad
from kecli.services.importing.tuning import TUNING
from kecli.store.staging import SeenCoordinators

#: The kinds of cases, as bits of a coordinator's ``kinds``.
KIND_BITS = {"koordinator": 1, "barnekoordinator": 2}


@dataclass(slots=True)
class Coordinator:
    """A coordinator named in the file, as the checks keep it at hand."""

    name: str
    #: The kinds of the cases it serves in the file (:data:`KIND_BITS`).
    kinds: int
    #: The line that first named it.
    line: int


class Coordinators:
    """The coordinators the file has named so far: all of them in the import's table
    (:class:`kecli.store.staging.SeenCoordinators`), the latest
    ``TUNING.coordinators_kept`` of them at hand as well."""

    def __init__(self, book: SeenCoordinators) -> None:
        self.book = book
        self.at_hand: dict[int, Coordinator] = {}
        self._all_at_hand = True

    def named(self, cid: int) -> Coordinator | None:
        """The coordinator the file has named with this id so far, or None."""
        known = self.at_hand.get(cid)
        if known is None and not self._all_at_hand:
            found = self.book.get(cid)
            if found is not None:
                known = self._keep(cid, Coordinator(*found))
        return known

    def meet(self, cid: int, name: str, kind: str, line: int) -> bool:
        """A row names coordinator ``cid`` ``name`` for a case of ``kind``: whether it is
        the first to; RowError if an earlier row gave it another name."""
        known = self.named(cid)
        bit = KIND_BITS[kind]
        if known is None:
            self._keep(cid, Coordinator(name, bit, line))
            self.book.add(cid, name, bit, line)
            return True
        if known.name != name:
            raise bad(
                "coordinator_name",
                E.COORDINATOR_NAMED_ON_LINE.fill(
                    cid=cid, known_name=known.name, known_line=known.line
                ),
            )
        if not known.kinds & bit:
            known.kinds |= bit
            self.book.set_kinds(cid, known.kinds)
        return False

    def _keep(self, cid: int, coordinator: Coordinator) -> Coordinator:
        if len(self.at_hand) >= TUNING.coordinators_kept:  # memory stays flat
            self.at_hand.clear()
            self._all_at_hand = False
        self.at_hand[cid] = coordinator
        return coordinator


def kind_of(bits: int) -> str:
    """The kind of a coordinator the import inserts for cases of these kinds."""
    kinds = kinds_of(bits)
    return kinds[0] if len(kinds) == 1 else "begge"


def kinds_of(bits: int) -> list[str]:
    """The case kinds of a bit set, in name order."""
    return sorted(kind for kind, bit in KIND_BITS.items() if bits & bit)


def check_stored_coordinators(
    named: Iterable[tuple[int, str, int, int, str, str]], problems: Problems
) -> None:
    """The coordinators of the file that are stored already, as (id, name, kinds, first
    line, stored name, stored kind): the same name, and a kind that serves the kinds of
    the cases the file gives them."""
    for cid, name, kinds, line, stored_name, kind in named:
        if stored_name != name:
            problems.add(
                line,
                E.COORDINATOR_NAME_DIFFERS.fill(cid=cid, stored_name=stored_name, name=name),
                2,
            )
            continue
        for case_kind in kinds_of(kinds):
            if not covers(kind, case_kind):
                problems.add(
                    line,
                    E.COORDINATOR_ID_COORDINATOR_CANNOT.fill(
                        cid=cid, kind=kind, case_kind=case_kind
                    ),
                    2,
                )
                break
