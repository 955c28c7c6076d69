"""The paged lists of young persons and of signals, for the lazy tables of the screens.

Never all rows: a caller counts once per filter (``count_*``) and then asks for pages
(``*_page`` with offset and limit), sorted on any column with the id as tie-breaker. A
shielded young person's woonplaats is part of the address: it is never returned (None) and
the woonplaats filter does not find them (it would tell where they live).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from sisa_desk.domain.directory import Sector
from sisa_desk.domain.names import display_name
from sisa_desk.domain.permissions import Permission
from sisa_desk.store.models import (
    Match,
    MatchStatus,
    Organisation,
    Professional,
    Signal,
    SignalStatus,
    YoungPerson,
)

from .context import Workspace, requires
from .paging import any_prefix, folded_prefixes, prefix_range

MAX_PAGE = 1000


def _page_bounds(offset: int, limit: int) -> tuple[int, int]:
    return max(offset, 0), max(0, min(limit, MAX_PAGE))


def _ordered(keys: list[ColumnElement], tie_breaker: ColumnElement, descending: bool) -> list:
    """Empty values first going up and last going down (SQLite's own order, asked of every
    database), the id breaking ties: the pages then follow each other without a gap."""
    if descending:
        return [key.desc().nulls_last() for key in keys] + [tie_breaker.desc()]
    return [key.asc().nulls_first() for key in keys] + [tie_breaker.asc()]


# ------------------------------------------------------------------ young persons


class PersonColumn(StrEnum):
    BSN = "bsn"
    NAME = "name"
    DATE_OF_BIRTH = "date_of_birth"
    CITY = "city"
    ACTIVE_SIGNALS = "active_signals"
    OPEN_MATCH = "open_match"
    SHIELDED = "shielded"


@dataclass(frozen=True)
class PersonFilter:
    # Digits: the start of a BSN; otherwise the start of the surname (with or without the
    # prefix: "de vr" and "vr" both find De Vries).
    search: str = ""
    city: str | None = None
    open_match: bool | None = None
    shielded: bool | None = None


@dataclass(frozen=True)
class PersonRow:
    id: int
    bsn: str | None
    name: str
    date_of_birth: date
    city: str | None  # None when shielded
    active_signals: int
    open_match_id: int | None
    shielded: bool


def _active_signals() -> ColumnElement[int]:
    return (
        select(func.count())
        .where(Signal.young_person_id == YoungPerson.id, Signal.status == SignalStatus.ACTIVE)
        .scalar_subquery()
    )


def _has_open_match() -> ColumnElement[bool]:
    return exists().where(Match.young_person_id == YoungPerson.id, Match.status == MatchStatus.OPEN)


def search_condition(search: str) -> ColumnElement[bool] | None:
    """BSN prefix or surname prefix in any case, each an index range (services.paging);
    "de vr" also finds the surname Vries with the prefix "de"."""
    text = " ".join(search.split())
    if not text:
        return None
    digits = text.replace(" ", "")
    if digits.isdigit():
        return prefix_range(YoungPerson.bsn, digits)
    surname = func.lower(YoungPerson.surname)
    found = any_prefix(surname, folded_prefixes(text))
    words = text.split(" ")
    for split in range(1, len(words)):
        prefix, rest = " ".join(words[:split]).lower(), " ".join(words[split:])
        found = or_(
            found,
            and_(
                func.lower(YoungPerson.prefix) == prefix,
                any_prefix(surname, folded_prefixes(rest)),
            ),
        )
    return found


def _person_conditions(person_filter: PersonFilter) -> list[ColumnElement[bool]]:
    conditions = []
    searched = search_condition(person_filter.search)
    if searched is not None:
        conditions.append(searched)
    if person_filter.city:
        conditions += [YoungPerson.city == person_filter.city, YoungPerson.shielded.is_(False)]
    if person_filter.open_match is not None:
        has = _has_open_match()
        conditions.append(has if person_filter.open_match else ~has)
    if person_filter.shielded is not None:
        conditions.append(YoungPerson.shielded.is_(person_filter.shielded))
    return conditions


def _person_order(column: PersonColumn) -> list[ColumnElement]:
    if column is PersonColumn.BSN:
        return [YoungPerson.bsn]
    if column is PersonColumn.NAME:
        # The surname alone (then the id): the index on lower(surname) gives the order.
        return [func.lower(YoungPerson.surname)]
    if column is PersonColumn.DATE_OF_BIRTH:
        return [YoungPerson.date_of_birth]
    if column in (PersonColumn.CITY, PersonColumn.SHIELDED):
        # The shielded ones (no woonplaats shown) after the others, whose woonplaats orders
        # them: the order of the index (shielded, city), so a page needs no sort.
        return [YoungPerson.shielded, YoungPerson.city]
    if column is PersonColumn.ACTIVE_SIGNALS:
        return [_active_signals()]
    return [_has_open_match()]


@requires(Permission.VIEW_YOUNG_PERSONS)
def count_young_persons(workspace: Workspace, person_filter: PersonFilter | None = None) -> int:
    query = select(func.count()).select_from(YoungPerson)
    conditions = _person_conditions(person_filter or PersonFilter())
    with workspace.database.unit_of_work() as session:
        return session.scalar(query.where(*conditions)) or 0


def person_query(person_filter: PersonFilter, sort: PersonColumn | str, descending: bool) -> Select:
    order = _ordered(_person_order(PersonColumn(sort)), YoungPerson.id, descending)
    return select(YoungPerson).where(*_person_conditions(person_filter)).order_by(*order)


@requires(Permission.VIEW_YOUNG_PERSONS)
def young_persons_page(
    workspace: Workspace,
    person_filter: PersonFilter | None = None,
    *,
    sort: PersonColumn | str = PersonColumn.NAME,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[PersonRow]:
    offset, limit = _page_bounds(offset, limit)
    query = person_query(person_filter or PersonFilter(), sort, descending)
    with workspace.database.unit_of_work() as session:
        return person_rows(session, list(session.scalars(query.offset(offset).limit(limit))))


def person_rows(session: Session, people: list[YoungPerson]) -> list[PersonRow]:
    """The rows of a page of young persons: their active signals and open match added."""
    ids = [person.id for person in people]
    active = dict(
        session.execute(
            select(Signal.young_person_id, func.count())
            .where(Signal.young_person_id.in_(ids), Signal.status == SignalStatus.ACTIVE)
            .group_by(Signal.young_person_id)
        )
        .tuples()
        .all()
    )
    matches = dict(
        session.execute(
            select(Match.young_person_id, Match.id).where(
                Match.young_person_id.in_(ids), Match.status == MatchStatus.OPEN
            )
        )
        .tuples()
        .all()
    )
    return [
        PersonRow(
            id=person.id,
            bsn=person.bsn,
            name=display_name(person.given_names or "", person.prefix or "", person.surname),
            date_of_birth=person.date_of_birth,
            city=None if person.shielded else person.city,
            active_signals=active.get(person.id, 0),
            open_match_id=matches.get(person.id),
            shielded=person.shielded,
        )
        for person in people
    ]


@requires(Permission.VIEW_YOUNG_PERSONS)
def person_cities(workspace: Workspace) -> list[str]:
    """The woonplaatsen known, for the filter (an index scan). A shielded young person's is
    left out, as the filter never finds them: a place offered that finds nobody would tell
    that a shielded young person lives there."""
    with workspace.database.unit_of_work() as session:
        cities = session.scalars(
            select(YoungPerson.city)
            .where(YoungPerson.shielded.is_(False), YoungPerson.city.is_not(None))
            .distinct()
        )
        return sorted((city for city in cities if city), key=str.casefold)


# ------------------------------------------------------------------ signals


class SignalColumn(StrEnum):
    SIGNAL_DATE = "signal_date"
    ORGANISATION = "organisation"
    SECTOR = "sector"
    BSN = "bsn"
    NAME = "name"
    PROFESSIONAL = "professional"
    PLANNED_END = "planned_end"
    STATUS = "status"
    ENDED_ON = "ended_on"


@dataclass(frozen=True)
class SignalFilter:
    organisation_id: int | None = None
    sector: Sector | None = None
    status: SignalStatus | str | None = SignalStatus.ACTIVE  # None: active and history
    date_from: date | None = None  # the signal date, inclusive
    date_to: date | None = None


@dataclass(frozen=True)
class SignalRow:
    id: int
    young_person_id: int
    bsn: str | None
    name: str
    organisation_code: str
    organisation_name: str
    sector: Sector
    professional: str | None
    signal_date: date
    planned_end: date
    status: str
    ended_on: date | None
    end_reason: str | None
    shielded: bool


def _signal_conditions(signal_filter: SignalFilter) -> tuple[list[ColumnElement[bool]], bool]:
    """The conditions, and whether they need the organisation joined."""
    conditions = []
    if signal_filter.organisation_id is not None:
        conditions.append(Signal.organisation_id == signal_filter.organisation_id)
    if signal_filter.status is not None:
        conditions.append(Signal.status == SignalStatus(signal_filter.status))
    if signal_filter.date_from is not None:
        conditions.append(Signal.signal_date >= signal_filter.date_from)
    if signal_filter.date_to is not None:
        conditions.append(Signal.signal_date <= signal_filter.date_to)
    if signal_filter.sector is not None:
        conditions.append(Organisation.sector == Sector(signal_filter.sector))
        return conditions, True
    return conditions, False


_SIGNAL_ORDER: dict[SignalColumn, list[ColumnElement]] = {
    SignalColumn.SIGNAL_DATE: [Signal.signal_date],
    SignalColumn.ORGANISATION: [Organisation.code],
    SignalColumn.SECTOR: [Organisation.sector, Organisation.code],
    SignalColumn.BSN: [YoungPerson.bsn],
    SignalColumn.NAME: [func.lower(YoungPerson.surname), func.lower(YoungPerson.given_names)],
    SignalColumn.PROFESSIONAL: [func.lower(Professional.name)],
    SignalColumn.PLANNED_END: [Signal.planned_end],
    SignalColumn.STATUS: [Signal.status],
    SignalColumn.ENDED_ON: [Signal.ended_on],
}


@requires(Permission.VIEW_YOUNG_PERSONS)
def count_signals(workspace: Workspace, signal_filter: SignalFilter | None = None) -> int:
    conditions, by_organisation = _signal_conditions(signal_filter or SignalFilter())
    query: Select = select(func.count()).select_from(Signal)
    if by_organisation:
        query = query.join(Organisation, Organisation.id == Signal.organisation_id)
    with workspace.database.unit_of_work() as session:
        return session.scalar(query.where(*conditions)) or 0


def signal_query(signal_filter: SignalFilter, sort: SignalColumn | str, descending: bool) -> Select:
    conditions, _ = _signal_conditions(signal_filter)
    order = _ordered(_SIGNAL_ORDER[SignalColumn(sort)], Signal.id, descending)
    return (
        select(Signal, YoungPerson, Organisation, Professional.name)
        .join(YoungPerson, YoungPerson.id == Signal.young_person_id)
        .join(Organisation, Organisation.id == Signal.organisation_id)
        .outerjoin(Professional, Professional.id == Signal.professional_id)
        .where(*conditions)
        .order_by(*order)
    )


@requires(Permission.VIEW_YOUNG_PERSONS)
def signals_page(
    workspace: Workspace,
    signal_filter: SignalFilter | None = None,
    *,
    sort: SignalColumn | str = SignalColumn.SIGNAL_DATE,
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[SignalRow]:
    offset, limit = _page_bounds(offset, limit)
    query = signal_query(signal_filter or SignalFilter(), sort, descending)
    with workspace.database.unit_of_work() as session:
        return signal_rows(session.execute(query.offset(offset).limit(limit)))


def signal_rows(result: Iterable[Any]) -> list[SignalRow]:
    """Rows of ``signal_query``'s result as SignalRows."""
    return [
        SignalRow(
            id=signal.id,
            young_person_id=person.id,
            bsn=person.bsn,
            name=display_name(person.given_names or "", person.prefix or "", person.surname),
            organisation_code=organisation.code,
            organisation_name=organisation.name,
            sector=organisation.sector,
            professional=professional,
            signal_date=signal.signal_date,
            planned_end=signal.planned_end,
            status=signal.status.value,
            ended_on=signal.ended_on,
            end_reason=signal.end_reason.value if signal.end_reason else None,
            shielded=signal.shielded or person.shielded,
        )
        for signal, person, organisation, professional in result
    ]
