"""The individuell plan for people: a table view, one-line summaries, and the printable
(the plan for the person is render.plan_print)."""

from __future__ import annotations

from typing import Any

from kecli.domain.plans import consent_given, plan_counts
from kecli.i18n import tt
from kecli.render.console import console, escape, fields, table
from kecli.render.plan_print import STATUS_WORDS
from kecli.views import CaseRefView, PlanDocument, PlanShowView, PlanVersionView

# (list key, nb singular, nb plural, en singular, en plural)
LIST_WORDS = (
    ("goals", "mål", "mål", "goal", "goals"),
    ("measures", "tiltak", "tiltak", "measure", "measures"),
    ("participants", "deltaker", "deltakere", "participant", "participants"),
    (
        "cooperation_partners",
        "samarbeidspartner",
        "samarbeidspartnere",
        "cooperation partner",
        "cooperation partners",
    ),
    ("meetings", "møte", "møter", "meeting", "meetings"),
    ("evaluations", "evaluering", "evalueringer", "evaluation", "evaluations"),
)


def _counted(doc: PlanDocument, *, short: bool = False) -> str:
    """``1 goal, 2 measures, …``; ``short`` leaves out empty lists but goals and measures."""
    counts = plan_counts(doc)
    parts = []
    for key, nb1, nbn, en1, enn in LIST_WORDS:
        n = counts[key]
        if short and not n and key not in ("goals", "measures"):
            continue
        parts.append(f"{n} {tt(nb1 if n == 1 else nbn, en1 if n == 1 else enn)}")
    return ", ".join(parts)


def _consent_short(consent: dict[str, Any]) -> str:
    if not consent["given"]:
        return tt("ikke gitt", "not given")
    text = tt("gitt", "given")
    if consent["on"]:
        text += f" {consent['on']}"
    if consent["by"]:
        text += tt(f" av {consent['by']}", f" by {consent['by']}")
    if consent["share_information"]:
        text += tt(", deling av opplysninger", ", sharing information")
    return text


def _span(start: str | None, end: str | None) -> str:
    if not start and not end:
        return "—"
    return f"{start or '…'} – {end or '…'}"


def draft_notice() -> str:
    """What a plan without the person's consent is (pbrl § 2-5): a draft, not in use."""
    return tt(
        "Utkast: planen er ikke i bruk før personen har samtykket.",
        "Draft: the plan is not in use until the person has consented.",
    )


def saved_line(doc: PlanDocument, *, created: bool) -> None:
    """The one line after a save (and a second one for a draft)."""
    verb = tt("Opprettet", "Created") if created else tt("Lagret", "Saved")
    console().print(
        f"{verb} {tt('planen i', 'the plan of')} {doc['case_id']}, "
        f"{tt('versjon', 'version')} {doc['version']}: {_counted(doc, short=True)}; "
        f"{tt('neste evaluering', 'next evaluation')} {doc['next_evaluation'] or '—'}.",
        soft_wrap=True,
    )
    if not consent_given(doc):
        console().print(draft_notice(), soft_wrap=True)


def live_summary(doc: PlanDocument, case: CaseRefView, *, changed: bool) -> None:
    """What the interactive editor shows above its menu, after every change."""
    out = console()
    version = doc["version"]
    state = (
        tt("ny plan", "new plan")
        if version is None
        else tt(f"versjon {version}", f"version {version}")
    )
    if changed:
        state += tt(", ulagrede endringer", ", unsaved changes")
    out.print(
        f"[bold]{tt('Individuell plan', 'Individuell plan')} {case['id']}: "
        f"{escape(case['name'])}[/bold] ({state})",
        soft_wrap=True,
    )
    out.print(_counted(doc), soft_wrap=True)
    out.print(
        f"{tt('Neste evaluering', 'Next evaluation')}: {doc['next_evaluation'] or '—'}   "
        f"{tt('Samtykke', 'Consent')}: {escape(_consent_short(doc['consent']))}",
        soft_wrap=True,
    )


def _section(title: str, headers: list[str], rows: list[list[str]]) -> None:
    out = console()
    if not rows:
        out.print(f"[bold]{title}[/bold]: —")
        return
    from rich.table import Table  # boxed: each part of the plan a block of its own

    boxed = Table(title=title, title_justify="left", title_style="bold", header_style="bold")
    for header in headers:
        boxed.add_column(header, overflow="fold")
    for row in rows:
        boxed.add_row(*(escape(cell) for cell in row))
    out.print(boxed)


def _s(value: Any) -> str:
    return "—" if value is None or value == "" else str(value)


def plan_detail(data: PlanShowView) -> None:
    """``plan show``: the whole plan as tables."""
    doc, case = data["document"], data["case"]
    out = console()
    if not consent_given(doc):
        out.print(f"[bold]{escape(draft_notice())}[/bold]", soft_wrap=True)
    grid = fields()
    version = f"{doc['version']} ({data['saved_by']}, {data['saved_at']})"
    if data["newest_version"] and doc["version"] != data["newest_version"]:
        version += tt(
            f" — nyeste er {data['newest_version']}", f" — the newest is {data['newest_version']}"
        )
    coordinator = case.get("coordinator")
    rows = [
        (tt("Sak", "Case"), f"{case['id']} ({case['kind']})"),
        (tt("Navn", "Name"), case["name"]),
        (tt("Versjon", "Version"), version),
        (tt("Koordinator", "Coordinator"), coordinator["name"] if coordinator else "—"),
        (
            tt("Planperiode", "Plan period"),
            _span(doc["period"]["from"], doc["period"]["to"]),
        ),
        (tt("Neste evaluering", "Next evaluation"), _s(doc["next_evaluation"])),
        (tt("Samtykke", "Consent"), _consent_short(doc["consent"])),
        (tt("Ressurser", "Resources"), _s(doc["resources"])),
        (tt("Behov", "Needs"), _s(doc["needs"])),
        (tt("Eget bidrag", "Own contribution"), _s(doc["own_contribution"])),
    ]
    for label, value in rows:
        grid.add_row(label, escape(value))
    out.print(grid)
    _section(
        tt("Mål", "Goals"),
        ["#", tt("Mål", "Goal"), tt("Innen", "Target date"), tt("Status", "Status")],
        [
            [str(g["id"]), g["text"], _s(g["target_date"]), tt(*STATUS_WORDS[g["status"]])]
            for g in doc["goals"]
        ],
    )
    _section(
        tt("Tiltak", "Measures"),
        [
            "#",
            tt("Tiltak", "Measure"),
            tt("Omfang", "Extent"),
            tt("Hvordan", "How"),
            tt("Ansvarlig", "Responsible"),
            tt("Periode", "Period"),
        ],
        [
            [
                str(m["id"]),
                m["text"],
                _s(m["extent"]),
                _s(m["how"]),
                _s(m["responsible"]),
                _span(m["start"], m["end"]),
            ]
            for m in doc["measures"]
        ],
    )
    _section(
        tt("Deltakere", "Participants"),
        [
            "#",
            tt("Navn", "Name"),
            tt("Rolle", "Role"),
            tt("Virksomhet", "Organisation"),
            tt("Kontakt", "Contact"),
        ],  # fmt: skip
        [
            [str(p["id"]), p["name"], _s(p["role"]), _s(p["organisation"]), _s(p["contact"])]
            for p in doc["participants"]
        ],
    )
    _section(
        tt("Samarbeidspartnere", "Cooperation partners"),
        ["#", tt("Navn", "Name"), tt("Rolle", "Role"), tt("Kontakt", "Contact")],
        [
            [str(p["id"]), p["name"], _s(p["role"]), _s(p["contact"])]
            for p in doc["cooperation_partners"]
        ],
    )
    _section(
        tt("Møter", "Meetings"),
        ["#", tt("Dato", "Date"), tt("Formål", "Purpose"), tt("Referat", "Minutes")],
        [[str(m["id"]), _s(m["date"]), m["purpose"], _s(m["minutes"])] for m in doc["meetings"]],
    )
    _section(
        tt("Evalueringer", "Evaluations"),
        ["#", tt("Dato", "Date"), tt("Oppsummering", "Summary"), tt("Av", "By")],
        [[str(e["id"]), _s(e["date"]), e["summary"], _s(e["by"])] for e in doc["evaluations"]],
    )


def history_table(versions: list[PlanVersionView]) -> None:
    drawn = table(
        tt("Versjon", "Version"),
        tt("Lagret", "Saved"),
        tt("Av", "By"),
        tt("Mål", "Goals"),
        tt("Tiltak", "Measures"),
        tt("Neste evaluering", "Next evaluation"),
    )
    for v in versions:
        drawn.add_row(
            str(v["version"]),
            v["saved_at"],
            escape(v["saved_by"]),
            str(v["goals"]),
            str(v["measures"]),
            v["next_evaluation"] or "—",
        )
    console().print(drawn)


# --- the printable plan -----------------------------------------------------------------
