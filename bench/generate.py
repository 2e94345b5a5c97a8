"""Realistic synthetic data for benchmarks: 10k, 100k or 1M cases, written in bulk.

Both kinds, every status, decisions with both outcomes, appeals at every stage,
coordinators with caseloads, plans with goals and evaluation dates, and births
spread so that ``turns_18`` and ``plan_evaluation`` items exist. Identity numbers
are synthetic (month + 80) only; the database has ``allow_synthetic_ids`` on.

    .venv/bin/python -m bench.generate --cases 100000 --out bench/data/100k.db
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path
from typing import Any

from kecli.domain.dates import eighteenth_birthday

TODAY = dt.date(2026, 11, 28)
W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
K_CODES = ("services", "long_term", "complex", "coordination", "consent", "participation")
B_CODES = ("child_age", "serious_condition", "complex_needs", "consent")
NOW = "2026-11-28T08:00:00.000000+00:00"
BARNEKOORDINATOR_FROM = dt.date(2022, 8, 1)


def synthetic_fnr(birth: dt.date, serial: int, used: set[str]) -> str:
    """A valid, unused synthetic fødselsnummer (month + 80) for ``birth``."""
    if birth.year >= 2000:
        base = 500
    else:
        base = 0
    for step in range(500):
        individual = base + (serial + step) % 500
        first9 = f"{birth.day:02d}{birth.month + 80:02d}{birth.year % 100:02d}{individual:03d}"
        digits = [int(c) for c in first9]
        k1 = (11 - sum(a * b for a, b in zip(digits, W1, strict=True)) % 11) % 11
        if k1 == 10:
            continue
        digits.append(k1)
        k2 = (11 - sum(a * b for a, b in zip(digits, W2, strict=True)) % 11) % 11
        number = first9 + str(k1) + str(k2)
        if k2 == 10 or number in used:
            continue
        used.add(number)
        return number
    raise AssertionError("no valid number")


def _sending(
    rng: random.Random, decided: dt.date
) -> tuple[dt.date | None, str | None, dt.date | None]:
    """(sent_on, sent_via, notified_on) of a decision letter."""
    recent = (TODAY - decided).days < 14
    if recent and rng.random() < 0.3:
        return None, None, None  # not sent yet
    sent = min(TODAY, decided + dt.timedelta(days=rng.randint(0, 3)))
    way = rng.random()
    if way < 0.2:
        return sent, "hand", sent
    if way < 0.35:
        return sent, "digital", sent
    if recent and rng.random() < 0.5:
        return sent, "post", None  # posted, arrival not recorded: estimated
    return sent, "post", min(TODAY, sent + dt.timedelta(days=rng.randint(1, 6)))


def generate(n_cases: int, out: Path, seed: int = 1) -> dict[str, int]:
    from sqlalchemy import text

    from bench.bulk import insert_rows
    from kecli.store.db import ensure_schema, get_engine, resolve_url

    rng = random.Random(seed)
    if out.exists():
        out.unlink()
    url = resolve_url(str(out))
    engine = get_engine(url)
    ensure_schema(engine)
    n_coordinators = max(5, n_cases // 40)
    counts: dict[str, int] = {}
    coordinators = [
        {
            "id": i,
            "name": f"Koordinator {i}",
            "unit": rng.choice(["Helse", "Barn og unge", "NAV"]),
            "kind": rng.choice(["koordinator", "koordinator", "barnekoordinator", "begge"]),
            "independent": rng.random() < 0.3,
            "trained_on": dt.date(2024, 1, 15),
            "max_cases": rng.choice([None, 60, 80]),
            "active": True,
            "deactivated_on": None,
            "created_at": NOW,
            "created_by": "bench",
        }
        for i in range(1, n_coordinators + 1)
    ]
    by_kind = {
        "koordinator": [c["id"] for c in coordinators if c["kind"] in ("koordinator", "begge")],
        "barnekoordinator": [
            c["id"] for c in coordinators if c["kind"] in ("barnekoordinator", "begge")
        ],
    }
    cases: list[dict[str, Any]] = []
    decisions: list[dict[str, Any]] = []
    appointments: list[dict[str, Any]] = []
    plans: list[dict[str, Any]] = []
    appeals: list[dict[str, Any]] = []
    seq_by_year: dict[int, int] = {}
    used_fnr: set[str] = set()
    decision_id = 0
    appeal_id = 0
    span_days = 7 * 365
    for n in range(n_cases):
        # Cases arrive evenly over seven years up to today.
        received = TODAY - dt.timedelta(days=int(span_days * (1 - (n + 1) / n_cases)))
        year = received.year
        seq = seq_by_year[year] = seq_by_year.get(year, 0) + 1
        case_id = f"{year}-{seq:04d}"
        # No barnekoordinator before the right began (pbrl § 2-5 c, 1 August 2022).
        child = rng.random() < 0.3 and received >= BARNEKOORDINATOR_FROM
        kind = "barnekoordinator" if child else "koordinator"
        if kind == "barnekoordinator":
            birth = received - dt.timedelta(days=rng.randint(200, 17 * 365))
        else:
            birth = received - dt.timedelta(days=rng.randint(19 * 365, 90 * 365))
        age_days = (TODAY - received).days
        eighteen = eighteenth_birthday(birth)
        if age_days < 45 and rng.random() < 0.6:
            status = "received"
        elif kind == "barnekoordinator" and eighteen < TODAY - dt.timedelta(days=30):
            status = "closed"  # the right ended at 18: the unit closed or moved the case
        elif rng.random() < (0.85 if age_days > 3 * 365 else 0.12):
            status = "closed"  # most older cases have ended (need ended, moved, consent)
        else:
            status = "decided"
        wants_ip = rng.random() < 0.5
        decided = min(TODAY, received + dt.timedelta(days=rng.randint(5, 60)))
        closed_on = (
            # Closed on the day of the decision or later, as case close requires.
            max(
                decided, min(TODAY, max(received, min(eighteen, received + dt.timedelta(days=400))))
            )
            if status == "closed"
            else None
        )
        cases.append(
            {
                "id": case_id,
                "year": year,
                "seq": seq,
                "kind": kind,
                "status": status,
                "received_on": received,
                "channel": rng.choice(["skjema", "brev", "telefon", "epost", "oppmote", "annet"]),
                "name": f"Person {n}",
                "fnr": synthetic_fnr(birth, n, used_fnr),
                "birth_date": birth,
                "expected_birth_date": None,
                "guardians": ["Forelder A", "Forelder B"] if kind == "barnekoordinator" else [],
                "note": None,
                "wants_ip": wants_ip,
                "closed_on": closed_on,
                "close_reason": "need ended" if status == "closed" else None,
                "created_at": NOW,
                "created_by": f"saksbehandler{n % 12}",
            }
        )
        if status == "received":
            continue
        granted = rng.random() < 0.75
        codes = K_CODES if kind == "koordinator" else B_CODES
        if granted:
            failed: list[str] = []
        elif kind == "koordinator":  # either long_term or complex is enough, so both fail
            failed = rng.choice(
                [
                    ["services"],
                    ["long_term", "complex"],
                    ["coordination"],
                    ["consent"],
                    ["participation"],
                ]
            )
        else:
            failed = [rng.choice(["serious_condition", "complex_needs", "consent"])]
        decision_id += 1
        # How the letter went: most by post, their arrival mostly recorded a few days
        # later; some handed over or sent digitally; of the last two weeks' decisions some
        # are not sent yet (decision_unsent) and some posted, arrival unknown (estimated).
        from kecli.domain.deadlines import notice

        sent_on, sent_via, notified_on = _sending(rng, decided)
        found = notice(notified_on=notified_on, sent_on=sent_on, sent_via=sent_via)
        deadline = None if granted else found.deadline
        decisions.append(
            {
                "id": decision_id,
                "case_id": case_id,
                "outcome": "innvilget" if granted else "avslag",
                "decided_on": decided,
                "sent_on": sent_on,
                "sent_via": sent_via,
                "notified_on": found.notified_on,
                "appeal_deadline": deadline,
                "appeal_deadline_estimated": found.estimated and not granted,
                "failed_criteria": failed,
                "answers": {c: c not in failed for c in codes},
                "notes": {},
                "reason": None,
                "legal_basis": "pbrl § 2-5 b, hol § 7-2"
                if kind == "koordinator"
                else "pbrl § 2-5 c, hol § 7-2 a",
                "wants_ip": wants_ip,
                "set_aside": False,
                "is_current": True,
                "source": "assessment",
                "created_at": NOW,
                "created_by": "bench",
            }
        )
        if granted and status == "decided":
            appointments.append(
                {
                    "case_id": case_id,
                    "coordinator_id": rng.choice(by_kind[kind]),
                    "since": decided,
                    "until": None,
                    "end_reason": None,
                    "created_at": NOW,
                    "created_by": "bench",
                }
            )
            if wants_ip:
                # Plans are evaluated about once a year; a few evaluations are late.
                next_eval = TODAY + dt.timedelta(days=rng.randint(-10, 365))
                plans.append(
                    {
                        "case_id": case_id,
                        "version": 1,
                        "next_evaluation": next_eval,
                        "active": True,
                        "updated_at": NOW,
                        "updated_by": "bench",
                        "document": {
                            "goals": [
                                {
                                    "id": 1,
                                    "text": "Mestre hverdagen",
                                    "target_date": (next_eval + dt.timedelta(days=90)).isoformat(),
                                    "status": "active",
                                }
                            ],
                            "measures": [],
                            "participants": [],
                            "meetings": [],
                            "next_evaluation": next_eval.isoformat(),
                            # Active: the person has consented (without, a draft).
                            "consent": {
                                "given": True,
                                "on": decided.isoformat(),
                                "by": None,
                                "share_information": False,
                            },
                        },
                    }
                )
        if not granted and rng.random() < 0.4:
            appeal_id += 1
            filed = min(TODAY, (sent_on or decided) + dt.timedelta(days=rng.randint(3, 35)))
            stage = rng.choice(["filed", "awaiting_forwarding", "forwarded", "closed"])
            appeals.append(
                {
                    "id": appeal_id,
                    "case_id": case_id,
                    "decision_id": decision_id,
                    "filed_on": filed,
                    "deadline": deadline,
                    "timely": deadline is None or filed <= deadline,
                    "grounds": None,
                    "signed": True,
                    "status": stage if (TODAY - filed).days < 120 else "closed",
                    "unit_outcome": None if stage == "filed" else "ikke-medhold",
                    "unit_decided_on": None,
                    "forwarded_on": None,
                    "final_outcome": "stadfestet" if stage == "closed" else None,
                    "resolved_on": None,
                    "force_reason": None,
                    "created_at": NOW,
                    "created_by": "bench",
                }
            )
    with engine.begin() as conn:
        counts["coordinators"] = insert_rows(conn, "coordinators", coordinators)
        counts["cases"] = insert_rows(conn, "cases", cases)
        counts["decisions"] = insert_rows(conn, "decisions", decisions)
        counts["appointments"] = insert_rows(conn, "appointments", appointments)
        counts["plans"] = insert_rows(conn, "plans", plans)
        counts["appeals"] = insert_rows(conn, "appeals", appeals)
        conn.execute(text("INSERT INTO config (key, value) VALUES ('allow_synthetic_ids', 'true')"))
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    counts = generate(args.cases, args.out, args.seed)
    seconds = time.perf_counter() - started
    print(f"{args.out}: {counts} in {seconds:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
