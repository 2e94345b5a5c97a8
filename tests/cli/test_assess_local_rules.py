"""``kecli case assess``: where the statute decides and where the municipality chooses —
``participation`` (its practice, only with ``participation_required``), a barnekoordinator
continued past 18 (``barnekoordinator_past_18``) and the right's start on 1 August 2022."""

from __future__ import annotations

import json

import pytest

K_CODES = ("services", "long_term", "complex", "coordination", "consent", "participation")
B_THREE = ["--answer=serious_condition=yes", "--answer=complex_needs=yes", "--answer=consent=yes"]


def k_answers(**overrides: str) -> list[str]:
    values = dict.fromkeys(K_CODES, "yes") | overrides
    return [f"--answer={code}={value}" for code, value in values.items()]


@pytest.fixture
def case(kecli):
    return kecli.new_case("--received", "2026-11-01")["id"]


# --- participation: the municipality's practice, not the statute -------------------


def test_participation_no_does_not_refuse_a_koordinator_by_default(kecli, case, tmp_path):
    result = kecli("case", "assess", case, *k_answers(participation="no"), "--wants-ip", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""  # no warning: nothing was refused
    view = json.loads(result.stdout)
    decision = view["decision"]
    assert decision["outcome"] == "innvilget"
    assert decision["failed_criteria"] == []
    assert decision["answers"]["participation"] is False  # always recorded
    assert decision["legal_basis"] == "pbrl § 2-5 b, hol § 7-2"
    assert decision["local_grounds"] == {"participation": "not_deciding"}
    # The statutory right to an individuell plan is not blocked: the plan can be made.
    assert view["wants_ip"] is True
    document = tmp_path / "plan.json"
    document.write_text(json.dumps({"own_contribution": "Møter opp"}), encoding="utf-8")
    plan = kecli.json("plan", "edit", case, "--from-file", str(document))
    assert (plan["case_id"], plan["version"]) == (case, 1)


def test_with_participation_required_a_no_refuses_citing_the_municipalitys_practice(kecli, case):
    kecli.json("config", "set", "participation_required", "true")
    view, stderr = kecli.json_warned("case", "assess", case, *k_answers(participation="no"))
    decision = view["decision"]
    assert decision["outcome"] == "avslag"
    assert decision["failed_criteria"] == ["participation"]
    assert (
        decision["legal_basis"] == "pbrl § 2-5 b, hol § 7-2; kommunens praksis (aktiv deltakelse)"
    )
    assert decision["local_grounds"] == {"participation": "local_practice"}
    # The unit is told that the statute's criteria hold and the IP right remains.
    assert "rests only on the municipality's practice" in stderr
    assert "individuell plan (pbrl § 2-5) remains" in stderr


def _plan_file(tmp_path):
    document = tmp_path / "plan.json"
    document.write_text(json.dumps({"own_contribution": "Møter opp"}), encoding="utf-8")
    return str(document)


def test_an_avslag_on_local_practice_alone_leaves_the_right_to_a_plan(kecli, case, tmp_path):
    # pbrl § 2-5: the statute's criteria hold (long-term need), so the municipality's
    # practice cannot take the individuell plan away, though the koordinator is refused.
    kecli.json("config", "set", "participation_required", "true")
    kecli.json_warned("case", "assess", case, *k_answers(participation="no"), "--wants-ip")
    plan = kecli.json("plan", "edit", case, "--from-file", _plan_file(tmp_path))
    assert (plan["case_id"], plan["version"]) == (case, 1)


@pytest.mark.parametrize(
    "overrides",
    [
        {"participation": "no", "long_term": "no"},  # complex need only: no statutory IP right
        {"participation": "no", "services": "no"},  # the statute refused too
    ],
)
def test_an_avslag_without_the_statutory_ip_right_refuses_the_plan(
    kecli, refused, case, tmp_path, overrides
):
    kecli.json("config", "set", "participation_required", "true")
    kecli.json_warned("case", "assess", case, *k_answers(**overrides), "--wants-ip")
    refused(1, "plan", "edit", case, "--from-file", _plan_file(tmp_path), message="granted")


def test_with_participation_required_and_a_statutory_failure_both_are_listed(kecli, case):
    kecli.json("config", "set", "participation_required", "true")
    view, stderr = kecli.json_warned(
        "case", "assess", case, *k_answers(participation="no", services="no")
    )
    assert view["decision"]["failed_criteria"] == ["services", "participation"]
    assert "rests only" not in stderr


def test_with_participation_required_a_yes_grants(kecli, case):
    kecli.json("config", "set", "participation_required", "true")
    decision = kecli.json("case", "assess", case, *k_answers())["decision"]
    assert decision["outcome"] == "innvilget"
    assert decision["local_grounds"] == {}


def test_participation_must_still_be_answered(kecli, refused, case):
    answers = [a for a in k_answers() if "participation" not in a]
    refused(2, "case", "assess", case, *answers, message="participation")


def test_a_stored_refusal_on_participation_keeps_its_outcome_when_the_setting_goes_off(kecli, case):
    kecli.json("config", "set", "participation_required", "true")
    kecli.json_warned("case", "assess", case, *k_answers(participation="no"))
    kecli.json("config", "set", "participation_required", "false")
    decision = kecli.json("case", "show", case)["decision"]
    assert decision["outcome"] == "avslag"
    assert decision["failed_criteria"] == ["participation"]
    assert decision["local_grounds"] == {"participation": "local_practice"}


@pytest.mark.parametrize("value", ["yes", "1", "maybe", ""])
def test_participation_required_takes_only_true_or_false(kecli, refused, value):
    refused(
        2,
        "config",
        "set",
        "participation_required",
        value,
        message="participation_required must be true or false",
    )


def test_config_show_lists_participation_required_off_by_default(kecli):
    shown = kecli.json("config", "show")
    assert shown["participation_required"] is False


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nb", "aktiv deltakelse (etter kommunens praksis)"),
        ("en", "participation (by the municipality's practice"),
    ],
)
def test_case_show_cites_the_municipalitys_practice(kecli, case, monkeypatch, lang, said):
    kecli.json("config", "set", "participation_required", "true")
    kecli.json_warned("case", "assess", case, *k_answers(participation="no"))
    monkeypatch.setenv("KECLI_LANG", lang)
    monkeypatch.setenv("COLUMNS", "200")
    result = kecli("case", "show", case)
    assert result.exit_code == 0, result.stderr
    assert said in result.stdout


def test_the_bokmal_letter_cites_kommunens_praksis_for_a_refusal_on_participation(kecli, case):
    kecli.json("config", "set", "participation_required", "true")
    kecli.json_warned("case", "assess", case, *k_answers(participation="no"))
    letter = kecli("case", "letter", case, "--lang", "nb").stdout
    assert (
        "- Du, eller verge eller pårørende, vil delta aktivt i arbeidet. (Dette er kommunens "
        "egen praksis, ikke et vilkår i loven.)"
    ) in letter
    assert "Avslaget bygger også på kommunens egen praksis om aktiv medvirkning" in letter
    assert "local practice" not in letter and "municipality's" not in letter
    english = kecli("case", "letter", case, "--lang", "en").stdout
    assert "(This is the municipality's own practice, not a condition of the law.)" in english


def test_a_granted_letter_does_not_list_a_participation_no_among_the_failed(kecli, case):
    kecli.json("case", "assess", case, *k_answers(participation="no"))
    letter = kecli("case", "letter", case, "--lang", "nb").stdout
    assert "ikke oppfylt" not in letter
    # not a condition where the municipality does not require it: not in the letter at all
    assert "delta aktivt" not in letter
    assert "Alle vilkårene er oppfylt." in letter


# --- barnekoordinator past 18: the municipality's choice ----------------------------


@pytest.fixture
def turned_18(kecli):
    """A child who turned 18 on 2026-11-20, granted on 2026-11-10 with a coordinator."""
    case_id = kecli.new_case(
        "--received", "2026-11-01", "--birth-date", "2008-11-20", kind="barnekoordinator"
    )["id"]
    kecli.json("case", "assess", case_id, *B_THREE, "--decided-on", "2026-11-10")
    coordinator = kecli.json("coordinator", "add", "--name", "Berit", "--kind", "begge")["id"]
    kecli.json("coordinator", "assign", case_id, str(coordinator), "--on", "2026-11-12")
    return case_id


def test_past_18_with_the_setting_on_a_new_assessment_continues_and_keeps_the_coordinator(
    kecli, turned_18
):
    kecli.json("config", "set", "barnekoordinator_past_18", "true")
    view = kecli.json("case", "assess", turned_18, *B_THREE)
    decision = view["decision"]
    assert decision["outcome"] == "innvilget"
    assert decision["answers"]["child_age"] is True
    assert decision["legal_basis"] == (
        "pbrl § 2-5 c, hol § 7-2 a; videreført etter 18 år etter kommunens valg"
    )
    assert decision["local_grounds"] == {"child_age": "continued_past_18"}
    assert view["coordinator"]["name"] == "Berit"
    assert [c["until"] for c in view["coordinators"]] == [None]


def test_past_18_with_the_setting_off_a_new_assessment_refuses_and_ends_the_coordinator(
    kecli, turned_18
):
    view = kecli.json("case", "assess", turned_18, *B_THREE)
    decision = view["decision"]
    assert decision["outcome"] == "avslag"
    assert decision["failed_criteria"] == ["child_age"]
    assert decision["local_grounds"] == {}
    assert view["coordinator"] is None
    assert [(c["until"], c["end_reason"]) for c in view["coordinators"]] == [
        ("2026-11-28", "avslag")
    ]


def test_before_the_18th_birthday_the_setting_changes_nothing(kecli):
    kecli.json("config", "set", "barnekoordinator_past_18", "true")
    case_id = kecli.new_case(
        "--received", "2026-11-01", "--birth-date", "2008-11-30", kind="barnekoordinator"
    )["id"]
    decision = kecli.json("case", "assess", case_id, *B_THREE)["decision"]
    assert decision["legal_basis"] == "pbrl § 2-5 c, hol § 7-2 a"
    assert decision["local_grounds"] == {}


def test_past_18_with_the_setting_on_child_age_no_contradicts_the_choice(kecli, refused, turned_18):
    kecli.json("config", "set", "barnekoordinator_past_18", "true")
    refused(
        2, "case", "assess", turned_18, *B_THREE, "--answer=child_age=no",
        message="child_age=no contradicts the birth date (which gives yes on 2026-11-28)",
    )  # fmt: skip


def test_a_continued_barnekoordinator_is_cited_so_in_case_show_and_the_letter(
    kecli, turned_18, monkeypatch
):
    kecli.json("config", "set", "barnekoordinator_past_18", "true")
    kecli.json("case", "assess", turned_18, *B_THREE)
    monkeypatch.setenv("KECLI_LANG", "nb")
    monkeypatch.setenv("COLUMNS", "200")
    shown = kecli("case", "show", turned_18).stdout
    assert "videreført etter 18 år etter kommunens valg" in shown
    letter = kecli("case", "letter", turned_18).stdout
    assert "har fylt 18 år, og kommunen har valgt å videreføre barnekoordinatoren. | ja |" in letter
    assert "Kommunen har valgt å videreføre barnekoordinatoren etter 18 år." in letter


# --- the barnekoordinator right began on 1 August 2022 ------------------------------


@pytest.fixture
def early(kecli):
    return kecli.new_case(
        "--received", "2022-06-01", "--birth-date", "2015-01-01", kind="barnekoordinator"
    )["id"]


@pytest.mark.parametrize("day", ["2022-07-31", "2022-06-01"])
def test_a_barnekoordinator_decided_before_1_august_2022_is_refused(kecli, refused, early, day):
    refused(
        2, "case", "assess", early, *B_THREE, "--decided-on", day,
        message=f"--decided-on {day} is before 2022-08-01, when the right to a barnekoordinator "
        "began (pbrl § 2-5 c)",
    )  # fmt: skip


def test_the_refusal_before_2022_is_in_bokmal_too(kecli, refused, early, monkeypatch):
    monkeypatch.setenv("KECLI_LANG", "nb")
    refused(
        2, "case", "assess", early, *B_THREE, "--decided-on", "2022-07-31",
        message="--decided-on 2022-07-31 er før 2022-08-01, da retten til barnekoordinator "
        "begynte",
    )  # fmt: skip


def test_a_barnekoordinator_decided_on_1_august_2022_is_granted(kecli, early):
    decision = kecli.json("case", "assess", early, *B_THREE, "--decided-on", "2022-08-01")
    assert decision["decision"]["outcome"] == "innvilget"


def test_a_koordinator_may_be_decided_before_august_2022(kecli):
    case_id = kecli.new_case("--received", "2022-06-01")["id"]
    view = kecli.json("case", "assess", case_id, *k_answers(), "--decided-on", "2022-07-31")
    assert view["decision"]["outcome"] == "innvilget"
