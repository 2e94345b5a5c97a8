"""Appeals for people: where the appeal stands after a step, and what that means."""

from __future__ import annotations

from kecli.i18n import tt
from kecli.views import CaseView


def appeal_outcome(view: CaseView) -> None:
    """The case's newest appeal after a step: its status, the decision now in force, and
    what the unit must remember (a medhold after forwarding, a withdrawal, a rejection)."""
    appeal = view["appeals"][-1]
    print(
        tt(
            f"Klage #{appeal['id']} i {view['id']}: {appeal['status']}",
            f"Appeal #{appeal['id']} in {view['id']}: {appeal['status']}",
        )
    )
    if view["decision"]:
        print(
            tt(
                f"Gjeldende avgjørelse: {view['decision']['outcome']}",
                f"Current decision: {view['decision']['outcome']}",
            )
        )
        if appeal["unit_outcome"] == "medhold" and appeal["forwarded_on"]:
            print(
                tt(
                    "Husk: klagen er oversendt; gi statsforvalteren beskjed om at enheten "
                    "har gitt medhold (fvl § 35 første ledd a).",
                    "Remember: the appeal was forwarded; tell statsforvalteren that the "
                    "unit has granted it (fvl § 35 first paragraph a).",
                )
            )
    elif view["status"] == "received":
        print(
            tt(
                "Avgjørelsen er opphevet; saken skal vurderes på nytt.",
                "The decision is set aside; the case is to be assessed again.",
            )
        )
        return
    if appeal["status"] == "closed" and view["decision"]:
        if appeal["withdrawn"]:
            print(
                tt(
                    "Klagen er trukket; klagefristen løper videre, og familien kan klage på nytt "
                    "innen fristen.",
                    "The appeal is withdrawn; the appeal window stays open, and the family may "
                    "appeal again until the deadline.",
                )
            )
        elif appeal["final_outcome"] == "avvist":
            print(
                tt(
                    "Statsforvalteren har avvist klagen; det er ikke endelig, og en ny klage kan "
                    "følge (fvl § 28 tredje ledd).",
                    "Statsforvalteren rejected the appeal; that is not final, and a new appeal "
                    "may follow (fvl § 28 third paragraph).",
                )
            )
