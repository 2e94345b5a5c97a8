"""Cases for people: a list as a table, one case in full."""

from __future__ import annotations

from kecli.domain.eligibility import LOCAL_GROUND_TEXT
from kecli.errors import Msg
from kecli.i18n import label, t, tf, yes_no
from kecli.i18n import labels as L
from kecli.i18n import results as R
from kecli.render.case_sections import appeal_lines, contact_rows, current_decision_section
from kecli.render.console import console, fields, styled, table
from kecli.render.decisions import failed_text
from kecli.views import AppealView, AppointmentView, CaseView, DecisionView, NoteView

#: How many of the newest journal notes ``case show`` prints (``case note list``: all).
SHOWN_NOTES = 5


def status_label(status: str) -> str:
    return label(L.CASE_STATUS, status)


def _outcome(view: CaseView) -> str:
    decision = view.get("decision")
    return label(L.OUTCOME, decision["outcome"]) if decision else L.NONE_DASH


def case_table(views: list[CaseView]) -> None:
    if not views:
        console().print(t(R.NO_CASES))
        return
    drawn = table(
        t(L.CASE),
        t(L.KIND),
        t(L.STATUS),
        t(L.NAME),
        t(L.RECEIVED),
        t(L.DECISION),
        t(L.HANDLER),
    )
    for view in views:
        drawn.add_row(
            view["id"],
            view["kind"],
            status_label(view["status"]),
            view["person"]["name"],
            view["received_on"],
            _outcome(view),
            view["handler"],
        )
    console().print(drawn)


def found_table(views: list[CaseView], text: str) -> None:
    """``case find``: the cases found, best first — enough to tell the person (birth date,
    guardians), never a full fødselsnummer."""
    if not views:
        console().print(tf(R.NO_CASES_FOUND, text=text))
        return
    guardians = any(view["guardians"] for view in views)
    drawn = table(t(L.CASE), t(L.NAME), t(L.BORN))
    if guardians:
        drawn.add_column(t(L.GUARDIANS))
    for heading in (L.KIND, L.STATUS, L.HANDLER):
        drawn.add_column(t(heading))
    for view in views:
        person = view["person"]
        expected = person["expected_birth_date"]
        born = person["birth_date"] or (tf(L.DUE_BIRTH, date=expected) if expected else L.NONE_DASH)
        cells = [view["id"], person["name"], born]
        if guardians:
            cells.append(", ".join(view["guardians"]))
        cells += [view["kind"], status_label(view["status"]), view["handler"]]
        drawn.add_row(*cells)
    console().print(drawn)
    if len(views) == 1:
        console().print(tf(R.NEXT, command=f"kecli case show {views[0]['id']}"))


def handover_summary(view: CaseView) -> None:
    """``case handover``: who handles the case now."""
    console().print(
        tf(R.HANDED_OVER, id=view["id"], name=view["person"]["name"], handler=view["handler"])
    )


def reply_summary(view: CaseView) -> None:
    """``case reply``: the foreløpig svar and the date it promised."""
    reply = view["preliminary_reply"]
    assert reply is not None
    console().print(tf(R.REPLIED, id=view["id"], on=reply["on"], expect=reply["expect"]))


def case_summary(view: CaseView, verb: Msg) -> None:
    """The one line after ``case new``, ``close`` and ``reopen``."""
    console().print(
        tf(
            R.CASE_SUMMARY,
            verb=t(verb),
            id=view["id"],
            name=view["person"]["name"],
            kind=view["kind"],
            status=status_label(view["status"]),
        )
    )


def case_detail(view: CaseView) -> None:
    out = console()
    person = view["person"]
    grid = fields()
    rows = [
        (L.CASE, view["id"]),
        (L.KIND, view["kind"]),
        (L.STATUS, status_label(view["status"])),
        (L.NAME, person["name"]),
        (L.FNR, person["fnr"] or L.NONE_DASH),
        (L.BIRTH_DATE, person["birth_date"] or L.NONE_DASH),
    ]
    if expected := person["expected_birth_date"]:
        rows.append((L.EXPECTED_BIRTH, expected))
    rows += [
        (L.GUARDIANS, ", ".join(view["guardians"]) or L.NONE_DASH),
        (
            L.RECEIVED,
            tf(R.RECEIVED_VIA, on=view["received_on"], channel=label(L.CHANNEL, view["channel"])),
        ),
        (L.WANTS_IP, yes_no(view["wants_ip"])),
        (L.HANDLER, view["handler"]),
    ]
    rows += contact_rows(view)
    if note := view["note"]:
        rows.append((L.NOTE, note))
    if reply := view.get("preliminary_reply"):
        rows.append((L.PRELIMINARY_REPLY, tf(R.REPLY_ROW, on=reply["on"], expect=reply["expect"])))
    if view.get("closed_on"):
        rows.append((L.CLOSED, f"{view['closed_on']}: {view['close_reason']}"))
    if view.get("voided"):
        rows.append((L.VOIDED, f"{view['voided_on']}: {view['void_reason']}"))
    coordinator = view.get("coordinator")
    rows.append(
        (
            L.COORDINATOR,
            tf(
                R.COORDINATOR_SINCE,
                name=coordinator["name"],
                id=coordinator["id"],
                since=coordinator["since"],
            )
            if coordinator
            else L.NONE_DASH,
        )
    )
    plan = view.get("plan")
    if plan:
        rows.append(
            (
                L.INDIVIDUELL_PLAN,
                tf(
                    R.PLAN_SUMMARY,
                    version=plan["version"],
                    goals=plan["goals"],
                    measures=plan["measures"],
                    next=plan["next_evaluation"] or L.NONE_DASH,
                ),
            )
        )
    for heading, value in rows:
        grid.add_row(t(heading), str(value))
    out.print(grid)
    decisions_table(view["decisions"])
    current_decision_section(view)
    notes = view.get("notes") or []
    if notes:
        out.print()
        notes_table(notes[:SHOWN_NOTES], title=t(L.JOURNAL))
        if len(notes) > SHOWN_NOTES:
            out.print(tf(R.OLDER_NOTES, count=len(notes) - SHOWN_NOTES, case=view["id"]))
    appointments_table(view.get("coordinators") or [])
    appeals_table(view.get("appeals") or [])
    history = view.get("history") or []
    if history:
        out.print()
        drawn = table(t(L.WHEN), t(L.USER), t(L.EVENT_HEADING), title=t(L.HISTORY))
        from kecli.domain.dates import oslo_minute

        for event in history:  # the unit's clock, as plan show and plan history
            drawn.add_row(oslo_minute(event["at"]), event["user"], label(L.EVENT, event["action"]))
        out.print(drawn)


def decisions_table(decisions: list[DecisionView]) -> None:
    if not decisions:
        return
    from kecli.render.decisions import deadline_text, notified_text, sent_text

    out = console()
    out.print()
    drawn = table(
        "#",
        t(L.OUTCOME_HEADING),
        t(L.DECIDED),
        t(L.SENT),
        t(L.ARRIVED),
        t(L.APPEAL_DEADLINE),
        t(L.FAILED_CRITERIA),
        t(L.NOTE),
        title=t(L.DECISIONS),
    )
    for number, decision in enumerate(decisions, start=1):
        current = not decision["set_aside"] and decision is decisions[-1]
        style = "bold" if current else "dim"
        note = t(L.SET_ASIDE) if decision["set_aside"] else (t(L.CURRENT) if current else "")
        drawn.add_row(
            str(number),
            label(L.OUTCOME, decision["outcome"]),
            decision["decided_on"],
            sent_text(decision),
            notified_text(decision),
            deadline_text(decision),
            failed_text(decision) or L.NONE_DASH,
            "; ".join(filter(None, (note, continued(decision)))),
            style=style,
        )
    out.print(drawn)


def continued(decision: DecisionView) -> str:
    """The note of a barnekoordinator continued past 18 by the municipality's choice."""
    ground = (decision.get("local_grounds") or {}).get("child_age")
    return t(LOCAL_GROUND_TEXT[ground]) if ground else ""


def appointments_table(appointments: list[AppointmentView]) -> None:
    if not appointments:
        return
    out = console()
    out.print()
    drawn = table(t(L.NAME), t(L.SINCE), t(L.UNTIL), t(L.REASON), title=t(L.COORDINATORS))
    for a in appointments:
        drawn.add_row(
            f"{a['name']} (#{a['id']})",
            a["since"],
            a["until"] or L.NONE_DASH,
            end_reason(a["end_reason"]),
        )
    out.print(drawn)


def end_reason(reason: str | None) -> str:
    """An appointment's end reason as the table shows it: kecli's own in the user's
    language (stored in English, as JSON gives them); one typed with ``unassign
    --reason`` as typed."""
    if not reason:
        return ""
    if reason.startswith("replaced by ") and " in " in reason:
        kind, _, case_id = reason.removeprefix("replaced by ").partition(" in ")
        return tf(L.REPLACED_BY, kind=kind, case=case_id)
    return label(L.END_REASON, reason)


def appeals_table(appeals: list[AppealView]) -> None:
    if not appeals:
        return
    out = console()
    for appeal in appeals:
        out.print()
        timely = t(L.TIMELY) if appeal["timely"] else t(L.LATE)
        if appeal["deadline"] is not None:
            timely += f", {t(L.DEADLINE_WORD)} {appeal['deadline']}"
        status = label(L.APPEAL_STATUS, appeal["status"])
        if appeal.get("withdrawn"):
            status += f" ({t(L.WITHDRAWN)})"
        out.print(
            styled(
                (tf(R.APPEAL_TITLE, id=appeal["id"]), "bold"),
                tf(R.APPEAL_HEADING, filed_on=appeal["filed_on"], timely=timely, status=status),
            )
        )
        for line in appeal_lines(appeal):
            out.print(f"  {line}")
        drawn = table(t(L.ON), t(L.STEP), t(L.OUTCOME_HEADING), t(L.USER), t(L.NOTE))
        for step in appeal["history"]:
            drawn.add_row(
                step["on"],
                label(L.APPEAL_STEP, step["step"]),
                label(L.APPEAL_OUTCOME, step["outcome"]),
                step["user"],
                step["note"] or "",
            )
        out.print(drawn)


def notes_table(notes: list[NoteView], *, title: str | None = None) -> None:
    """Journal notes as a table, in the order given (newest first)."""
    out = console()
    if not notes:
        out.print(t(R.NO_NOTES))
        return
    drawn = table(t(L.ON), t(L.KIND), t(L.BY), t(L.NOTE_TEXT), title=title)
    for note in notes:
        drawn.add_row(note["on"], label(L.NOTE_KIND, note["kind"]), note["by"], note["text"])
    out.print(drawn)


def note_summary(note: NoteView) -> None:
    """``case note add``: the note written."""
    console().print(
        tf(
            R.NOTE_ADDED,
            id=note["id"],
            case=note["case_id"],
            kind=label(L.NOTE_KIND, note["kind"]),
            on=note["on"],
        )
    )
