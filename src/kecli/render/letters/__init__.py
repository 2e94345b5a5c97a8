"""Letters to families: built as plain blocks (model), written as Markdown (or PDF)."""

from __future__ import annotations

from typing import Any

from kecli.render.letters.appeals import appeal_receipt_letter, forwarding_letter
from kecli.render.letters.common import LETTER_SETTINGS
from kecli.render.letters.decision import decision_letter
from kecli.render.letters.markdown import to_markdown
from kecli.render.letters.model import Letter
from kecli.render.letters.reply import preliminary_reply_letter

__all__ = ["LETTER_SETTINGS", "Letter", "build_letter", "decision_letter", "to_markdown"]

_BUILDERS = {
    "decision": decision_letter,
    "appeal-receipt": appeal_receipt_letter,
    "forwarding": forwarding_letter,
    "preliminary-reply": preliminary_reply_letter,
}


def build_letter(data: Any, lang: str) -> Letter:
    """The letter of ``data["kind"]`` in ``lang``."""
    return _BUILDERS[data.get("kind", "decision")](data, lang)
