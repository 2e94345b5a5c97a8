"""The individuell plan for people: a table view, one-line summaries, and the printable
Markdown plan for the person ("Dette er din plan")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from kecli.domain.dates import format_date_en, format_date_nb
from kecli.domain.plans import consent_given, plan_counts
from kecli.errors import Msg
from kecli.i18n import label, t, tf
from kecli.i18n import labels as L
from kecli.i18n import prompts as P
from kecli.i18n import results as R
from kecli.render.console import console, escape, fields, table
from kecli.views import CaseRefView, PlanDocument, PlanShowView, PlanVersionView

#: A goal's status: (bokmål, English), as the printable plan picks by its own language.
STATUS_WORDS = {code: (word.nb, word.en) for code, word in L.GOAL_STATUS.items()}


def _counted(doc: PlanDocument, *, short: bool = False) -> str:
    """``1 goal, 2 measures, …``; ``short`` leaves out empty lists but goals and measures."""
    counts = plan_counts(doc)
    parts = []
    for key, one, many in L.PLAN_LISTS:
        n = counts[key]
        if short and not n and key not in ("goals", "measures"):
            continue
        parts.append(f"{n} {t(one if n == 1 else many)}")
    return ", ".join(parts)


def _consent_short(consent: dict[str, Any]) -> str:
    if not consent["given"]:
        return t(L.CONSENT_NOT_GIVEN)
    text = t(L.CONSENT_GIVEN)
    if consent["on"]:
        text += f" {consent['on']}"
    if consent["by"]:
        text += tf(L.CONSENT_GIVEN_BY, by=consent["by"])
    if consent["share_information"]:
        text += t(L.SHARING_INFORMATION)
    return text


def _span(start: str | None, end: str | None) -> str:
    if not start and not end:
        return "—"
    return f"{start or '…'} – {end or '…'}"


def draft_notice() -> str:
    """What a plan without the person's consent is (pbrl § 2-5): a draft, not in use."""
    return t(R.DRAFT)


def saved_line(doc: PlanDocument, *, created: bool) -> None:
    """The one line after a save (and a second one for a draft)."""
    console().print(
        tf(
            R.PLAN_SAVED,
            verb=t(R.PLAN_CREATED if created else R.PLAN_SAVED_VERB),
            case=doc["case_id"],
            version=doc["version"],
            counts=_counted(doc, short=True),
            next=doc["next_evaluation"] or L.NONE_DASH,
        ),
        soft_wrap=True,
    )
    if not consent_given(doc):
        console().print(draft_notice(), soft_wrap=True)


def live_summary(doc: PlanDocument, case: CaseRefView, *, changed: bool) -> None:
    """What the interactive editor shows above its menu, after every change."""
    out = console()
    version = doc["version"]
    state = t(P.NEW_PLAN) if version is None else tf(P.VERSION, version=version)
    if changed:
        state += t(P.UNSAVED)
    out.print(
        f"[bold]{t(L.INDIVIDUELL_PLAN)} {case['id']}: {escape(case['name'])}[/bold] ({state})",
        soft_wrap=True,
    )
    out.print(_counted(doc), soft_wrap=True)
    out.print(
        f"{t(L.NEXT_EVALUATION)}: {doc['next_evaluation'] or L.NONE_DASH}   "
        f"{t(L.CONSENT)}: {escape(_consent_short(doc['consent']))}",
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
        version += tf(R.NEWEST_IS, version=data["newest_version"])
    coordinator = case.get("coordinator")
    rows: list[tuple[Msg, str]] = [
        (L.CASE, f"{case['id']} ({case['kind']})"),
        (L.NAME, case["name"]),
        (L.VERSION, version),
        (L.COORDINATOR, coordinator["name"] if coordinator else L.NONE_DASH),
        (L.PLAN_PERIOD, _span(doc["period"]["from"], doc["period"]["to"])),
        (L.NEXT_EVALUATION, _s(doc["next_evaluation"])),
        (L.CONSENT, _consent_short(doc["consent"])),
        (L.RESOURCES, _s(doc["resources"])),
        (L.NEEDS, _s(doc["needs"])),
        (L.OWN_CONTRIBUTION, _s(doc["own_contribution"])),
    ]
    for heading, value in rows:
        grid.add_row(t(heading), escape(value))
    out.print(grid)
    _section(
        t(L.GOALS),
        ["#", t(L.GOAL), t(L.TARGET_DATE), t(L.STATUS)],
        [
            [str(g["id"]), g["text"], _s(g["target_date"]), label(L.GOAL_STATUS, g["status"])]
            for g in doc["goals"]
        ],
    )
    _section(
        t(L.MEASURES),
        ["#", t(L.MEASURE), t(L.EXTENT), t(L.HOW), t(L.RESPONSIBLE), t(L.PERIOD)],
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
        t(L.PARTICIPANTS),
        ["#", t(L.NAME), t(L.ROLE), t(L.ORGANISATION), t(L.CONTACT)],
        [
            [str(p["id"]), p["name"], _s(p["role"]), _s(p["organisation"]), _s(p["contact"])]
            for p in doc["participants"]
        ],
    )
    _section(
        t(L.COOPERATION_PARTNERS),
        ["#", t(L.NAME), t(L.ROLE), t(L.CONTACT)],
        [
            [str(p["id"]), p["name"], _s(p["role"]), _s(p["contact"])]
            for p in doc["cooperation_partners"]
        ],
    )
    _section(
        t(L.MEETINGS),
        ["#", t(L.DATE), t(L.PURPOSE), t(L.MINUTES)],
        [[str(m["id"]), _s(m["date"]), m["purpose"], _s(m["minutes"])] for m in doc["meetings"]],
    )
    _section(
        t(L.EVALUATIONS),
        ["#", t(L.DATE), t(L.SUMMARY), t(L.BY)],
        [[str(e["id"]), _s(e["date"]), e["summary"], _s(e["by"])] for e in doc["evaluations"]],
    )


def history_table(versions: list[PlanVersionView]) -> None:
    drawn = table(
        t(L.VERSION), t(L.SAVED), t(L.BY), t(L.GOALS), t(L.MEASURES), t(L.NEXT_EVALUATION)
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
