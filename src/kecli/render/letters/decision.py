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

from kecli.i18n import letters as w
from kecli.render.letters.common import Writer, finish, recipient_of
from kecli.render.letters.model import Block, Bullets, Heading, Letter, Para, Strong, Table
from kecli.views import AppealStepView, AppealView, CaseView, DecisionView, LetterDataView


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


def _child_age(writer: Writer, grounds: dict[str, str], general: w.Voiced | None) -> w.Voiced:
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


def _criteria_table(writer: Writer, decision: DecisionView) -> Table:
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


def _reasons(writer: Writer, decision: DecisionView) -> list[Block]:
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


def _legal_basis(writer: Writer, decision: DecisionView) -> list[Block]:
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


def _appeal_section(writer: Writer, decision: DecisionView) -> list[Block]:
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
    writer = Writer(data, lang)
    case, decision = writer.case, data["decision"]
    assert decision is not None  # letter_data refuses a decision letter without one
    granted = decision["outcome"] == "innvilget"
    recipient, about = recipient_of(writer)
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
    return finish(
        writer, "decision", writer.say(w.DECISION_TITLE), body, recipient=recipient, about=about
    )
