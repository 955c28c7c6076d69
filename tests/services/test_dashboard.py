"""The dashboard: every number against a small hand-built state, suppression under 5 for the
analyst in every cell, and no personal data for the analyst anywhere."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from sisa_desk.domain.directory import Sector
from sisa_desk.domain.permissions import Role
from sisa_desk.services import dashboard
from sisa_desk.services.dashboard import OTHER_CITIES, Count
from sisa_desk.services.errors import PermissionDenied
from sisa_desk.services.match_list import MatchFilter, StatusFilter
from sisa_desk.services.person_list import SignalFilter
from tests.services.work_helpers import TODAY, World

# TODAY is Thursday 26-11-2026: a match opened before 12-11-2026 and not handled is overdue.
OCT_1, NOV_20, NOV_24 = date(2026, 10, 1), date(2026, 11, 20), date(2026, 11, 24)
JUNE_15 = date(2026, 6, 15)


@pytest.fixture
def small(db):
    """Three open matches (one overdue, one handled) and one closed one."""
    world = World(db.admin, db.operator)
    overdue = world.person(("JT-MAAS", "SMW-NOORD"), OCT_1, city="Rotterdam", surname="Aardig")
    new = world.person(("JT-MAAS", "POL-ZUID"), NOV_24, city="Schiedam")
    handled = world.person(("JT-MAAS", "JT-WEST"), NOV_20, city="Rotterdam")
    world.handle(handled.match_id)
    closed = world.person(("SMW-NOORD", "POL-ZUID"), JUNE_15, city="Vlaardingen")
    world.close(closed, date(2026, 7, 1))
    return world, overdue, new, handled, closed


def test_the_numbers_of_the_operator_are_exact(db, small):
    _world, overdue, *_ = small
    board = dashboard.dashboard(db.operator, today=TODAY)
    summary = board.summary
    assert summary.exact
    assert {t.key: t.count.value for t in summary.tiles} == {
        "open": 3,
        "new": 2,  # opened 20-11 and 24-11: within the last 7 days
        "overdue": 1,
        "handled": 1,
        # signals dated in November up to today: two of 24-11, two of 20-11
        "signals_this_month": 4,
    }
    assert all(not t.count.suppressed for t in summary.tiles)
    months = {b.key: b.count.value for b in summary.per_month}
    assert list(months) == ["2025-12", *(f"2026-{m:02d}" for m in range(1, 12))]
    assert months["2026-06"] == 1 and months["2026-10"] == 1 and months["2026-11"] == 2
    assert sum(months.values()) == 4
    (oldest,) = summary.oldest_overdue
    assert oldest.id == overdue.match_id
    assert oldest.opened == OCT_1
    assert oldest.days_overdue == 42  # due 15-10-2026 (10 working days), 42 days before today
    assert oldest.organisations == ("JT-MAAS", "SMW-NOORD")
    assert oldest.name == "Noor Aardig"
    assert [(b.key, b.count.value) for b in summary.overdue_by_age] == [
        ("1-7", 0),
        ("8-30", 0),
        ("31+", 1),
    ]


def test_sectors_count_a_match_once_per_sector_it_involves(db, small):
    breakdown = dashboard.dashboard_breakdown(db.operator)
    # Youth care: all three open matches (the handled one has two youth-care organisations,
    # counted once); education and police one each; the closed match counts nowhere.
    assert [(b.key, b.count.value) for b in breakdown.per_sector] == [
        (Sector.YOUTH_CARE.value, 3),
        (Sector.EDUCATION.value, 1),
        (Sector.POLICE_JUSTICE.value, 1),
    ]
    assert [(b.key, b.count.value) for b in breakdown.per_city] == [
        ("Rotterdam", 2),
        ("Schiedam", 1),
    ]


def test_every_tile_and_bar_carries_its_selection(db, small):
    board = dashboard.dashboard(db.operator, today=TODAY)
    tiles = {t.key: t.selection for t in board.summary.tiles}
    assert tiles["open"] == MatchFilter(status=StatusFilter.OPEN)
    assert tiles["new"] == MatchFilter(
        status=StatusFilter.ALL, opened_from=date(2026, 11, 20), opened_to=TODAY
    )
    assert tiles["overdue"] == MatchFilter(status=StatusFilter.OPEN, overdue_only=True)
    assert tiles["handled"] == MatchFilter(status=StatusFilter.OPEN, handled=True)
    assert tiles["signals_this_month"] == SignalFilter(
        status=None, date_from=date(2026, 11, 1), date_to=TODAY
    )
    june = next(b for b in board.summary.per_month if b.key == "2026-06")
    assert june.selection == MatchFilter(
        status=StatusFilter.ALL, opened_from=date(2026, 6, 1), opened_to=date(2026, 6, 30)
    )
    november = board.summary.per_month[-1]
    assert november.selection.opened_to == TODAY
    sector = board.breakdown.per_sector[0]
    assert sector.selection == MatchFilter(status=StatusFilter.OPEN, sector=Sector.YOUTH_CARE)
    city = board.breakdown.per_city[0]
    assert city.selection == MatchFilter(status=StatusFilter.OPEN, city="Rotterdam")


def test_more_than_ten_woonplaatsen_end_in_overig(db):
    world = World(db.admin, db.operator)
    for number in range(12):
        world.person(("JT-MAAS", "SMW-NOORD"), NOV_20, city=f"Plaats {number:02d}")
    world.person(("JT-MAAS", "POL-ZUID"), NOV_20, city="Plaats 00")
    cities = dashboard.dashboard_breakdown(db.operator).per_city
    assert [b.key for b in cities] == [
        "Plaats 00",
        *(f"Plaats {n:02d}" for n in range(1, 10)),
        OTHER_CITIES,
    ]
    assert cities[0].count.value == 2
    assert cities[-1].count.value == 2 and cities[-1].selection is None


def test_the_analyst_sees_every_small_number_suppressed(db, small):
    board = dashboard.dashboard(db[Role.ANALYST], today=TODAY)
    summary, breakdown = board.summary, board.breakdown
    assert not summary.exact and not breakdown.exact
    cells = [
        *(t.count for t in summary.tiles),
        *(b.count for b in summary.per_month),
        *(b.count for b in summary.overdue_by_age),
        *(b.count for b in breakdown.per_sector),
        *(b.count for b in breakdown.per_city),
    ]
    assert cells and all(c == Count(None, suppressed=True) for c in cells)
    assert summary.oldest_overdue == ()


@pytest.fixture
def larger(db):
    """Seven overdue open matches in Rotterdam, two in Schiedam; six new in Rotterdam."""
    world = World(db.admin, db.operator)
    for _ in range(7):
        world.person(("JT-MAAS", "SMW-NOORD"), OCT_1, city="Rotterdam")
    for _ in range(2):
        world.person(("JT-MAAS", "POL-ZUID"), OCT_1, city="Schiedam")
    for _ in range(6):
        world.person(("JT-MAAS", "WIJK-WEST"), NOV_24, city="Rotterdam")
    return world


def test_the_analyst_sees_numbers_of_five_and_more(db, larger):
    board = dashboard.dashboard(db[Role.ANALYST], today=TODAY)
    tiles = {t.key: t.count for t in board.summary.tiles}
    assert tiles["open"] == Count(15)
    assert tiles["new"] == Count(6)
    assert tiles["overdue"] == Count(9)
    assert tiles["handled"] == Count(None, suppressed=True)  # 0
    assert tiles["signals_this_month"] == Count(12)
    months = {b.key: b.count for b in board.summary.per_month}
    assert months["2026-10"] == Count(9) and months["2026-11"] == Count(6)
    assert months["2026-09"] == Count(None, suppressed=True)
    sectors = {b.key: b.count for b in board.breakdown.per_sector}
    assert sectors == {
        Sector.YOUTH_CARE.value: Count(15),
        Sector.EDUCATION.value: Count(7),
        Sector.POLICE_JUSTICE.value: Count(None, suppressed=True),
        Sector.WELFARE.value: Count(6),
        Sector.HEALTH_CARE.value: Count(None, suppressed=True),  # 0, told apart from 1-4 by none
    }
    assert [(b.key, b.count) for b in board.summary.overdue_by_age] == [
        ("1-7", Count(None, suppressed=True)),
        ("8-30", Count(None, suppressed=True)),
        ("31+", Count(9)),
    ]


def test_the_analyst_cannot_find_a_small_woonplaats_back_by_subtraction(db, larger):
    # Rotterdam 13 and Schiedam 2: Schiedam alone in "overig" would be 15 - 13. So Rotterdam
    # joins "overig" too, and only the total is left.
    cities = dashboard.dashboard_breakdown(db[Role.ANALYST]).per_city
    assert [(b.key, b.count) for b in cities] == [(OTHER_CITIES, Count(15))]
    exact = dashboard.dashboard_breakdown(db.operator).per_city
    assert [(b.key, b.count.value) for b in exact] == [("Rotterdam", 13), ("Schiedam", 2)]


def test_one_small_overdue_band_is_suppressed_with_another(db):
    world = World(db.admin, db.operator)
    for _ in range(6):
        world.person(("JT-MAAS", "SMW-NOORD"), OCT_1)
    for _ in range(5):
        world.person(("JT-MAAS", "SMW-NOORD"), date(2026, 11, 2))  # due 16-11: 10 days over
    world.person(("JT-MAAS", "POL-ZUID"), date(2026, 11, 11))  # due 25-11: 1 day over
    exact = dashboard.dashboard_summary(db.operator, today=TODAY).overdue_by_age
    assert [b.count.value for b in exact] == [1, 5, 6]
    bands = dashboard.dashboard_summary(db[Role.ANALYST], today=TODAY).overdue_by_age
    # 1 alone would be 12 - 5 - 6: the smaller shown band (5) is hidden with it.
    assert [b.count for b in bands] == [
        Count(None, suppressed=True),
        Count(None, suppressed=True),
        Count(6),
    ]


def _strings(value: object) -> list[str]:
    """Every text anywhere in a (nested) dataclass."""
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    if isinstance(value, tuple | list):
        return [s for item in value for s in _strings(item)]
    if isinstance(value, dict):
        return [s for item in value.items() for s in _strings(item)]
    return []


def test_no_personal_data_reaches_the_analyst(db, small):
    world, *people = small
    # Enough matches that some numbers and bars show.
    people += [world.person(("JT-MAAS", "SMW-NOORD"), OCT_1) for _ in range(6)]
    board = dashboard.dashboard(db[Role.ANALYST], today=TODAY)
    texts = " ".join(_strings(board))
    for person in people:
        for value in (person.bsn, person.surname, person.street, person.postcode):
            assert value not in texts
    assert "Noor" not in texts
    # ... while the operator's list does name the young person.
    operator = dashboard.dashboard(db.operator, today=TODAY)
    assert "Noor Aardig" in " ".join(_strings(operator))


def test_an_empty_database(db):
    summary = dashboard.dashboard_summary(db.operator, today=TODAY)
    assert all(t.count == Count(0) for t in summary.tiles)
    assert summary.oldest_overdue == ()
    assert len(summary.per_month) == 12
    breakdown = dashboard.dashboard_breakdown(db.operator)
    assert breakdown.per_sector == () and breakdown.per_city == ()


@pytest.mark.parametrize("role", list(Role))
def test_who_may_see_the_dashboard(db, role):
    functions = (dashboard.dashboard, dashboard.dashboard_summary, dashboard.dashboard_breakdown)
    for function in functions:
        if role is Role.AUDITOR:
            with pytest.raises(PermissionDenied):
                function(db[role])
        else:
            function(db[role])


def test_clicking_through_finds_the_same_number(db, small):
    """Each selection, applied by the matches list (or the signals list), counts what the
    dashboard showed."""
    from sisa_desk.services import match_list, person_list

    board = dashboard.dashboard(db.operator, today=TODAY)
    numbered = [*board.summary.tiles, *board.summary.per_month, *board.breakdown.per_sector]
    numbered += board.breakdown.per_city
    for item in numbered:
        if isinstance(item.selection, SignalFilter):
            found = person_list.count_signals(db.operator, item.selection)
        else:
            found = match_list.count_matches(db.operator, item.selection, today=TODAY)
        assert found == item.count.value, item


def test_a_shielded_young_persons_woonplaats_is_never_a_bar_nor_a_filter_choice(db, small):
    # The only young person in Maassluis is shielded: a bar "Maassluis 1" (that finds nobody
    # when clicked) or "Maassluis" among the filter's places would tell where they live.
    from sisa_desk.services import match_list, person_list

    world, *_ = small
    world.person(("JT-MAAS", "WIJK-WEST"), NOV_20, city="Maassluis", shielded=True)
    cities = {b.key: b for b in dashboard.dashboard_breakdown(db.operator).per_city}
    assert "Maassluis" not in cities
    assert cities[OTHER_CITIES].count == Count(1)  # counted, under "overig"
    assert "Maassluis" not in person_list.person_cities(db.operator)
    assert "Maassluis" not in match_list.filter_choices(db.operator).cities
    for bucket in cities.values():
        if bucket.selection is not None:
            assert match_list.count_matches(db.operator, bucket.selection, today=TODAY) == (
                bucket.count.value
            )
