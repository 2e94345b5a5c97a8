"""A letter as Markdown (printable, or pasted into the archive's document)."""

from __future__ import annotations

import re

from kecli.render.letters.model import Bullets, Heading, Letter, Para, Strong, Table

# What Markdown would read as markup in running text: emphasis, code, HTML, a table's cell
# border, a link's brackets, and an underscore that is not inside a word.
_SPECIAL = re.compile(r"([\\`*<>|]|\[(?=[^\]]*\]\()|(?<!\w)_|_(?!\w))")
_LINE_START = re.compile(r"^(\s*)([#>+-]|\d+(?=\.))(?=[\s.])")


def escape(text: str) -> str:
    """``text`` as it was typed, not read as Markdown (a name with ``*`` or ``|``), on one
    line."""
    return _SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text))


def _line_start(text: str) -> str:
    """A heading, list or quote marker at the start of a line, escaped (``1.`` as ``1\\.``)."""

    def mark(match: re.Match[str]) -> str:
        lead, marker = match.groups()
        return f"{lead}{marker}\\" if marker[0].isdigit() else f"{lead}\\{marker}"

    return _LINE_START.sub(mark, text, count=1)


def escape_line(text: str) -> str:
    """Like :func:`escape`, for text that begins a line (not a heading, list or quote)."""
    return _line_start(escape(text))


def _para(block: Para) -> str:
    text = "".join(
        f"**{escape(part.text)}**" if isinstance(part, Strong) else escape(part)
        for part in block.parts
    )
    return _line_start(text)


def to_markdown(letter: Letter) -> str:
    lines: list[str] = []
    head, *rest = letter.sender
    lines += [f"**{escape(head)}**  "] + [f"{escape_line(line)}  " for line in rest]
    lines[-1] = lines[-1].rstrip()
    lines.append("")
    lines += [f"{escape_line(line)}  " for line in letter.recipient]
    lines[-1] = lines[-1].rstrip()
    lines.append("")
    lines += [f"{escape_line(label)}: {escape(value)}  " for label, value in letter.facts]
    lines[-1] = lines[-1].rstrip()
    lines += ["", f"# {escape(letter.title)}", ""]
    if letter.about:
        lines += [f"*{escape(letter.about)}*", ""]
    for block in letter.body:
        if isinstance(block, Heading):
            lines += [f"## {escape(block.text)}", ""]
        elif isinstance(block, Para):
            lines += [_para(block), ""]
        elif isinstance(block, Table):
            lines.append("| " + " | ".join(escape(cell) for cell in block.header) + " |")
            lines.append("|" + "---|" * len(block.header))
            lines += ["| " + " | ".join(escape(cell) for cell in row) + " |" for row in block.rows]
            lines.append("")
        elif isinstance(block, Bullets):
            lines += [f"- {escape(item)}" for item in block.items]
            lines.append("")
    lines += [f"{escape_line(line)}  " if line else "" for line in letter.closing]
    lines[-1] = lines[-1].rstrip()
    if letter.copy_to:
        lines += ["", *(f"{escape_line(line)}  " for line in letter.copy_to)]
        lines[-1] = lines[-1].rstrip()
    return "\n".join(lines) + "\n"
