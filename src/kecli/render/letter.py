"""The decision letter as Markdown, in bokmål or English (it goes to a family)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from kecli.domain.dates import format_date_en, format_date_nb
from kecli.domain.eligibility import LOCAL_GROUND_TEXT, source_text

View = dict[str, Any]

PLACEHOLDERS = {
    "municipality": (
        "[kommune mangler: kecli config set municipality …]",
        "[municipality missing: kecli config set municipality …]",
    ),
    "unit_name": (
        "[enhet mangler: kecli config set unit_name …]",
        "[unit missing: kecli config set unit_name …]",
    ),
    "unit_address": (
        "[adresse mangler: kecli config set unit_address …]",
        "[address missing: kecli config set unit_address …]",
    ),
}


def missing_settings(data: View) -> list[str]:
    return [key for key in PLACEHOLDERS if not data.get(key)]


def known_deadline(decision: View) -> str | None:
    """The appeal deadline a letter may print: only one counted from the day the person
    actually got the decision (pbrl § 7-5), never an estimate nor one counted from an
    earlier day."""
    if decision.get("notified_on") and not decision.get("appeal_deadline_estimated"):
        deadline = decision.get("appeal_deadline")
        return str(deadline) if deadline else None
    return None


def _deadline_paragraph(decision: View, you: str, your: str, nb: bool) -> str:
    """The deadline rule, and the last day only when it is known (see known_deadline)."""
    rule = (
        f"Klagefristen er fire uker fra den dagen {your} mottok dette brevet."
        if nb
        else "The deadline for appealing is four weeks from the day you received this letter."
    )
    deadline = known_deadline(decision)
    if deadline is None:
        return rule + (
            " Klagen er kommet fram i tide når den er postlagt eller levert til oss innen "
            "fristen. Er siste dag en lørdag, søndag eller helligdag, gjelder neste virkedag."
            if nb
            else " The appeal is in time when it is posted or delivered to us within the "
            "deadline. If the last day is a Saturday, Sunday or public holiday, the next "
            "working day counts."
        )
    day = dt.date.fromisoformat(deadline)
    return rule + (
        f" {you} mottok det {format_date_nb(dt.date.fromisoformat(decision['notified_on']))}, "
        f"så klagen må være postlagt eller levert til oss senest **{format_date_nb(day)}**."
        if nb
        else f" You received it on "
        f"{format_date_en(dt.date.fromisoformat(decision['notified_on']))}, so the appeal "
        f"must be posted or delivered to us no later than **{format_date_en(day)}**."
    )


def render_letter(data: View, lang: str) -> str:
    nb = lang == "nb"

    def tr(nb_text: str, en_text: str) -> str:
        return nb_text if nb else en_text

    def date(iso: str | None) -> str:
        if not iso:
            return "—"
        value = dt.date.fromisoformat(iso)
        return format_date_nb(value) if nb else format_date_en(value)

    def setting(key: str) -> str:
        value = data.get(key)
        return str(value) if value else PLACEHOLDERS[key][0 if nb else 1]

    case, decision = data["case"], data["decision"]
    person = case["person"]
    kind = case["kind"]
    granted = decision["outcome"] == "innvilget"
    # A barnekoordinator belongs to the family; a koordinator to the person.
    you, your = ("Dere", "dere") if kind == "barnekoordinator" else ("Du", "du")
    criteria = {c["code"]: c for c in data["criteria"]}
    lines: list[str] = [
        f"**{setting('municipality')}**  ",
        f"{setting('unit_name')}  ",
        f"{setting('unit_address')}",
        "",
        f"{tr('Dato', 'Date')}: {date(data['today'])}  ",
        f"{tr('Saksnummer', 'Case number')}: {case['id']}",
        "",
        f"{tr('Til', 'To')}: {person['name']}"
        + (f" ({tr('født', 'born')} {date(person['birth_date'])})" if person["birth_date"] else ""),
    ]
    if case["guardians"]:
        lines.append(f"{tr('Foresatte', 'Guardians')}: {', '.join(case['guardians'])}")
    lines += [
        "",
        f"# {tr('Avgjørelse om', 'Decision on')} {kind}",
        "",
    ]
    if granted:
        lines.append(
            tr(
                f"{you} har rett til {kind}. Avgjørelsen ble tatt {date(decision['decided_on'])}.",
                f"You have the right to a {kind}. The decision was made on "
                f"{date(decision['decided_on'])}.",
            )
        )
    else:
        lines.append(
            tr(
                f"Henvendelsen om {kind} er avslått (avslag). Avgjørelsen ble tatt "
                f"{date(decision['decided_on'])}.",
                f"The request for a {kind} is refused (avslag). The decision was made on "
                f"{date(decision['decided_on'])}.",
            )
        )
    lines += [
        "",
        f"## {tr('Vurderingen', 'The assessment')}",
        "",
        f"| {tr('Vilkår', 'Criterion')} | {tr('Svar', 'Answer')} | {tr('Merknad', 'Note')} |",
        "|---|---|---|",
    ]
    # Where the municipality's own choice, not the statute, shaped a criterion.
    grounds = {
        code: LOCAL_GROUND_TEXT[ground].nb if nb else LOCAL_GROUND_TEXT[ground].en
        for code, ground in (decision.get("local_grounds") or {}).items()
    }
    for code, answer in decision["answers"].items():
        question = criteria[code]["question"]["nb" if nb else "en"] if code in criteria else code
        note = decision["notes"].get(code, "")
        said = tr("ja", "yes") if answer else tr("nei", "no")
        if code in grounds:
            said += f" ({grounds[code]})"
        lines.append(f"| {question} | {said} | {note} |")
    lines += ["", f"## {tr('Begrunnelse', 'Reasons')}", ""]
    if decision["reason"]:
        lines.append(decision["reason"])
        lines.append("")
    if decision["failed_criteria"]:
        lines.append(tr("Disse vilkårene er ikke oppfylt:", "These criteria are not met:"))
        lines.append("")
        for code in decision["failed_criteria"]:
            question = criteria[code]["question"]["nb" if nb else "en"]
            source = grounds.get(code) or source_text(
                criteria[code]["source"], "nb" if nb else "en"
            )
            lines.append(f"- {question} ({source})")
        if kind == "koordinator" and {"long_term", "complex"} <= set(decision["failed_criteria"]):
            lines += [
                "",
                tr(
                    "Behovet må være enten langvarig eller komplekst.",
                    "The need must be either long-term or complex.",
                ),
            ]
    elif not decision["reason"]:
        lines.append(tr("Alle vilkårene er oppfylt.", "Every criterion is met."))
    lines += [
        "",
        f"## {tr('Rettslig grunnlag', 'Legal basis')}",
        "",
        source_text(decision["legal_basis"], "nb" if nb else "en"),
    ]
    if granted and decision["wants_ip"]:
        lines += [
            "",
            tr(
                f"{you} har også bedt om individuell plan (pbrl § 2-5, hol § 7-1). Vi tar kontakt "
                "for å starte arbeidet med planen.",
                "You have also asked for an individuell plan (pbrl § 2-5, hol § 7-1). We will be "
                "in touch to start work on the plan.",
            ),
        ]
    if not granted:
        lines += [
            "",
            f"## {tr('Klagerett', 'Right to appeal')}",
            "",
            tr(
                f"{you} kan klage på avgjørelsen til statsforvalteren (pbrl §§ 7-2, 7-5). Klagen "
                f"sendes til oss, {setting('unit_name')}, som vurderer saken på nytt før den "
                f"eventuelt sendes videre til statsforvalteren.",
                f"You may appeal the decision to statsforvalteren (the County Governor; pbrl "
                f"§§ 7-2, 7-5). Send the appeal to us, {setting('unit_name')}; we look at the "
                f"case again before it is sent on to statsforvalteren.",
            ),
            "",
            _deadline_paragraph(decision, you, your, nb),
            "",
            tr(
                "Klagen må være skriftlig og underskrevet (pbrl § 7-3). Skriv hvilken avgjørelse "
                f"{your} klager på, og hvorfor.",
                "The appeal must be written and signed (pbrl § 7-3). Say which decision you "
                "appeal against, and why.",
            ),
            "",
            f"{tr('Adresse', 'Address')}: {setting('unit_address')}",
        ]
    lines += ["", tr("Med vennlig hilsen", "Kind regards"), "", setting("unit_name"), ""]
    return "\n".join(lines)
