"""Finding a case the way a caseworker types it: names folded so that case, accents and
the old spelling of å do not matter (``ase`` is Åse, ``odegard`` is Ødegård, ``aa`` is å),
and a query read as what it looks like (a case id, a fødselsnummer or its first six
digits, a birth date, or parts of names).

Pure functions: the store keeps the terms of each case (its name's and its guardians'
words, and the digits of its birth date and fødselsnummer's first six) in an indexed
table, and looks the query's terms up there.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

#: Where a term comes from: the person's name, a guardian's name, the birth date or the
#: first six digits of the fødselsnummer.
NAME, GUARDIAN, BIRTH = 0, 1, 2

TERM_MAX = 40
"""The longest term kept (a word is cut there: its prefix still finds it)."""

# Letters NFKD does not take apart into a base letter and a mark.
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "ł": "l", "þ": "th"})
_NOT_WORD = re.compile(r"[^a-z0-9]+")
#: ``aa`` as the å it once spelled; a longer run of a's too, so that folding a folded text
#: changes nothing (``aaa`` would otherwise fold to ``aa``, and that to ``a``).
_AA = re.compile("a{2,}")


def fold(text: str) -> str:
    """``text`` in lower-case ASCII letters and digits: case and accents dropped
    (``Ødegård`` → ``odegard``), and ``aa`` read as the å it once spelled (``Aasen`` →
    ``asen``), so that ``aa`` and ``å`` find each other; folding twice changes nothing."""
    lowered = text.casefold().translate(_LETTERS)
    plain = (
        lowered  # no accents to take off (most names: an import folds 100,000s of them)
        if lowered.isascii()
        else "".join(
            c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c)
        )
    )
    return _AA.sub("a", " ".join(w for w in _NOT_WORD.split(plain) if w))


#: The folded words of each whitespace-separated piece of a name met (an import folds the
#: names of 100,000s of cases, made of far fewer words); emptied when it grows large.
_FOLDED: dict[str, list[str]] = {}
_FOLDED_MAX = 65_536


def words(text: str) -> list[str]:
    """The folded words of a name, each at most TERM_MAX long: those of ``fold(text)``,
    folded piece by piece (folding works character by character, and whitespace
    separates words before and after it)."""
    found: list[str] = []
    for piece in text.split():
        folded = _FOLDED.get(piece)
        if folded is None:
            if len(_FOLDED) >= _FOLDED_MAX:
                _FOLDED.clear()
            folded = _FOLDED[piece] = [w[:TERM_MAX] for w in fold(piece).split()]
        found += folded
    return found


def same_name(a: str, b: str) -> bool:
    """Whether two names are the same but for case, accents, spacing and aa/å."""
    return fold(a) == fold(b)


def birth_terms(birth_date: dt.date | None, fnr: str | None) -> list[str]:
    """The digits a person may be found by: the birth date as DDMMYY and DDMMYYYY, and the
    fødselsnummer's first six digits (a D-nummer's with its day + 40) — never more of it."""
    found: list[str] = []
    if birth_date is not None:  # strftime's %d%m%y and %d%m%Y, at a fifth of its cost
        day_month = f"{birth_date.day:02d}{birth_date.month:02d}"
        found += [f"{day_month}{birth_date.year % 100:02d}", f"{day_month}{birth_date.year}"]
    if fnr is not None and len(fnr) >= 6:
        found.append(fnr[:6])
    return list(dict.fromkeys(found))


def case_terms(
    name: str, guardians: Sequence[str], birth_date: dt.date | None, fnr: str | None
) -> list[tuple[str, int]]:
    """Every (term, source) a case is found by, each once (the highest source kept)."""
    terms: dict[str, int] = {}
    for source, texts in ((BIRTH, birth_terms(birth_date, fnr)), (NAME, [name])):
        for text in texts:
            for term in [text] if source == BIRTH else words(text):
                terms.setdefault(term, source)
    for guardian in guardians:
        for term in words(guardian):
            terms.setdefault(term, GUARDIAN)
    return list(terms.items())


# --- queries -----------------------------------------------------------------------------

_CASE_ID = re.compile(r"^\s*(\d{4})-(\d{1,6})\s*$")
_FNR = re.compile(r"^(\d{6}) ?(\d{5})$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_NORWEGIAN_DAY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


@dataclass
class Query:
    """A search, read: a case id; or fødselsnumre (exact), birth terms (exact) and name
    words (prefixes), all of which a case must match."""

    case_id: str | None = None
    fnrs: list[str] = field(default_factory=list)
    births: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.case_id or self.fnrs or self.births or self.names)

    @property
    def by_identity_number(self) -> bool:
        """Whether it names a fødselsnummer, or its first six digits (the audit log keeps
        such a search: pasientjournalloven § 22)."""
        return bool(self.fnrs) or any(len(term) == 6 for term in self.births)

    def shown(self) -> str:
        """The query as the audit log keeps it: a fødselsnummer masked."""
        parts = [f"{n[:6]}*****" for n in self.fnrs] + self.births + self.names
        return self.case_id or " ".join(parts)


def _day_term(token: str) -> str | None:
    """A birth date typed as YYYY-MM-DD or DD.MM.YYYY, as the DDMMYYYY term; else None."""
    match = _ISO_DAY.match(token)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _NORWEGIAN_DAY.match(token)
        if not match:
            return None
        day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day).strftime("%d%m%Y")
    except ValueError:
        return None


def read_query(text: str) -> Query:
    """What a search looks for: the whole text as a case id (``2026-7``) or as a
    fødselsnummer (11 digits, a space after the sixth allowed); else each word as a
    fødselsnummer, a birth date (``DDMMYY``, ``DDMMYYYY``, ``YYYY-MM-DD``, ``DD.MM.YYYY``)
    or the start of a word of a name."""
    stripped = text.strip()
    match = _CASE_ID.match(stripped)
    if match:
        return Query(case_id=f"{match.group(1)}-{int(match.group(2)):04d}")
    match = _FNR.match(stripped)
    if match:
        return Query(fnrs=[match.group(1) + match.group(2)])
    query = Query()
    for token in stripped.split():
        if token.isdigit() and len(token) == 11:
            query.fnrs.append(token)
        elif token.isdigit() and len(token) in (6, 8):
            query.births.append(token)
        elif (day := _day_term(token)) is not None:
            query.births.append(day)
        else:
            query.names += words(token)
    return query


def prefix_end(prefix: str) -> str:
    """The first string after every string that starts with ``prefix`` (of folded
    letters and digits, compared byte by byte): a prefix search as a range."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
