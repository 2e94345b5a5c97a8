"""The deadline report's JSON, formatted straight from the items, is json.dumps's document."""

from __future__ import annotations

import datetime as dt
import io
import json

from hypothesis import given
from hypothesis import strategies as st

from kecli.render.reports import write_deadlines_json
from kecli.views.deadlines import DEADLINE_TYPES, ITEM_KEYS, DeadlineItem

items = st.builds(
    DeadlineItem,
    case_id=st.text(max_size=12),
    type=st.sampled_from(DEADLINE_TYPES),
    due=st.dates(min_value=dt.date(1900, 1, 1)),
    days_left=st.integers(-100_000, 100_000),
    overdue=st.booleans(),
    person=st.text(),  # quotes, backslashes, control characters, any Unicode
    assignee=st.text(),
    kind=st.sampled_from(("koordinator", "barnekoordinator")),
    since=st.none() | st.dates(),
    ref=st.none() | st.integers(1, 10**9),
    reopened=st.booleans(),
    estimated=st.booleans(),
)


@given(st.lists(items, max_size=5))
def test_same_bytes_as_json_dumps_of_each_item(found):
    out = io.StringIO()
    write_deadlines_json(found, out)
    expected = (
        "[\n"
        + ",\n".join("  " + json.dumps(i.as_dict(), ensure_ascii=False) for i in found)
        + "\n]\n"
        if found
        else "[]\n"
    )
    assert out.getvalue() == expected
    parsed = json.loads(out.getvalue())
    assert [list(row) for row in parsed] == [list(ITEM_KEYS)] * len(found)
