"""A letter as plain blocks: what it says, apart from how it is laid out.

One letter model serves every output: the Markdown writer here and the PDF layout
read the same blocks, so a letter carries the same words in every format.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Strong:
    """Text to stand out in a paragraph (a deadline date)."""

    text: str


Inline = str | Strong


@dataclass(frozen=True)
class Para:
    """A paragraph: plain text and strong parts."""

    parts: tuple[Inline, ...]

    @classmethod
    def of(cls, *parts: Inline) -> Para:
        return cls(tuple(part for part in parts if part))


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


Block = Para | Heading | Table | Bullets


@dataclass(frozen=True)
class Letter:
    """Everything on the page: letterhead, recipient, the facts line, title, body, closing."""

    lang: str
    kind: str
    title: str
    sender: tuple[str, ...]
    recipient: tuple[str, ...]
    facts: tuple[tuple[str, str], ...]
    body: tuple[Block, ...]
    closing: tuple[str, ...]
    about: str | None = None
    copy_to: tuple[str, ...] = field(default_factory=tuple)
    author: str = ""
    """Who the letter is from (the unit and municipality): the PDF's author."""
    footer: tuple[str, ...] = field(default_factory=tuple)
    """The unit's postal address, phone and e-mail, at the foot of every page."""
    keywords: tuple[str, ...] = field(default_factory=tuple)
    placeholders: tuple[str, ...] = field(default_factory=tuple)
    """The configuration keys whose placeholder the letter shows (a warning each)."""

    def text(self) -> str:
        """Every word of the letter, for checks that scan what a family reads."""
        parts: list[str] = [self.title, *self.sender, *self.recipient, *self.closing]
        parts += [f"{label} {value}" for label, value in self.facts]
        if self.about:
            parts.append(self.about)
        parts += self.copy_to
        for block in self.body:
            if isinstance(block, Para):
                parts.append("".join(p.text if isinstance(p, Strong) else p for p in block.parts))
            elif isinstance(block, Heading):
                parts.append(block.text)
            elif isinstance(block, Table):
                parts += [*block.header, *(cell for row in block.rows for cell in row)]
            else:
                parts += block.items
        return "\n".join(parts)
