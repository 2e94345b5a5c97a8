"""The Core constructs of the fast paths mirror the SQLModel tables exactly."""

from __future__ import annotations

import pytest
from sqlalchemy import JSON, Boolean, Date, Integer, String
from sqlmodel import SQLModel

import kecli.store.models  # noqa: F401  (registers every table)
from kecli.store.tables import SCHEMA, TYPED

KINDS = {"text": String, "int": Integer, "bool": Boolean, "day": Date, "doc": JSON}
MODELS = dict(SQLModel.metadata.tables)


def test_every_stored_table_has_a_core_construct():
    assert set(SCHEMA) == set(MODELS)


@pytest.mark.parametrize("name", sorted(MODELS))
def test_columns_match_the_model_in_order_name_and_kind(name):
    model = MODELS[name]
    assert [c for c, _ in SCHEMA[name]] == [c.name for c in model.columns]
    for (col, kind), stored in zip(SCHEMA[name], model.columns, strict=True):
        stored_type = getattr(stored.type, "impl", stored.type)  # SQLModel's AutoString
        assert isinstance(stored_type, KINDS[kind]), (name, col, stored.type)
        assert isinstance(TYPED[name].c[col].type, KINDS[kind])
