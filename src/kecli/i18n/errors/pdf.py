"""The error messages and hints of documents made as PDF (templates:
``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- render/letters/pdf.py ---

PDF_NOT_MADE: Final = Template(
    "{what} kunne ikke lages som PDF: {reason}", "{what} could not be made as PDF: {reason}"
)
MAKE_MARKDOWN_REPORT_FAULT: Final = Template(
    "Lag det som Markdown, og meld fra om feilen.",
    "Make it as Markdown instead, and report the fault.",
)
LOGO_UNREADABLE: Final = Template(
    "Logoen kan ikke leses som {kind}: {reason}", "The logo cannot be read as {kind}: {reason}"
)
#: The documents, as PDF_NOT_MADE names them.
THE_LETTER: Final = Template("Brevet", "The letter")
THE_PLAN: Final = Template("Planen", "The plan")
