"""Cases for people: a list as a table, one case in full."""

from __future__ import annotations

from kecli import env
from kecli.domain.eligibility import LOCAL_GROUND_TEXT
from kecli.i18n import t, tt
from kecli.render.console import console, fields, table
from kecli.render.decisions import failed_text
from kecli.views import AppealView, AppointmentView, CaseView, DecisionView


def status_label(status: str) -> str:
    return {
        "received": tt("mottatt", "received"),
        "decided": tt("avgjort", "decided"),
        "closed": tt("avsluttet", "closed"),
    }.get(status, status)


def _outcome(view: CaseView) -> str:
    decision = view.get("decision")
    return decision["outcome"] if decision else "—"


def case_table(views: list[CaseView]) -> None:
    if not views:
        console().print(tt("Ingen saker.", "No cases."))
        return
    drawn = table(
        tt("Sak", "Case"),
        tt("Type", "Kind"),
        tt("Status", "Status"),
        tt("Navn", "Name"),
        tt("Mottatt", "Received"),
        tt("Avgjørelse", "Decision"),
    )
    for view in views:
        drawn.add_row(
            view["id"],
            view["kind"],
            status_label(view["status"]),
            view["person"]["name"],
            view["received_on"],
            _outcome(view),
        )
    console().print(drawn)


def case_summary(view: CaseView, verb_nb: str, verb_en: str) -> None:
    console().print(
        f"{tt(verb_nb, verb_en)} {view['id']}: {view['person']['name']} "
        f"({view['kind']}, {status_label(view['status'])})"
    )


def case_detail(view: CaseView) -> None:
    out = console()
    person = view["person"]
    grid = fields()
    rows = [
        (tt("Sak", "Case"), view["id"]),
        (tt("Type", "Kind"), view["kind"]),
        (tt("Status", "Status"), status_label(view["status"])),
        (tt("Navn", "Name"), person["name"]),
        (tt("Fødselsnummer", "Fødselsnummer"), person["fnr"] or "—"),
        (tt("Fødselsdato", "Birth date"), person["birth_date"] or "—"),
    ]
    if expected := person["expected_birth_date"]:
        rows.append((tt("Termin", "Expected birth"), expected))
    rows += [
        (tt("Foresatte", "Guardians"), ", ".join(view["guardians"]) or "—"),
        (tt("Mottatt", "Received"), f"{view['received_on']} ({view['channel']})"),
        (tt("Ønsker IP", "Wants IP"), tt("ja", "yes") if view["wants_ip"] else tt("nei", "no")),
    ]
    if note := view["note"]:
        rows.append((tt("Merknad", "Note"), note))
    if view.get("closed_on"):
        rows.append((tt("Avsluttet", "Closed"), f"{view['closed_on']}: {view['close_reason']}"))
    coordinator = view.get("coordinator")
    rows.append(
        (
            tt("Koordinator", "Coordinator"),
            f"{coordinator['name']} (#{coordinator['id']}, {tt('fra', 'since')} "
            f"{coordinator['since']})"
            if coordinator
            else "—",
        )
    )
    plan = view.get("plan")
    if plan:
        rows.append(
            (
                tt("Individuell plan", "Individuell plan"),
                f"v{plan['version']}: {plan['goals']} {tt('mål', 'goals')}, "
                f"{plan['measures']} {tt('tiltak', 'measures')}; "
                f"{tt('neste evaluering', 'next evaluation')} {plan['next_evaluation'] or '—'}",
            )
        )
    for label, value in rows:
        grid.add_row(label, str(value))
    out.print(grid)
    decisions_table(view["decisions"])
    appointments_table(view.get("coordinators") or [])
    appeals_table(view.get("appeals") or [])
    history = view.get("history") or []
    if history:
        out.print()
        drawn = table(
            tt("Tid", "When"),
            tt("Bruker", "User"),
            tt("Hendelse", "Event"),
            title=tt("Historikk", "History"),
        )
        from kecli.domain.dates import oslo_minute

        for event in history:  # the unit's clock, as plan show and plan history
            drawn.add_row(oslo_minute(event["at"]), event["user"], event["action"])
        out.print(drawn)


def decisions_table(decisions: list[DecisionView]) -> None:
    if not decisions:
        return
    from kecli.render.decisions import deadline_text, notified_text, sent_text

    out = console()
    out.print()
    drawn = table(
        "#",
        tt("Utfall", "Outcome"),
        tt("Avgjort", "Decided"),
        tt("Sendt", "Sent"),
        tt("Kom fram", "Arrived"),
        tt("Klagefrist", "Appeal deadline"),
        tt("Ikke oppfylt", "Failed criteria"),
        tt("Merknad", "Note"),
        title=tt("Avgjørelser", "Decisions"),
    )
    for number, decision in enumerate(decisions, start=1):
        current = not decision["set_aside"] and decision is decisions[-1]
        style = "bold" if current else "dim"
        note = (
            tt("opphevet", "set aside")
            if decision["set_aside"]
            else (tt("gjeldende", "current") if current else "")
        )
        drawn.add_row(
            str(number),
            decision["outcome"],
            decision["decided_on"],
            sent_text(decision),
            notified_text(decision),
            deadline_text(decision),
            failed_text(decision) or "—",
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
    drawn = table(
        tt("Navn", "Name"),
        tt("Fra", "Since"),
        tt("Til", "Until"),
        tt("Årsak", "Reason"),
        title=tt("Koordinatorer", "Coordinators"),
    )
    for a in appointments:
        drawn.add_row(
            f"{a['name']} (#{a['id']})", a["since"], a["until"] or "—", end_reason(a["end_reason"])
        )
    out.print(drawn)


#: The reasons kecli itself stores for an appointment's end, in bokmål (stored in English,
#: as JSON gives them; a reason typed with ``unassign --reason`` is shown as typed).
_END_REASONS_NB = {
    "replaced": "erstattet",
    "case closed": "saken avsluttet",
    "decision set aside": "avgjørelsen opphevet",
    "coordinator deactivated": "koordinatoren deaktivert",
    "unassigned": "oppnevningen avsluttet",
}


def end_reason(reason: str | None) -> str:
    """An appointment's end reason as the table shows it."""
    if not reason:
        return ""
    if env.lang() != "nb":
        return reason
    if reason.startswith("replaced by ") and " in " in reason:
        kind, _, case_id = reason.removeprefix("replaced by ").partition(" in ")
        return f"erstattet av {kind} i {case_id}"
    return _END_REASONS_NB.get(reason, reason)


def appeals_table(appeals: list[AppealView]) -> None:
    if not appeals:
        return
    out = console()
    for appeal in appeals:
        out.print()
        timely = tt("i tide", "timely") if appeal["timely"] else tt("for sent", "late")
        if appeal["deadline"] is not None:
            timely += f", {tt('frist', 'deadline')} {appeal['deadline']}"
        out.print(
            f"[bold]{tt('Klage', 'Appeal')} #{appeal['id']}[/bold]: "
            f"{tt('innkommet', 'filed')} {appeal['filed_on']} ({timely}) — {appeal['status']}"
            + (f" ({tt('trukket', 'withdrawn')})" if appeal.get("withdrawn") else "")
        )
        drawn = table(
            tt("Dato", "On"),
            tt("Steg", "Step"),
            tt("Utfall", "Outcome"),
            tt("Bruker", "User"),
            tt("Merknad", "Note"),
        )
        for step in appeal["history"]:
            drawn.add_row(
                step["on"], step["step"], step["outcome"] or "", step["user"], step["note"] or ""
            )
        out.print(drawn)
