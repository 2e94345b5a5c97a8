"""The individuell plan as the person reads it ("Dette er din plan"), as plain blocks.

One model serves both outputs: ``plan show --markdown`` writes the blocks as Markdown and
``plan show --format pdf`` lays the same blocks out with Typst, so both say the same.
A text may hold line breaks (``\\n``): each writer keeps them as breaks in its own way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from kecli.domain.dates import format_date_en, format_date_nb
from kecli.domain.plans import consent_given
from kecli.i18n.labels import GOAL_STATUS
from kecli.render.letters.model import Strong
from kecli.views import PlanShowView

Inline = str | Strong

#: A goal's status: (bokmål, English), as the plan picks by its own language.
STATUS_WORDS = {code: (word.nb, word.en) for code, word in GOAL_STATUS.items()}


@dataclass(frozen=True)
class Title:
    text: str


@dataclass(frozen=True)
class Section:
    """A heading: level 2 for a part of the plan, 3 for one measure."""

    text: str
    level: int = 2


@dataclass(frozen=True)
class Text:
    """A paragraph; ``\\n`` in a part is a line break."""

    parts: tuple[Inline, ...]


@dataclass(frozen=True)
class Items:
    """A list, numbered or not; each item is a run of parts (``\\n`` a line break)."""

    items: tuple[tuple[Inline, ...], ...]
    numbered: bool = False


@dataclass(frozen=True)
class Rule:
    """A line across the page before the closing words."""


Block = Title | Section | Text | Items | Rule


@dataclass(frozen=True)
class PlanPrint:
    lang: str
    title: str
    person: str
    issuer: str
    blocks: tuple[Block, ...]


def plan_print(data: PlanShowView, lang: str) -> PlanPrint:
    """The plan for the person, in bokmål or English (pbrl § 2-5, hol § 7-1)."""
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

    def lines(text: str) -> str:
        """Free text kept as written, line breaks included."""
        return "\n".join(line.rstrip() for line in text.splitlines())

    def one_line(text: str) -> str:
        return " ".join(text.split())

    title = tr("Dette er din plan", "This is your plan")
    blocks: list[Block] = [Title(title)]
    if not consent_given(doc):
        blocks.append(
            Text(
                (
                    Strong(
                        tr(
                            "Utkast: planen er ikke i bruk før du har samtykket til den.",
                            "Draft: the plan is not in use until you have consented to it.",
                        )
                    ),
                )
            )
        )
    issuer = ", ".join(x for x in (data.get("unit_name"), data.get("municipality")) if x)
    head: list[Inline] = [
        Strong(f"{tr('Individuell plan for', 'Individual plan for')} {case['name']}")
    ]
    if issuer:
        head.append(f"\n{issuer}")
    head.append(
        f"\n{tr('Sak', 'Case')} {case['id']} · {tr('versjon', 'version')} {doc['version']} · "
        f"{tr('skrevet ut', 'printed')} {date(data['today'])}"
    )
    blocks.append(Text(tuple(head)))
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
        blocks.append(Text(("\n".join(facts),)))

    blocks.append(Section(tr("Dine mål", "Your goals")))
    if doc["goals"]:
        goals: list[tuple[Inline, ...]] = []
        for goal in doc["goals"]:
            status = STATUS_WORDS[goal["status"]][0 if nb else 1]
            when = (
                tr(f", innen {date(goal['target_date'])}", f", by {date(goal['target_date'])}")
                if goal["target_date"]
                else ""
            )
            goals.append((Strong(lines(goal["text"])), f" ({status}{when})"))
        blocks.append(Items(tuple(goals), numbered=True))
    else:
        blocks.append(
            Text((tr("Ingen mål er skrevet ned ennå.", "No goals have been written down yet."),))
        )

    for key, heading in (
        ("resources", tr("Dine ressurser", "Your resources")),
        ("needs", tr("Dine behov", "Your needs")),
    ):
        if doc[key]:
            blocks += [Section(heading), Text((lines(doc[key]),))]

    blocks.append(Section(tr("Tiltak", "What will be done")))
    if doc["measures"]:
        for n, measure in enumerate(doc["measures"], start=1):
            blocks.append(Section(f"{n}. {one_line(measure['text'])}", level=3))
            details = [
                (tr("Omfang", "How much"), measure["extent"]),
                (tr("Slik gjør vi det", "How"), measure["how"]),
                (tr("Ansvarlig", "Responsible"), measure["responsible"]),
                (tr("Når", "When"), span(measure["start"], measure["end"]) or None),
            ]
            shown = tuple((f"{label}: {lines(value)}",) for label, value in details if value)
            if shown:
                blocks.append(Items(shown))
    else:
        blocks.append(
            Text(
                (
                    tr(
                        "Ingen tiltak er skrevet ned ennå.",
                        "No measures have been written down yet.",
                    ),
                )
            )
        )

    if doc["own_contribution"]:
        blocks += [
            Section(tr("Dette bidrar du med", "What you will do")),
            Text((lines(doc["own_contribution"]),)),
        ]

    def people(items: list[dict[str, Any]], extra: tuple[str, ...]) -> Items:
        out: list[tuple[Inline, ...]] = []
        for item in items:
            bits = [one_line(item[k]) for k in extra if item.get(k)]
            tail = f", {', '.join(bits)}" if bits else ""
            out.append((Strong(one_line(item["name"])), tail))
        return Items(tuple(out))

    if doc["participants"]:
        blocks += [
            Section(tr("Hvem som er med", "Who takes part")),
            people(doc["participants"], ("role", "organisation", "contact")),
        ]
    if doc["cooperation_partners"]:
        blocks += [
            Section(tr("Samarbeidspartnere", "Cooperation partners")),
            people(doc["cooperation_partners"], ("role", "contact")),
        ]
    if doc["meetings"]:
        meetings = tuple(
            (
                f"{date(meeting['date'])}: {one_line(meeting['purpose'])}"
                + (f"\n{lines(meeting['minutes'])}" if meeting["minutes"] else ""),
            )
            for meeting in doc["meetings"]
        )
        blocks += [Section(tr("Møter", "Meetings")), Items(meetings)]
    if doc["evaluations"]:
        evaluations = tuple(
            (
                f"{date(evaluation['date'])}"
                + (f" ({evaluation['by']})" if evaluation["by"] else "")
                + f": {lines(evaluation['summary'])}",
            )
            for evaluation in doc["evaluations"]
        )
        blocks += [Section(tr("Evalueringer", "Reviews")), Items(evaluations)]

    consent = doc["consent"]
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
    blocks += [Section(tr("Samtykke", "Consent")), Text((text,)), Rule()]
    blocks.append(
        Text(
            (
                tr(
                    "Planen er laget etter pasient- og brukerrettighetsloven § 2-5 og helse- og "
                    "omsorgstjenesteloven § 7-1. Planen er din: du kan når som helst be om "
                    "endringer, og du kan trekke samtykket.",
                    "This plan is made under the Patient and User Rights Act § 2-5 and the "
                    "Health and Care Services Act § 7-1. The plan is yours: you can ask for "
                    "changes at any time, and you can withdraw your consent.",
                ),
            )
        )
    )
    return PlanPrint(lang, title, case["name"], issuer, tuple(blocks))


def _inline(parts: tuple[Inline, ...], indent: str) -> str:
    """Parts as Markdown; a line break is two spaces, a newline and the item's indent."""
    text = "".join(f"**{p.text}**" if isinstance(p, Strong) else p for p in parts)
    return text.replace("\n", "  \n" + indent)


def plan_markdown(plan: PlanPrint) -> str:
    out: list[str] = []
    for block in plan.blocks:
        if isinstance(block, Title):
            out += [f"# {block.text}", ""]
        elif isinstance(block, Section):
            out += [f"{'#' * block.level} {block.text}", ""]
        elif isinstance(block, Text):
            out += [_inline(block.parts, ""), ""]
        elif isinstance(block, Items):
            for n, item in enumerate(block.items, start=1):
                marker = f"{n}. " if block.numbered else "- "
                out.append(marker + _inline(item, " " * len(marker)))
            out.append("")
        else:
            out += ["---", ""]
    return "\n".join(out[:-1]) + "\n"


def plan_data(plan: PlanPrint) -> dict[str, Any]:
    """The blocks as the JSON the Typst template reads (``sys.inputs.plan``)."""

    def parts(run: tuple[Inline, ...]) -> list[dict[str, Any]]:
        return [
            {"text": p.text, "strong": True}
            if isinstance(p, Strong)
            else {"text": p, "strong": False}
            for p in run
        ]

    body: list[dict[str, Any]] = []
    for block in plan.blocks:
        if isinstance(block, Title):
            body.append({"type": "title", "text": block.text})
        elif isinstance(block, Section):
            body.append({"type": "heading", "level": block.level, "text": block.text})
        elif isinstance(block, Text):
            body.append({"type": "para", "parts": parts(block.parts)})
        elif isinstance(block, Items):
            body.append(
                {
                    "type": "list",
                    "numbered": block.numbered,
                    "items": [parts(item) for item in block.items],
                }
            )
        else:
            body.append({"type": "rule"})
    return {
        "lang": plan.lang,
        "title": plan.title,
        "person": plan.person,
        "author": plan.issuer,
        "footer": plan.issuer,
        "page_words": {"nb": ["Side", "av"], "en": ["Page", "of"]}[plan.lang],
        "body": body,
    }


def plan_pdf(plan: PlanPrint, *, logo: tuple[str, bytes] | None = None) -> bytes:
    """The plan as PDF/A-2b (Typst is imported only here, when a PDF is asked for)."""
    import json

    from kecli.i18n.errors import pdf as E
    from kecli.render.letters.pdf import compile_pdf

    return compile_pdf(
        "plan.typ",
        {"plan": json.dumps(plan_data(plan), ensure_ascii=False)},
        logo=logo,
        what=E.THE_PLAN,
    )
