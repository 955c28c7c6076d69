"""What a bulk registration reads: rows by many values, a chunk of values at a time — on the
real encrypted database."""

from __future__ import annotations

from datetime import date

from sqlalchemy import insert, select

from sisa_desk.domain.directory import Sector
from sisa_desk.services import bulk_state, demo_data
from sisa_desk.services.bulk_state import CHUNK, ChunkedIn
from sisa_desk.store.models import Match, Organisation, YoungPerson

ORGANISATIONS = Organisation.__table__
COUNT = 3 * CHUNK


def _fill(db) -> None:
    with db.admin.database.unit_of_work() as session:
        session.execute(
            insert(ORGANISATIONS),
            [
                {
                    "code": f"T{i:05d}",
                    "name": f"Testorganisatie {i}",
                    "sector": Sector.EDUCATION,
                    "may_coordinate": i % 2 == 0,
                    "coordinator_priority": i % 7,
                    "active": True,
                }
                for i in range(1, COUNT)
            ],
        )


def test_rows_of_more_values_than_one_chunk_holds_and_of_a_short_last_chunk(db):
    _fill(db)
    by_code = ChunkedIn(select(ORGANISATIONS.c.code), ORGANISATIONS.c.code)
    wanted = [f"T{i:05d}" for i in range(3, COUNT + 50, 2)]  # also codes that do not exist
    with db.operator.database.unit_of_work() as session:
        rows = by_code.rows(session, wanted + wanted[:10])  # repeated values are asked once
    assert sorted(code for (code,) in rows) == [c for c in wanted if c < f"T{COUNT:05d}"]


def test_rows_of_one_chunk_come_in_the_query_order(db):
    _fill(db)
    query = select(ORGANISATIONS.c.id).where(ORGANISATIONS.c.code.like("T%"))
    by_priority = ChunkedIn(
        query.order_by(ORGANISATIONS.c.id.desc()), ORGANISATIONS.c.coordinator_priority
    )
    with db.operator.database.unit_of_work() as session:
        ids = [id_ for (id_,) in by_priority.rows(session, range(7))]
        expected = session.scalars(query.order_by(ORGANISATIONS.c.id.desc())).all()
    assert len(ids) == COUNT - 1 and ids == expected


def test_no_values_read_nothing(db):
    by_code = ChunkedIn(select(ORGANISATIONS.c.id), ORGANISATIONS.c.code)
    with db.operator.database.unit_of_work() as session:
        assert by_code.rows(session, []) == []


def test_the_planning_reads_give_what_sqlalchemy_gives(db):
    demo_data.fill_demo_data(db.admin, young_persons=300, today=date(2026, 3, 2))
    persons, matches = YoungPerson.__table__, Match.__table__
    with db.operator.database.unit_of_work() as session:
        asked = {
            bulk_state._PERSONS_BY_BSN: session.scalars(
                select(persons.c.bsn).where(persons.c.bsn.is_not(None))
            ).all(),
            bulk_state._PERSONS_BORN_ON: session.scalars(select(persons.c.date_of_birth)).all(),
            bulk_state._SIGNALS_OF_PERSONS: session.scalars(select(persons.c.id)).all(),
            bulk_state._OPEN_MATCHES_OF_PERSONS: session.scalars(select(persons.c.id)).all(),
            bulk_state._MEMBERS_OF_MATCHES: session.scalars(select(matches.c.id)).all(),
        }
        for query, values in asked.items():
            chunk = sorted(set(values))
            assert 0 < len(chunk) <= CHUNK  # one chunk: the rows in the query's order
            expected = session.execute(query.query, bulk_state._places(chunk)).all()
            found = query.rows(session, values)
            assert [[(type(v), v) for v in row] for row in found] == [
                [(type(v), v) for v in row] for row in expected
            ]
