"""``kecli complete-ids``: what Tab offers, read from the database (SQLite and PostgreSQL)."""

from __future__ import annotations

from kecli.domain.eligibility import Kind, criterion_codes


def completions(kecli, *args: str) -> list[str]:
    result = kecli("complete-ids", *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout.split()


def test_a_short_id_completes_to_the_ids_it_may_be_the_start_of(kecli):
    for n in range(11):
        kecli.new_case(name=f"P{n}")
    assert sorted(completions(kecli, "case", "2026-1")) == ["2026-0001", "2026-0010", "2026-0011"]
    assert completions(kecli, "case", "2026-0") == [f"2026-{n:04d}" for n in range(11, 0, -1)]
    assert completions(kecli, "case", "2025-1") == []


def test_criterion_codes_come_from_the_cases_kind(kecli):
    kecli.new_case("--birth-date", "2015-06-15", kind="barnekoordinator")
    assert completions(kecli, "criterion", "", "2026-1") == [
        f"{code}=" for code in criterion_codes(Kind.BARNEKOORDINATOR)
    ]
    assert completions(kecli, "criterion", "x", "2026-0001") == []
    unknown = completions(kecli, "criterion", "", "2026-0099")  # both kinds
    assert "services=" in unknown and "child_age=" in unknown


def test_case_assess_help_lists_every_criterion_code(kecli):
    text = " ".join(kecli("case", "assess", "--help").stdout.split())
    for kind in Kind:
        for code in criterion_codes(kind):
            assert code in text, code
