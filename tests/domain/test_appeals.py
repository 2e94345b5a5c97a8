"""The appeal state machine: every step from every status, against a table written by hand."""

from __future__ import annotations

import datetime as dt
import inspect
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kecli.domain import appeals
from kecli.domain.appeals import (
    AppealStatus,
    FinalOutcome,
    Step,
    Transition,
    UnitOutcome,
    allowed_steps,
    apply_step,
    final_answer_bars_appeal,
    is_withdrawn,
    open_appeal_blocks_assessment,
    parse_final_outcome,
    parse_unit_outcome,
    reachable_states,
)
from kecli.errors import InvalidInput, MissingInput, RuleViolation

# The unit outcome an appeal in each status has before the step: what it
# would have after the steps that lead there (awaiting and forwarded carry
# `delvis-medhold`, so that keeping it differs from defaulting it).
CURRENT_UNIT_OUTCOME = {
    "filed": None,
    "awaiting_forwarding": "delvis-medhold",
    "forwarded": "delvis-medhold",
    "closed": None,
}

OUTCOMES = [
    "-",
    "medhold",
    "delvis-medhold",
    "ikke-medhold",
    "avvist",  # the unit's (decide) and statsforvalteren's (resolve) word alike
    "stadfestet",
    "omgjort",
    "opphevet",
    "bogus",
]

# status, step, outcome given -> what happens.
# rule = RuleViolation (exit 1); missing = MissingInput, invalid = InvalidInput
# (exit 2); otherwise: new status, unit outcome, final outcome, effect.
EXPECTED = """
filed               decide   -              missing
filed               decide   medhold        closed              medhold        -          grant
filed               decide   delvis-medhold awaiting_forwarding delvis-medhold -          -
filed               decide   ikke-medhold   awaiting_forwarding ikke-medhold   -          -
filed               decide   avvist         awaiting_forwarding avvist         -          -
filed               decide   stadfestet     invalid
filed               decide   omgjort        invalid
filed               decide   opphevet       invalid
filed               decide   bogus          invalid
filed               escalate -              forwarded           ikke-medhold   -          -
filed               escalate medhold        invalid
filed               escalate delvis-medhold invalid
filed               escalate ikke-medhold   invalid
filed               escalate avvist         invalid
filed               escalate stadfestet     invalid
filed               escalate omgjort        invalid
filed               escalate opphevet       invalid
filed               escalate bogus          invalid
filed               resolve  -              rule
filed               resolve  medhold        invalid
filed               resolve  delvis-medhold invalid
filed               resolve  ikke-medhold   invalid
filed               resolve  avvist         rule
filed               resolve  stadfestet     rule
filed               resolve  omgjort        rule
filed               resolve  opphevet       rule
filed               resolve  bogus          invalid
filed               withdraw -              closed              -              -          -
filed               withdraw medhold        invalid
filed               withdraw delvis-medhold invalid
filed               withdraw ikke-medhold   invalid
filed               withdraw avvist         invalid
filed               withdraw stadfestet     invalid
filed               withdraw omgjort        invalid
filed               withdraw opphevet       invalid
filed               withdraw bogus          invalid
awaiting_forwarding decide   -              missing
awaiting_forwarding decide   medhold        closed              medhold        -          grant
awaiting_forwarding decide   delvis-medhold rule
awaiting_forwarding decide   ikke-medhold   rule
awaiting_forwarding decide   avvist         rule
awaiting_forwarding decide   stadfestet     invalid
awaiting_forwarding decide   omgjort        invalid
awaiting_forwarding decide   opphevet       invalid
awaiting_forwarding decide   bogus          invalid
awaiting_forwarding escalate -              forwarded           delvis-medhold -          -
awaiting_forwarding escalate medhold        invalid
awaiting_forwarding escalate delvis-medhold invalid
awaiting_forwarding escalate ikke-medhold   invalid
awaiting_forwarding escalate avvist         invalid
awaiting_forwarding escalate stadfestet     invalid
awaiting_forwarding escalate omgjort        invalid
awaiting_forwarding escalate opphevet       invalid
awaiting_forwarding escalate bogus          invalid
awaiting_forwarding resolve  -              rule
awaiting_forwarding resolve  medhold        invalid
awaiting_forwarding resolve  delvis-medhold invalid
awaiting_forwarding resolve  ikke-medhold   invalid
awaiting_forwarding resolve  avvist         rule
awaiting_forwarding resolve  stadfestet     rule
awaiting_forwarding resolve  omgjort        rule
awaiting_forwarding resolve  opphevet       rule
awaiting_forwarding resolve  bogus          invalid
awaiting_forwarding withdraw -              closed              delvis-medhold -          -
awaiting_forwarding withdraw medhold        invalid
awaiting_forwarding withdraw delvis-medhold invalid
awaiting_forwarding withdraw ikke-medhold   invalid
awaiting_forwarding withdraw avvist         invalid
awaiting_forwarding withdraw stadfestet     invalid
awaiting_forwarding withdraw omgjort        invalid
awaiting_forwarding withdraw opphevet       invalid
awaiting_forwarding withdraw bogus          invalid
forwarded           decide   -              missing
forwarded           decide   medhold        closed              medhold        -          grant
forwarded           decide   delvis-medhold rule
forwarded           decide   ikke-medhold   rule
forwarded           decide   avvist         rule
forwarded           decide   stadfestet     invalid
forwarded           decide   omgjort        invalid
forwarded           decide   opphevet       invalid
forwarded           decide   bogus          invalid
forwarded           escalate -              rule
forwarded           escalate medhold        invalid
forwarded           escalate delvis-medhold invalid
forwarded           escalate ikke-medhold   invalid
forwarded           escalate avvist         invalid
forwarded           escalate stadfestet     invalid
forwarded           escalate omgjort        invalid
forwarded           escalate opphevet       invalid
forwarded           escalate bogus          invalid
forwarded           resolve  -              missing
forwarded           resolve  medhold        invalid
forwarded           resolve  delvis-medhold invalid
forwarded           resolve  ikke-medhold   invalid
forwarded           resolve  avvist         closed              delvis-medhold avvist     -
forwarded           resolve  stadfestet     closed              delvis-medhold stadfestet -
forwarded           resolve  omgjort        closed              delvis-medhold omgjort    grant
forwarded           resolve  opphevet       closed              delvis-medhold opphevet   set_aside
forwarded           resolve  bogus          invalid
forwarded           withdraw -              closed              delvis-medhold -          -
forwarded           withdraw medhold        invalid
forwarded           withdraw delvis-medhold invalid
forwarded           withdraw ikke-medhold   invalid
forwarded           withdraw avvist         invalid
forwarded           withdraw stadfestet     invalid
forwarded           withdraw omgjort        invalid
forwarded           withdraw opphevet       invalid
forwarded           withdraw bogus          invalid
closed              decide   -              rule
closed              decide   medhold        rule
closed              decide   delvis-medhold rule
closed              decide   ikke-medhold   rule
closed              decide   avvist         rule
closed              decide   stadfestet     invalid
closed              decide   omgjort        invalid
closed              decide   opphevet       invalid
closed              decide   bogus          invalid
closed              escalate -              rule
closed              escalate medhold        invalid
closed              escalate delvis-medhold invalid
closed              escalate ikke-medhold   invalid
closed              escalate avvist         invalid
closed              escalate stadfestet     invalid
closed              escalate omgjort        invalid
closed              escalate opphevet       invalid
closed              escalate bogus          invalid
closed              resolve  -              rule
closed              resolve  medhold        invalid
closed              resolve  delvis-medhold invalid
closed              resolve  ikke-medhold   invalid
closed              resolve  avvist         rule
closed              resolve  stadfestet     rule
closed              resolve  omgjort        rule
closed              resolve  opphevet       rule
closed              resolve  bogus          invalid
closed              withdraw -              rule
closed              withdraw medhold        invalid
closed              withdraw delvis-medhold invalid
closed              withdraw ikke-medhold   invalid
closed              withdraw avvist         invalid
closed              withdraw stadfestet     invalid
closed              withdraw omgjort        invalid
closed              withdraw opphevet       invalid
closed              withdraw bogus          invalid
"""

ROWS = [line.split() for line in EXPECTED.strip().splitlines()]


def _none(word: str) -> str | None:
    return None if word == "-" else word


def test_the_expected_table_covers_every_status_step_and_outcome_once() -> None:
    keys = [tuple(row[:3]) for row in ROWS]
    full_product = list(
        itertools.product([s.value for s in AppealStatus], [s.value for s in Step], OUTCOMES)
    )
    assert sorted(keys) == sorted(full_product)


@pytest.mark.parametrize("row", ROWS, ids=[" ".join(row[:3]) for row in ROWS])
def test_each_step_from_each_status_with_each_outcome_does_what_the_table_says(
    row: list[str],
) -> None:
    status, step, outcome, *result = row
    current = CURRENT_UNIT_OUTCOME[status]

    def run() -> Transition:
        return apply_step(
            AppealStatus(status),
            Step(step),
            outcome=_none(outcome),
            current_unit_outcome=UnitOutcome(current) if current else None,
        )

    if result == ["rule"]:
        with pytest.raises(RuleViolation) as refused:
            run()
        assert refused.value.exit_code == 1
    elif result == ["missing"]:
        with pytest.raises(MissingInput) as missing:
            run()
        assert missing.value.exit_code == 2
    elif result == ["invalid"]:
        with pytest.raises(InvalidInput) as invalid:
            run()
        assert not isinstance(invalid.value, MissingInput)
        assert invalid.value.exit_code == 2
    else:
        new_status, unit, final, effect = result
        transition = run()
        assert (
            transition.status,
            transition.unit_outcome,
            transition.final_outcome,
            transition.effect,
        ) == (new_status, _none(unit), _none(final), _none(effect))
        assert type(transition.status) is AppealStatus
        assert transition.unit_outcome is None or type(transition.unit_outcome) is UnitOutcome
        assert transition.final_outcome is None or type(transition.final_outcome) is FinalOutcome


@pytest.mark.parametrize(
    ("status", "current", "expected"),
    [
        ("filed", None, "ikke-medhold"),
        ("filed", "medhold", "medhold"),
        ("awaiting_forwarding", None, "ikke-medhold"),
        ("awaiting_forwarding", "delvis-medhold", "delvis-medhold"),
        ("awaiting_forwarding", "ikke-medhold", "ikke-medhold"),
    ],
)
def test_escalate_records_ikke_medhold_only_when_no_unit_outcome_was_recorded(
    status: str, current: str | None, expected: str
) -> None:
    transition = apply_step(
        AppealStatus(status),
        Step.ESCALATE,
        current_unit_outcome=UnitOutcome(current) if current else None,
    )
    assert transition.status is AppealStatus.FORWARDED
    assert transition.unit_outcome == UnitOutcome(expected)


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("filed", ("decide", "escalate", "withdraw")),
        # decide: the unit's medhold, in the person's favour at any time (fvl § 35).
        ("awaiting_forwarding", ("decide", "escalate", "withdraw")),
        ("forwarded", ("decide", "resolve", "withdraw")),
        ("closed", ()),
    ],
)
def test_allowed_steps_are_those_of_the_spec_plus_withdraw(
    status: str, expected: tuple[str, ...]
) -> None:
    assert allowed_steps(AppealStatus(status)) == tuple(Step(s) for s in expected)


# The whole refusal, per status, in both languages: it names the step asked,
# the status the appeal is in, the steps possible now, and the commands.
REFUSALS = {
    "filed": (
        "resolve",
        "«resolve» er ikke mulig: klagen er registrert; mulig nå: decide, escalate, withdraw.",
        "Cannot resolve: the appeal is filed; possible now: decide, escalate, withdraw.",
        "kecli appeal decide CASE --outcome medhold|delvis-medhold|ikke-medhold|avvist"
        " eller kecli appeal escalate CASE eller kecli appeal withdraw CASE",
        "kecli appeal decide CASE --outcome medhold|delvis-medhold|ikke-medhold|avvist"
        " or kecli appeal escalate CASE or kecli appeal withdraw CASE",
    ),
    "awaiting_forwarding": (
        "resolve",
        "«resolve» er ikke mulig: klagen venter på oversending; mulig nå: decide, escalate,"
        " withdraw.",
        "Cannot resolve: the appeal is awaiting forwarding; possible now: decide, escalate,"
        " withdraw.",
        "kecli appeal decide CASE --outcome medhold eller kecli appeal escalate CASE"
        " eller kecli appeal withdraw CASE",
        "kecli appeal decide CASE --outcome medhold or kecli appeal escalate CASE"
        " or kecli appeal withdraw CASE",
    ),
    "forwarded": (
        "escalate",
        "«escalate» er ikke mulig: klagen er oversendt til statsforvalteren;"
        " mulig nå: decide, resolve, withdraw.",
        "Cannot escalate: the appeal is forwarded to statsforvalteren;"
        " possible now: decide, resolve, withdraw.",
        "kecli appeal decide CASE --outcome medhold"
        " eller kecli appeal resolve CASE --outcome stadfestet|omgjort|opphevet|avvist"
        " eller kecli appeal withdraw CASE",
        "kecli appeal decide CASE --outcome medhold"
        " or kecli appeal resolve CASE --outcome stadfestet|omgjort|opphevet|avvist"
        " or kecli appeal withdraw CASE",
    ),
    "closed": (
        "withdraw",
        "«withdraw» er ikke mulig: klagen er avsluttet; mulig nå: ingenting.",
        "Cannot withdraw: the appeal is closed; possible now: nothing.",
        "En ny klage på gjeldende vedtak: kecli appeal file CASE",
        "To appeal the current decision: kecli appeal file CASE",
    ),
}


@pytest.mark.parametrize("status", list(REFUSALS))
def test_a_step_out_of_order_names_the_status_and_the_steps_possible_now_in_both_languages(
    status: str,
) -> None:
    step, message_nb, message_en, hint_nb, hint_en = REFUSALS[status]
    with pytest.raises(RuleViolation) as refused:
        apply_step(AppealStatus(status), Step(step))
    assert refused.value.message == (message_nb, message_en)
    assert refused.value.hint == (hint_nb, hint_en)
    assert str(refused.value) == message_en


@pytest.mark.parametrize(
    ("step", "status", "nb", "en", "hint"),
    [
        (
            "decide",
            "filed",
            "«decide» trenger outcome: medhold, delvis-medhold, ikke-medhold eller avvist.",
            "decide needs outcome: medhold, delvis-medhold, ikke-medhold or avvist.",
            "kecli appeal decide CASE --outcome medhold|delvis-medhold|ikke-medhold|avvist",
        ),
        (
            "decide",
            "forwarded",
            "«decide» trenger outcome: medhold.",
            "decide needs outcome: medhold.",
            "kecli appeal decide CASE --outcome medhold",
        ),
        (
            "resolve",
            "forwarded",
            "«resolve» trenger outcome: stadfestet, omgjort, opphevet eller avvist.",
            "resolve needs outcome: stadfestet, omgjort, opphevet or avvist.",
            "kecli appeal resolve CASE --outcome stadfestet|omgjort|opphevet|avvist",
        ),
    ],
)
def test_a_missing_outcome_lists_the_valid_outcomes_in_both_languages(
    step: str, status: str, nb: str, en: str, hint: str
) -> None:
    with pytest.raises(MissingInput) as missing:
        apply_step(AppealStatus(status), Step(step))
    assert missing.value.message == (nb, en)
    assert missing.value.hint == hint


@pytest.mark.parametrize(
    ("step", "status", "outcome", "nb", "en"),
    [
        (
            "decide",
            "filed",
            "omgjort",
            "Ukjent utfall «omgjort»; gyldige: medhold, delvis-medhold, ikke-medhold eller avvist.",
            "Unknown outcome 'omgjort'; valid: medhold, delvis-medhold, ikke-medhold or avvist.",
        ),
        (
            "resolve",
            "forwarded",
            "medhold",
            "Ukjent utfall «medhold»; gyldige: stadfestet, omgjort, opphevet eller avvist.",
            "Unknown outcome 'medhold'; valid: stadfestet, omgjort, opphevet or avvist.",
        ),
        (
            "escalate",
            "filed",
            "medhold",
            "«escalate» tar ingen outcome.",
            "escalate takes no outcome.",
        ),
    ],
)
def test_a_wrong_outcome_says_which_outcomes_are_valid(
    step: str, status: str, outcome: str, nb: str, en: str
) -> None:
    with pytest.raises(InvalidInput) as invalid:
        apply_step(AppealStatus(status), Step(step), outcome=outcome)
    assert invalid.value.message == (nb, en)


@pytest.mark.parametrize(
    ("status", "outcome", "nb", "en"),
    [
        (
            "forwarded",
            "ikke-medhold",
            "«decide outcome ikke-medhold» er ikke mulig: klagen er oversendt til "
            "statsforvalteren; nå bare medhold.",
            "Cannot decide outcome ikke-medhold: the appeal is forwarded to statsforvalteren; "
            "now only medhold.",
        ),
        (
            "awaiting_forwarding",
            "avvist",
            "«decide outcome avvist» er ikke mulig: klagen venter på oversending; nå bare medhold.",
            "Cannot decide outcome avvist: the appeal is awaiting forwarding; now only medhold.",
        ),
    ],
)
def test_once_answered_the_unit_can_only_grant_and_says_so_in_both_languages(
    status: str, outcome: str, nb: str, en: str
) -> None:
    # A good word out of order is a rule (exit 1), not bad input; the hint lists what is
    # possible now.
    with pytest.raises(RuleViolation) as refused:
        apply_step(AppealStatus(status), Step.DECIDE, outcome=outcome)
    assert refused.value.message == (nb, en)
    assert "kecli appeal decide CASE --outcome medhold" in refused.value.hint[1]  # type: ignore[index]


@pytest.mark.parametrize(
    ("status", "step"), list(itertools.product(list(AppealStatus), [Step.DECIDE, Step.RESOLVE]))
)
def test_a_word_no_state_takes_is_bad_input_in_every_state(
    status: AppealStatus, step: Step
) -> None:
    # Exit 2 for a typo, whether or not the step would be possible now (not 1 or 2
    # depending on where the appeal happens to be).
    with pytest.raises(InvalidInput) as invalid:
        apply_step(status, step, outcome="typo")
    assert "Unknown outcome 'typo'" in invalid.value.message[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("medhold", "medhold"),
        ("delvis-medhold", "delvis-medhold"),
        ("ikke-medhold", "ikke-medhold"),
        (" Ikke-Medhold ", "ikke-medhold"),
        ("delvis_medhold", "delvis-medhold"),
        ("Avvist", "avvist"),
    ],
)
def test_parse_unit_outcome_accepts_the_cli_words(text: str, expected: str) -> None:
    assert parse_unit_outcome(text) is UnitOutcome(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("stadfestet", "stadfestet"),
        ("omgjort", "omgjort"),
        ("opphevet", "opphevet"),
        ("OMGJORT", "omgjort"),
        ("avvist", "avvist"),
    ],
)
def test_parse_final_outcome_accepts_the_cli_words(text: str, expected: str) -> None:
    assert parse_final_outcome(text) is FinalOutcome(expected)


@pytest.mark.parametrize("text", ["", "stadfestet", "medhold ja", "delvis"])
def test_parse_unit_outcome_refuses_anything_else_with_the_valid_words(text: str) -> None:
    with pytest.raises(InvalidInput) as invalid:
        parse_unit_outcome(text)
    assert invalid.value.exit_code == 2
    assert invalid.value.hint == "--outcome medhold|delvis-medhold|ikke-medhold|avvist"
    assert "medhold, delvis-medhold, ikke-medhold eller avvist" in invalid.value.message[0]
    assert "medhold, delvis-medhold, ikke-medhold or avvist" in invalid.value.message[1]


@pytest.mark.parametrize("text", ["", "medhold", "opphevd"])
def test_parse_final_outcome_refuses_anything_else_with_the_valid_words(text: str) -> None:
    with pytest.raises(InvalidInput) as invalid:
        parse_final_outcome(text)
    assert invalid.value.hint == "--outcome stadfestet|omgjort|opphevet|avvist"
    assert "stadfestet, omgjort, opphevet eller avvist" in invalid.value.message[0]
    assert "stadfestet, omgjort, opphevet or avvist" in invalid.value.message[1]


def test_the_cli_words_are_exactly_the_enum_values() -> None:
    assert [s.value for s in AppealStatus] == [
        "filed",
        "awaiting_forwarding",
        "forwarded",
        "closed",
    ]
    assert [s.value for s in Step] == ["decide", "escalate", "resolve", "withdraw"]
    assert [o.value for o in UnitOutcome] == ["medhold", "delvis-medhold", "ikke-medhold", "avvist"]
    assert [o.value for o in FinalOutcome] == ["stadfestet", "omgjort", "opphevet", "avvist"]


@pytest.mark.parametrize("name", appeals.__all__)
def test_every_public_name_has_a_docstring_naming_its_legal_source(name: str) -> None:
    obj = getattr(appeals, name)
    if name == "Effect":  # a type alias: its source is on the Transition it belongs to
        obj = Transition
    doc = inspect.getdoc(obj) or ""
    assert "§" in doc.splitlines()[0]


# --- properties -----------------------------------------------------------

ANY_OUTCOME = st.sampled_from(
    [None, *(o.value for o in UnitOutcome), *(o.value for o in FinalOutcome), "bogus"]
)
STEPS = st.lists(st.tuples(st.sampled_from(Step), ANY_OUTCOME), max_size=30)


@given(STEPS)
def test_random_steps_from_filed_never_leave_closed_and_reach_forwarded_only_by_escalate(
    steps: list[tuple[Step, str | None]],
) -> None:
    status, unit = AppealStatus.FILED, None
    for step, outcome in steps:
        try:
            transition = apply_step(status, step, outcome=outcome, current_unit_outcome=unit)
        except (RuleViolation, InvalidInput):
            continue
        if status is AppealStatus.CLOSED:
            pytest.fail(f"{step} was accepted on a closed appeal")
        if transition.status is AppealStatus.FORWARDED:
            assert step is Step.ESCALATE
            assert transition.unit_outcome is not None
        if transition.effect is not None:
            assert transition.status is AppealStatus.CLOSED
        status, unit = transition.status, transition.unit_outcome
    if status is AppealStatus.CLOSED:
        for step in Step:
            with pytest.raises(RuleViolation):
                apply_step(status, step)


VALID_OUTCOMES = [None, *UnitOutcome, *FinalOutcome]


def _accepted_for_some_outcome(
    status: AppealStatus, step: Step, current: UnitOutcome | None
) -> bool:
    for outcome in VALID_OUTCOMES:
        try:
            apply_step(status, step, outcome=outcome, current_unit_outcome=current)
        except RuleViolation:
            continue
        except MissingInput:
            pass  # the step is possible now; it needs an outcome
        except InvalidInput:
            continue  # a word this step never takes, refused in every state
        return True
    return False


@given(
    st.sampled_from(AppealStatus),
    st.sampled_from(Step),
    st.sampled_from([None, *UnitOutcome]),
)
def test_allowed_steps_agrees_with_apply_step(
    status: AppealStatus, step: Step, current: UnitOutcome | None
) -> None:
    assert (step in allowed_steps(status)) == _accepted_for_some_outcome(status, step, current)


@pytest.mark.parametrize(
    ("status", "blocks"),
    [
        (AppealStatus.FILED, True),
        (AppealStatus.AWAITING_FORWARDING, True),
        (AppealStatus.FORWARDED, True),
        (AppealStatus.CLOSED, False),
    ],
)
def test_only_a_closed_appeal_lets_the_case_be_assessed_again(
    status: AppealStatus, blocks: bool
) -> None:
    if not blocks:
        assert open_appeal_blocks_assessment("2026-7", 3, status) is None
        return
    with pytest.raises(RuleViolation) as refused:
        open_appeal_blocks_assessment("2026-7", 3, status)
    assert "Case 2026-7 has an open appeal (#3" in refused.value.message[1]
    hint = refused.value.hint[1]
    for step in allowed_steps(status):
        assert f"kecli appeal {step} 2026-7" in hint


def test_the_states_an_appeal_can_reach():
    states = {(str(s), u and str(u), f and str(f)) for s, u, f in reachable_states()}
    assert ("filed", None, None) in states
    assert ("closed", "medhold", None) in states  # the unit granted it
    assert ("closed", None, None) in states  # withdrawn before the unit looked at it
    assert ("closed", "ikke-medhold", "opphevet") in states
    assert ("forwarded", "medhold", None) not in states  # medhold closes the appeal
    assert ("forwarded", None, None) not in states  # forwarding records ikke-medhold
    assert ("closed", "medhold", "stadfestet") not in states
    assert ("closed", None, "omgjort") not in states
    # Avvisning: the unit's waits to be sent on; statsforvalteren's closes the appeal.
    assert ("awaiting_forwarding", "avvist", None) in states
    assert ("forwarded", "avvist", None) in states
    assert ("closed", "avvist", "stadfestet") in states  # statsforvalteren upheld the avvisning
    assert ("closed", "ikke-medhold", "avvist") in states
    assert ("closed", "avvist", None) in states  # withdrawn after the unit's avvisning
    assert ("closed", None, "avvist") not in states  # forwarding records the unit's answer
    assert len(states) == 24


# status, unit outcome, final outcome -> withdrawn (the family withdrew it)
WITHDRAWN = [
    ("closed", None, None, True),  # withdrawn before the unit looked at it
    ("closed", "ikke-medhold", None, True),
    ("closed", "delvis-medhold", None, True),
    ("closed", "avvist", None, True),  # withdrawn instead of asking for a review
    ("closed", "medhold", None, False),  # granted by the unit
    ("closed", "ikke-medhold", "stadfestet", False),
    ("closed", "ikke-medhold", "avvist", False),  # statsforvalteren answered
    ("closed", "avvist", "opphevet", False),
    ("filed", None, None, False),
    ("awaiting_forwarding", "avvist", None, False),
    ("forwarded", "ikke-medhold", None, False),
]


@pytest.mark.parametrize(("status", "unit", "final", "withdrawn"), WITHDRAWN)
def test_a_withdrawn_appeal_is_told_by_its_state(
    status: str, unit: str | None, final: str | None, withdrawn: bool
) -> None:
    assert is_withdrawn(status, unit, final) is withdrawn
    assert is_withdrawn(AppealStatus(status), unit, final) is withdrawn


def test_withdrawn_is_exactly_the_states_the_withdraw_step_leads_to() -> None:
    # From every state an appeal can reach, every step with every outcome: the state after
    # is withdrawn if and only if the step was withdraw.
    checked = 0
    for status, unit, _final in reachable_states():
        for step in allowed_steps(status):
            for outcome in [None, *UnitOutcome, *FinalOutcome]:
                try:
                    after = apply_step(status, step, outcome=outcome, current_unit_outcome=unit)
                except (RuleViolation, InvalidInput):
                    continue
                assert is_withdrawn(after.status, after.unit_outcome, after.final_outcome) is (
                    step is Step.WITHDRAW
                ), (status, unit, step, outcome)
                checked += 1
    assert checked > 20


# (final outcome, the appealed decision is current, the current one is the appeal's) → barred
FINAL_ANSWERS = [
    (None, True, False, False),  # withdrawn or closed by the unit: appeal again
    (FinalOutcome.STADFESTET, True, False, True),  # upheld: final
    (FinalOutcome.STADFESTET, False, False, False),  # assessed again since: the unit's own
    (FinalOutcome.OMGJORT, False, True, True),  # statsforvalteren's own decision: final
    (FinalOutcome.OMGJORT, False, False, False),  # assessed again since
    (FinalOutcome.OPPHEVET, True, False, False),  # set aside: the new decision is appealable
    (FinalOutcome.OPPHEVET, False, False, False),
    (FinalOutcome.AVVIST, True, False, False),  # no answer on the merits: not final
]


@pytest.mark.parametrize(("final", "appealed_is_current", "made_by_it", "barred"), FINAL_ANSWERS)
def test_statsforvalterens_answer_bars_a_new_appeal_only_against_its_own_result(
    final: FinalOutcome | None, appealed_is_current: bool, made_by_it: bool, barred: bool
) -> None:
    def call() -> None:
        final_answer_bars_appeal(
            "2026-0001",
            3,
            final,
            dt.date(2026, 11, 20),
            appealed_is_current=appealed_is_current,
            current_is_its_decision=made_by_it,
        )

    if not barred:
        call()
        return
    with pytest.raises(RuleViolation) as caught:
        call()
    message, hint = caught.value.message, caught.value.hint
    assert "fvl § 28" in message.en and "fvl § 28" in message.nb  # type: ignore[union-attr]
    assert "on 2026-11-20 (appeal #3)" in message.en  # type: ignore[union-attr]
    assert "den 2026-11-20 (klage #3)" in message.nb  # type: ignore[union-attr]
    assert "kecli case assess 2026-0001" in hint.en  # type: ignore[union-attr]
