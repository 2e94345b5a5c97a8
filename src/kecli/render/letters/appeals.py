"""The letters of an appeal: its receipt to the family, and its forwarding to
statsforvalteren (fvl § 33) with a copy to the family.

Built from the case, the appeal and the decision appealed; the words are those of
:mod:`kecli.i18n.letters`.
"""

from __future__ import annotations

from typing import Any

from kecli.i18n import letters as w
from kecli.i18n import replies as r
from kecli.render.letters.common import Writer, born_of, finish
from kecli.render.letters.model import Block, Heading, Letter, Para, Table


def appeal_receipt_letter(data: Any, lang: str) -> Letter:
    """The receipt of the case's latest appeal (pbrl § 7-2), to the person or the family."""
    writer = Writer(data, lang)
    appeal, decision = data["appeal"], data["decision"]
    body: list[Block] = [
        Para.of(
            writer.say(
                r.RECEIPT_INTRO,
                filed=writer.date(appeal["filed_on"]),
                decided=writer.date(decision["decided_on"]),
            )
        ),
        Para.of(writer.say(r.RECEIPT_NEXT)),
    ]
    if not appeal["timely"] and appeal.get("deadline"):
        body.append(Para.of(writer.say(r.RECEIPT_LATE, deadline=writer.date(appeal["deadline"]))))
    if not appeal.get("signed", True):
        body.append(Para.of(writer.say(r.RECEIPT_UNSIGNED)))
    body += [Para.of(writer.say(w.DOCUMENTS)), Para.of(writer.say(w.OMBUD))]
    return finish(writer, "appeal-receipt", writer.say(r.RECEIPT_TITLE), body)


def _appellants(writer: Writer) -> tuple[str, ...]:
    """Who appealed: the person, or for a barnekoordinator the guardians."""
    if writer.family:
        guardians = tuple(name for name in writer.case.get("guardians") or [] if name.strip())
        if guardians:
            return guardians
    return (writer.case["person"]["name"],)


def _names(writer: Writer, names: tuple[str, ...]) -> str:
    *head, last = names
    return f"{', '.join(head)} {writer.say(r.AND)} {last}" if head else last


def forwarding_letter(data: Any, lang: str) -> Letter:
    """The forwarding of the case's appeal to statsforvalteren: the facts of the case, the
    appeal, and the unit's assessment (why it kept its decision), copied to the family."""
    writer = Writer(data, lang)
    case, appeal, decision = writer.case, data["appeal"], data["decision"]
    appellants = _appellants(writer)
    appellant = _names(writer, appellants)
    if writer.family and case.get("guardians"):
        appellant = writer.say(r.FOR_CHILD, guardians=appellant)
    born = born_of(writer)
    person = case["person"]["name"] + (f", {born}" if born else "")
    notified = decision.get("notified_on")
    deadline = appeal.get("deadline")
    rows = [
        (writer.say(r.CONCERNS), person),
        (writer.say(r.INQUIRY_RECEIVED), writer.date(case.get("received_on"))),
        (writer.say(r.DECIDED), writer.date(decision["decided_on"])),
        (writer.say(r.OUTCOME), writer.say(r.OUTCOME_WORD[decision["outcome"]])),
        (writer.say(r.REACHED), writer.date(notified) if notified else writer.say(r.NOT_RECORDED)),
    ]
    if deadline:
        rows.append((writer.say(r.APPEAL_DEADLINE), writer.date(deadline)))
    rows += [
        (
            writer.say(r.APPEAL_FILED),
            f"{writer.date(appeal['filed_on'])} "
            f"({writer.say(r.IN_TIME if appeal['timely'] else r.LATE)})",
        ),
        (writer.say(r.SIGNED), writer.say(w.YES if appeal.get("signed", True) else w.NO)),
    ]
    body: list[Block] = [
        Para.of(
            writer.say(
                r.FORWARDING_INTRO,
                appellant=appellant,
                filed=writer.date(appeal["filed_on"]),
                decided=writer.date(decision["decided_on"]),
            )
        ),
        Heading(writer.say(r.FACTS_HEADING)),
        Table((writer.say(r.FACT), writer.say(r.WHAT)), tuple(rows)),
        Heading(writer.say(r.THE_APPEAL_HEADING)),
    ]
    if grounds := appeal.get("grounds"):
        body.append(Para.of(writer.say(r.APPELLANT_SAID, grounds=grounds)))
    body.append(Para.of(writer.say(r.APPEAL_ENCLOSED)))
    body.append(Heading(writer.say(r.OUR_VIEW_HEADING)))
    unit = appeal.get("unit_outcome") or "ikke-medhold"
    body.append(Para.of(writer.say(r.UNIT_OUTCOME.get(unit, r.UNIT_OUTCOME["ikke-medhold"]))))
    for step in appeal.get("history") or []:  # the unit's statement: its notes on the steps
        if step.get("step") in ("decide", "escalate") and step.get("note"):
            body.append(Para.of(step["note"]))
    body.append(Para.of(writer.say(r.ENCLOSED)))
    copy_to = (writer.say(r.COPY_TO, names=_names(writer, appellants)),)
    return finish(
        writer,
        "forwarding",
        writer.say(r.FORWARDING_TITLE),
        body,
        recipient=(writer.setting("statsforvalter"),),
        copy_to=copy_to,
    )
