"""Writing what `bulk_registration` decided: bulk INSERTs of the new rows and executemany
UPDATEs by primary key of the changed ones, parents before children, then the audit events
chained in order. All inside the caller's transaction, as plain tuples through `bulk_sql`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import attrgetter, itemgetter
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from sisa_desk.store import bulk_sql
from sisa_desk.store.models import (
    DuplicateReview,
    Match,
    MatchMember,
    Professional,
    Signal,
    YoungPerson,
)

from . import audit
from .bulk_registration import Changes
from .bulk_state import Row

WRITE_CHUNK = 5000
# 256 MiB of decrypted pages while an import writes, not the engine's 32 MiB: the index pages
# it touches stay in memory (1 s of 5 at 100 000 rows on 1 M signals; 512 MiB gains nothing).
IMPORT_PAGE_CACHE_KIB = 262_144

Step = Callable[[int], None]  # told how many rows were just written


def rows_to_write(changes: Changes) -> int:
    members = sum(len(m.members) for m in changes.matches.values())
    return (
        len(changes.professionals) + len(changes.persons) + len(changes.signals)
        + len(changes.matches) + members + len(changes.reviews) + len(changes.events)
    )  # fmt: skip


def write_changes(session: Session, changes: Changes, step: Step | None = None) -> None:
    """``step`` is called after each chunk (progress, and a cancel that raises)."""
    members = [m for match in changes.matches.values() for m in match.members]
    with bulk_sql.page_cache(session.connection(), IMPORT_PAGE_CACHE_KIB):
        _write(session, Professional.__table__, changes.professionals.values(), step)
        _write(session, YoungPerson.__table__, changes.persons.values(), step)
        _write(session, Signal.__table__, changes.signals.values(), step)
        _write(session, Match.__table__, changes.matches.values(), step)
        _write(session, MatchMember.__table__, members, step)
        _write_reviews(session, changes.reviews, step)
        for start in range(0, len(changes.events), WRITE_CHUNK):
            written = audit.record_many(session, changes.events[start : start + WRITE_CHUNK])
            _report(step, written)


def _write(session: Session, table: Table, rows: Iterable[Row], step: Step | None) -> None:
    new: list[Row] = []
    # Updates grouped by the columns they change: an index is only touched when its column
    # is in the SET clause, and a known young person mostly gets only a new address.
    changed: dict[tuple[str, ...], list[Row]] = defaultdict(list)
    for row in rows:
        if row.new:
            new.append(row)
        elif row.changed:
            changed[tuple(sorted(row.changed))].append(row)
    if new:
        names = new[0].COLUMNS
        _insert(session, table, names, list(map(attrgetter(*names), new)), step)
    for names, group in changed.items():
        values = list(map(attrgetter(*names, "id"), group))
        for chunk in _chunks(values):
            bulk_sql.update_rows(session.connection(), table, names, chunk)
            _report(step, len(chunk))


def _write_reviews(session: Session, reviews: list[dict[str, Any]], step: Step | None) -> None:
    names = tuple(DuplicateReview.__table__.c.keys())
    values = list(map(itemgetter(*names), reviews))
    _insert(session, DuplicateReview.__table__, names, values, step)


def _insert(
    session: Session,
    table: Table,
    names: Sequence[str],
    rows: list[tuple[Any, ...]],
    step: Step | None,
) -> None:
    for chunk in _chunks(rows):
        bulk_sql.insert_rows(session.connection(), table, names, chunk)
        _report(step, len(chunk))


def _chunks(rows: list[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    for start in range(0, len(rows), WRITE_CHUNK):
        yield rows[start : start + WRITE_CHUNK]


def _report(step: Step | None, written: int) -> None:
    if step is not None:
        step(written)
