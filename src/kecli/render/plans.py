"""The individuell plan for people: a table view and one-line summaries (the plan for the
person is render.plan_print)."""

from __future__ import annotations

from typing import Any

from kecli.domain.plans import consent_given, plan_counts
from kecli.errors import Msg
from kecli.i18n import label, t, tf
from kecli.i18n import labels as L
from kecli.i18n import prompts as P
from kecli.i18n import results as R
from kecli.render.console import console, fields, paragraph, styled, table
from kecli.views import CaseRefView, PlanDocument, PlanShowView, PlanVersionView


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
        styled((f"{t(L.INDIVIDUELL_PLAN)} {case['id']}: {case['name']}", "bold"), f" ({state})"),
        soft_wrap=True,
    )
    out.print(_counted(doc), soft_wrap=True)
    out.print(
        f"{t(L.NEXT_EVALUATION)}: {doc['next_evaluation'] or L.NONE_DASH}   "
        f"{t(L.CONSENT)}: {_consent_short(doc['consent'])}",
        soft_wrap=True,
    )


def _section(title: str, headers: list[str], rows: list[list[str]]) -> None:
    out = console()
    if not rows:
        out.print(styled((title, "bold"), ": —"))
        return
    from rich.table import Table  # boxed: each part of the plan a block of its own

    boxed = Table(title=title, title_justify="left", title_style="bold", header_style="bold")
    for header in headers:
        boxed.add_column(header, overflow="fold")
    for row in rows:
        boxed.add_row(*(paragraph(cell) for cell in row))
    out.print(boxed)


def _s(value: Any) -> str:
    return "—" if value is None or value == "" else str(value)


def plan_detail(data: PlanShowView) -> None:
    """``plan show``: the whole plan as tables."""
    doc, case = data["document"], data["case"]
    out = console()
    if not consent_given(doc):
        out.print(draft_notice(), style="bold", soft_wrap=True)
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
        grid.add_row(t(heading), paragraph(value))
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
            v["saved_by"],
            str(v["goals"]),
            str(v["measures"]),
            v["next_evaluation"] or "—",
        )
    console().print(drawn)


# --- the printable plan -----------------------------------------------------------------
