"""The paged match list against a plain-Python reading of the same demo database: every
filter, every sort column in both directions (with and without walking the young persons'
index), paging without gaps, counts, and who may read it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from sisa_desk.domain.directory import Sector
from sisa_desk.domain.matching import is_escalated, is_overdue
from sisa_desk.domain.permissions import Permission, Role, has_permission
from sisa_desk.services import accounts, demo_data, match_list, paging
from sisa_desk.services.errors import InvalidInput, NotFound, PermissionDenied
from sisa_desk.services.match_list import (
    MatchColumn,
    MatchFilter,
    MatchSort,
    StatusFilter,
)
from sisa_desk.services.settings import load_settings
from sisa_desk.store.models import Match, MatchStatus, Organisation, YoungPerson
from tests.conftest import FAST_KDF, NAMES, PASSWORDS

TODAY = date(2026, 11, 26)


@dataclass(frozen=True)
class Expected:
    """One match as the test reads it straight from the ORM."""

    id: int
    bsn: str | None
    surname: str
    given: str
    born: date
    city: str | None
    # The real city, by which a shielded one sorts among the shielded (never shown).
    sort_city: str | None
    shielded: bool
    status: str
    opened_on: date
    coordinator_rank: int
    current: frozenset[int]
    ever: frozenset[int]
    organisations: tuple[str, ...]
    handled: bool
    overdue: bool
    escalated: bool


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder: Path = tmp_path_factory.mktemp("match-list")
    path = folder / "sisa.db"
    admin = accounts.initialise(path, NAMES[Role.ADMIN], PASSWORDS[Role.ADMIN], kdf=FAST_KDF)
    demo_data.fill_demo_data(admin.workspace, young_persons=300, today=TODAY)
    workspaces = {Role.ADMIN: admin.workspace}
    for role in (Role.OPERATOR, Role.ANALYST, Role.AUDITOR):
        accounts.add_user(admin.workspace, NAMES[role], role, PASSWORDS[role], kdf=FAST_KDF)
        workspaces[role] = accounts.log_in(path, NAMES[role], PASSWORDS[role])
    yield workspaces
    for workspace in workspaces.values():
        workspace.database.close()


@pytest.fixture(scope="module")
def expected(demo) -> list[Expected]:
    with demo[Role.ADMIN].database.unit_of_work() as session:
        settings = load_settings(session)
        codes = dict(session.execute(select(Organisation.id, Organisation.code)).tuples().all())
        ranks = {org: rank for rank, org in enumerate(sorted(codes, key=codes.get))}
        result = []
        for match in session.scalars(select(Match)):
            person = session.get(YoungPerson, match.young_person_id)
            is_open = match.status is MatchStatus.OPEN
            current = frozenset(m.organisation_id for m in match.members if m.left_on is None)
            ever = frozenset(m.organisation_id for m in match.members)
            shown = current if is_open else ever
            handled = match.handled_at is not None
            result.append(
                Expected(
                    id=match.id,
                    bsn=person.bsn,
                    surname=person.surname,
                    given=person.given_names or "",
                    born=person.date_of_birth,
                    city=None if person.shielded else person.city,
                    sort_city=person.city,
                    shielded=person.shielded,
                    status=match.status.value,
                    opened_on=match.opened_on,
                    coordinator_rank=ranks.get(match.coordinator_id, len(ranks)),
                    current=current,
                    ever=ever,
                    organisations=tuple(sorted(codes[o] for o in shown)),
                    handled=handled,
                    overdue=is_open
                    and is_overdue(match.opened_on, TODAY, handled, settings.overdue_working_days),
                    escalated=is_open
                    and is_escalated(
                        match.opened_on, TODAY, handled, settings.escalation_working_days
                    ),
                )
            )
        return result


def _all_ids(workspace, flt: MatchFilter, sort: MatchSort, page: int = 37) -> list[int]:
    ids, offset = [], 0
    while True:
        rows = match_list.match_page(workspace, flt, sort, offset, page, today=TODAY)
        ids += [row.id for row in rows]
        if len(rows) < page:
            return ids
        offset += page


def _sqlite_lower(text: str) -> str:
    return "".join(ch.lower() if ch.isascii() else ch for ch in text)


def _organisations_of(demo, flt: MatchFilter) -> set[int] | None:
    if flt.organisation_id is None and flt.sector is None:
        return None
    with demo[Role.ADMIN].database.unit_of_work() as session:
        return {
            o.id
            for o in session.scalars(select(Organisation))
            if (flt.organisation_id in (None, o.id)) and (flt.sector in (None, o.sector))
        }


def _keeps(e: Expected, flt: MatchFilter, organisations: set[int] | None) -> bool:
    search = flt.search.strip()
    checks = [
        flt.status is StatusFilter.ALL or e.status == flt.status.value,
        not flt.overdue_only or e.overdue,
        flt.handled is None or e.handled == flt.handled,
        flt.opened_from is None or e.opened_on >= flt.opened_from,
        flt.opened_to is None or e.opened_on <= flt.opened_to,
        organisations is None
        or bool((e.current if e.status == "open" else e.ever) & organisations),
        not flt.city or (e.city == flt.city and not e.shielded),
        not search
        or (
            (e.bsn or "").startswith(search)
            if search.isdigit()
            else e.surname.lower().startswith(search.lower())
        ),
    ]
    return all(checks)


def _key(e: Expected, column: MatchColumn) -> tuple:
    state = (
        4
        if e.status == "closed"
        else 3
        if e.handled
        else 0
        if e.escalated
        else 1
        if e.overdue
        else 2
    )
    keys = {
        MatchColumn.ID: (),
        MatchColumn.BSN: (e.bsn is not None, e.bsn or ""),
        MatchColumn.NAME: (_sqlite_lower(e.surname), e.given),
        MatchColumn.DATE_OF_BIRTH: (e.born,),
        MatchColumn.CITY: (e.shielded, e.sort_city is not None, e.sort_city or ""),
        MatchColumn.ORGANISATIONS: (len(e.organisations),),
        MatchColumn.OPENED_ON: (e.opened_on,),
        # Newest first going up; ties by match number in the order of the dates.
        MatchColumn.DAYS_OPEN: (-e.opened_on.toordinal(), -e.id),
        MatchColumn.STATUS: (e.status,),
        MatchColumn.COORDINATOR: (e.coordinator_rank,),
        MatchColumn.HANDLED: (e.handled,),
        MatchColumn.OVERDUE: (e.overdue,),
        MatchColumn.ESCALATED: (e.escalated,),
        MatchColumn.STATE: (state,),
    }
    return keys[column]


def _expected_ids(demo, expected, flt: MatchFilter, sort: MatchSort) -> list[int]:
    organisations = _organisations_of(demo, flt)
    kept = [e for e in expected if _keeps(e, flt, organisations)]
    kept.sort(key=lambda e: (*_key(e, sort.column), e.id), reverse=sort.descending)
    return [e.id for e in kept]


@pytest.fixture(params=["sort the filtered rows", "walk the young persons"])
def plan(request, monkeypatch):
    if request.param == "walk the young persons":
        monkeypatch.setattr(paging, "DRIVE_MIN_ROWS", 0)
        monkeypatch.setattr(paging, "DRIVE_MIN_SHARE", 0.0)
    return request.param


# ------------------------------------------------------------------ sorting and paging


@pytest.mark.parametrize("descending", [False, True], ids=["up", "down"])
@pytest.mark.parametrize("column", list(MatchColumn))
@pytest.mark.parametrize("status", [StatusFilter.OPEN, StatusFilter.ALL])
def test_every_column_sorts_both_ways_over_all_pages(
    demo, expected, plan, column, descending, status
):
    flt, sort = MatchFilter(status=status), MatchSort(column, descending)
    assert _all_ids(demo[Role.OPERATOR], flt, sort) == _expected_ids(demo, expected, flt, sort)


def test_the_default_is_open_matches_newest_first(demo, expected):
    rows = match_list.match_page(demo[Role.OPERATOR], MatchFilter(), MatchSort(), 0, 5, today=TODAY)
    newest = sorted((e for e in expected if e.status == "open"), key=lambda e: (e.opened_on, e.id))[
        ::-1
    ]
    assert [row.id for row in rows] == [e.id for e in newest[:5]]


def test_a_page_holds_at_most_its_limit_and_pages_do_not_overlap(demo):
    workspace = demo[Role.OPERATOR]
    first = match_list.match_page(workspace, MatchFilter(), MatchSort(), 0, 20, today=TODAY)
    second = match_list.match_page(workspace, MatchFilter(), MatchSort(), 20, 20, today=TODAY)
    assert len(first) == len(second) == 20
    assert not {r.id for r in first} & {r.id for r in second}
    beyond = match_list.match_page(workspace, MatchFilter(), MatchSort(), 10_000, 20, today=TODAY)
    assert beyond == []


@pytest.mark.parametrize("offset, limit", [(-1, 10), (0, 0), (0, match_list.MAX_PAGE + 1)])
def test_a_page_out_of_bounds_is_refused(demo, offset, limit):
    with pytest.raises(InvalidInput):
        match_list.match_page(demo[Role.OPERATOR], MatchFilter(), MatchSort(), offset, limit)


# ------------------------------------------------------------------ filters


def _filters(demo, expected) -> dict[str, MatchFilter]:
    choices = match_list.filter_choices(demo[Role.OPERATOR])
    busiest = max(choices.organisations, key=lambda o: sum(o.id in e.ever for e in expected))
    person = next(e for e in expected if e.bsn and e.status == "open")
    non_ascii = next(e for e in expected if not e.surname[0].isascii())
    return {
        "open": MatchFilter(),
        "closed": MatchFilter(status=StatusFilter.CLOSED),
        "all": MatchFilter(status=StatusFilter.ALL),
        "overdue only": MatchFilter(overdue_only=True),
        "handled": MatchFilter(status=StatusFilter.ALL, handled=True),
        "not handled": MatchFilter(status=StatusFilter.ALL, handled=False),
        "organisation": MatchFilter(status=StatusFilter.ALL, organisation_id=busiest.id),
        "organisation, open": MatchFilter(organisation_id=busiest.id),
        "organisation, closed": MatchFilter(status=StatusFilter.CLOSED, organisation_id=busiest.id),
        "sector": MatchFilter(status=StatusFilter.ALL, sector=Sector.YOUTH_CARE),
        "city": MatchFilter(status=StatusFilter.ALL, city="Rotterdam"),
        "opened from": MatchFilter(status=StatusFilter.ALL, opened_from=TODAY - timedelta(90)),
        "opened until": MatchFilter(status=StatusFilter.ALL, opened_to=TODAY - timedelta(200)),
        "period": MatchFilter(opened_from=TODAY - timedelta(400), opened_to=TODAY - timedelta(100)),
        "bsn prefix": MatchFilter(status=StatusFilter.ALL, search=person.bsn[:4]),
        "surname, lower case": MatchFilter(
            status=StatusFilter.ALL, search=person.surname[:3].lower()
        ),
        "surname, capitals": MatchFilter(status=StatusFilter.ALL, search=person.surname.upper()),
        "surname with Ö or Ç": MatchFilter(
            status=StatusFilter.ALL, search=non_ascii.surname[:2].lower()
        ),
        "together": MatchFilter(
            overdue_only=False,
            handled=True,
            sector=Sector.YOUTH_CARE,
            city="Rotterdam",
            opened_from=TODAY - timedelta(700),
        ),
    }


FILTER_NAMES = [
    "open",
    "closed",
    "all",
    "overdue only",
    "handled",
    "not handled",
    "organisation",
    "organisation, open",
    "organisation, closed",
    "sector",
    "city",
    "opened from",
    "opened until",
    "period",
    "bsn prefix",
    "surname, lower case",
    "surname, capitals",
    "surname with Ö or Ç",
    "together",
]


@pytest.mark.parametrize("name", FILTER_NAMES)
def test_each_filter_counts_and_lists_what_it_keeps(demo, expected, plan, name):
    flt = _filters(demo, expected)[name]
    wanted = _expected_ids(demo, expected, flt, MatchSort(MatchColumn.NAME))
    assert wanted, "the demo data must hold a match for this filter"
    workspace = demo[Role.OPERATOR]
    assert match_list.count_matches(workspace, flt, today=TODAY) == len(wanted)
    assert _all_ids(workspace, flt, MatchSort(MatchColumn.NAME)) == wanted
    by_date = _all_ids(workspace, flt, MatchSort(MatchColumn.OPENED_ON, False))
    assert sorted(by_date) == sorted(wanted)


def test_the_overdue_filter_agrees_with_the_domain_rule(demo, expected):
    rows = [
        row
        for offset in range(0, 500, 100)
        for row in match_list.match_page(
            demo[Role.OPERATOR], MatchFilter(status=StatusFilter.ALL), MatchSort(), offset, 100,
            today=TODAY,
        )
    ]  # fmt: skip
    overdue = set(_all_ids(demo[Role.OPERATOR], MatchFilter(overdue_only=True), MatchSort()))
    assert overdue == {row.id for row in rows if row.overdue}
    assert overdue == {e.id for e in expected if e.overdue}
    assert overdue, "the demo data holds overdue matches"


def test_a_shielded_young_person_shows_no_city_and_no_city_finds_them(demo, expected):
    shielded = [e for e in expected if e.shielded]
    assert shielded
    workspace = demo[Role.OPERATOR]
    rows = {
        r.id: r
        for r in match_list.match_page(
            workspace, MatchFilter(status=StatusFilter.ALL), MatchSort(), 0, 500, today=TODAY
        )
    }
    with demo[Role.ADMIN].database.unit_of_work() as session:
        for e in shielded:
            assert rows[e.id].shielded and rows[e.id].city is None
            real_city = session.scalar(select(YoungPerson.city).join(Match).where(Match.id == e.id))
            found = _all_ids(workspace, MatchFilter(status=StatusFilter.ALL, city=real_city),
                             MatchSort())  # fmt: skip
            assert e.id not in found
    assert all(c for c in match_list.filter_choices(workspace).cities)


def test_a_row_carries_what_the_list_shows(demo, expected):
    e = next(e for e in expected if e.status == "open" and len(e.organisations) >= 2)
    row = match_list.match_row(demo[Role.OPERATOR], e.id, today=TODAY)
    assert row.organisations == list(e.organisations)
    assert (row.bsn, row.date_of_birth, row.opened_on) == (e.bsn, e.born, e.opened_on)
    assert row.name.endswith(e.surname) and row.name.startswith(e.given.split()[0])
    assert row.days_open == (TODAY - e.opened_on).days
    assert (row.handled, row.overdue, row.escalated) == (e.handled, e.overdue, e.escalated)
    with pytest.raises(NotFound):
        match_list.match_row(demo[Role.OPERATOR], 999_999)


def test_filter_choices_offer_every_organisation_sector_and_city(demo):
    choices = match_list.filter_choices(demo[Role.OPERATOR])
    assert len(choices.organisations) == 24
    assert [o.code for o in choices.organisations] == sorted(o.code for o in choices.organisations)
    assert set(choices.sectors) == set(Sector)
    assert "Rotterdam" in choices.cities and choices.cities == sorted(choices.cities)


# ------------------------------------------------------------------ permissions


LIST_CALLS = {
    "count_matches": lambda ws: match_list.count_matches(ws, MatchFilter()),
    "match_page": lambda ws: match_list.match_page(ws, MatchFilter(), MatchSort(), 0, 10),
    "match_row": lambda ws: match_list.match_row(ws, 1),
    "filter_choices": lambda ws: match_list.filter_choices(ws),
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("call", list(LIST_CALLS))
def test_only_roles_that_work_matches_read_the_list(demo, role, call):
    allowed = has_permission(role, Permission.WORK_MATCHES)
    assert allowed == (role in (Role.ADMIN, Role.OPERATOR))
    if allowed:
        LIST_CALLS[call](demo[role])
    else:
        with pytest.raises(PermissionDenied):
            LIST_CALLS[call](demo[role])


# ------------------------------------------------------------------ the plans


def _plan(workspace, statement) -> list[str]:
    engine = workspace.database.engine
    sql = str(statement.compile(engine, compile_kwargs={"literal_binds": True}))
    with engine.connect() as conn:
        return [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]


@pytest.mark.parametrize(
    "column, index",
    [
        (MatchColumn.BSN, "sqlite_autoindex_young_person_1"),
        (MatchColumn.NAME, "ix_young_person_surname_lower"),
        (MatchColumn.DATE_OF_BIRTH, "ix_young_person_dob_surname"),
        (MatchColumn.CITY, "ix_young_person_shielded_city"),
    ],
)
def test_a_person_sort_walks_the_index_of_its_column(demo, column, index):
    from sisa_desk.services.match_query import Terms, rows_statement
    from sisa_desk.services.settings import Settings

    terms = Terms.on(TODAY, Settings())
    flt = MatchFilter(city="Rotterdam", search="9", handled=True)
    statement = rows_statement(
        flt, MatchSort(column), terms, None, {}, limit=200, drive_by_person=True
    )
    sql = str(statement.compile(demo[Role.ADMIN].database.engine))
    assert "CROSS JOIN" in sql and "INDEXED BY ix_match_person_status" in sql
    plan = _plan(demo[Role.ADMIN], statement)
    assert any(step.startswith("SCAN young_person USING") and index in step for step in plan)
    assert "USE TEMP B-TREE FOR ORDER BY" not in plan  # at most for the tie-breakers


def test_default_page_reads_open_matches_in_index_order(demo):
    from sisa_desk.services.match_query import Terms, rows_statement
    from sisa_desk.services.settings import Settings

    statement = rows_statement(
        MatchFilter(), MatchSort(), Terms.on(TODAY, Settings()), None, {}, limit=200
    )
    plan = _plan(demo[Role.ADMIN], statement)
    assert any("ix_match_status_opened" in step for step in plan)
    assert "USE TEMP B-TREE FOR ORDER BY" not in plan


def test_walking_is_chosen_only_for_a_fair_share():
    assert paging.worth_driving(100_000, 485_000)
    assert not paging.worth_driving(3_000, 485_000)  # few rows: sorting them is cheap
    assert not paging.worth_driving(6_000, 5_000_000)  # a small share: the walk is long
