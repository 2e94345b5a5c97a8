"""The letter's Markdown: what was typed reaches the page as typed."""

from __future__ import annotations

import pytest

from kecli.render.letters.markdown import escape, escape_line, to_markdown
from kecli.render.letters.model import Bullets, Heading, Letter, Para, Strong, Table


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Kari Nordmann", "Kari Nordmann"),
        ("Ola *Pål*", r"Ola \*Pål\*"),
        ("A | B", r"A \| B"),
        ("`kode`", r"\`kode\`"),
        ("<b>fet</b>", r"\<b\>fet\</b\>"),
        ("[lenke](http://x)", r"\[lenke](http://x)"),
        ("[adresse mangler]", "[adresse mangler]"),
        ("unit_name", "unit_name"),
        ("_understrek_", r"\_understrek\_"),
        ("linje\neen\t to", "linje een to"),
    ],
)
def test_text_is_escaped_so_markdown_shows_it_as_typed(typed, written):
    assert escape(typed) == written


@pytest.mark.parametrize(
    ("typed", "written"),
    [("# Overskrift", r"\# Overskrift"), ("- punkt", r"\- punkt"), ("1. juni", r"1\. juni")],
)
def test_a_line_that_would_become_a_heading_or_list_is_escaped(typed, written):
    assert escape_line(typed) == written


def _letter(**changes):
    values = {
        "lang": "nb",
        "kind": "decision",
        "title": "Avgjørelse om koordinator",
        "sender": ("Bærum kommune", "Koordinerende enhet", "Postboks 700"),
        "recipient": ("Kari | Nordmann",),
        "facts": (("Dato", "1. desember 2026"), ("Saksnummer", "2026-0001")),
        "body": (
            Heading("Vurderingen"),
            Para.of("Fristen går ut ", Strong("28. desember 2026"), "."),
            Table(("Vilkår", "Oppfylt"), (("Behovet er | komplekst", "ja"),)),
            Bullets(("ett", "to")),
        ),
        "closing": ("Med vennlig hilsen", "", "Anne Berg"),
    }
    values.update(changes)
    return Letter(**values)


def test_the_markdown_letter_has_letterhead_title_body_and_closing_in_order():
    text = to_markdown(_letter())
    assert text.startswith("**Bærum kommune**  \nKoordinerende enhet  \nPostboks 700\n")
    assert "Kari \\| Nordmann" in text
    assert "\n# Avgjørelse om koordinator\n" in text
    assert "Fristen går ut **28. desember 2026**." in text
    assert "| Behovet er \\| komplekst | ja |" in text
    assert "- ett\n- to\n" in text
    assert text.index("# Avg") < text.index("## Vurderingen") < text.index("Med vennlig hilsen")
    assert text.endswith("Anne Berg\n")


def test_the_letters_text_holds_every_word_a_family_reads():
    words = _letter().text()
    for expected in ("Bærum kommune", "Kari | Nordmann", "28. desember 2026", "Saksnummer"):
        assert expected in words
