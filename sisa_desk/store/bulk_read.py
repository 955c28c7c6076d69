"""Many rows at once, as plain tuples, for what an import reads (DESIGN.md §5): the mirror of
`bulk_sql`.

SQLAlchemy builds a Row for each row and runs each value through its type's result processor,
one by one: reading the young persons of a large file with their signals and matches, that
took a tenth of the read (the rest is SQLite's). Here the compiled SELECT runs on the DBAPI
cursor of the caller's connection (so in its transaction), its rows stay the DBAPI's tuples,
and each column whose type has a result processor goes through the dialect's own processor,
once per distinct stored value where values repeat (days, states, flags). The values are
exactly SQLAlchemy's (tests/store/test_bulk_read.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial
from typing import Any, cast

from sqlalchemy import Boolean, Connection, Date, DateTime, Enum, Select
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.types import TypeEngine

from .bulk_sql import converter

ColumnReader = Callable[[Sequence[Any]], Iterable[Any]]

# Stored values of these types that are equal (as dict keys) read alike, into values that
# cannot change: each one can be read once and shared. JSON reads into a new dict each time.
_BY_VALUE = (Boolean, Date, DateTime, Enum)


def select_rows(
    connection: Connection, statement: Select[Any], params: Iterable[Mapping[str, Any]]
) -> list[tuple[Any, ...]]:
    """The rows of ``statement`` run with each of ``params`` in turn, one after the other, as
    tuples of its selected columns in order: each value what SQLAlchemy's execution gives.
    SQLAlchemy does not see the execution: a failure raises the DBAPI's own error."""
    dialect = connection.dialect
    compiled = cast(SQLCompiler, statement.compile(dialect=dialect))
    if compiled.post_compile_params or compiled.literal_execute_params:
        # SQLAlchemy renders these into the SQL text anew for each execution.
        raise ValueError("an expanding IN list or a literal_execute parameter: bind each value")
    found: list[tuple[Any, ...]] = []
    cursor = connection.connection.cursor()
    try:
        for bound in _bound(compiled, dialect, params):
            cursor.execute(compiled.string, bound)
            found.extend(cursor.fetchall())
    finally:
        cursor.close()
    readers = [reader(column.type, dialect) for column in statement.selected_columns]
    return _read(found, readers)


def reader(column_type: TypeEngine[Any], dialect: Dialect) -> ColumnReader | None:
    """What turns a column of values as the DBAPI gives them into what SQLAlchemy's result
    gives for this type; None: they stay as they are."""
    # SQLAlchemy asks with the type code of the cursor's description, which pysqlite leaves out.
    process = column_type.dialect_impl(dialect).result_processor(dialect, None)
    if process is None:
        return None
    if isinstance(column_type, _BY_VALUE):
        return partial(_once_per_value, process)
    return partial(map, process)


def _bound(
    compiled: SQLCompiler, dialect: Dialect, params: Iterable[Mapping[str, Any]]
) -> Iterator[list[Any]]:
    """Each parameter set as the DBAPI takes it: as SQLAlchemy's execution context sends it,
    in the compiled statement's order, through each bind parameter's processor."""
    binds = [
        (name, converter(compiled.binds[name].type, dialect)) for name in compiled.positiontup or ()
    ]
    for values in params:
        given = compiled.construct_params(values)
        yield [given[name] if bind is None else bind(given[name]) for name, bind in binds]


def _once_per_value(process: Callable[[Any], Any], values: Sequence[Any]) -> Iterable[Any]:
    distinct = set(values)
    # Timestamps hardly repeat: looking each one up would cost more than reading it.
    if 2 * len(distinct) > len(values):
        return map(process, values)
    known = {value: process(value) for value in distinct}
    return map(known.__getitem__, values)


def _read(
    rows: list[tuple[Any, ...]], readers: Sequence[ColumnReader | None]
) -> list[tuple[Any, ...]]:
    if not rows or not any(readers):
        return rows
    columns: list[Any] = list(zip(*rows, strict=True))
    for index, read in enumerate(readers):
        if read is not None:
            columns[index] = read(columns[index])
    return list(zip(*columns, strict=True))
