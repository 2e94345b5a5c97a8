"""The decision letter (avgjørelse) to the person, or for a barnekoordinator to the family.

Built from the case and decision views as a :class:`~kecli.render.letters.model.Letter`;
the words are those of :mod:`kecli.i18n.letters`. What the family must be told: the
outcome, each condition of the law as a statement with its answer and note, the reasons
and the legal basis; after an appeal, who changed the decision and when; for an avslag
the right to appeal, the deadline as the law counts it (a date only once the day the
letter reached them is known: pbrl § 7-5), that the unit helps, the case's documents
and the pasient- og brukerombud.
"""

from __future__ import annotations

import datetime as dt

from kecli.domain.dates import format_date_en, format_date_nb
from kecli.i18n import letters as w
from kecli.render.letters.model import Block, Bullets, Heading, Letter, Para, Strong, Table
from kecli.views import AppealStepView, AppealView, CaseView, DecisionView, LetterDataView

#: The settings a letter shows, with a placeholder where one is missing.
LETTER_SETTINGS = ("municipality", "unit_name", "unit_address", "statsforvalter")


class _Writer:
    """The letter's language and voice, and the values its sentences are filled with."""

    def __init__(self, data: LetterDataView, lang: str) -> None:
        self.data = data
        self.lang = lang
        self.case: CaseView = data["case"]
        self.family = self.case["kind"] == "barnekoordinator"
        self.missing: list[str] = []
        self.child = self.case["person"]["name"]

    def say(self, text: w.Voiced, **values: str) -> str:
        """``text`` in the letter's language and voice, its placeholders filled."""
        words = text.pick(self.lang, self.family)
        if "{" not in words:
            return words
        known = {"child": self.child, **values}
        if "{kind}" in words:
            known["kind"] = self.say(w.KIND_NAME[self.case["kind"]])
        if "{statsforvalter}" in words:  # asked for only where the letter names it
            known["statsforvalter"] = self.setting("statsforvalter")
        return words.format(**known)

    def date(self, iso: str | None) -> str:
        if not iso:
            return "—"
        day = dt.date.fromisoformat(iso)
        return format_date_nb(day) if self.lang == "nb" else format_date_en(day)

    def setting(self, key: str) -> str:
        value = self.data.get("settings", {}).get(key)
        if value:
            return str(value)
        if key not in self.missing:
            self.missing.append(key)
        return self.say(w.PLACEHOLDER[key])


def _sender(writer: _Writer) -> tuple[str, ...]:
    settings = writer.data.get("settings", {})
    lines = [writer.setting("municipality"), writer.setting("unit_name")]
    lines.append(writer.setting("unit_address"))
    contact = []
    if settings.get("unit_phone"):
        contact.append(f"{writer.say(w.PHONE)} {settings['unit_phone']}")
    if settings.get("unit_email"):
        contact.append(f"{writer.say(w.EMAIL)} {settings['unit_email']}")
    if contact:
        lines.append(" · ".join(contact))
    return tuple(lines)


def _born(writer: _Writer) -> str | None:
    person = writer.case["person"]
    if person.get("birth_date"):
        return writer.say(w.BORN, date=writer.date(person["birth_date"]))
    if person.get("expected_birth_date"):
        return writer.say(w.EXPECTED, date=writer.date(person["expected_birth_date"]))
    return None


def _recipient(writer: _Writer) -> tuple[tuple[str, ...], str | None]:
    """Who the letter is to, and (for the family) whom it concerns."""
    person = writer.case["person"]
    born = _born(writer)
    if not writer.family:
        return (person["name"],), None
    guardians = [name for name in writer.case.get("guardians") or [] if name.strip()]
    to = tuple(guardians) or (writer.say(w.TO_THE_FAMILY_OF, name=person["name"]),)
    about = writer.say(w.ABOUT_CHILD, name=person["name"] + (f", {born}" if born else ""))
    return to, about


def _facts(writer: _Writer) -> tuple[tuple[str, str], ...]:
    return (
        (writer.say(w.DATE), writer.date(writer.data["today"])),
        (writer.say(w.CASE_NUMBER), writer.case["id"]),
        (writer.say(w.HANDLER), writer.data.get("handler") or writer.case.get("created_by", "")),
    )


def _granting_appeal(
    case: CaseView, decision: DecisionView
) -> tuple[AppealView, AppealStepView | None] | None:
    """For a decision made by an appeal (the unit's medhold, statsforvalteren's omgjort):
    the appeal and the step that granted it."""
    if decision.get("source") != "appeal":
        return None
    decisions = case.get("decisions") or []
    index = next((i for i, d in enumerate(decisions) if d.get("id") == decision.get("id")), None)
    if not index:
        return None
    appealed = decisions[index - 1]
    for appeal in reversed(case.get("appeals") or []):
        if appeal.get("decision_id") != appealed.get("id"):
            continue
        step = next(
            (
                s
                for s in reversed(appeal.get("history") or [])
                if s.get("outcome") in ("medhold", "omgjort")
            ),
            None,
        )
        return appeal, step
    return None


def _child_age(writer: _Writer, grounds: dict[str, str], general: w.Voiced | None) -> w.Voiced:
    """The child_age condition as it stands for this child: continued past 18, born, or
    expected (the general wording where neither date is known)."""
    person = writer.case["person"]
    if grounds.get("child_age") == "continued_past_18":
        return w.CHILD_AGE_CONTINUED
    if person.get("birth_date"):
        return w.CHILD_UNDER_18
    if person.get("expected_birth_date"):
        return w.CHILD_EXPECTED
    return general or w.CHILD_UNDER_18


def _criteria_table(writer: _Writer, decision: DecisionView) -> Table:
    kind = writer.case["kind"]
    grounds = decision.get("local_grounds") or {}
    rows: list[tuple[str, str, str]] = []
    for code, answer in decision["answers"].items():
        if code == "participation":
            # the municipality's own practice, not a condition of the law: named among the
            # reasons where it refused, else not at all
            continue
        statement = w.STATEMENTS.get((kind, code))
        if code == "child_age":
            statement = _child_age(writer, grounds, statement)
        text = writer.say(statement) if statement else code
        note = (decision.get("notes") or {}).get(code, "")
        rows.append((text, writer.say(w.YES if answer else w.NO), note))
    return Table(
        (writer.say(w.CRITERION), writer.say(w.MET), writer.say(w.NOTE)),
        tuple(rows),
    )


def _reasons(writer: _Writer, decision: DecisionView) -> list[Block]:
    kind = writer.case["kind"]
    blocks: list[Block] = [Heading(writer.say(w.REASONS_HEADING))]
    if reason := decision.get("reason"):
        blocks.append(Para.of(reason))
    failed = list(decision.get("failed_criteria") or [])
    if failed:
        blocks.append(Para.of(writer.say(w.NOT_MET)))
        items = []
        for code in failed:
            statement = w.STATEMENTS.get((kind, code))
            text = writer.say(statement) if statement else code
            if code == "participation":
                text = f"{text} {writer.say(w.BY_PRACTICE)}"
            items.append(text)
        blocks.append(Bullets(tuple(items)))
        if kind == "koordinator" and {"long_term", "complex"} <= set(failed):
            blocks.append(Para.of(writer.say(w.EITHER_LONG_OR_COMPLEX)))
    elif not decision.get("reason"):
        blocks.append(Para.of(writer.say(w.ALL_MET)))
    return blocks


def _legal_basis(writer: _Writer, decision: DecisionView) -> list[Block]:
    blocks: list[Block] = [
        Heading(writer.say(w.LEGAL_BASIS_HEADING)),
        Para.of(writer.say(w.LEGAL_BASIS[writer.case["kind"]])),
    ]
    grounds = decision.get("local_grounds") or {}
    if grounds.get("participation") == "local_practice" and "participation" in (
        decision.get("failed_criteria") or []
    ):
        blocks.append(Para.of(writer.say(w.PRACTICE_BASIS)))
    if grounds.get("child_age") == "continued_past_18":
        blocks.append(Para.of(writer.say(w.CONTINUED_BASIS)))
    return blocks


def _appeal_section(writer: _Writer, decision: DecisionView) -> list[Block]:
    blocks: list[Block] = [
        Heading(writer.say(w.APPEAL_HEADING_FAMILY if writer.family else w.APPEAL_HEADING)),
        Para.of(writer.say(w.APPEAL_RIGHT)),
    ]
    rule = writer.say(w.DEADLINE_RULE)
    notified = decision.get("notified_on")
    deadline = decision.get("appeal_deadline")
    if notified and deadline and not decision.get("appeal_deadline_estimated"):
        # A date only when the day the letter reached them is known: never one counted
        # from an earlier day (pbrl § 7-5).
        blocks.append(Para.of(rule))
        lead = writer.say(w.DEADLINE_DATE, notified=writer.date(notified))
        blocks.append(Para.of(f"{lead} ", Strong(writer.date(deadline)), "."))
    else:
        blocks.append(Para.of(rule))
    blocks += [
        Para.of(writer.say(w.APPEAL_FORM)),
        Para.of(writer.say(w.APPEAL_HELP)),
        Para.of(writer.say(w.DOCUMENTS)),
        Para.of(writer.say(w.OMBUD)),
        Para.of(writer.say(w.APPEAL_ADDRESS, address=writer.setting("unit_address"))),
    ]
    return blocks


def decision_letter(data: LetterDataView, lang: str) -> Letter:
    """The decision letter for the case's current decision, in ``lang`` (nb or en)."""
    writer = _Writer(data, lang)
    case, decision = writer.case, data["decision"]
    granted = decision["outcome"] == "innvilget"
    recipient, about = _recipient(writer)
    body: list[Block] = [Para.of(writer.say(w.RECEIVED, date=writer.date(case.get("received_on"))))]
    granting = _granting_appeal(case, decision)
    if granting is not None:
        appeal, step = granting
        by_unit = appeal.get("unit_outcome") == "medhold" and appeal.get("final_outcome") is None
        appealed = next(
            (d for d in case.get("decisions") or [] if d.get("id") == appeal.get("decision_id")),
            None,
        )
        body.append(
            Para.of(
                writer.say(
                    w.CHANGED_BY_UNIT if by_unit else w.CHANGED_BY_STATSFORVALTER,
                    filed=writer.date(appeal.get("filed_on")),
                    appealed=writer.date(appealed["decided_on"] if appealed else None),
                    date=writer.date(decision["decided_on"]),
                )
            )
        )
        grounds: list[Block] = []
        if said := appeal.get("grounds"):
            grounds.append(Para.of(writer.say(w.APPEAL_SAID, grounds=said)))
        if step is not None and (note := step.get("note")):
            grounds.append(Para.of(writer.say(w.CHANGE_NOTE, note=note)))
        if grounds:
            body += [Heading(writer.say(w.GROUNDS_HEADING)), *grounds]
    else:
        outcome = w.GRANTED if granted else w.REFUSED
        body.append(Para.of(writer.say(outcome, date=writer.date(decision["decided_on"]))))
        body += [
            Heading(writer.say(w.ASSESSMENT_HEADING)),
            Para.of(writer.say(w.ASSESSMENT_INTRO)),
            _criteria_table(writer, decision),
            *_reasons(writer, decision),
        ]
    body += _legal_basis(writer, decision)
    if granted:
        body.append(Para.of(writer.say(w.IP_WANTED if decision.get("wants_ip") else w.IP_MAY_ASK)))
    else:
        if writer.family:
            body.append(Para.of(writer.say(w.ORDINARY_KOORDINATOR)))
        body += _appeal_section(writer, decision)
    handler = data.get("handler") or case.get("created_by", "")
    closing = (
        writer.say(w.GREETING),
        "",
        handler,
        writer.say(w.HANDLER_ROLE),
        writer.setting("unit_name"),
    )
    sender = _sender(writer)
    settings = data.get("settings", {})
    footer = tuple(
        text
        for text in (
            settings.get("unit_address"),
            settings.get("unit_phone") and f"{writer.say(w.PHONE)} {settings['unit_phone']}",
            settings.get("unit_email") and f"{writer.say(w.EMAIL)} {settings['unit_email']}",
        )
        if text
    )
    return Letter(
        lang=lang,
        kind="decision",
        title=writer.say(w.DECISION_TITLE),
        sender=sender,
        recipient=recipient,
        facts=_facts(writer),
        body=tuple(body),
        closing=closing,
        about=about,
        placeholders=tuple(writer.missing),
        author=f"{sender[1]}, {sender[0]}",
        footer=footer,
        keywords=(case["id"], case["kind"]),
    )
