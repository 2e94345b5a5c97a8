"""``kecli case assess|notify|letter``: decisions, the appeal deadline and the letter."""

from __future__ import annotations

import json
import os
import stat

import pytest

from tests.fnr import CHILD

YES_ALL_K = ["services", "long_term", "complex", "coordination", "consent", "participation"]


def answers(*pairs: str) -> list[str]:
    out: list[str] = []
    for pair in pairs:
        out += ["--answer", pair]
    return out


def koordinator_answers(**overrides: str) -> list[str]:
    values = dict.fromkeys(YES_ALL_K, "yes") | overrides
    return answers(*(f"{code}={value}" for code, value in values.items()))


@pytest.fixture
def case(kecli):
    return kecli.new_case("--received", "2026-11-01")["id"]


def test_a_granted_koordinator_decision_carries_every_contract_key(kecli, case):
    result = kecli.json("case", "assess", case, *koordinator_answers())
    assert result["status"] == "decided"
    decision = result["decision"]
    assert decision["outcome"] == "innvilget"
    assert decision["decided_on"] == "2026-11-28"
    # Not yet sent: nothing is known of when it reaches the person (pbrl § 7-5).
    assert (decision["sent_on"], decision["sent_via"], decision["notified_on"]) == (None,) * 3
    assert decision["appeal_deadline"] is None
    assert decision["appeal_deadline_estimated"] is False
    assert decision["failed_criteria"] == []
    assert decision["legal_basis"] == "pbrl § 2-5 b, hol § 7-2"
    assert decision["answers"] == dict.fromkeys(YES_ALL_K, True)
    assert decision["set_aside"] is False
    assert result["decisions"] == [decision]


def test_only_complex_is_enough_for_a_koordinator(kecli, case):
    result = kecli.json("case", "assess", case, *koordinator_answers(long_term="no"))
    assert result["decision"]["outcome"] == "innvilget"


def test_neither_long_term_nor_complex_refuses_and_lists_both(kecli, case):
    result = kecli.json(
        "case",
        "assess",
        case,
        *koordinator_answers(long_term="no", complex="no"),
        "--decided-on",
        "2026-11-25",
        "--notified-on",
        "27.11.2026",
    )
    decision = result["decision"]
    assert decision["outcome"] == "avslag"
    assert decision["failed_criteria"] == ["long_term", "complex"]
    # DOMAIN § 4: notified Fri 27.11.2026 → Mon 28.12.2026 (Christmas, then a Sunday).
    assert decision["appeal_deadline"] == "2026-12-28"


def test_answers_accept_norwegian_words(kecli, case):
    result = kecli.json("case", "assess", case, *koordinator_answers(consent="nei", services="ja"))
    assert result["decision"]["failed_criteria"] == ["consent"]


def test_notes_and_reason_are_kept(kecli, case):
    result = kecli.json(
        "case",
        "assess",
        case,
        *koordinator_answers(participation="no"),
        "--note",
        "participation=declined to take part",
        "--reason",
        "See note",
    )
    assert result["decision"]["notes"] == {"participation": "declined to take part"}
    assert result["decision"]["reason"] == "See note"


def test_a_child_under_18_has_child_age_derived(kecli):
    case_id = kecli.new_case("--fnr", CHILD, kind="barnekoordinator")["id"]
    result = kecli.json(
        "case",
        "assess",
        case_id,
        *answers("serious_condition=yes", "complex_needs=yes", "consent=yes"),
        "--wants-ip",
    )
    decision = result["decision"]
    assert decision["outcome"] == "innvilget"
    assert decision["answers"] == {
        "child_age": True,
        "serious_condition": True,
        "complex_needs": True,
        "consent": True,
    }
    assert decision["legal_basis"] == "pbrl § 2-5 c, hol § 7-2 a"
    assert result["wants_ip"] is True


def test_child_age_is_yes_the_day_before_the_18th_birthday_is_reached(kecli):
    # DOMAIN § 2: born 30 Nov 2008 → 18 on 30 Nov 2026.
    case_id = kecli.new_case(
        "--birth-date", "2008-11-30", "--received", "2026-11-01", kind="barnekoordinator"
    )["id"]
    three = ("serious_condition=yes", "complex_needs=yes", "consent=yes")
    before = kecli.json("case", "assess", case_id, *answers(*three), "--decided-on", "2026-11-28")
    assert before["decision"]["outcome"] == "innvilget"


def test_child_age_is_no_on_the_18th_birthday(kecli, monkeypatch):
    monkeypatch.setenv("KECLI_TODAY", "2026-11-30")
    case_id = kecli.new_case("--birth-date", "2008-11-30", kind="barnekoordinator")["id"]
    result = kecli.json(
        "case",
        "assess",
        case_id,
        *answers("serious_condition=yes", "complex_needs=yes", "consent=yes"),
    )
    assert result["decision"]["outcome"] == "avslag"
    assert result["decision"]["failed_criteria"] == ["child_age"]


def test_an_expected_child_meets_child_age(kecli):
    case_id = kecli.new_case("--expected-birth-date", "2027-04-01", kind="barnekoordinator")["id"]
    result = kecli.json(
        "case",
        "assess",
        case_id,
        *answers("serious_condition=yes", "complex_needs=yes", "consent=yes"),
    )
    assert result["decision"]["answers"]["child_age"] is True


def test_child_age_must_be_answered_when_no_birth_date_is_known(kecli, refused):
    case_id = kecli.new_case(kind="barnekoordinator")["id"]
    refused(
        2,
        "case",
        "assess",
        case_id,
        *answers("serious_condition=yes", "complex_needs=yes", "consent=yes"),
        message="child_age",
    )
    result = kecli.json(
        "case",
        "assess",
        case_id,
        *answers("child_age=yes", "serious_condition=yes", "complex_needs=yes", "consent=yes"),
    )
    assert result["decision"]["outcome"] == "innvilget"


def test_a_child_age_answer_that_contradicts_the_birth_date_is_refused(kecli, refused):
    case_id = kecli.new_case("--fnr", CHILD, kind="barnekoordinator")["id"]
    refused(
        2,
        "case",
        "assess",
        case_id,
        *answers("child_age=no", "serious_condition=yes", "complex_needs=yes", "consent=yes"),
        message="contradicts the birth date",
    )


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (koordinator_answers(bogus="yes"), "Unknown criterion"),
        (koordinator_answers(services="maybe"), "yes"),
        (answers("services=yes"), "Missing answer"),
        (["--answer", "services"], "CODE=VALUE"),
        (koordinator_answers() + ["--answer", "services=no"], "given twice"),
        (koordinator_answers() + ["--note", "nope=x"], "unknown criterion"),
        (koordinator_answers() + ["--decided-on", "2026-11-29"], "after today"),
        (koordinator_answers() + ["--decided-on", "2026-10-31"], "before the inquiry"),
        (
            koordinator_answers() + ["--decided-on", "2026-11-20", "--notified-on", "2026-11-19"],
            "before the decision",
        ),
        (koordinator_answers() + ["--notified-on", "2026-12-01"], "after today"),
        (koordinator_answers() + ["--decided-on", "31.02.2026"], "31.02.2026"),
    ],
)
def test_bad_assessments_exit_2_and_write_nothing(kecli, refused, case, extra, message):
    refused(2, "case", "assess", case, *extra, message=message)


def test_assessing_a_closed_case_is_refused(kecli, refused, case):
    kecli.json("case", "close", case, "--reason", "moved")
    refused(1, "case", "assess", case, *koordinator_answers(), message="closed")


def test_assessing_a_case_that_does_not_exist_is_exit_1(kecli, refused):
    refused(1, "case", "assess", "2026-0404", *koordinator_answers(), message="does not exist")


def test_a_new_assessment_becomes_current_and_keeps_the_old_one(kecli, case):
    kecli.json(
        "case",
        "assess",
        case,
        *koordinator_answers(long_term="no", complex="no"),
        "--decided-on",
        "2026-11-20",
    )
    second = kecli.json("case", "assess", case, *koordinator_answers())
    assert [d["outcome"] for d in second["decisions"]] == ["avslag", "innvilget"]
    assert second["decision"] == second["decisions"][-1]
    shown = kecli.json("case", "show", case)
    assert [d["outcome"] for d in shown["decisions"]] == ["avslag", "innvilget"]
    table = kecli("case", "show", case).stdout
    assert "avslag" in table and "innvilget" in table and "current" in table


def test_the_ip_warning_for_a_koordinator_granted_on_complexity_alone(kecli, case):
    result = kecli(
        "case", "assess", case, *koordinator_answers(long_term="no"), "--wants-ip", "--json"
    )
    assert result.exit_code == 0
    assert "no statutory right to an individuell plan" in result.stderr
    assert json.loads(result.stdout)["wants_ip"] is True


def test_human_output_shows_the_outcome_and_next_command(kecli, case):
    result = kecli("case", "assess", case, *koordinator_answers(complex="no", long_term="no"))
    assert result.exit_code == 0
    assert "avslag" in result.stdout
    assert "Sent: not sent" in result.stdout and "Reached the person: not recorded" in result.stdout
    assert "Appeal deadline: none yet (not sent)" in result.stdout
    assert f"Next: kecli case letter {case}" in result.stdout


def test_assess_without_notified_on_leaves_the_deadline_unknown(kecli, case):
    # Decided today, not handed over: kecli never takes the decision day as the day the
    # family got it (pbrl § 7-5).
    decision = kecli.json(
        "case", "assess", case, *koordinator_answers(complex="no", long_term="no")
    )["decision"]
    assert (decision["notified_on"], decision["appeal_deadline"]) == (None, None)
    assert decision["appeal_deadline_estimated"] is False


def test_assess_with_notified_on_knows_the_deadline(kecli, case):
    decision = kecli.json(
        "case", "assess", case, *koordinator_answers(complex="no", long_term="no"),
        "--decided-on", "2026-11-26", "--notified-on", "2026-11-26",
    )["decision"]  # fmt: skip
    assert (decision["notified_on"], decision["appeal_deadline"]) == ("2026-11-26", "2026-12-24")
    assert decision["appeal_deadline_estimated"] is False


def test_notify_moves_the_appeal_deadline(kecli, case):
    kecli.json(
        "case",
        "assess",
        case,
        *koordinator_answers(complex="no", long_term="no"),
        "--decided-on",
        "2026-11-20",
    )
    # DOMAIN § 4: notified Thu 26.11.2026 → Thu 24.12.2026 (not a holiday).
    result = kecli.json("case", "notify", case, "--on", "2026-11-26")
    assert result["decision"]["notified_on"] == "2026-11-26"
    assert result["decision"]["appeal_deadline"] == "2026-12-24"
    actions = [e["action"] for e in kecli.json("case", "show", case)["history"]]
    assert actions[-1] == "decision.notified"


@pytest.fixture
def refusal(kecli, case):
    """An avslag decided Fri 20 Nov 2026, not yet sent."""
    kecli.json(
        "case", "assess", case, *koordinator_answers(complex="no", long_term="no"),
        "--decided-on", "2026-11-20",
    )  # fmt: skip
    return case


def decision_of(view):
    d = view["decision"]
    keys = ("sent_on", "sent_via", "notified_on", "appeal_deadline", "appeal_deadline_estimated")
    return tuple(d[k] for k in keys)


def test_a_posted_letter_gives_an_estimated_deadline_until_its_arrival_is_recorded(kecli, refusal):
    # Posted Fri 20 Nov; + 7 postal days = Fri 27 Nov → Mon 28 Dec 2026 (Christmas).
    posted = kecli.json("case", "notify", refusal, "--sent-on", "2026-11-20", "--via", "post")
    assert decision_of(posted) == ("2026-11-20", "post", None, "2026-12-28", True)
    # It arrived Mon 23 Nov: the law's deadline, Mon 21 Dec, known; the sending is kept.
    arrived = kecli.json("case", "notify", refusal, "--on", "2026-11-23")
    assert decision_of(arrived) == ("2026-11-20", "post", "2026-11-23", "2026-12-21", False)
    logged = [e for e in kecli.json("case", "show", refusal)["history"]
              if e["action"] == "decision.notified"]  # fmt: skip
    assert logged[0]["details"]["sent_via"] == "post"
    assert logged[0]["details"]["appeal_deadline_estimated"] is True
    assert logged[1]["details"]["to"] == "2026-11-23"


@pytest.mark.parametrize("via", ["hand", "digital"])
def test_a_letter_handed_over_or_sent_digitally_reaches_the_person_that_day(kecli, refusal, via):
    # DOMAIN § 4: notified Thu 26.11.2026 → Thu 24.12.2026.
    view = kecli.json("case", "notify", refusal, "--sent-on", "26.11.2026", "--via", via)
    assert decision_of(view) == ("2026-11-26", via, "2026-11-26", "2026-12-24", False)


def test_sent_and_arrived_can_be_given_at_once(kecli, refusal):
    view = kecli.json(
        "case", "notify", refusal, "--sent-on", "2026-11-20", "--via", "POST", "--on", "2026-11-26"
    )
    assert decision_of(view) == ("2026-11-20", "post", "2026-11-26", "2026-12-24", False)


def test_postal_days_come_from_config(kecli, refusal):
    kecli.json("config", "set", "postal_days", "3")
    view = kecli.json("case", "notify", refusal, "--sent-on", "2026-11-20", "--via", "post")
    assert decision_of(view) == ("2026-11-20", "post", None, "2026-12-21", True)  # 23 Nov + 4 w


def test_a_granted_decision_records_its_sending_but_has_no_deadline(kecli, case):
    kecli.json("case", "assess", case, *koordinator_answers(), "--decided-on", "2026-11-20")
    view = kecli.json("case", "notify", case, "--sent-on", "2026-11-20", "--via", "post")
    assert decision_of(view) == ("2026-11-20", "post", None, None, False)


def test_notify_for_people_says_estimated_and_what_to_do_next(kecli, refusal, monkeypatch):
    result = kecli("case", "notify", refusal, "--sent-on", "2026-11-20", "--via", "post")
    assert result.exit_code == 0, result.stderr
    assert "Sent: 2026-11-20 (post)" in result.stdout
    assert "Appeal deadline: 2026-12-28 (estimated)" in result.stdout
    assert f"Next: kecli case notify {refusal} --on DATE" in result.stdout
    monkeypatch.setenv("KECLI_LANG", "nb")
    monkeypatch.setenv("COLUMNS", "160")  # the decisions table unwrapped
    shown = kecli("case", "show", refusal).stdout
    assert "2026-12-28 (anslått)" in shown and "2026-11-20 (post)" in shown


def test_case_show_says_not_sent_in_both_languages(kecli, refusal, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")  # the decisions table unwrapped
    assert "not sent" in kecli("case", "show", refusal).stdout
    monkeypatch.setenv("KECLI_LANG", "nb")
    shown = kecli("case", "show", refusal).stdout
    assert "ikke sendt" in shown and "ikke registrert" in shown


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--via", "fax", "--sent-on", "2026-11-20"], "Invalid value for --via: 'fax'"),
        (["--via", "post"], "--via needs --sent-on"),
        (["--sent-on", "2026-11-20"], "--sent-on needs --via"),
        (["--sent-on", "2026-11-29", "--via", "post"], "--sent-on 2026-11-29 is after today"),
        (["--sent-on", "2026-11-19", "--via", "hand"], "--sent-on 2026-11-19 is before the deci"),
        (["--sent-on", "2026-11-24", "--via", "post", "--on", "2026-11-23"],
         "--on 2026-11-23 is before --sent-on 2026-11-24"),
        (["--sent-on", "31.11.2026", "--via", "post"], "--sent-on: Invalid date"),
        ([], "Give --sent-on DATE --via post|digital|hand, or --on DATE."),
        (["--no-input"], "Give --sent-on DATE --via post|digital|hand, or --on DATE."),
    ],
)  # fmt: skip
def test_bad_notification_input_is_exit_2_naming_the_option(kecli, refused, refusal, args, message):
    refused(2, "case", "notify", refusal, *args, message=message)


def test_an_arrival_before_the_recorded_sending_is_refused(kecli, refused, refusal):
    kecli.json("case", "notify", refusal, "--sent-on", "2026-11-24", "--via", "post")
    refused(
        2, "case", "notify", refusal, "--on", "2026-11-23",
        message="--on 2026-11-23 is before the letter was sent (2026-11-24)",
    )  # fmt: skip


def test_notify_refuses_bad_dates_and_cases_without_a_decision(kecli, refused, case):
    refused(1, "case", "notify", case, "--on", "2026-11-26", message="no current decision")
    kecli.json("case", "assess", case, *koordinator_answers(), "--decided-on", "2026-11-20")
    refused(2, "case", "notify", case, "--on", "2026-11-19", message="before the decision")
    refused(2, "case", "notify", case, "--on", "2026-11-30", message="after today")
    refused(2, "case", "notify", case, message="--on")


@pytest.fixture
def english_interface(monkeypatch):
    """An English interface from the locale, as most terminals have: letters stay bokmål."""
    monkeypatch.delenv("KECLI_LANG")
    monkeypatch.setenv("LANG", "C.UTF-8")


def set_unit(kecli):
    kecli.json("config", "set", "municipality", "Bærum kommune")
    kecli.json("config", "set", "unit_name", "Koordinerende enhet")
    kecli.json("config", "set", "unit_address", "Postboks 700, 1304 Sandvika")
    kecli.json("config", "set", "statsforvalter", "Statsforvalteren i Oslo og Viken")


def test_an_avslag_letter_in_bokmal_gives_the_deadline_and_the_address(
    kecli, case, english_interface
):
    set_unit(kecli)
    kecli.json(
        "case",
        "assess",
        case,
        *koordinator_answers(complex="no", long_term="no"),
        "--notified-on",
        "2026-11-27",
        "--decided-on",
        "2026-11-27",
    )
    result = kecli("case", "letter", case)
    assert result.exit_code == 0 and result.stderr == ""
    letter = result.stdout
    assert "Bærum kommune" in letter
    assert "avslått" in letter
    assert "Statsforvalteren i Oslo og Viken" in letter
    assert "**28. desember 2026**" in letter
    assert "skriftlig og underskrevet" in letter
    assert "Postboks 700, 1304 Sandvika" in letter
    assert "| Behovet ditt er komplekst. | nei |" in letter
    assert (
        "Pasient- og brukerrettighetsloven § 2-5 b og helse- og omsorgstjenesteloven § 7-2"
        in letter
    )


def test_the_letter_is_bokmal_even_when_the_interface_is_english(kecli, case, monkeypatch):
    monkeypatch.delenv("KECLI_LANG")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    kecli.json("case", "assess", case, *koordinator_answers())
    assert "# Avgjørelse om koordinator" in kecli("case", "letter", case).stdout


def test_the_letter_in_english(kecli, case):
    kecli.json(
        "case",
        "assess",
        case,
        *koordinator_answers(complex="no", long_term="no"),
        "--notified-on",
        "2026-11-27",
        "--decided-on",
        "2026-11-27",
    )
    letter = kecli("case", "letter", case, "--lang", "en").stdout
    assert "# Decision on a coordinator (koordinator)" in letter
    assert "28 December 2026" in letter
    assert "in writing and signed" in letter


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize(
    "notice",
    [[], ["--sent-on", "2026-11-20", "--via", "post"]],
    ids=["unsent", "posted"],
)
def test_a_letter_gives_the_rule_but_no_date_while_the_arrival_is_unknown(
    kecli, refusal, notice, lang
):
    # Never a date counted from a day before the family got the letter: not sent, or
    # posted with an estimated deadline, the letter states the rule only.
    if notice:
        kecli.json("case", "notify", refusal, *notice)
    letter = kecli("case", "letter", refusal, "--lang", lang).stdout
    rule = {
        "nb": "Klagefristen er fire uker fra den dagen du mottok dette brevet",
        "en": "The deadline for an appeal is four weeks from the day you received this letter",
    }[lang]
    assert rule in letter
    for date_text in ("desember 2026", "December 2026", "2026-12", "senest", "no later than"):
        assert date_text not in letter


@pytest.mark.parametrize(
    ("notice", "day"),
    [
        (["--on", "2026-11-26"], "**24. desember 2026**"),
        (["--sent-on", "2026-11-26", "--via", "hand"], "**24. desember 2026**"),
        (["--sent-on", "2026-11-20", "--via", "post", "--on", "2026-11-23"],
         "**21. desember 2026**"),
    ],
)  # fmt: skip
def test_a_letter_gives_the_date_once_the_arrival_is_known(kecli, refusal, notice, day):
    kecli.json("case", "notify", refusal, *notice)
    letter = kecli("case", "letter", refusal, "--lang", "nb").stdout
    assert "Klagefristen er fire uker fra den dagen du mottok dette brevet" in letter
    assert f"senest {day}" in letter


def test_a_barnekoordinator_letter_states_the_rule_to_the_family(kecli):
    case_id = kecli.new_case(
        "--birth-date", "2015-01-01", "--received", "2026-11-01", kind="barnekoordinator"
    )["id"]
    kecli.json(
        "case", "assess", case_id, *answers("serious_condition=no", "complex_needs=yes",
                                             "consent=yes"),
    )  # fmt: skip
    letter = kecli("case", "letter", case_id, "--lang", "nb").stdout
    assert "Klagefristen er fire uker fra den dagen dere mottok dette brevet" in letter


def test_a_granted_letter_has_no_appeal_section(kecli, case, english_interface):
    set_unit(kecli)
    kecli.json("case", "assess", case, *koordinator_answers(), "--wants-ip")
    letter = kecli("case", "letter", case).stdout
    assert "Klagerett" not in letter
    assert "individuell plan" in letter


def test_missing_config_shows_placeholders_warns_and_exits_0(kecli, case, english_interface):
    kecli.json("case", "assess", case, *koordinator_answers(complex="no", long_term="no"))
    result = kecli("case", "letter", case)
    assert result.exit_code == 0
    assert "[adresse mangler: kecli config set unit_address …]" in result.stdout
    assert "unit_address is not set" in result.stderr


def test_the_letter_can_be_written_to_a_private_file(kecli, case, tmp_path, english_interface):
    kecli.json("case", "assess", case, *koordinator_answers())
    target = tmp_path / "brev.md"
    result = kecli("case", "letter", case, "--output", str(target))
    assert result.exit_code == 0
    assert "# Avgjørelse om koordinator" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("missing/brev.md", "does not exist"),
        ("", "is a directory"),
        ("/dev/null", "is not a regular file"),
    ],
)
def test_a_letter_to_a_path_that_cannot_be_written_is_exit_2_and_not_logged(
    kecli, refused, case, tmp_path, where, message
):
    kecli.json("case", "assess", case, *koordinator_answers())
    target = where if where.startswith("/") else str(tmp_path / where)
    refused(2, "case", "letter", case, "--output", target, message=message)  # log unchanged too


def test_a_letter_for_a_missing_case_leaves_no_file(kecli, refused, tmp_path):
    target = tmp_path / "brev.md"
    refused(1, "case", "letter", "2026-99", "--output", str(target), message="does not exist")
    assert not target.exists()
    target.write_text("an earlier letter", encoding="utf-8")
    refused(1, "case", "letter", "2026-99", "--output", str(target), message="already exists")
    refused(
        1, "case", "letter", "2026-99", "--output", str(target), "--force",
        message="does not exist",
    )  # fmt: skip
    assert target.read_text(encoding="utf-8") == "an earlier letter"
    assert list(tmp_path.glob(".kecli-*")) == []  # no temporary file left either


def test_a_letter_never_replaces_a_file_without_force_nor_writes_through_a_link(
    kecli, refused, case, tmp_path, english_interface
):
    kecli.json("case", "assess", case, *koordinator_answers())
    target = tmp_path / "brev.md"
    target.write_text("an earlier letter", encoding="utf-8")
    os.chmod(target, 0o644)
    refused(1, "case", "letter", case, "--output", str(target), message="already exists")
    assert target.read_text(encoding="utf-8") == "an earlier letter"
    assert kecli("case", "letter", case, "--output", str(target), "--force").exit_code == 0
    assert "# Avgjørelse om koordinator" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # replaced, not kept 0644
    elsewhere = tmp_path / "elsewhere.md"
    elsewhere.write_text("not the letter", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(elsewhere)
    refused(1, "case", "letter", case, "--output", str(link), message="already exists")
    assert kecli("case", "letter", case, "--output", str(link), "--force").exit_code == 0
    assert not link.is_symlink() and "# Avgjørelse" in link.read_text(encoding="utf-8")
    assert elsewhere.read_text(encoding="utf-8") == "not the letter"


def test_nynorsk_in_kecli_lang_gives_the_letter_in_bokmal(kecli, case, monkeypatch):
    kecli.json("case", "assess", case, *koordinator_answers())
    monkeypatch.setenv("KECLI_LANG", "nn")
    result = kecli("case", "letter", case)
    assert result.exit_code == 0, result.stderr
    assert "# Avgjørelse om koordinator" in result.stdout


def test_a_letter_needs_a_decision(kecli, refused, case):
    refused(1, "case", "letter", case, message="no current decision")


def test_missing_answers_without_a_terminal_name_the_flag(kecli, refused, case):
    refused(2, "case", "assess", case, message="--answer CODE=yes|no")


def test_the_bokmal_letter_states_each_condition_in_bokmal(kecli, case, english_interface):
    kecli.json("case", "assess", case, *koordinator_answers(services="no"))
    letter = kecli("case", "letter", case).stdout
    assert "- Du mottar eller trenger to eller flere helse- og omsorgstjenester." in letter
    assert "guidance" not in letter and "services" not in letter


def test_a_new_assessment_dated_before_the_current_decision_is_refused(kecli, refused, case):
    kecli.json("case", "assess", case, *koordinator_answers(), "--decided-on", "2026-11-20")
    refused(
        2, "case", "assess", case, *koordinator_answers(services="no"),
        "--decided-on", "2026-11-05",
        message="--decided-on 2026-11-05 is before the case's latest decision (2026-11-20)",
    )  # fmt: skip
    again = kecli.json(
        "case", "assess", case, *koordinator_answers(services="no"), "--decided-on", "2026-11-20"
    )
    assert [d["decided_on"] for d in again["decisions"]] == ["2026-11-20", "2026-11-20"]


@pytest.mark.parametrize(("lang", "title"), [("nb_NO", "# Avgjørelse"), ("en_US", "# Decision")])
def test_the_letter_takes_a_locale_style_lang(kecli, case, lang, title):
    kecli.json("case", "assess", case, *koordinator_answers())
    result = kecli("case", "letter", case, "--lang", lang)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(title) or f"\n{title}" in result.stdout


@pytest.mark.sqlite_only
def test_migration_0011_keeps_the_notified_on_stored_decisions_were_recorded_with(kecli, case):
    from tests.conftest import sqlite_migrated

    kecli.json("case", "show", case)
    # As kecli before 0011 stored them: notified_on required, by default the decision day.
    with sqlite_migrated(kecli.db, "0010", down=True) as conn:
        conn.exec_driver_sql(
            "INSERT INTO decisions (case_id, outcome, decided_on, notified_on, appeal_deadline, "
            "failed_criteria, answers, notes, legal_basis, wants_ip, set_aside, is_current, "
            "source, created_at, created_by) VALUES (?, 'avslag', '2026-11-20', '2026-11-20', "
            "'2026-12-18', '[\"consent\"]', '{}', '{}', 'pbrl § 2-5 b, hol § 7-2', 0, 0, 1, "
            "'assessment', 'x', 'x')",
            (case,),
        )
        conn.exec_driver_sql("UPDATE cases SET status = 'decided' WHERE id = ?", (case,))
    decision = kecli.json("case", "show", case)["decision"]  # upgraded on first use
    assert (decision["notified_on"], decision["appeal_deadline"]) == ("2026-11-20", "2026-12-18")
    assert (decision["sent_on"], decision["sent_via"]) == (None, None)
    assert decision["appeal_deadline_estimated"] is False
    # Recorded, so no alarm for it; its known deadline shows as before.
    report = kecli.json("report", "deadlines", "--within", "30")
    assert [(i["type"], i["due"], i["estimated"]) for i in report] == [
        ("appeal_window", "2026-12-18", False)
    ]
    # And the letter gives the date it was recorded with.
    assert "**18. desember 2026**" in kecli("case", "letter", case, "--lang", "nb").stdout
