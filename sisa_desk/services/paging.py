"""Building blocks for paged lists over large tables (matches, signals, young persons).

A list shows one page at a time (``LIMIT``/``OFFSET``) and counts the rows of its filter apart.
Two things keep a page fast on a database of a million signals:

- Prefix search by index ranges (``prefix_range``): ``lower(surname) >= 'jan' AND
  lower(surname) < 'jao'`` uses an index on ``lower(surname)`` on SQLite and PostgreSQL alike,
  where ``LIKE 'jan%'`` would not.
- Sorting on a column of a joined table (a young person's name in the match list): the page is
  found fastest by walking that table's index in sort order and probing the other table, and
  stopping after one page. SQLite's planner does not weigh ``LIMIT`` and sorts the whole join
  instead (200 ms and more at 200 000 matches). ``DrivingJoin`` makes the order explicit: on
  SQLite it renders ``CROSS JOIN`` (the left table is the outer loop) and ``INDEXED BY`` for
  the probe; on other databases it is a plain ``JOIN``, whose planners weigh ``LIMIT``
  themselves. Only worth it when the filter keeps a fair share of the rows: a walk finds a page
  after about ``page size / share`` probes. ``worth_driving`` decides.

The SQL stays portable: the SQLite-only words are rendered for the SQLite dialect only.
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import ColumnElement, and_, or_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.selectable import FromClause, Join
from sqlalchemy.sql.visitors import InternalTraversal

# The share of the driving table that the filter must keep for a walk in index order to beat
# sorting the filtered rows: at 1 % a page of 200 takes about 20 000 index probes (≈ 20 ms).
DRIVE_MIN_SHARE = 0.01
# Below this many rows sorting them is always cheap.
DRIVE_MIN_ROWS = 5_000


class DrivingJoin(Join):
    """An inner join in which ``left`` is walked (in the order of its ``ORDER BY`` index)
    and ``right`` probed through its index ``probe_index``."""

    inherit_cache = True
    _traverse_internals: ClassVar = [
        *Join._traverse_internals,
        ("probe_index", InternalTraversal.dp_string),
    ]

    def __init__(
        self,
        left: FromClause,
        right: FromClause,
        onclause: ColumnElement[bool],
        probe_index: str,
    ) -> None:
        super().__init__(left, right, onclause)
        self.probe_index = probe_index


@compiles(DrivingJoin)
def _plain_join(join: DrivingJoin, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.visit_join(join, **kw)


def _original(element: FromClause) -> FromClause:
    while element._is_clone_of is not None:
        element = element._is_clone_of
    return element


@compiles(DrivingJoin, "sqlite")
def _sqlite_driving_join(join: DrivingJoin, compiler: SQLCompiler, **kw: Any) -> str:
    kw.pop("asfrom", None)
    from_linter = kw.get("from_linter")
    if from_linter:  # as Compiler.visit_join: the two sides are joined, not a cartesian product
        from_linter.edges.update(
            (_original(left), _original(right))
            for left in join.left._from_objects
            for right in join.right._from_objects
        )
    left = join.left._compiler_dispatch(compiler, asfrom=True, **kw)
    right = join.right._compiler_dispatch(compiler, asfrom=True, **kw)
    kw.pop("from_linter", None)
    onclause = join.onclause._compiler_dispatch(compiler, **kw)
    index = compiler.preparer.quote(join.probe_index)
    return f"{left} CROSS JOIN {right} INDEXED BY {index} ON {onclause}"


def worth_driving(rows: int, driving_rows: int) -> bool:
    """Whether a filter that keeps ``rows`` (of ``driving_rows`` in the driving table) is
    paged faster by walking the sort index than by sorting the rows it keeps."""
    return rows >= DRIVE_MIN_ROWS and rows >= DRIVE_MIN_SHARE * driving_rows


def _next_prefix(prefix: str) -> str:
    """The smallest string greater than every string that starts with ``prefix``."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def prefix_range(expression: ColumnElement[Any], prefix: str) -> ColumnElement[bool]:
    """``expression`` starts with ``prefix``, as an index range."""
    return and_(expression >= prefix, expression < _next_prefix(prefix))


def folded_prefixes(text: str) -> list[str]:
    """The forms of a search text to compare with ``lower(column)``.

    SQLite's ``lower`` folds ASCII letters only: it leaves "Öztürk" as it is, where
    PostgreSQL gives "öztürk". So a text that starts with a letter outside ASCII is also
    tried with that letter as a capital, as a name is written ("Öz" finds "Öztürk").
    """
    lowered = text.lower()
    forms = [lowered]
    first = lowered[:1]
    if first and not first.isascii() and first.upper() != first:
        forms.append(first.upper() + lowered[1:])
    return forms


def any_prefix(expression: ColumnElement[Any], prefixes: list[str]) -> ColumnElement[bool]:
    ranges = [prefix_range(expression, prefix) for prefix in prefixes]
    return ranges[0] if len(ranges) == 1 else or_(*ranges)
