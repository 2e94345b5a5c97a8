"""Decisions for people: the assessment summary and the one-line result."""

from __future__ import annotations

from kecli import env
from kecli.domain.eligibility import LOCAL_GROUND_TEXT, source_text
from kecli.i18n import label, t, tf, yes_no
from kecli.i18n import labels as L
from kecli.i18n import results as R
from kecli.render.console import console, styled
from kecli.views import CaseView, CriterionView, DecisionView


def assessment_summary(
    case: CaseView, decision: DecisionView, criteria: list[CriterionView]
) -> None:
    from rich.table import Table  # a boxed table: the summary before saving stands out

    lang = env.lang()
    out = console()
    table = Table(
        title=tf(R.ASSESSMENT_OF, id=case["id"]), title_justify="left", header_style="bold"
    )
    table.add_column(t(L.CRITERION_HEADING))
    table.add_column(t(L.ANSWER))
    table.add_column(t(L.NOTE))
    failed = set(decision["failed_criteria"])
    grounds = decision.get("local_grounds") or {}
    for criterion in criteria:
        code = criterion["code"]
        answer = decision["answers"].get(code)
        text = yes_no(bool(answer))
        if code in grounds:
            text += f" ({t(LOCAL_GROUND_TEXT[grounds[code]])})"
        table.add_row(
            f"{label(L.CRITERION, code)}: {criterion['question']['nb' if lang == 'nb' else 'en']}",
            text,
            decision["notes"].get(code, ""),
            style="red" if code in failed else None,
        )
    out.print(table)
    decision_line(case["id"], decision)


def via_text(via: str | None) -> str:
    """How a letter was sent, in the user's language."""
    return label(L.SEND_VIA, via)


def sent_text(decision: DecisionView) -> str:
    """When and how the decision was sent, or that it is not sent."""
    if not decision.get("sent_on"):
        return t(L.NOT_SENT)
    return f"{decision['sent_on']} ({via_text(decision.get('sent_via'))})"


def notified_text(decision: DecisionView) -> str:
    """The day the decision reached the person, or that it is not recorded."""
    return decision.get("notified_on") or t(L.NOT_RECORDED)


def deadline_text(decision: DecisionView) -> str:
    """The appeal deadline, marked when it is estimated; none yet for an avslag not sent."""
    deadline = decision.get("appeal_deadline")
    if deadline:
        if decision.get("appeal_deadline_estimated"):
            return f"{deadline} ({t(L.ESTIMATED)})"
        return str(deadline)
    if decision["outcome"] == "avslag":
        return t(L.NONE_YET_NOT_SENT)
    return L.NONE_DASH


def decision_line(case_id: str, decision: DecisionView) -> None:
    out = console()
    granted = decision["outcome"] == "innvilget"
    out.print(
        styled(
            f"{t(L.OUTCOME_HEADING)}: ",
            (label(L.OUTCOME, decision["outcome"]), "bold green" if granted else "bold red"),
            f" ({source_text(decision['legal_basis'], env.lang())})",
        )
    )
    if decision["failed_criteria"]:
        out.print(f"{t(L.NOT_MET)}: {failed_text(decision)}")
    out.print(f"{t(L.DECIDED)}: {decision['decided_on']}")
    out.print(f"{t(L.SENT)}: {sent_text(decision)}   {t(L.REACHED)}: {notified_text(decision)}")
    if decision["outcome"] == "avslag":
        line = f"{t(L.APPEAL_DEADLINE)}: {deadline_text(decision)}"
        if decision.get("appeal_deadline_estimated"):
            line += t(R.DEADLINE_ESTIMATED_NOTE)
        out.print(line)


def failed_text(decision: DecisionView) -> str:
    """The failed criteria, each refused by the municipality's practice marked so."""
    grounds = decision.get("local_grounds") or {}
    named = {code: label(L.CRITERION, code) for code in decision["failed_criteria"]}
    return ", ".join(
        f"{named[code]} ({t(LOCAL_GROUND_TEXT[grounds[code]])})" if code in grounds else named[code]
        for code in decision["failed_criteria"]
    )
