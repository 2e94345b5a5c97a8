"""The guided ``case assess`` walk: one question per criterion, quoting the law; it returns
the same input a flag run would have built, so the service checks both the same way."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kecli import env
from kecli.cli.fields import said
from kecli.cli.prompts import ask_confirm, ask_text, ask_yes_no
from kecli.i18n import label, t, tf, yes_no
from kecli.i18n import labels as L
from kecli.i18n import prompts as P

if TYPE_CHECKING:
    from kecli.services.decisions import AssessInput


def assess_walk(ref: str, data: AssessInput, *, ask_ip: bool = True) -> AssessInput:
    """One prompt per criterion (quoting the law), a summary, then confirm before saving.

    Each criterion and the wish for an IP must be answered (j/n, y/n: no default); the
    IP question is left out when ``--wants-ip``/``--no-ip`` gave the answer."""
    from rich.panel import Panel

    from kecli.cli.state import service_ctx
    from kecli.domain.eligibility import source_text
    from kecli.render.console import console, styled
    from kecli.render.decisions import assessment_summary
    from kecli.services.decisions import assessment_form, preview_assessment

    ctx = service_ctx()
    form = assessment_form(ctx, ref, data)  # child_age on the decision date, not today
    lang = env.lang()
    out = console()
    case = form["case"]
    out.print(
        tf(P.ASSESSING, id=case["id"], name=case["person"]["name"], kind=case["kind"]),
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
        # English shows the code, for --answer CODE=…; bokmål the criterion's name
        name = label(L.CRITERION, code)
        title = tf(
            P.CRITERION_TITLE, number=number, total=total, code=code, name=name, source=source
        )
        body = styled(
            (criterion["question"][lang], "bold"), "\n\n", criterion["detail"][lang], lines=True
        )
        out.print(Panel(body, title=title, title_align="left", expand=False))
        if derived is not None:
            if form["continued_past_18"]:
                out.print(t(P.CONTINUED_PAST_18))
            else:
                out.print(tf(P.DERIVED, answer=yes_no(derived)))
            continue
        if code == "participation":
            required = form["rules"]["participation_required"]
            out.print(t(P.PARTICIPATION_REQUIRED if required else P.PARTICIPATION_RECORDED))
        question = criterion["question"][lang]
        answers[code] = ask_yes_no(
            tf(P.CRITERION_QUESTION, number=number, total=total, question=question)
        )
        note = ask_text(t(P.CRITERION_NOTE))
        if note:
            notes[code] = note
    data = replace(data, answers=answers, notes=notes)
    preview = preview_assessment(ctx, ref, data)
    if preview.decision["outcome"] == "innvilget":
        if ask_ip:
            wants = ask_yes_no(t(P.WANTS_IP))
            data = replace(data, wants_ip=wants)
    elif not data.reason:
        reason = ask_text(t(P.REASON))
        data = replace(data, reason=reason or None)
    preview = preview_assessment(ctx, ref, data)
    assessment_summary(preview.case, preview.decision, criteria)
    for warning in preview.warnings:
        from kecli.cli.output import warn

        warn(said(warning))
    if not ask_confirm(t(P.SAVE_DECISION), default=True):
        raise KeyboardInterrupt
    return data
