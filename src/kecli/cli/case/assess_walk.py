"""The guided ``case assess`` walk: one question per criterion, quoting the law; it returns
the same input a flag run would have built, so the service checks both the same way."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kecli import env
from kecli.cli.prompts import ask_confirm, ask_text, ask_yes_no
from kecli.i18n import t, tt

if TYPE_CHECKING:
    from kecli.services.decisions import AssessInput


def assess_walk(ref: str, data: AssessInput, *, ask_ip: bool = True) -> AssessInput:
    """One prompt per criterion (quoting the law), a summary, then confirm before saving.

    Each criterion and the wish for an IP must be answered (j/n, y/n: no default); the
    IP question is left out when ``--wants-ip``/``--no-ip`` gave the answer."""
    from rich.panel import Panel

    from kecli.cli.state import service_ctx
    from kecli.domain.eligibility import source_text
    from kecli.render.console import console
    from kecli.render.decisions import assessment_summary
    from kecli.services.decisions import assessment_form, preview_assessment

    ctx = service_ctx()
    form = assessment_form(ctx, ref, data)  # child_age on the decision date, not today
    lang = env.lang()
    out = console()
    case = form["case"]
    out.print(
        tt(
            f"Vurdering av sak {case['id']}: {case['person']['name']} ({case['kind']})",
            f"Assessing case {case['id']}: {case['person']['name']} ({case['kind']})",
        ),
        style="bold",
    )
    answers, notes = dict(data.answers), dict(data.notes)
    criteria = form["criteria"]
    total = len(criteria)
    for number, criterion in enumerate(criteria, start=1):
        code = criterion["code"]
        if code in answers:
            continue
        derived = form["derived"].get(code)
        source = source_text(criterion["source"], lang)
        # the code is for --answer CODE=…; in bokmål it would be an English word on screen
        title = tt(f"{number}/{total}  {source}", f"{number}/{total}  {code} — {source}")
        body = f"[bold]{criterion['question'][lang]}[/bold]\n\n{criterion['detail'][lang]}"
        out.print(Panel(body, title=title, title_align="left", expand=False))
        if derived is not None:
            if form["continued_past_18"]:
                out.print(
                    tt(
                        "Ja: videreført etter 18 år etter kommunens valg (ikke spurt).",
                        "Yes: continued after 18 by the municipality's choice (not asked).",
                    )
                )
            else:
                out.print(
                    tt(
                        f"Avledet av fødselsdatoen: {'ja' if derived else 'nei'} (ikke spurt).",
                        f"Derived from the birth date: {'yes' if derived else 'no'} (not asked).",
                    )
                )
            continue
        if code == "participation":
            out.print(
                tt(
                    "Kommunen krever aktiv deltakelse: et nei gir avslag etter kommunens praksis.",
                    "The municipality requires active participation: a no refuses by its practice.",
                )
                if form["rules"]["participation_required"]
                else tt(
                    "Kommunen krever ikke aktiv deltakelse: svaret registreres, men avgjør "
                    "ikke saken.",
                    "The municipality does not require active participation: the answer is "
                    "recorded but does not decide the case.",
                )
            )
        answers[code] = ask_yes_no(f"{number}/{total} {criterion['question'][lang]}")
        note = ask_text(
            tt("Merknad", "Note") + tt(" (Enter for å hoppe over):", " (Enter to skip):")
        )
        if note:
            notes[code] = note
    data = replace(data, answers=answers, notes=notes)
    preview = preview_assessment(ctx, ref, data)
    if preview.decision["outcome"] == "innvilget":
        if ask_ip:
            wants = ask_yes_no(
                tt(
                    "Ønsker personen individuell plan (pbrl § 2-5)?",
                    "Does the person want an individuell plan (pbrl § 2-5)?",
                )
            )
            data = replace(data, wants_ip=wants)
    elif not data.reason:
        reason = ask_text(
            tt(
                "Begrunnelse (Enter: vilkårene som ikke er oppfylt):",
                "Reason (Enter: the criteria not met):",
            )
        )
        data = replace(data, reason=reason or None)
    preview = preview_assessment(ctx, ref, data)
    assessment_summary(preview.case, preview.decision, criteria)
    for warning in preview.warnings:
        from kecli.cli.output import warn

        warn(t(warning))
    if not ask_confirm(tt("Lagre avgjørelsen?", "Save the decision?"), default=True):
        raise KeyboardInterrupt
    return data
