"""Decisions for people: the assessment summary and the one-line result."""

from __future__ import annotations

from kecli import env
from kecli.domain.eligibility import LOCAL_GROUND_TEXT, source_text
from kecli.i18n import t, tt
from kecli.render.console import console
from kecli.views import CaseView, CriterionView, DecisionView


def assessment_summary(
    case: CaseView, decision: DecisionView, criteria: list[CriterionView]
) -> None:
    from rich.table import Table  # a boxed table: the summary before saving stands out

    lang = env.lang()
    out = console()
    table = Table(
        title=tt(f"Vurdering av {case['id']}", f"Assessment of {case['id']}"),
        title_justify="left",
        header_style="bold",
    )
    table.add_column(tt("Kriterium", "Criterion"))
    table.add_column(tt("Svar", "Answer"))
    table.add_column(tt("Merknad", "Note"))
    failed = set(decision["failed_criteria"])
    grounds = decision.get("local_grounds") or {}
    for criterion in criteria:
        code = criterion["code"]
        answer = decision["answers"].get(code)
        text = tt("ja", "yes") if answer else tt("nei", "no")
        if code in grounds:
            text += f" ({t(LOCAL_GROUND_TEXT[grounds[code]])})"
        table.add_row(
            f"{code}: {criterion['question']['nb' if lang == 'nb' else 'en']}",
            text,
            decision["notes"].get(code, ""),
            style="red" if code in failed else None,
        )
    out.print(table)
    decision_line(case["id"], decision)


def via_text(via: str | None) -> str:
    """How a letter was sent, in the user's language."""
    return {
        "post": tt("post", "post"),
        "digital": tt("digital postkasse", "digital mailbox"),
        "hand": tt("levert for hånd", "by hand"),
    }.get(via or "", via or "")


def sent_text(decision: DecisionView) -> str:
    """When and how the decision was sent, or that it is not sent."""
    if not decision.get("sent_on"):
        return tt("ikke sendt", "not sent")
    return f"{decision['sent_on']} ({via_text(decision.get('sent_via'))})"


def notified_text(decision: DecisionView) -> str:
    """The day the decision reached the person, or that it is not recorded."""
    return decision.get("notified_on") or tt("ikke registrert", "not recorded")


def deadline_text(decision: DecisionView) -> str:
    """The appeal deadline, marked when it is estimated; none yet for an avslag not sent."""
    deadline = decision.get("appeal_deadline")
    if deadline:
        if decision.get("appeal_deadline_estimated"):
            return f"{deadline} ({tt('anslått', 'estimated')})"
        return str(deadline)
    if decision["outcome"] == "avslag":
        return tt("ingen ennå (ikke sendt)", "none yet (not sent)")
    return "—"


def decision_line(case_id: str, decision: DecisionView) -> None:
    out = console()
    granted = decision["outcome"] == "innvilget"
    out.print(
        f"{tt('Utfall', 'Outcome')}: [bold {'green' if granted else 'red'}]"
        f"{decision['outcome']}[/] ({source_text(decision['legal_basis'], env.lang())})"
    )
    if decision["failed_criteria"]:
        out.print(f"{tt('Ikke oppfylt', 'Not met')}: {failed_text(decision)}")
    out.print(f"{tt('Avgjort', 'Decided')}: {decision['decided_on']}")
    out.print(
        f"{tt('Sendt', 'Sent')}: {sent_text(decision)}   "
        f"{tt('Kom fram', 'Reached the person')}: {notified_text(decision)}"
    )
    if decision["outcome"] == "avslag":
        line = f"{tt('Klagefrist', 'Appeal deadline')}: {deadline_text(decision)}"
        if decision.get("appeal_deadline_estimated"):
            line += tt(
                " — regnet fra postleggingen; registrer dagen brevet kom fram med case notify --on",
                " — counted from the posting; record the day it arrived with case notify --on",
            )
        out.print(line)


def failed_text(decision: DecisionView) -> str:
    """The failed criteria, each refused by the municipality's practice marked so."""
    grounds = decision.get("local_grounds") or {}
    return ", ".join(
        f"{code} ({t(LOCAL_GROUND_TEXT[grounds[code]])})" if code in grounds else code
        for code in decision["failed_criteria"]
    )
