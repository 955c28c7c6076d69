"""bulk_sql stores exactly what SQLAlchemy's own executemany stores, byte for byte."""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    LargeBinary,
    Table,
    bindparam,
    create_engine,
    insert,
    update,
)
from sqlalchemy.exc import IntegrityError

from sisa_desk.store import bulk_sql
from sisa_desk.store.models import (
    AuditEvent,
    Base,
    DuplicateReview,
    Match,
    MatchMember,
    Professional,
    Signal,
    YoungPerson,
)
from tests.store.column_values import ZONES, aware_datetimes, column_values, naive_datetimes

# The dialect the application's engine uses (store/engine.py): pysqlite over sqlcipher3.
DIALECT = create_engine("sqlite+pysqlite://", module=sqlcipher3.dbapi2).dialect


def _processed_columns() -> list[Column]:
    return [
        column
        for table in Base.metadata.sorted_tables
        for column in table.c
        if column.type._cached_bind_processor(DIALECT) is not None
    ]


def test_every_type_with_a_bind_processor_is_covered():
    kinds = {type(column.type) for column in _processed_columns()}
    assert kinds == {Boolean, Date, DateTime, Enum, JSON, LargeBinary}


@pytest.mark.parametrize("column", _processed_columns(), ids=str)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_converters_give_what_the_dialect_binds(column, data):
    # Lists with repeats: a converter remembers values, and equal values must store alike.
    values = data.draw(st.lists(column_values(column), max_size=12))
    values += data.draw(st.permutations(values))
    convert = bulk_sql.converter(column.type, DIALECT)
    # What SQLAlchemy's execution context calls for each parameter of this column.
    process = column.type._cached_bind_processor(DIALECT)
    expected = [process(value) for value in values]
    assert [(type(v), v) for v in map(convert, values)] == [(type(v), v) for v in expected]


@given(st.lists(st.one_of(st.dates(), naive_datetimes, aware_datetimes), max_size=30))
def test_equal_datetimes_in_other_time_zones_keep_their_own_wall_time(values):
    for kind in (Date(), DateTime()):
        convert = bulk_sql.converter(kind, DIALECT)
        process = kind._cached_bind_processor(DIALECT)
        assert list(map(convert, values)) == list(map(process, values))


def test_the_same_instant_in_two_zones():
    noon = datetime(2026, 11, 26, 12, tzinfo=UTC)
    values = [noon, noon.astimezone(ZONES[1])]
    convert = bulk_sql.converter(DateTime(), DIALECT)
    assert values[0] == values[1]
    assert list(map(convert, values)) == [
        "2026-11-26 12:00:00.000000",
        "2026-11-26 14:00:00.000000",
    ]


# ------------------------------------------------------------------ in a real database

TABLES = [
    Professional.__table__,
    YoungPerson.__table__,
    Signal.__table__,
    Match.__table__,
    MatchMember.__table__,
    DuplicateReview.__table__,
    AuditEvent.__table__,
]
IDS = [10_001, 10_002, 10_003]


class _Undo(Exception):
    pass


def _row(table: Table) -> st.SearchStrategy:
    columns = [c for c in table.c if c.name != "id"]
    return st.tuples(*(column_values(c) for c in columns)).map(
        lambda values: dict(zip([c.name for c in columns], values, strict=True))
    )


def _stored(session, table: Table) -> list[tuple]:
    """The rows as SQLite holds them: the raw cursor converts nothing."""
    quoted = DIALECT.identifier_preparer.format_table(table)
    sql = f"SELECT * FROM {quoted} WHERE id >= {IDS[0]} ORDER BY id"
    return session.connection().exec_driver_sql(sql).fetchall()


def _written(db, table: Table, write) -> list[tuple] | str:
    """What ``write`` leaves in ``table`` (or the error it raised), rolled back after."""
    stored: list[tuple] | str = []
    with contextlib.suppress(_Undo), db.admin.database.unit_of_work() as session:
        # Random ids that point nowhere: checked at commit, and this never commits.
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        try:
            write(session.connection())
        except IntegrityError as exc:  # e.g. two random rows with the same BSN
            stored = type(exc.orig).__name__
        else:
            stored = _stored(session, table)
        raise _Undo
    return stored


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_inserted_and_updated_rows_are_stored_as_sqlalchemy_stores_them(db, table, data):
    rows = [{"id": i, **data.draw(_row(table))} for i in IDS]
    changes = data.draw(_row(table))
    changed = data.draw(st.lists(st.sampled_from(sorted(changes)), min_size=1, unique=True))
    names = tuple(rows[0])

    def by_sqlalchemy(connection):
        connection.execute(insert(table), rows)
        statement = update(table).where(table.c.id == bindparam("_id"))
        connection.execute(statement, [{**_pick(changes, changed), "_id": IDS[1]}])

    def by_bulk_sql(connection):
        bulk_sql.insert_rows(connection, table, names, [tuple(r.values()) for r in rows])
        values = (*_pick(changes, changed).values(), IDS[1])
        bulk_sql.update_rows(connection, table, changed, [values])

    assert _written(db, table, by_bulk_sql) == _written(db, table, by_sqlalchemy)


def _pick(values: dict, names: list[str]) -> dict:
    return {name: values[name] for name in names}


def test_a_column_with_a_default_is_never_left_out(db):
    table = Professional.__table__
    with db.admin.database.unit_of_work() as session, pytest.raises(ValueError, match="active"):
        bulk_sql.insert_rows(session.connection(), table, ("id", "organisation_id"), [(1, 1)])


def _cache_size(connection) -> int:
    return connection.connection.driver_connection.execute("PRAGMA cache_size").fetchone()[0]


def test_the_page_cache_is_larger_for_the_block_only(db):
    with db.admin.database.unit_of_work() as session:
        connection = session.connection()
        before = _cache_size(connection)
        with bulk_sql.page_cache(connection, 65536):
            assert _cache_size(connection) == -65536
        assert _cache_size(connection) == before == -32768


def test_the_page_cache_is_restored_when_the_block_fails(db):
    with db.admin.database.unit_of_work() as session:
        connection = session.connection()
        with pytest.raises(RuntimeError), bulk_sql.page_cache(connection, 65536):
            raise RuntimeError("cancelled")
        assert _cache_size(connection) == -32768


def test_dates_before_the_year_1000_keep_four_digits():
    convert = bulk_sql.converter(Date(), DIALECT)
    assert convert(date(999, 1, 2)) == "0999-01-02"
    assert (
        bulk_sql.converter(DateTime(), DIALECT)(datetime(5, 6, 7)) == "0005-06-07 00:00:00.000000"
    )
