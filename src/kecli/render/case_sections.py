"""The parts of ``case show`` that a caseworker reads beyond the facts of the inquiry: how
to reach the person and the guardians, the cases linked to this one, the current
decision's answers, notes and reasons, and what each appeal said and came to."""

from __future__ import annotations

from collections.abc import Mapping

from kecli import env
from kecli.domain.contacts import postal_lines
from kecli.domain.eligibility import LOCAL_GROUND_TEXT, Kind, criteria_for, source_text
from kecli.errors import Msg
from kecli.i18n import label, t, tf, yes_no
from kecli.i18n import labels as L
from kecli.i18n import results as R
from kecli.render.console import console, styled, table
from kecli.views import AppealView, CaseView, DecisionView


def contact_text(contact: Mapping[str, object]) -> str:
    """Postal address, phone and e-mail on one line; empty when none is recorded."""
    parts = [", ".join(postal_lines(contact))]
    if contact.get("phone"):
        parts.append(tf(R.PHONE, phone=contact["phone"]))
    if contact.get("email"):
        parts.append(str(contact["email"]))
    return " · ".join(part for part in parts if part)


def contact_rows(view: CaseView) -> list[tuple[Msg, str]]:
    """The rows of the contact details and the linked cases (none where nothing is
    recorded): each a heading of the catalogue and a value."""
    rows: list[tuple[Msg, str]] = []
    if own := contact_text(view.get("contact") or {}):
        rows.append((L.CONTACT, own))
    for guardian in view.get("guardian_contacts") or []:
        if text := contact_text(guardian):
            name = guardian["name"]
            heading = Msg(L.CONTACT_OF.nb.format(name=name), L.CONTACT_OF.en.format(name=name))
            rows.append((heading, text))
    if related := view.get("related"):
        rows.append((L.RELATED_CASES, ", ".join(related)))
    return rows


def _answer(decision: DecisionView, code: str) -> str:
    answer = decision["answers"].get(code)
    if answer is None:
        return L.NONE_DASH
    ground = (decision.get("local_grounds") or {}).get(code)
    return f"{yes_no(answer)} ({t(LOCAL_GROUND_TEXT[ground])})" if ground else yes_no(answer)


def current_decision_section(view: CaseView) -> None:
    """The current decision as the caseworker weighs it: each criterion with its answer and
    note, the reason and the legal basis."""
    decision = view.get("decision")
    if not decision:
        return
    out = console()
    out.print()
    drawn = table(
        t(L.CRITERION_HEADING),
        t(L.ANSWER),
        t(L.NOTE),
        title=tf(
            R.CURRENT_DECISION_OF,
            outcome=label(L.OUTCOME, decision["outcome"]),
            decided_on=decision["decided_on"],
        ),
    )
    failed = set(decision["failed_criteria"])
    for criterion in criteria_for(Kind(view["kind"])):
        code = criterion.code
        drawn.add_row(
            label(L.CRITERION, code),
            _answer(decision, code),
            decision["notes"].get(code, ""),
            style="red" if code in failed else None,
        )
    out.print(drawn)
    if decision.get("reason"):
        out.print(styled((f"{t(L.DECISION_REASON)}:", "bold"), f" {decision['reason'] or ''}"))
    basis = source_text(decision["legal_basis"], env.lang())
    out.print(styled((f"{t(L.LEGAL_BASIS)}:", "bold"), f" {basis}"))


def appeal_lines(appeal: AppealView) -> list[str]:
    """What the appeal said and what it came to, under its heading."""
    lines: list[str] = []
    if appeal.get("grounds"):
        lines.append(tf(R.APPEAL_GROUNDS, grounds=appeal["grounds"]))
    if not appeal.get("signed", True):
        lines.append(t(R.APPEAL_UNSIGNED))
    if appeal.get("unit_outcome"):
        outcome = label(L.APPEAL_OUTCOME, appeal["unit_outcome"])
        on = appeal.get("unit_decided_on") or ""
        lines.append(tf(R.APPEAL_BY_UNIT, outcome=outcome, on=on).rstrip())
    if appeal.get("forwarded_on"):
        lines.append(tf(R.APPEAL_FORWARDED_ON, on=appeal["forwarded_on"]))
    if appeal.get("final_outcome"):
        outcome = label(L.APPEAL_OUTCOME, appeal["final_outcome"])
        on = appeal.get("resolved_on") or ""
        lines.append(tf(R.APPEAL_BY_STATSFORVALTEREN, outcome=outcome, on=on).rstrip())
    if appeal.get("force_reason"):
        lines.append(tf(R.APPEAL_FORCED, reason=appeal["force_reason"]))
    return lines
