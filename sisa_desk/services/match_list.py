"""The match list: counted and read one page at a time, never all rows at once.

``count_matches`` and ``match_page`` take the same ``MatchFilter``; a table model asks for the
count, then for pages as the user scrolls (``offset``/``limit``). A page is one SQL statement
(its match ids found through indexes, then their columns joined) plus one small statement for
the organisations of its matches. Every call returns plain dataclasses.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import false, func, select
from sqlalchemy.orm import Session

from sisa_desk.domain.directory import Sector
from sisa_desk.domain.matching import is_escalated, is_overdue
from sisa_desk.domain.names import display_name
from sisa_desk.domain.permissions import Permission
from sisa_desk.store.models import MatchStatus, Organisation, YoungPerson

from .context import Workspace, requires
from .errors import InvalidInput, NotFound
from .match_filter import PERSON_COLUMNS, MatchColumn, MatchFilter, MatchSort, StatusFilter
from .match_query import (
    Terms,
    coordinator_ranks,
    count_statement,
    members_statement,
    organisations_of,
    rows_statement,
)
from .paging import worth_driving
from .settings import Settings, load_settings

__all__ = [
    "MatchColumn",
    "MatchFilter",
    "MatchRow",
    "MatchSort",
    "StatusFilter",
    "count_matches",
    "filter_choices",
    "match_page",
    "match_row",
]

MAX_PAGE = 5_000


@dataclass(frozen=True)
class MatchRow:
    id: int
    young_person_id: int
    bsn: str | None
    name: str
    date_of_birth: date
    # None when the young person's address is shielded: it is never shown or exported.
    city: str | None
    shielded: bool
    # Codes, sorted: the organisations in the match now (a closed match: all it had).
    organisations: list[str]
    opened_on: date
    closed_on: date | None
    status: str
    coordinator: str | None
    proposed_coordinator: str | None
    handled: bool
    overdue: bool
    escalated: bool
    # Days from the opening until today, or until the closing of a closed match.
    days_open: int


@dataclass(frozen=True)
class OrganisationChoice:
    id: int
    code: str
    name: str
    sector: Sector


@dataclass(frozen=True)
class FilterChoices:
    organisations: list[OrganisationChoice]
    sectors: list[Sector]
    cities: list[str]


# ------------------------------------------------------------------ reading rows


class _Context:
    """What one unit of work needs to turn a filter into statements and rows into MatchRows."""

    def __init__(self, session: Session, flt: MatchFilter, today: date) -> None:
        self.session = session
        self.today = today
        self.settings: Settings = load_settings(session)
        self.terms = Terms.on(today, self.settings)
        self.organisations = organisations_of(session, flt)

    def rows(self, statement: object) -> list[MatchRow]:
        result = self.session.execute(statement).all()  # type: ignore[call-overload]
        return self.to_rows(result)

    def to_rows(self, result: list) -> list[MatchRow]:
        members: dict[int, set[str]] = defaultdict(set)
        closed = {r[0] for r in result if r.status is MatchStatus.CLOSED}
        if result:
            for match_id, code, left_on in self.session.execute(
                members_statement([r[0] for r in result])
            ):
                # An open match lists who is in it now; a closed one everyone who ever was.
                if left_on is None or match_id in closed:
                    members[match_id].add(code)
        return [self._row(r, sorted(members[r[0]])) for r in result]

    def _row(self, r: object, organisations: list[str]) -> MatchRow:
        (match_id, person_id, status, opened_on, closed_on, handled_at, bsn, given, prefix,
         surname, born, city, shielded, coordinator, proposed) = r  # type: ignore[misc]  # fmt: skip
        handled = handled_at is not None
        is_open = status is MatchStatus.OPEN
        term, escalation = (
            self.settings.overdue_working_days,
            self.settings.escalation_working_days,
        )
        return MatchRow(
            id=match_id,
            young_person_id=person_id,
            bsn=bsn,
            name=display_name(given or "", prefix or "", surname),
            date_of_birth=born,
            city=None if shielded else city,
            shielded=shielded,
            organisations=organisations,
            opened_on=opened_on,
            closed_on=closed_on,
            status=status.value,
            coordinator=coordinator,
            proposed_coordinator=proposed,
            handled=handled,
            overdue=is_open and is_overdue(opened_on, self.today, handled, term),
            escalated=is_open and is_escalated(opened_on, self.today, handled, escalation),
            days_open=((closed_on or self.today) - opened_on).days,
        )

    def ranks(self, sort: MatchSort) -> dict[int, int]:
        if sort.column is MatchColumn.COORDINATOR:
            return coordinator_ranks(self.session)
        return {}


# A short memory of counts, so that the page after a count need not count again to choose
# its plan (services.paging.worth_driving). Only the plan depends on it, never the rows.
_COUNT_TTL_SECONDS = 60.0
_COUNTS_KEPT = 32


def _remember_count(workspace: Workspace, key: tuple, count: int) -> None:
    counts = workspace.database.memo.setdefault("match_list_counts", {})
    assert isinstance(counts, dict)
    counts[key] = (time.monotonic(), count)
    while len(counts) > _COUNTS_KEPT:
        counts.pop(next(iter(counts)))


def _known_count(workspace: Workspace, key: tuple) -> int | None:
    counts = workspace.database.memo.get("match_list_counts")
    if isinstance(counts, dict) and key in counts:
        at, count = counts[key]
        if time.monotonic() - at < _COUNT_TTL_SECONDS:
            return count
    return None


def _count(context: _Context, flt: MatchFilter) -> int:
    statement = count_statement(flt, context.terms, context.organisations)
    return context.session.scalar(statement) or 0


def _drive_by_person(workspace: Workspace, context: _Context, flt: MatchFilter) -> bool:
    key = (flt, context.today)
    count = _known_count(workspace, key)
    if count is None:
        count = _count(context, flt)
        _remember_count(workspace, key, count)
    # max(id) answers from the end of the table at once; a count would walk all of it.
    persons = context.session.scalar(select(func.max(YoungPerson.id))) or 0
    return worth_driving(count, persons)


@requires(Permission.WORK_MATCHES)
def count_matches(workspace: Workspace, flt: MatchFilter, today: date | None = None) -> int:
    """How many matches the filter keeps."""
    today = today or date.today()
    with workspace.database.unit_of_work() as session:
        count = _count(_Context(session, flt, today), flt)
    _remember_count(workspace, (flt, today), count)
    return count


@requires(Permission.WORK_MATCHES)
def match_page(
    workspace: Workspace,
    flt: MatchFilter,
    sort: MatchSort,
    offset: int,
    limit: int,
    today: date | None = None,
) -> list[MatchRow]:
    """The rows ``offset`` to ``offset + limit`` of the list in this order."""
    if offset < 0 or not 0 < limit <= MAX_PAGE:
        raise InvalidInput(f"a page starts at 0 or later and holds 1 to {MAX_PAGE} rows")
    today = today or date.today()
    with workspace.database.unit_of_work() as session:
        context = _Context(session, flt, today)
        driving = sort.column in PERSON_COLUMNS and _drive_by_person(workspace, context, flt)
        statement = rows_statement(
            flt,
            sort,
            context.terms,
            context.organisations,
            context.ranks(sort),
            offset=offset,
            limit=limit,
            drive_by_person=driving,
        )
        return context.rows(statement)


@requires(Permission.WORK_MATCHES)
def match_row(workspace: Workspace, match_id: int, today: date | None = None) -> MatchRow:
    """One match as a row of the list (after work on it changed its steps)."""
    today = today or date.today()
    flt = MatchFilter(status=StatusFilter.ALL)
    with workspace.database.unit_of_work() as session:
        context = _Context(session, flt, today)
        statement = rows_statement(
            flt, MatchSort(MatchColumn.ID), context.terms, None, {}, only_id=match_id
        )
        rows = context.rows(statement)
    if not rows:
        raise NotFound(f"no match {match_id}")
    return rows[0]


def iter_rows(
    session: Session,
    flt: MatchFilter,
    sort: MatchSort,
    today: date,
    *,
    chunk: int = 1_000,
) -> Iterator[list[MatchRow]]:
    """The whole list in order, ``chunk`` rows at a time, from one statement (for exports:
    the caller checked the permission and owns the unit of work)."""
    context = _Context(session, flt, today)
    statement = rows_statement(flt, sort, context.terms, context.organisations, context.ranks(sort))
    result = session.execute(statement.execution_options(yield_per=chunk))
    for part in result.partitions(chunk):
        yield context.to_rows(list(part))


def count_in_session(session: Session, flt: MatchFilter, today: date) -> int:
    return _count(_Context(session, flt, today), flt)


@requires(Permission.WORK_MATCHES)
def filter_choices(workspace: Workspace) -> FilterChoices:
    """The organisations, sectors and cities the filters of the list offer."""
    with workspace.database.unit_of_work() as session:
        organisations = [
            OrganisationChoice(o.id, o.code, o.name, o.sector)
            for o in session.scalars(select(Organisation).order_by(Organisation.code))
        ]
        cities = session.scalars(
            select(YoungPerson.city)
            .where(YoungPerson.shielded == false(), YoungPerson.city.is_not(None))
            .distinct()
            .order_by(YoungPerson.city)
        )
        return FilterChoices(organisations, list(Sector), [c for c in cities if c])
