"""The individuell plan for people: a table view, one-line summaries, and the printable
Markdown plan for the person ("Dette er din plan")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from kecli.domain.dates import format_date_en, format_date_nb
from kecli.domain.plans import consent_given, plan_counts
from kecli.i18n import tt
from kecli.render.console import console, escape, fields, table
from kecli.views import CaseRefView, PlanDocument, PlanShowView, PlanVersionView

STATUS_WORDS = {
    "active": ("aktivt", "active"),
    "achieved": ("nådd", "achieved"),
    "dropped": ("avsluttet", "dropped"),
}

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


def render_markdown(data: PlanShowView, lang: str) -> str:
    """The plan as the person reads it, in bokmål or English (pbrl § 2-5, hol § 7-1)."""
    nb = lang == "nb"
    doc, case = data["document"], data["case"]

    def tr(nb_text: str, en_text: str) -> str:
        return nb_text if nb else en_text

    def date(iso: str | None) -> str:
        if not iso:
            return "—"
        value = dt.date.fromisoformat(iso)
        return format_date_nb(value) if nb else format_date_en(value)

    def span(start: str | None, end: str | None) -> str:
        if not start and not end:
            return ""
        if start and end:
            return f"{date(start)} – {date(end)}"
        if start:
            return tr(f"fra {date(start)}", f"from {date(start)}")
        return tr(f"til {date(end)}", f"until {date(end)}")

    def block(text: str, indent: str = "") -> str:
        """Free text kept as written, line breaks included, inside a list item."""
        lines = [line.rstrip() for line in text.splitlines()]
        return ("  \n" + indent).join(line for line in lines)

    lines: list[str] = [f"# {tr('Dette er din plan', 'This is your plan')}", ""]
    if not consent_given(doc):
        lines += [
            tr(
                "**Utkast: planen er ikke i bruk før du har samtykket til den.**",
                "**Draft: the plan is not in use until you have consented to it.**",
            ),
            "",
        ]
    lines.append(f"**{tr('Individuell plan for', 'Individual plan for')} {case['name']}**  ")
    issuer = ", ".join(x for x in (data.get("unit_name"), data.get("municipality")) if x)
    if issuer:
        lines.append(f"{issuer}  ")
    lines.append(
        f"{tr('Sak', 'Case')} {case['id']} · {tr('versjon', 'version')} {doc['version']} · "
        f"{tr('skrevet ut', 'printed')} {date(data['today'])}"
    )
    lines.append("")
    facts: list[str] = []
    coordinator = case.get("coordinator")
    if coordinator:
        facts.append(f"{tr('Din koordinator', 'Your coordinator')}: {coordinator['name']}")
    period = span(doc["period"]["from"], doc["period"]["to"])
    if period:
        facts.append(f"{tr('Planen gjelder', 'The plan covers')}: {period}")
    if doc["next_evaluation"]:
        facts.append(
            f"{tr('Vi går gjennom planen sammen igjen', 'We will review the plan together again')}"
            f": {date(doc['next_evaluation'])}"
        )
    if facts:
        lines += [f"{fact}  " for fact in facts[:-1]] + [facts[-1], ""]

    lines += [f"## {tr('Dine mål', 'Your goals')}", ""]
    if doc["goals"]:
        for n, goal in enumerate(doc["goals"], start=1):
            status = STATUS_WORDS[goal["status"]][0 if nb else 1]
            when = (
                tr(f", innen {date(goal['target_date'])}", f", by {date(goal['target_date'])}")
                if goal["target_date"]
                else ""
            )
            lines.append(f"{n}. **{block(goal['text'], '   ')}** ({status}{when})")
        lines.append("")
    else:
        lines += [tr("Ingen mål er skrevet ned ennå.", "No goals have been written down yet."), ""]

    for key, title in (
        ("resources", tr("Dine ressurser", "Your resources")),
        ("needs", tr("Dine behov", "Your needs")),
    ):
        if doc[key]:
            lines += [f"## {title}", "", block(doc[key]), ""]

    lines += [f"## {tr('Tiltak', 'What will be done')}", ""]
    if doc["measures"]:
        for n, measure in enumerate(doc["measures"], start=1):
            lines.append(f"### {n}. {' '.join(measure['text'].split())}")
            lines.append("")
            details = [
                (tr("Omfang", "How much"), measure["extent"]),
                (tr("Slik gjør vi det", "How"), measure["how"]),
                (tr("Ansvarlig", "Responsible"), measure["responsible"]),
                (tr("Når", "When"), span(measure["start"], measure["end"]) or None),
            ]
            lines += [f"- {label}: {block(value, '  ')}" for label, value in details if value]
            lines.append("")
    else:
        lines += [
            tr("Ingen tiltak er skrevet ned ennå.", "No measures have been written down yet.")
        ]
        lines.append("")

    if doc["own_contribution"]:
        lines += [
            f"## {tr('Dette bidrar du med', 'What you will do')}",
            "",
            block(doc["own_contribution"]),
            "",
        ]

    def people(items: list[dict[str, Any]], extra: tuple[str, ...]) -> list[str]:
        out = []
        for item in items:
            bits = [item[k] for k in extra if item.get(k)]
            tail = f", {', '.join(' '.join(b.split()) for b in bits)}" if bits else ""
            out.append(f"- **{' '.join(item['name'].split())}**{tail}")
        return out

    if doc["participants"]:
        lines += [f"## {tr('Hvem som er med', 'Who takes part')}", ""]
        lines += people(doc["participants"], ("role", "organisation", "contact"))
        lines.append("")
    if doc["cooperation_partners"]:
        lines += [f"## {tr('Samarbeidspartnere', 'Cooperation partners')}", ""]
        lines += people(doc["cooperation_partners"], ("role", "contact"))
        lines.append("")
    if doc["meetings"]:
        lines += [f"## {tr('Møter', 'Meetings')}", ""]
        for meeting in doc["meetings"]:
            line = f"- {date(meeting['date'])}: {' '.join(meeting['purpose'].split())}"
            if meeting["minutes"]:
                line += f"  \n  {block(meeting['minutes'], '  ')}"
            lines.append(line)
        lines.append("")
    if doc["evaluations"]:
        lines += [f"## {tr('Evalueringer', 'Reviews')}", ""]
        for evaluation in doc["evaluations"]:
            by = f" ({evaluation['by']})" if evaluation["by"] else ""
            lines.append(f"- {date(evaluation['date'])}{by}: {block(evaluation['summary'], '  ')}")
        lines.append("")

    consent = doc["consent"]
    lines += [f"## {tr('Samtykke', 'Consent')}", ""]
    if consent["given"]:
        text = tr("Du har samtykket til planen", "You have consented to the plan")
        if consent["on"]:
            text += tr(f" {date(consent['on'])}", f" on {date(consent['on'])}")
        if consent["by"]:
            text += tr(f" (gitt av {consent['by']})", f" (given by {consent['by']})")
        text += "."
        if consent["share_information"]:
            text += tr(
                " Du har også samtykket til at de som er med i planarbeidet kan dele "
                "nødvendige opplysninger med hverandre.",
                " You have also consented to those who take part in the plan sharing the "
                "information they need with each other.",
            )
        else:
            text += tr(
                " Du har ikke samtykket til at opplysninger deles mellom dem som er med.",
                " You have not consented to information being shared between those who take part.",
            )
    else:
        text = tr(
            "Samtykke til planen er ikke registrert ennå.",
            "Consent to the plan has not been recorded yet.",
        )
    lines += [text, "", "---", ""]
    lines.append(
        tr(
            "Planen er laget etter pasient- og brukerrettighetsloven § 2-5 og helse- og "
            "omsorgstjenesteloven § 7-1. Planen er din: du kan når som helst be om endringer, "
            "og du kan trekke samtykket.",
            "This plan is made under the Patient and User Rights Act § 2-5 and the Health and "
            "Care Services Act § 7-1. The plan is yours: you can ask for changes at any time, "
            "and you can withdraw your consent.",
        )
    )
    return "\n".join(lines) + "\n"
