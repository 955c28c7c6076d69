"""The paged lists of young persons and signals: search, filters, sorting on every column,
paging, counts, the shielded address, and who may read them."""

from __future__ import annotations

import random
from datetime import date, datetime

import pytest
from sqlalchemy import select

from sisa_desk.domain.bsn import generate_bsn
from sisa_desk.domain.directory import Sector
from sisa_desk.domain.permissions import Role
from sisa_desk.services import person_list
from sisa_desk.services.errors import PermissionDenied
from sisa_desk.services.person_list import (
    PersonColumn,
    PersonFilter,
    SignalColumn,
    SignalFilter,
)
from tests.services.work_helpers import World

OCT_1, NOV_20 = date(2026, 10, 1), date(2026, 11, 20)
# Generated (the 11-test holds), with the beginnings the searches below look for.
ANNA_BSN = generate_bsn(random.Random(1), prefix="111222")
BAS_BSN = generate_bsn(random.Random(2), prefix="1234")
NOV_20_DT = datetime(2026, 11, 20)


@pytest.fixture
def people(db):
    world = World(db.admin, db.operator)
    made = {
        "de_vries": world.person(
            ("JT-MAAS", "SMW-NOORD"), OCT_1, surname="Vries", prefix="de", given="Anna",
            city="Schiedam", born=date(2010, 1, 1), bsn=ANNA_BSN,
        ),
        "jansen": world.person(
            ("POL-ZUID",), NOV_20, surname="Jansen", given="Bas", city="Rotterdam",
            born=date(2012, 2, 2), bsn=BAS_BSN,
        ),
        "janssen": world.person(
            ("JT-MAAS",), NOV_20, surname="Janssen", given="Cem", city="Rotterdam",
            born=date(2008, 3, 3), bsn=None,
        ),
        "shielded": world.person(
            ("GGZ-OOST", "WIJK-WEST", "JT-WEST"), OCT_1, surname="Zwart", given="Dewi",
            city="Rotterdam", born=date(2014, 4, 4), shielded=True,
        ),
    }  # fmt: skip
    world.close(made["de_vries"], NOV_20)  # SMW-NOORD's signal to the history: match closed
    return world, made


def _names(rows) -> list[str]:
    return [row.name for row in rows]


def test_the_list_pages_and_counts(db, people):
    assert person_list.count_young_persons(db.operator) == 4
    first = person_list.young_persons_page(db.operator, limit=2)
    rest = person_list.young_persons_page(db.operator, offset=2, limit=2)
    assert _names(first + rest) == ["Bas Jansen", "Cem Janssen", "Anna de Vries", "Dewi Zwart"]
    assert person_list.young_persons_page(db.operator, offset=4) == []


def test_a_row(db, people):
    _world, made = people
    rows = {row.name: row for row in person_list.young_persons_page(db.operator)}
    shielded = rows["Dewi Zwart"]
    assert shielded.shielded and shielded.city is None
    assert shielded.active_signals == 3
    assert shielded.open_match_id == made["shielded"].match_id
    jansen = rows["Bas Jansen"]
    assert (jansen.bsn, jansen.city, jansen.date_of_birth) == (
        BAS_BSN,
        "Rotterdam",
        date(2012, 2, 2),
    )
    assert jansen.active_signals == 1 and jansen.open_match_id is None
    assert rows["Anna de Vries"].open_match_id is None  # closed


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("1234", ["Bas Jansen"]),
        ("12", ["Bas Jansen"]),
        ("111 222", ["Anna de Vries"]),
        ("jans", ["Bas Jansen", "Cem Janssen"]),
        ("JANSS", ["Cem Janssen"]),
        ("vries", ["Anna de Vries"]),
        ("de vr", ["Anna de Vries"]),
        ("%", []),
        ("  ", ["Bas Jansen", "Cem Janssen", "Anna de Vries", "Dewi Zwart"]),
    ],
)
def test_search_by_bsn_or_surname(db, people, search, expected):
    found = person_list.young_persons_page(db.operator, PersonFilter(search=search))
    assert _names(found) == expected
    assert person_list.count_young_persons(db.operator, PersonFilter(search=search)) == len(
        expected
    )


def test_filters(db, people):
    def names(**criteria) -> list[str]:
        return _names(person_list.young_persons_page(db.operator, PersonFilter(**criteria)))

    # The shielded young person lives in Rotterdam too, but the filter must not tell.
    assert names(city="Rotterdam") == ["Bas Jansen", "Cem Janssen"]
    assert names(open_match=True) == ["Dewi Zwart"]
    assert names(open_match=False) == ["Bas Jansen", "Cem Janssen", "Anna de Vries"]
    assert names(shielded=True) == ["Dewi Zwart"]
    assert names(search="jans", city="Rotterdam", open_match=False) == [
        "Bas Jansen",
        "Cem Janssen",
    ]
    assert person_list.person_cities(db.operator) == ["Rotterdam", "Schiedam"]


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        (PersonColumn.BSN, ["Cem Janssen", "Anna de Vries", "Bas Jansen", "Dewi Zwart"]),
        (PersonColumn.NAME, ["Bas Jansen", "Cem Janssen", "Anna de Vries", "Dewi Zwart"]),
        (
            PersonColumn.DATE_OF_BIRTH,
            ["Cem Janssen", "Anna de Vries", "Bas Jansen", "Dewi Zwart"],
        ),
        # The shielded woonplaats is not shown: the shielded ones come after the others.
        (PersonColumn.CITY, ["Bas Jansen", "Cem Janssen", "Anna de Vries", "Dewi Zwart"]),
        (
            PersonColumn.ACTIVE_SIGNALS,
            ["Anna de Vries", "Bas Jansen", "Cem Janssen", "Dewi Zwart"],
        ),
        (PersonColumn.OPEN_MATCH, ["Anna de Vries", "Bas Jansen", "Cem Janssen", "Dewi Zwart"]),
        (PersonColumn.SHIELDED, ["Bas Jansen", "Cem Janssen", "Anna de Vries", "Dewi Zwart"]),
    ],
)
def test_sort_on_every_column(db, people, column, expected):
    ascending = person_list.young_persons_page(db.operator, sort=column)
    descending = person_list.young_persons_page(db.operator, sort=column, descending=True)
    if column is PersonColumn.BSN:
        assert [row.bsn for row in ascending][1:] == sorted(row.bsn for row in ascending[1:])
    else:
        assert _names(ascending) == expected
    assert _names(descending) == list(reversed(_names(ascending)))


# ------------------------------------------------------------------ signals


def test_the_signals_list(db, people):
    active = person_list.signals_page(db.operator)
    assert person_list.count_signals(db.operator) == len(active) == 6
    # Newest first by default, the id breaking ties.
    assert [row.signal_date for row in active] == sorted(
        (row.signal_date for row in active), reverse=True
    )
    history = person_list.signals_page(db.operator, SignalFilter(status="history"))
    (ended,) = history
    assert (ended.organisation_code, ended.name, ended.ended_on) == (
        "JT-MAAS",
        "Anna de Vries",
        NOV_20,
    )
    assert ended.end_reason == "withdrawn"
    assert person_list.count_signals(db.operator, SignalFilter(status=None)) == 7
    assert person_list.signals_page(db.operator, offset=5, limit=5)[0].id == active[5].id


def test_signal_filters(db, people):
    world, _made = people

    def codes(**criteria) -> list[str]:
        rows = person_list.signals_page(
            db.operator, SignalFilter(**criteria), sort=SignalColumn.ORGANISATION, descending=False
        )
        count = person_list.count_signals(db.operator, SignalFilter(**criteria))
        assert count == len(rows)
        return [row.organisation_code for row in rows]

    assert codes(organisation_id=world.orgs["JT-MAAS"], status=None) == ["JT-MAAS", "JT-MAAS"]
    assert codes(sector=Sector.YOUTH_CARE) == ["JT-MAAS", "JT-WEST"]
    assert codes(date_from=NOV_20) == ["JT-MAAS", "POL-ZUID"]
    assert codes(date_to=OCT_1) == ["GGZ-OOST", "JT-WEST", "SMW-NOORD", "WIJK-WEST"]
    assert codes(date_from=date(2026, 10, 2), date_to=date(2026, 11, 19)) == []


@pytest.mark.parametrize("column", list(SignalColumn))
def test_signals_sort_on_every_column(db, people, column):
    ascending = person_list.signals_page(db.operator, SignalFilter(status=None), sort=column,
                                         descending=False)  # fmt: skip
    descending = person_list.signals_page(db.operator, SignalFilter(status=None), sort=column)
    assert [r.id for r in descending] == [r.id for r in reversed(ascending)]
    key = {
        SignalColumn.SIGNAL_DATE: lambda r: r.signal_date,
        SignalColumn.ORGANISATION: lambda r: r.organisation_code,
        SignalColumn.SECTOR: lambda r: r.sector.value,
        SignalColumn.NAME: lambda r: r.name.split()[-1].casefold(),
        SignalColumn.PLANNED_END: lambda r: r.planned_end,
        SignalColumn.STATUS: lambda r: r.status,
        SignalColumn.PROFESSIONAL: lambda r: (r.professional or "").casefold(),
        SignalColumn.BSN: lambda r: r.bsn or "",
        SignalColumn.ENDED_ON: lambda r: r.ended_on or date.min,
    }[column]
    assert [key(r) for r in ascending] == sorted(key(r) for r in ascending)


def test_a_shielded_signal_row_says_so_and_holds_no_address(db, people):
    rows = person_list.signals_page(db.operator, SignalFilter(sector=Sector.HEALTH_CARE))
    (row,) = rows
    assert row.shielded
    assert not hasattr(row, "address") and not hasattr(row, "city")


@pytest.mark.parametrize("role", list(Role))
def test_who_may_read_the_lists(db, role):
    calls = (
        lambda: person_list.count_young_persons(db[role]),
        lambda: person_list.young_persons_page(db[role]),
        lambda: person_list.person_cities(db[role]),
        lambda: person_list.count_signals(db[role]),
        lambda: person_list.signals_page(db[role]),
    )
    for call in calls:
        if role in (Role.ADMIN, Role.OPERATOR):
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()


# ------------------------------------------------------------------ exports


def test_export_of_the_young_persons_as_filtered_and_sorted(db, people, tmp_path):
    import openpyxl

    from sisa_desk.services import person_exports
    from sisa_desk.services.audit import Action
    from sisa_desk.store.models import AuditEvent

    world, _made = people
    world.person(("JT-MAAS",), NOV_20, surname="=1+1", given="Formule", city="Schiedam")
    target = tmp_path / "jeugdigen.xlsx"
    count = person_exports.export_young_persons(
        db.operator, PersonFilter(), target, sort=PersonColumn.DATE_OF_BIRTH
    )
    assert count == 5
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("BSN", "Naam", "Geboortedatum", "Woonplaats")
    by_name = {row[1]: row for row in rows[1:]}
    assert by_name["Dewi Zwart"][3] is None and by_name["Dewi Zwart"][6] == "ja"
    assert by_name["Formule =1+1"][3] == "Schiedam"
    assert sheet.cell(row=2, column=2).data_type == "s"
    assert [row[1] for row in rows[1:3]] == ["Cem Janssen", "Anna de Vries"]  # oldest first
    with db.admin.database.unit_of_work() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == Action.EXPORT.value)
        ).one()
        assert event.details == {"kind": "young_persons", "rows": 5}


def test_export_of_the_signals(db, people, tmp_path):
    import openpyxl

    from sisa_desk.services import person_exports

    target = tmp_path / "signalen.xlsx"
    count = person_exports.export_signals(db.operator, SignalFilter(status="history"), target)
    assert count == 1
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert rows[1][1:5] == ("JT-MAAS", "Jeugdhulp", ANNA_BSN, "Anna de Vries")
    assert rows[1][7:10] == ("historie", NOV_20_DT, "ingetrokken")
    with pytest.raises(PermissionDenied):
        person_exports.export_signals(db[Role.ANALYST], SignalFilter(), target)
