"""bulk_read gives exactly what SQLAlchemy's own execution gives, value for value and type for
type — read from the real encrypted database."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Enum,
    Select,
    Table,
    UniqueConstraint,
    bindparam,
    create_engine,
    insert,
    select,
)
from sqlalchemy.exc import IntegrityError

from sisa_desk.domain.persons import Gender
from sisa_desk.store import bulk_read
from sisa_desk.store.models import Base, YoungPerson
from tests.store.column_values import column_values

# The dialect the application's engine uses (store/engine.py): pysqlite over sqlcipher3.
DIALECT = create_engine("sqlite+pysqlite://", module=sqlcipher3.dbapi2).dialect
TABLES = Base.metadata.sorted_tables
FIRST_ID = 10_001
ROWS = 6


def _read_columns() -> list[Column]:
    return [
        column
        for table in TABLES
        for column in table.c
        if column.type._cached_result_processor(DIALECT, None) is not None
    ]


def test_every_type_with_a_result_processor_is_covered():
    kinds = {type(column.type) for column in _read_columns()}
    assert kinds == {Boolean, Date, DateTime, Enum, JSON}


def _exactly(rows) -> list[list[tuple[type, str]]]:
    # By repr, as NaN in JSON is not equal to itself; with the type, as True == 1.
    return [[(type(value), repr(value)) for value in row] for row in rows]


# ------------------------------------------------------------------ stored values, no database

# What a column can hold when something else than SQLAlchemy wrote it, beside what it writes.
ODD = st.sampled_from([None, 0, 1, 2, -1, 1.0, 0.5, "", "1", "x", "2026-02-30", b"\x00"])


def _stored(column: Column) -> st.SearchStrategy:
    process = column.type._cached_bind_processor(DIALECT) or (lambda value: value)
    return column_values(column).map(process) | ODD


def _outcome(read: Callable[[], list]) -> list | str:
    try:
        return _exactly([read()])
    except Exception:  # which odd value fails first may differ; that one does may not
        return "fails"


@pytest.mark.parametrize("column", _read_columns(), ids=str)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_column_reads_as_value_by_value(column, data):
    # Few distinct values (each read once) or many (each read as it comes), and odd ones.
    pool = data.draw(st.lists(_stored(column), min_size=1, max_size=6))
    stored = data.draw(st.lists(st.sampled_from(pool) | _stored(column), max_size=14))
    process = column.type._cached_result_processor(DIALECT, None)
    read = bulk_read.reader(column.type, DIALECT)
    assert _outcome(lambda: list(read(stored))) == _outcome(lambda: list(map(process, stored)))


def test_a_day_that_repeats_is_read_once():
    read = bulk_read.reader(Date(), DIALECT)
    days = list(read(["2009-03-01", "2010-12-31", "2009-03-01", "2009-03-01"]))
    assert days == [date(2009, 3, 1), date(2010, 12, 31), date(2009, 3, 1), date(2009, 3, 1)]
    assert days[0] is days[2] is days[3]


def test_json_values_are_never_shared():
    read = bulk_read.reader(JSON(), DIALECT)
    first, second = read(['{"a": [1]}', '{"a": [1]}'])
    assert first == second and first is not second  # a caller may change one


# ------------------------------------------------------------------ in a real database


class _Undo(Exception):
    pass


def _key(table: Table) -> Column:
    return next(iter(table.primary_key.columns))


def _unique(table: Table) -> set[str]:
    names = {c.name for c in table.c if c.unique or c.primary_key}
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            names.update(c.name for c in constraint.columns)
    return names


def _rows(table: Table, data: st.DataObject) -> list[dict]:
    """ROWS rows in which most columns repeat a few values, as an import's rows do."""
    columns: dict[str, list] = {}
    unique = _unique(table)
    for column in table.c:
        if column.name == "id":
            continue
        values = column_values(column)
        if column.name in unique:
            columns[column.name] = data.draw(
                st.lists(values, min_size=ROWS, max_size=ROWS, unique_by=repr)
            )
        else:
            pool = data.draw(st.lists(values, min_size=1, max_size=ROWS))
            columns[column.name] = data.draw(
                st.lists(st.sampled_from(pool) | values, min_size=ROWS, max_size=ROWS)
            )
    if "id" in table.c:
        columns["id"] = list(range(FIRST_ID, FIRST_ID + ROWS))
    return [dict(zip(columns, row, strict=True)) for row in zip(*columns.values(), strict=True)]


def _compared(db, table: Table, rows: list[dict], read: Callable[[Connection], None]) -> None:
    """``rows`` stored by SQLAlchemy, ``read`` run on them, all rolled back after."""
    with contextlib.suppress(_Undo), db.admin.database.unit_of_work() as session:
        connection = session.connection()
        # Random ids that point nowhere: checked at commit, and this never commits.
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        try:
            connection.execute(insert(table), rows)
        except IntegrityError:  # e.g. a random user name that an existing user has
            raise _Undo from None
        read(connection)
        raise _Undo


def _same_as_sqlalchemy(connection: Connection, statement: Select, params: list[dict]) -> None:
    expected = [row for values in params for row in connection.execute(statement, values)]
    found = bulk_read.select_rows(connection, statement, params)
    assert all(type(row) is tuple for row in found)
    assert _exactly(found) == _exactly(expected)


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_rows_read_as_sqlalchemy_reads_them(db, table, data):
    rows = _rows(table, data)

    def read(connection: Connection) -> None:
        everything = select(*table.c).order_by(_key(table))
        _same_as_sqlalchemy(connection, everything, [{}])
        # The rows of each value of a column, asked with the value bound as each type binds it.
        column = data.draw(st.sampled_from([c for c in table.c if not isinstance(c.type, JSON)]))
        by_value = everything.where(column == bindparam("value"))
        asked = data.draw(st.lists(st.sampled_from([r[column.name] for r in rows]), max_size=3))
        _same_as_sqlalchemy(connection, by_value, [{"value": value} for value in asked])

    _compared(db, table, rows, read)


def test_values_written_into_the_statement_are_bound_as_sqlalchemy_binds_them(db):
    table = YoungPerson.__table__
    rows = [
        {
            "id": FIRST_ID + i,
            "bsn": None,
            "surname": f"Jansen {i % 2}",
            "date_of_birth": date(2009, 3, 1 + i % 3),
            "gender": list(Gender)[i % 2],
            "shielded": i % 2 == 0,
            "created_at": date(2026, 1, 1),
        }
        for i in range(ROWS)
    ]

    def read(connection: Connection) -> None:
        statement = (
            select(table.c.id, table.c.gender, table.c.created_at)
            .where(table.c.gender == list(Gender)[1], table.c.shielded.is_(False))
            .where(table.c.date_of_birth >= date(2009, 3, 2))
            .order_by(table.c.id.desc())
        )
        _same_as_sqlalchemy(connection, statement, [{}, {}])

    _compared(db, table, rows, read)


def test_no_parameters_run_nothing(db):
    with db.operator.database.unit_of_work() as session:
        statement = select(YoungPerson.__table__.c.id)
        assert bulk_read.select_rows(session.connection(), statement, []) == []


@pytest.mark.parametrize(
    "where",
    [
        YoungPerson.__table__.c.id.in_([1, 2]),
        YoungPerson.__table__.c.id.in_(bindparam("ids", expanding=True)),
        YoungPerson.__table__.c.id == bindparam("id", 1, literal_execute=True),
    ],
    ids=["in-list", "expanding", "literal-execute"],
)
def test_parameters_rendered_anew_for_each_execution_are_refused(db, where):
    with db.operator.database.unit_of_work() as session:
        statement = select(YoungPerson.__table__.c.id).where(where)
        with pytest.raises(ValueError, match="bind each value"):
            bulk_read.select_rows(session.connection(), statement, [{"ids": [1]}])


def test_no_rows_read_nothing(db):
    table = YoungPerson.__table__
    with db.operator.database.unit_of_work() as session:
        statement = select(table.c.date_of_birth).where(table.c.id == bindparam("id"))
        assert bulk_read.select_rows(session.connection(), statement, [{"id": -1}]) == []
