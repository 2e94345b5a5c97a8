"""The JSON writers' encoder gives json.dumps's bytes for every value an export row holds."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from kecli.render.writers import object_encoder

values = st.none() | st.booleans() | st.integers() | st.text() | st.lists(st.text(), max_size=3)
rows = st.dictionaries(st.text(min_size=1, max_size=8), values, max_size=8)


@given(rows)
def test_object_encoder_is_json_dumps(row):
    assert object_encoder()(row) == json.dumps(row, ensure_ascii=False)
