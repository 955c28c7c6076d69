"""Writing what `bulk_registration` decided: bulk INSERTs of the new rows and executemany
UPDATEs by primary key of the changed ones, parents before children, then the audit events
chained in order. All inside the caller's transaction."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.orm import Session

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
    _write(session, Professional.__table__, changes.professionals.values(), step)
    _write(session, YoungPerson.__table__, changes.persons.values(), step)
    _write(session, Signal.__table__, changes.signals.values(), step)
    _write(session, Match.__table__, changes.matches.values(), step)
    _write(session, MatchMember.__table__, members, step)
    _insert(session, DuplicateReview.__table__, changes.reviews, step)
    for start in range(0, len(changes.events), WRITE_CHUNK):
        written = audit.record_many(session, changes.events[start : start + WRITE_CHUNK])
        if step is not None:
            step(written)


def _write(session: Session, table: Table, rows: Iterable[Row], step: Step | None) -> None:
    new = []
    # Updates grouped by the columns they change: an index is only touched when its column
    # is in the SET clause, and a known young person mostly gets only a new address.
    changed: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row.new:
            new.append(row.values(row.COLUMNS))
        elif row.changed:
            names = tuple(sorted(row.changed))
            values = row.values(names)
            values["_id"] = row.id
            changed[names].append(values)
    _insert(session, table, new, step)
    statement = update(table).where(table.c.id == bindparam("_id"))
    for group in changed.values():
        for start in range(0, len(group), WRITE_CHUNK):
            chunk = group[start : start + WRITE_CHUNK]
            session.execute(statement, chunk)
            if step is not None:
                step(len(chunk))


def _insert(session: Session, table: Table, rows: list[dict[str, Any]], step: Step | None) -> None:
    statement = insert(table)
    for start in range(0, len(rows), WRITE_CHUNK):
        chunk = rows[start : start + WRITE_CHUNK]
        session.execute(statement, chunk)
        if step is not None:
            step(len(chunk))
