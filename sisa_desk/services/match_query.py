"""The SQL of the match list: its filter and sort as statements (see services.paging).

Two shapes of the same filter:

- *set* conditions, for counting and for pages that sort on a column of the match: a filter
  on the young person or the organisations becomes ``match.young_person_id IN (…)`` or
  ``match.id IN (…)``, each answered from one index;
- *row* conditions, for pages sorted on a column of the young person while the filter keeps a
  fair share of them: the young persons are walked in sort order (``paging.DrivingJoin``) and
  each condition is checked on the row at hand, never used to pick an index.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import (
    ColumnElement,
    Select,
    Subquery,
    and_,
    case,
    exists,
    false,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session, aliased

from sisa_desk.store.models import Match, MatchMember, MatchStatus, Organisation, YoungPerson

from .match_filter import PERSON_COLUMNS, MatchColumn, MatchFilter, MatchSort, StatusFilter
from .matching import overdue_cutoff
from .paging import DrivingJoin, any_prefix, folded_prefixes, prefix_range
from .settings import Settings

# The index through which a walk over the young persons finds their matches.
PERSON_MATCH_INDEX = "ix_match_person_status"


@dataclass(frozen=True)
class Terms:
    """The dates that make a match overdue or escalated today: one comparison each."""

    overdue_before: date
    escalated_before: date

    @classmethod
    def on(cls, today: date, settings: Settings) -> Terms:
        escalation = replace(settings, overdue_working_days=settings.escalation_working_days)
        return cls(overdue_cutoff(today, settings), overdue_cutoff(today, escalation))


def _unhandled_before(day: date) -> ColumnElement[bool]:
    return and_(Match.status == MatchStatus.OPEN, Match.handled_at.is_(None), Match.opened_on < day)


def _search_digits(text: str) -> str | None:
    digits = text.replace(" ", "").replace(".", "")
    return digits if digits.isdigit() else None


# ------------------------------------------------------------------ conditions


def _status_condition(status: StatusFilter, *, in_id_order: bool) -> ColumnElement[bool]:
    wanted = MatchStatus(status.value)
    if in_id_order:
        # Two statuses: "not the other one" is the same test, but no index serves it, so the
        # matches are read in the order of the table (a sort that reads every row is faster
        # that way than through an index in another order).
        other = MatchStatus.CLOSED if wanted is MatchStatus.OPEN else MatchStatus.OPEN
        return Match.status != other
    return Match.status == wanted


def _match_conditions(
    flt: MatchFilter,
    terms: Terms,
    organisations: list[int] | None,
    *,
    per_row: bool,
    in_id_order: bool = False,
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if flt.status is not StatusFilter.ALL:
        conditions.append(_status_condition(flt.status, in_id_order=in_id_order))
    if flt.overdue_only:
        conditions.append(_unhandled_before(terms.overdue_before))
    if flt.handled is not None:
        conditions.append(
            Match.handled_at.is_not(None) if flt.handled else Match.handled_at.is_(None)
        )
    if flt.opened_from is not None:
        conditions.append(Match.opened_on >= flt.opened_from)
    if flt.opened_to is not None:
        conditions.append(Match.opened_on <= flt.opened_to)
    if organisations is not None:
        conditions.append(_organisation_condition(flt, organisations, per_row=per_row))
    return conditions


def _organisation_condition(
    flt: MatchFilter, organisations: list[int], *, per_row: bool
) -> ColumnElement[bool]:
    member = MatchMember.organisation_id.in_(organisations)
    if per_row:
        return exists().where(
            MatchMember.match_id == Match.id,
            member,
            or_(MatchMember.left_on.is_(None), Match.status == MatchStatus.CLOSED),
        )
    now = select(MatchMember.match_id).where(member, MatchMember.left_on.is_(None))
    current = Match.id.in_(now)
    ever = Match.id.in_(select(MatchMember.match_id).where(member))
    if flt.status is StatusFilter.OPEN:
        return current
    if flt.status is StatusFilter.CLOSED:
        return ever
    return or_(
        and_(Match.status == MatchStatus.OPEN, current),
        and_(Match.status == MatchStatus.CLOSED, ever),
    )


def _person_conditions(flt: MatchFilter, *, per_row: bool) -> list[ColumnElement[bool]]:
    """Conditions on YoungPerson (per_row), or on Match through an IN (…) of young persons."""
    conditions: list[ColumnElement[bool]] = []
    if flt.city:
        if per_row:  # written so that no index on the city is chosen to drive the walk
            conditions += [
                YoungPerson.shielded != true(),
                func.coalesce(YoungPerson.city, "") == flt.city,
            ]
        else:
            conditions += [YoungPerson.shielded == false(), YoungPerson.city == flt.city]
    search = flt.search.strip()
    if search:
        digits = _search_digits(search)
        if digits is not None:
            forms, column = [digits], YoungPerson.bsn
        else:
            forms, column = folded_prefixes(search), func.lower(YoungPerson.surname)
        if per_row:
            conditions.append(or_(*(func.substr(column, 1, len(f)) == f for f in forms)))
        elif digits is not None:
            conditions.append(prefix_range(column, digits))
        else:
            conditions.append(any_prefix(column, forms))
    if conditions and not per_row:
        return [Match.young_person_id.in_(select(YoungPerson.id).where(*conditions))]
    return conditions


def organisations_of(session: Session, flt: MatchFilter) -> list[int] | None:
    """The organisations the filter asks for (None: any)."""
    if flt.organisation_id is None and flt.sector is None:
        return None
    query = select(Organisation.id)
    if flt.organisation_id is not None:
        query = query.where(Organisation.id == flt.organisation_id)
    if flt.sector is not None:
        query = query.where(Organisation.sector == flt.sector)
    return list(session.scalars(query))


def count_statement(flt: MatchFilter, terms: Terms, organisations: list[int] | None) -> Select:
    conditions = _match_conditions(flt, terms, organisations, per_row=False)
    conditions += _person_conditions(flt, per_row=False)
    return select(func.count()).select_from(Match).where(*conditions)


# ------------------------------------------------------------------ sorting


def _member_count(status: StatusFilter) -> ColumnElement[int]:
    """The number of organisations in the match: now, or (closed) all it had. Each form is
    counted from the index on (match, left on) alone."""

    def count(*conditions: ColumnElement[bool]) -> ColumnElement[int]:
        query = select(func.count()).where(MatchMember.match_id == Match.id, *conditions)
        return query.scalar_subquery()

    current = count(MatchMember.left_on.is_(None))
    if status is StatusFilter.OPEN:
        return current
    if status is StatusFilter.CLOSED:
        return count()
    return case((Match.status == MatchStatus.CLOSED, count()), else_=current)


def _sort_keys(
    column: MatchColumn, terms: Terms, coordinator_ranks: dict[int, int], status: StatusFilter
) -> tuple[list[ColumnElement], bool]:
    """The expressions to order by, and whether they run against the direction asked."""
    if column is MatchColumn.ID:
        return [], False
    if column is MatchColumn.BSN:
        return [YoungPerson.bsn], False
    if column is MatchColumn.NAME:
        return [func.lower(YoungPerson.surname), YoungPerson.given_names], False
    if column is MatchColumn.DATE_OF_BIRTH:
        return [YoungPerson.date_of_birth], False
    if column is MatchColumn.CITY:
        return [YoungPerson.shielded, YoungPerson.city], False
    if column is MatchColumn.ORGANISATIONS:
        return [_member_count(status)], False
    if column is MatchColumn.OPENED_ON:
        return [Match.opened_on], False
    if column is MatchColumn.DAYS_OPEN:
        return [Match.opened_on], True
    if column is MatchColumn.STATUS:
        return [Match.status], False
    if column is MatchColumn.COORDINATOR:
        if not coordinator_ranks:
            return [Match.coordinator_id], False
        rank = case(coordinator_ranks, value=Match.coordinator_id, else_=len(coordinator_ranks))
        return [rank], False
    if column is MatchColumn.HANDLED:
        return [case((Match.handled_at.is_(None), 0), else_=1)], False
    if column is MatchColumn.OVERDUE:
        return [case((_unhandled_before(terms.overdue_before), 1), else_=0)], False
    if column is MatchColumn.ESCALATED:
        return [case((_unhandled_before(terms.escalated_before), 1), else_=0)], False
    urgency = case(
        (Match.status == MatchStatus.CLOSED, 4),
        (Match.handled_at.is_not(None), 3),
        (Match.opened_on < terms.escalated_before, 0),
        (Match.opened_on < terms.overdue_before, 1),
        else_=2,
    )
    return [urgency], False


def coordinator_ranks(session: Session) -> dict[int, int]:
    """Organisation id -> its place in the order of codes."""
    codes = session.execute(select(Organisation.id).order_by(Organisation.code)).scalars()
    return {organisation_id: rank for rank, organisation_id in enumerate(codes)}


# ------------------------------------------------------------------ the page


Coordinator = aliased(Organisation, name="coordinator")
Proposed = aliased(Organisation, name="proposed")


def _keys_page(
    flt: MatchFilter,
    sort: MatchSort,
    terms: Terms,
    organisations: list[int] | None,
    keys: list[ColumnElement],
    descending: bool,
    drive_by_person: bool,
    only_id: int | None,
) -> Select:
    """The ids of the matches in order, with their sort keys (k0, k1, …)."""
    person_sort = sort.column in PERSON_COLUMNS
    per_row = drive_by_person and person_sort
    # A sort on what only the table holds reads every row: best in the table's own order.
    # (The coordinator is in the index on status and opening, read instead of the table.)
    in_id_order = sort.column is MatchColumn.ORGANISATIONS
    conditions = _match_conditions(
        flt, terms, organisations, per_row=per_row, in_id_order=in_id_order
    )
    conditions += _person_conditions(flt, per_row=per_row)
    if only_id is not None:
        conditions.append(Match.id == only_id)
    if per_row:
        source = DrivingJoin(
            YoungPerson.__table__,
            Match.__table__,
            Match.young_person_id == YoungPerson.id,
            PERSON_MATCH_INDEX,
        )
    elif person_sort:
        source = Match.__table__.join(
            YoungPerson.__table__, Match.young_person_id == YoungPerson.id
        )
    else:
        source = Match.__table__
    labelled = [key.label(f"k{i}") for i, key in enumerate(keys)]
    order = [*keys, Match.id]
    return (
        select(Match.id.label("id"), *labelled)
        .select_from(source)
        .where(*conditions)
        .order_by(*(o.desc() if descending else o.asc() for o in order))
    )


def _counted_members_page(descending: bool, offset: int, limit: int | None) -> Subquery:
    """All open matches by their number of organisations, from one pass over the members'
    index. Only an open match has members that have not left (a closing match marks every
    member as left), so the open list needs neither the match table nor a count per match."""
    count = func.count().label("k0")
    order = [count, MatchMember.match_id]
    return (
        select(MatchMember.match_id.label("id"), count)
        .where(MatchMember.left_on.is_(None))
        .group_by(MatchMember.match_id)
        .order_by(*(o.desc() if descending else o.asc() for o in order))
        .offset(offset or None)
        .limit(limit)
        .subquery("page")
    )


def rows_statement(
    flt: MatchFilter,
    sort: MatchSort,
    terms: Terms,
    organisations: list[int] | None,
    ranks: dict[int, int],
    *,
    offset: int = 0,
    limit: int | None = None,
    drive_by_person: bool = False,
    only_id: int | None = None,
) -> Select:
    """The rows of one page (or, without ``limit``, of the whole list) in order.

    The page's match ids are found first, in a subquery that touches only what the filter
    and the order need; the columns of those few rows are joined after.
    """
    keys, reverse = _sort_keys(sort.column, terms, ranks, flt.status)
    descending = sort.descending != reverse
    if sort.column is MatchColumn.ORGANISATIONS and flt == MatchFilter() and only_id is None:
        page = _counted_members_page(descending, offset, limit)
    else:
        page = _keys_page(flt, sort, terms, organisations, keys, descending, drive_by_person,
                          only_id).offset(offset or None).limit(limit).subquery("page")  # fmt: skip
    outer_order = [*(page.c[f"k{i}"] for i in range(len(keys))), page.c.id]
    return (
        select(
            Match.id,
            Match.young_person_id,
            Match.status,
            Match.opened_on,
            Match.closed_on,
            Match.handled_at,
            YoungPerson.bsn,
            YoungPerson.given_names,
            YoungPerson.prefix,
            YoungPerson.surname,
            YoungPerson.date_of_birth,
            YoungPerson.city,
            YoungPerson.shielded,
            Coordinator.code,
            Proposed.code,
        )
        .select_from(page)
        .join(Match, Match.id == page.c.id)
        .join(YoungPerson, YoungPerson.id == Match.young_person_id)
        .outerjoin(Coordinator, Coordinator.id == Match.coordinator_id)
        .outerjoin(Proposed, Proposed.id == Match.proposed_coordinator_id)
        .order_by(*(o.desc() if descending else o.asc() for o in outer_order))
    )


def members_statement(match_ids: list[int]) -> Select:
    """The organisations (codes) of these matches, each member with the day it left."""
    return (
        select(MatchMember.match_id, Organisation.code, MatchMember.left_on)
        .join(Organisation, Organisation.id == MatchMember.organisation_id)
        .where(MatchMember.match_id.in_(match_ids))
    )
