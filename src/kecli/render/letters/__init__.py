"""Letters to families: built as plain blocks (model), written as Markdown (or PDF)."""

from __future__ import annotations

from kecli.render.letters.decision import LETTER_SETTINGS, decision_letter
from kecli.render.letters.markdown import to_markdown
from kecli.render.letters.model import Letter

__all__ = ["LETTER_SETTINGS", "Letter", "decision_letter", "to_markdown"]
