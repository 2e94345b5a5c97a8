"""The parts of ``case show`` that a caseworker reads beyond the facts of the inquiry: how
to reach the person and the guardians, the cases linked to this one, the current
decision's answers, notes and reasons, and what each appeal said and came to."""

from __future__ import annotations

from kecli import env
from kecli.domain.contacts import postal_lines
from kecli.domain.eligibility import LOCAL_GROUND_TEXT, Kind, criteria_for, source_text
from kecli.i18n import t, tt
from kecli.render.console import console, escape, table
from kecli.views import AppealView, CaseView, ContactView, DecisionView, GuardianContactView


def contact_text(contact: ContactView | GuardianContactView) -> str:
    """Postal address, phone and e-mail on one line; empty when none is recorded."""
    parts = [", ".join(postal_lines(contact))]
    if contact.get("phone"):
        parts.append(f"{tt('tlf.', 'phone')} {contact['phone']}")
    if contact.get("email"):
        parts.append(str(contact["email"]))
    return " · ".join(part for part in parts if part)


def contact_rows(view: CaseView) -> list[tuple[str, str]]:
    """The rows of the contact details and the linked cases (none where nothing is
    recorded)."""
    rows: list[tuple[str, str]] = []
    if own := contact_text(view.get("contact") or {}):
        rows.append((tt("Kontakt", "Contact"), own))
    for guardian in view.get("guardian_contacts") or []:
        if text := contact_text(guardian):
            rows.append((tt("Kontakt", "Contact") + f" ({guardian['name']})", text))
    if related := view.get("related"):
        rows.append((tt("Relaterte saker", "Related cases"), ", ".join(related)))
    return rows


def _answer(decision: DecisionView, code: str) -> str:
    answer = decision["answers"].get(code)
    if answer is None:
        return "—"
    text = tt("ja", "yes") if answer else tt("nei", "no")
    ground = (decision.get("local_grounds") or {}).get(code)
    return f"{text} ({t(LOCAL_GROUND_TEXT[ground])})" if ground else text


def current_decision_section(view: CaseView) -> None:
    """The current decision as the caseworker weighs it: each criterion with its answer and
    note, the reason and the legal basis."""
    decision = view.get("decision")
    if not decision:
        return
    out = console()
    out.print()
    lang = env.lang()
    drawn = table(
        tt("Kriterium", "Criterion"),
        tt("Svar", "Answer"),
        tt("Merknad", "Note"),
        title=tt(
            f"Gjeldende avgjørelse: {decision['outcome']} {decision['decided_on']}",
            f"Current decision: {decision['outcome']} {decision['decided_on']}",
        ),
    )
    failed = set(decision["failed_criteria"])
    for criterion in criteria_for(Kind(view["kind"])):
        code = criterion.code
        drawn.add_row(
            escape(criterion.question.pick(lang)),
            _answer(decision, code),
            escape(decision["notes"].get(code, "")),
            style="red" if code in failed else None,
        )
    out.print(drawn)
    if decision.get("reason"):
        out.print(f"[bold]{tt('Begrunnelse', 'Reason')}:[/bold] {escape(decision['reason'] or '')}")
    out.print(
        f"[bold]{tt('Hjemmel', 'Legal basis')}:[/bold] "
        f"{escape(source_text(decision['legal_basis'], lang))}"
    )


def appeal_lines(appeal: AppealView) -> list[str]:
    """What the appeal said and what it came to, under its heading."""
    lines: list[str] = []
    if appeal.get("grounds"):
        lines.append(f"{tt('Klagen sier', 'Grounds')}: {appeal['grounds']}")
    if not appeal.get("signed", True):
        lines.append(tt("Ikke underskrevet (pbrl § 7-3)", "Not signed (pbrl § 7-3)"))
    if appeal.get("unit_outcome"):
        on = f" {appeal['unit_decided_on']}" if appeal.get("unit_decided_on") else ""
        lines.append(f"{tt('Enhetens vurdering', 'The unit')}: {appeal['unit_outcome']}{on}")
    if appeal.get("forwarded_on"):
        lines.append(
            f"{tt('Sendt statsforvalteren', 'Forwarded to statsforvalteren')}: "
            f"{appeal['forwarded_on']}"
        )
    if appeal.get("final_outcome"):
        on = f" {appeal['resolved_on']}" if appeal.get("resolved_on") else ""
        lines.append(f"{tt('Statsforvalteren', 'Statsforvalteren')}: {appeal['final_outcome']}{on}")
    if appeal.get("force_reason"):
        lines.append(f"{tt('Registrert etter ett år fordi', 'Registered after a year because')}: "
                     f"{appeal['force_reason']}")  # fmt: skip
    return lines
