"""The letter as PDF/A-2b: the archive's format, every font embedded, the right metadata."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

import pytest

from kecli.render.letters.model import Bullets, Heading, Letter, Para, Strong, Table
from kecli.render.letters.pdf import letter_data, to_pdf

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
}


def sample(**changes):
    values = {
        "lang": "nb",
        "kind": "decision",
        "title": "Avgjørelse om koordinator",
        "sender": ("Bærum kommune", "Koordinerende enhet", "Postboks 700, 1304 Sandvika"),
        "recipient": ("Kari Nordmann",),
        "facts": (("Dato", "1. desember 2026"), ("Saksnummer", "2026-0001")),
        "body": (
            Heading("Vurderingen"),
            Para.of("Klagen må være levert senest ", Strong("28. desember 2026"), "."),
            Table(("Vilkår", "Oppfylt", "Merknad"), (("Behovet er komplekst.", "ja", "#x *y*"),)),
            Bullets(("pasient- og brukerrettighetsloven § 7-2",)),
        ),
        "closing": ("Med vennlig hilsen", "", "Anne Berg"),
        "author": "Koordinerende enhet, Bærum kommune",
        "footer": ("Postboks 700, 1304 Sandvika",),
        "keywords": ("2026-0001", "koordinator"),
    }
    values.update(changes)
    return Letter(**values)


def xmp(pdf: bytes) -> ET.Element:
    found = re.search(rb"<x:xmpmeta.*?</x:xmpmeta>", pdf, re.S)
    assert found, "no XMP metadata"
    return ET.fromstring(found.group(0))


def test_the_pdf_declares_pdf_a_2b_with_title_author_and_language():
    meta = xmp(to_pdf(sample()))
    description = meta.find(".//rdf:Description", NS)
    assert description is not None
    part = meta.findtext(".//pdfaid:part", namespaces=NS) or description.get(
        f"{{{NS['pdfaid']}}}part"
    )
    conformance = meta.findtext(".//pdfaid:conformance", namespaces=NS) or description.get(
        f"{{{NS['pdfaid']}}}conformance"
    )
    assert (part, conformance) == ("2", "B")
    assert meta.findtext(".//dc:title//rdf:li", namespaces=NS) == "Avgjørelse om koordinator"
    assert meta.findtext(".//dc:creator//rdf:li", namespaces=NS) == (
        "Koordinerende enhet, Bærum kommune"
    )
    assert meta.findtext(".//dc:language//rdf:li", namespaces=NS) == "nb"


def test_every_font_is_embedded_and_the_text_reads_as_written():
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(to_pdf(sample())))
    fonts = []
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            inner = descendants[0].get_object() if descendants else font
            descriptor = inner["/FontDescriptor"].get_object()
            fonts.append(any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")))
    assert fonts and all(fonts)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "28. desember 2026" in text
    assert "#x *y*" in text  # what was typed, not read as Typst markup
    assert "Side 1 av 1" in text


def test_a_long_letter_numbers_its_pages_x_of_y():
    from pypdf import PdfReader

    body = tuple(Para.of(f"Avsnitt {n}. " + "Ord " * 120) for n in range(12))
    reader = PdfReader(io.BytesIO(to_pdf(sample(body=body))))
    pages = len(reader.pages)
    assert pages >= 2
    assert f"Side {pages} av {pages}" in reader.pages[-1].extract_text()


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_page_words_follow_the_letters_language(lang):
    assert letter_data(sample(lang=lang))["page_words"] == (
        ["Side", "av"] if lang == "nb" else ["Page", "of"]
    )


def test_a_paragraph_sign_stays_with_its_number():
    data = letter_data(sample())
    assert data["body"][-1]["items"] == ["pasient- og brukerrettighetsloven §\u00a07-2"]
