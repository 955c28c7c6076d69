"""Hypothesis strategies for what SQLAlchemy accepts in a column of the schema (shared by the
bulk_sql and bulk_read tests)."""

from __future__ import annotations

from datetime import UTC, timedelta, timezone

from hypothesis import strategies as st
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Integer,
    LargeBinary,
    String,
    Text,
)

ZONES = [UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-9, minutes=-30))]
naive_datetimes = st.datetimes()
aware_datetimes = st.datetimes(timezones=st.sampled_from(ZONES))
# JSON values from small pools: equal values that serialise apart (True, 1, 1.0) meet.
scalars = st.sampled_from([None, True, False, 1, 0, 1.0, 0.0, -0.0, "1", ""]) | st.floats()
details = st.recursive(
    scalars | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.tuples(inner)
        | st.dictionaries(st.sampled_from(["a", "b", "1"]), inner, max_size=3)
    ),
    max_leaves=6,
)


def column_values(column: Column) -> st.SearchStrategy:
    """Anything SQLAlchemy accepts for the column, as far as its type decides."""
    kind = column.type
    if isinstance(kind, DateTime):  # a date is stored as midnight
        values = naive_datetimes | aware_datetimes | st.dates()
    elif isinstance(kind, Date):  # a datetime is stored as its day
        values = st.dates() | naive_datetimes | aware_datetimes
    elif isinstance(kind, Enum):  # a member, or its stored value
        values = st.sampled_from([*kind.enum_class, *kind.enums])
    elif isinstance(kind, Boolean):
        values = st.sampled_from([True, False, 1, 0])
    elif isinstance(kind, JSON):
        values = details
    elif isinstance(kind, LargeBinary):
        values = st.binary(max_size=20)
    elif isinstance(kind, Integer):
        values = st.integers(-(2**63), 2**63 - 1)
    elif isinstance(kind, String | Text):
        values = st.text(max_size=kind.length or 50)
    else:
        raise AssertionError(f"no strategy for {column}: {kind!r}")
    return st.none() | values if column.nullable else values
