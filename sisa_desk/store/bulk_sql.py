"""Many rows at once, as plain tuples, for what an import writes (DESIGN.md §5).

SQLAlchemy's executemany runs each parameter of each row through Python (its execution context,
then the type's bind processor): on a large import that took a third of the write. Here a
statement is built once per table and column list, the rows are tuples in that column order,
and each column whose type has a bind processor goes through the dialect's own processor once
per distinct value (an import repeats a few hundred days and one timestamp), so the database
ends up with exactly what SQLAlchemy would have stored (tests/store/test_bulk_sql.py).
The SQL runs with `exec_driver_sql`: on the caller's connection, so in its transaction, with
SQLAlchemy's own error wrapping. SQLite (SQLCipher) only, as the whole store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    Enum,
    Table,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeEngine

Converter = Callable[[Any], Any]

# Types whose values are hashable and, when equal, stored alike: converted once per value.
_BY_VALUE = (Boolean, Date, DateTime, Enum)
_QUOTE = sqlite.dialect().identifier_preparer


class _ByValue(dict[Any, Any]):
    """A bind processor remembered per distinct value."""

    __slots__ = ("process",)

    def __init__(self, process: Converter) -> None:
        super().__init__()
        self.process = process

    def __missing__(self, value: Any) -> Any:
        stored = self.process(value)
        # Aware datetimes are equal across time zones, yet stored with their own wall time.
        if getattr(value, "tzinfo", None) is None:
            self[value] = stored
        return stored


class _ByRepr:
    """A JSON bind processor remembered per repr, as dicts cannot be keys: values JSON can
    hold that print alike serialise alike, whereas by ``==`` True would pass for 1. The very
    same object (an import shares one details dict among many events) is known by identity,
    without printing it again; a converter lives for one statement, in which nothing changes
    the values it is given."""

    __slots__ = ("by_identity", "known", "process")

    def __init__(self, process: Converter) -> None:
        self.known: dict[str, Any] = {}
        self.by_identity: dict[int, tuple[Any, Any]] = {}  # id -> (the value, kept alive; stored)
        self.process = process

    def __call__(self, value: Any) -> Any:
        seen = self.by_identity.get(id(value))
        if seen is not None and seen[0] is value:
            return seen[1]
        key = repr(value)
        stored = self.known.get(key)
        if stored is None:
            stored = self.known[key] = self.process(value)
        self.by_identity[id(value)] = (value, stored)
        return stored


def converter(column_type: TypeEngine[Any], dialect: Dialect) -> Converter | None:
    """What turns a value into what the dialect stores for this type; None: stored as it is."""
    process = column_type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return None
    if isinstance(column_type, _BY_VALUE):
        return _ByValue(process).__getitem__
    if isinstance(column_type, JSON):
        return _ByRepr(process)
    return process


def insert_rows(
    connection: Connection, table: Table, names: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """INSERT ``rows``, each the values of the columns ``names`` in that order."""
    if not rows:
        return
    names = tuple(names)
    rows = _converted(connection, table, names, rows)
    connection.exec_driver_sql(_insert_sql(table, names), rows)


def update_rows(
    connection: Connection, table: Table, names: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """UPDATE by primary key ``id``: each row the new values of ``names``, then the id."""
    if not rows:
        return
    names = tuple(names)
    rows = _converted(connection, table, (*names, "id"), rows)
    connection.exec_driver_sql(_update_sql(table, names), rows)


@contextmanager
def page_cache(connection: Connection, kib: int) -> Iterator[None]:
    """A page cache of ``kib`` KiB on this (pooled) connection for the block, then the old one."""
    dbapi = connection.connection.driver_connection
    (before,) = dbapi.execute("PRAGMA cache_size").fetchone()
    dbapi.execute(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        dbapi.execute(f"PRAGMA cache_size = {int(before)}")


def _converted(
    connection: Connection, table: Table, names: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    dialect = connection.dialect
    converters = [converter(table.c[name].type, dialect) for name in names]
    if not any(converters):
        return list(rows)
    # Column by column: `map` over a remembered processor runs in C for values seen before.
    columns: list[Any] = list(zip(*rows, strict=True))
    for index, convert in enumerate(converters):
        if convert is not None:
            columns[index] = map(convert, columns[index])
    return list(zip(*columns, strict=True))


@cache
def _insert_sql(table: Table, names: tuple[str, ...]) -> str:
    _refuse_skipped_defaults(table, names, "default")
    columns = ", ".join(_QUOTE.quote(name) for name in names)
    marks = ", ".join("?" for _ in names)
    return f"INSERT INTO {_QUOTE.format_table(table)} ({columns}) VALUES ({marks})"


@cache
def _update_sql(table: Table, names: tuple[str, ...]) -> str:
    _refuse_skipped_defaults(table, names, "onupdate")
    assignments = ", ".join(f"{_QUOTE.quote(name)} = ?" for name in names)
    return f"UPDATE {_QUOTE.format_table(table)} SET {assignments} WHERE id = ?"


def _refuse_skipped_defaults(table: Table, names: tuple[str, ...], kind: str) -> None:
    # SQLAlchemy fills in a column's Python-side default; plain SQL would not.
    skipped = [c.name for c in table.c if c.name not in names and getattr(c, kind) is not None]
    if skipped:
        raise ValueError(f"{table.name}: give {', '.join(skipped)}; they have a {kind}")
