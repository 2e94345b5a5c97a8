"""Appeals for people: where the appeal stands after a step, and what that means."""

from __future__ import annotations

from kecli.i18n import label, t, tf
from kecli.i18n import labels as L
from kecli.i18n import results as R
from kecli.views import CaseView


def appeal_outcome(view: CaseView) -> None:
    """The case's newest appeal after a step: its status, the decision now in force, and
    what the unit must remember (a medhold after forwarding, a withdrawal, a rejection)."""
    appeal = view["appeals"][-1]
    status = label(L.APPEAL_STATUS, appeal["status"])
    print(tf(R.APPEAL_NOW, id=appeal["id"], case=view["id"], status=status))
    if view["decision"]:
        print(tf(R.CURRENT_DECISION, outcome=label(L.OUTCOME, view["decision"]["outcome"])))
        if appeal["unit_outcome"] == "medhold" and appeal["forwarded_on"]:
            print(t(R.TELL_STATSFORVALTEREN))
    elif view["status"] == "received":
        print(t(R.ASSESS_AGAIN))
        return
    if appeal["status"] == "closed" and view["decision"]:
        if appeal["withdrawn"]:
            print(t(R.APPEAL_WITHDRAWN))
        elif appeal["final_outcome"] == "avvist":
            print(t(R.APPEAL_REJECTED))
