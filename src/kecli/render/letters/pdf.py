"""A letter as PDF/A-2b, laid out by Typst from the same blocks as the Markdown letter.

The ``typst`` package carries the compiler and its fonts, so nothing is installed on the
system, and every font is embedded. It is imported here only, when a PDF is asked for:
no other command pays for it at start-up.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

from kecli.errors import InvalidInput, KecliError, Msg
from kecli.i18n.errors import pdf as E
from kecli.render.letters.model import Bullets, Heading, Letter, Para, Strong, Table

#: The page number's words, by language: "Side 1 av 2".
PAGE_WORDS = {"nb": ("Side", "av"), "en": ("Page", "of")}


def _keep(text: str) -> str:
    """A paragraph sign stays on the line of its number (§ 7-2, §§ 7-2, 7-5)."""
    return text.replace("§ ", "§\u00a0")


def letter_data(letter: Letter) -> dict[str, Any]:
    """The letter as the JSON its Typst template reads (``sys.inputs.letter``)."""
    body: list[dict[str, Any]] = []
    for block in letter.body:
        if isinstance(block, Heading):
            body.append({"type": "heading", "text": block.text})
        elif isinstance(block, Para):
            parts = [
                {"text": _keep(part.text), "strong": True}
                if isinstance(part, Strong)
                else {"text": _keep(part), "strong": False}
                for part in block.parts
            ]
            body.append({"type": "para", "parts": parts})
        elif isinstance(block, Table):
            body.append(
                {
                    "type": "table",
                    "header": list(block.header),
                    "rows": [list(r) for r in block.rows],
                }
            )
        elif isinstance(block, Bullets):
            body.append({"type": "bullets", "items": [_keep(item) for item in block.items]})
    return {
        "lang": letter.lang,
        "kind": letter.kind,
        "title": letter.title,
        "author": letter.author,
        "keywords": list(letter.keywords),
        "sender": list(letter.sender),
        "recipient": list(letter.recipient),
        "about": letter.about,
        "facts": [list(fact) for fact in letter.facts],
        "body": body,
        "closing": list(letter.closing),
        "copy_to": list(letter.copy_to),
        "footer": list(letter.footer),
        "page_words": list(PAGE_WORDS.get(letter.lang, PAGE_WORDS["en"])),
    }


def to_pdf(letter: Letter, *, logo: tuple[str, bytes] | None = None) -> bytes:
    """The letter as PDF/A-2b bytes. ``logo``: (file suffix ``png`` or ``svg``, its bytes)."""
    return compile_pdf(
        f"{letter.kind}.typ",
        {"letter": json.dumps(letter_data(letter), ensure_ascii=False)},
        logo=logo,
        what=E.THE_LETTER,
    )


def compile_pdf(
    template: str,
    inputs: dict[str, str],
    *,
    logo: tuple[str, bytes] | None = None,
    what: Msg,
) -> bytes:
    """``template`` (beside ``letter.typ``, the shared layout) compiled to PDF/A-2b with
    ``inputs`` as ``sys.inputs``; ``what`` names the document in an error."""
    import typst

    templates = resources.files("kecli.render.letters") / "templates"
    with tempfile.TemporaryDirectory(prefix="kecli-pdf-") as folder:
        root = Path(folder)
        for name in dict.fromkeys(("letter.typ", template)):
            with resources.as_file(templates / name) as source:
                shutil.copyfile(source, root / name)
        inputs = dict(inputs)
        if logo is not None:
            suffix, content = logo
            (root / f"logo.{suffix}").write_bytes(content)
            inputs["logo"] = f"logo.{suffix}"
        try:
            pdf: bytes = typst.compile(
                str(root / template),
                root=str(root),
                sys_inputs=inputs,
                pdf_standards=["a-2b"],
                ignore_system_fonts=True,
            )
        except typst.TypstError as error:
            raise KecliError(
                E.PDF_NOT_MADE,
                E.MAKE_MARKDOWN_REPORT_FAULT,
                what=what,
                reason=_first_line(error),
            ) from None
        return pdf


def _first_line(error: Exception) -> str:
    return (str(error).splitlines() or [type(error).__name__])[0][:200]


def check_logo(fmt: str, content: bytes) -> None:
    """InvalidInput unless Typst can draw the logo (a PNG or SVG whose bytes are whole):
    checked when it is configured, so that no letter fails on it later."""
    import typst

    with tempfile.TemporaryDirectory(prefix="kecli-logo-") as folder:
        root = Path(folder)
        (root / f"logo.{fmt}").write_bytes(content)
        (root / "check.typ").write_text(f'#image("logo.{fmt}", width: 2cm)', encoding="utf-8")
        try:
            typst.compile(str(root / "check.typ"), root=str(root), ignore_system_fonts=True)
        except typst.TypstError as error:
            raise InvalidInput(
                E.LOGO_UNREADABLE, kind=fmt.upper(), reason=_first_line(error)
            ) from None
