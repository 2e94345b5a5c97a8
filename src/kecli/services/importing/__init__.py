"""``import cases``: check every row of a CSV or JSONL file and write them in one transaction.

The file has the exchange columns (:mod:`kecli.domain.exchange`), as ``export cases``
writes them. One pass reads the file as a stream (:mod:`.reading`) and checks each
row (:mod:`.checking`) as ``case new``, ``case assess``, ``coordinator assign`` and
``appeal file`` would, keeping compact tuples of what is to be written for the current
chunk only (:mod:`.kept`). Every ``TUNING.chunk_rows`` rows the chunk is checked
against the database (ids taken, open cases, coordinators) and, while no row has been
bad, inserted (one ``executemany`` per table) inside the one write transaction
(:mod:`.database`). After the first bad row nothing more is inserted but every row is
still checked; at the end a bad row means :class:`BadRows` and the transaction is
rolled back, so nothing is written; else one ``import.cases`` event goes to the audit
log and it commits. Memory holds one chunk and nothing per row: the ids and open
(fnr, kind) pairs of earlier chunks, as ints with their line numbers, and the
coordinators met, are kept in temporary tables of the import's connection
(store.staging.SeenKeys) and looked up as each row is checked.

A big file for a SQLite database is checked by worker processes instead, one part of
the file each, and written by the importing process from their staging files
(:mod:`.parallel`, :mod:`.workers`, :mod:`.merging`); the outcome is the same.

A bad row is reported as ``line N: reason``, N being the physical line in the file
where the row begins (the header is line 1), so that a quoted field that spans lines
does not shift the count.

The modules import one way: reading → checking → the runs (:mod:`.run`) → the
parallel run and the database; only :mod:`.database` and :mod:`.merging` load
SQLAlchemy (through the store), imported when the file is to be written or compared
with the database. The sizes the import works in are :data:`.tuning.TUNING`.
"""

from kecli.services.importing.importer import import_cases
from kecli.services.importing.kept import ImportResult, Progress
from kecli.services.importing.problems import BadRows
from kecli.services.importing.reading import FORMATS
from kecli.services.importing.tuning import TUNING, Tuning

__all__ = ["FORMATS", "TUNING", "BadRows", "ImportResult", "Progress", "Tuning", "import_cases"]
