"""The foreløpig svar (fvl § 11 a): the case takes longer, and when a decision can be
expected. Built from the case and the promised date; the words are those of
:mod:`kecli.i18n.letters`."""

from __future__ import annotations

from typing import Any

from kecli.i18n import letters as w
from kecli.i18n import replies as r
from kecli.render.letters.common import Writer, finish
from kecli.render.letters.model import Block, Letter, Para, Strong


def preliminary_reply_letter(data: Any, lang: str) -> Letter:
    """To the person, or for a barnekoordinator the family: the request received, why it
    takes longer, the date a decision can be expected, and whom to contact."""
    writer = Writer(data, lang)
    body: list[Block] = [
        Para.of(writer.say(w.RECEIVED, date=writer.date(writer.case.get("received_on")))),
        Para.of(writer.say(r.REPLY_DELAY)),
        Para.of(writer.say(r.REPLY_EXPECT), Strong(writer.date(data["expect"])), "."),
        Para.of(writer.say(r.REPLY_LAW)),
        Para.of(writer.say(r.REPLY_CONTACT)),
    ]
    return finish(writer, "preliminary-reply", writer.say(r.REPLY_TITLE), body)
