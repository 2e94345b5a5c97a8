"""Pure rules about cases: which other cases may be of the same family."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kecli.domain.cases import may_be_same_family


@pytest.mark.parametrize(
    ("guardians", "other_guardians", "other_name", "expected"),
    [
        (["Mor A"], ["Mor A"], "Sib C", True),
        (["Mor A"], ["mor a"], "Sib C", True),  # typed with other capitals
        (["Mor  A "], ["Mor A"], "Sib C", True),  # and other spacing
        (["Mor A"], ["Far B"], "Sib C", False),
        (["Kari Nordmann"], [], "kari nordmann", True),  # the other case's person is a guardian
        ([], ["Mor A"], "Mor A", False),  # no guardians here: nothing to compare
        (["Mor A"], ["Mor B"], "Mor", False),  # not a prefix match
    ],
)
def test_same_family_compares_names_without_case_or_spacing(
    guardians: list[str], other_guardians: list[str], other_name: str, expected: bool
) -> None:
    assert may_be_same_family(guardians, other_guardians, other_name) is expected


names = st.text(alphabet="abcæøå ABCÆØÅ", min_size=1, max_size=12).filter(str.strip)


@given(st.lists(names, min_size=1, max_size=3), st.lists(names, max_size=3), names)
def test_the_check_is_the_same_in_any_capitals(guardians, others, name) -> None:
    assert may_be_same_family(guardians, others, name) is may_be_same_family(
        [g.upper() for g in guardians], [o.lower() for o in others], name.swapcase()
    )


@pytest.mark.parametrize(
    ("status", "decided", "message"),
    [
        ("voided", False, "already voided"),
        ("decided", True, "has a decision"),
        ("closed", True, "has a decision"),
    ],
)
def test_only_a_case_never_decided_is_voided_once(status, decided, message):
    from kecli.domain.cases import check_voidable
    from kecli.errors import RuleViolation

    with pytest.raises(RuleViolation) as caught:
        check_voidable("2026-0001", status, decided=decided)
    assert message in str(caught.value)


@pytest.mark.parametrize("status", ["received", "closed"])
def test_a_case_never_decided_may_be_voided_waiting_or_closed(status):
    from kecli.domain.cases import check_voidable

    check_voidable("2026-0001", status, decided=False)
