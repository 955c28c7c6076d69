"""bulk_writes and audit.record_many leave exactly what SQLAlchemy's own path left, byte for byte.

The same registrations are planned twice on the same database state, written once by
`write_changes` and once as bulk_writes wrote them before (an INSERT or UPDATE through
SQLAlchemy with a dict per row, and the audit events hashed with json.dumps), each in a
transaction that is rolled back after the tables were read as SQLite holds them.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import bindparam, insert, select, update

from sisa_desk.domain.permissions import Role
from sisa_desk.services import audit, signals
from sisa_desk.services.audit import Action, PendingEvent
from sisa_desk.services.bulk_registration import BulkRegistration, Changes
from sisa_desk.services.bulk_writes import IMPORT_PAGE_CACHE_KIB, write_changes
from sisa_desk.services.settings import load_settings
from sisa_desk.services.signals import ProfessionalContact, SignalInput
from sisa_desk.store.models import (
    AuditEvent,
    DuplicateReview,
    Match,
    MatchMember,
    Professional,
    Signal,
    YoungPerson,
)
from tests.services.signal_helpers import TODAY, add_organisations, identity, new_bsn, signal

NOW = datetime(2026, 11, 26, 9, 30, 0, 0)  # no microseconds: stored as .000000 all the same
TABLES = [Professional, YoungPerson, Signal, Match, MatchMember, DuplicateReview, AuditEvent]
BORN = date(2011, 4, 5)


class _Undo(Exception):
    pass


class _FrozenDatetime(datetime):
    @classmethod
    def now(cls, tz=None):
        return NOW


@pytest.fixture
def history(db, monkeypatch):
    """Young persons with signals, a professional and an open match, as the services left them."""
    monkeypatch.setattr(audit, "datetime", _FrozenDatetime)
    add_organisations(db.admin)
    db.bsns = [new_bsn(700 + i) for i in range(4)]
    earlier = TODAY - timedelta(100)
    register = [
        signal(identity(db.bsns[0]), "JT-MAAS", earlier, professional="Anna Testveld"),
        signal(identity(db.bsns[1]), "JT-MAAS", earlier),
        signal(identity(db.bsns[1]), "SMW-NOORD", earlier),
        _with_contact(signal(identity(db.bsns[2]), "POL-ZUID", earlier), None),
        signal(identity(None, surname="Bakkali", born=BORN), "POL-ZUID", earlier),
    ]
    for signal_input in register:
        signals.register_signal(db.operator, signal_input, today=earlier)
    return db


def _inputs(db) -> list:
    on = TODAY - timedelta(10)
    moved = identity(db.bsns[0], street="Kade")
    return [
        signal(moved, "JT-MAAS", on, professional="Anna Testveld"),  # refreshed, new address
        signal(moved, "WIJK-WEST", on),  # opens a match
        signal(identity(db.bsns[1]), "POL-ZUID", on),  # joins the open match
        # Refreshed and shielded; the professional gains a phone number.
        _with_contact(signal(identity(db.bsns[2]), "POL-ZUID", on, shielded=True), "06-55500002"),
        signal(identity(db.bsns[3]), "GGZ-OOST", on, professional="Bram Proef"),  # all new
        signal(identity(None, surname="Bakali", born=BORN), "SMW-NOORD", on),  # a review
    ]


def _with_contact(signal_input: SignalInput, phone: str | None) -> SignalInput:
    return replace(signal_input, professional=ProfessionalContact("Kees Proef", None, phone))


def _written(db, write) -> tuple[dict[str, list[tuple]], Changes]:
    """What ``write`` leaves in the tables after planning `_inputs`, rolled back after."""
    stored: dict[str, list[tuple]] = {}
    with contextlib.suppress(_Undo), db.operator.database.unit_of_work() as session:
        engine = BulkRegistration(
            session, db.operator.actor, today=TODAY, settings=load_settings(session), now=NOW
        )
        engine.plan(_inputs(db))
        write(session, engine.changes)
        connection = session.connection()
        for model in TABLES:
            sql = f'SELECT * FROM "{model.__tablename__}" ORDER BY id'
            stored[model.__tablename__] = connection.exec_driver_sql(sql).fetchall()
        raise _Undo
    return stored, engine.changes


def _as_before(session, changes: Changes) -> None:
    """bulk_writes and record_many as they were: SQLAlchemy executemany, a dict per row."""
    members = [m for match in changes.matches.values() for m in match.members]
    for model, rows in [
        (Professional, changes.professionals.values()),
        (YoungPerson, changes.persons.values()),
        (Signal, changes.signals.values()),
        (Match, changes.matches.values()),
        (MatchMember, members),
    ]:
        table = model.__table__
        new = [row.values(row.COLUMNS) for row in rows if row.new]
        if new:
            session.execute(insert(table), new)
        statement = update(table).where(table.c.id == bindparam("_id"))
        for row in rows:
            if not row.new and row.changed:
                session.execute(statement, [{**row.values(sorted(row.changed)), "_id": row.id}])
    if changes.reviews:
        session.execute(insert(DuplicateReview.__table__), changes.reviews)
    _record_as_before(session, changes.events, NOW)


def _record_as_before(session, events, at: datetime) -> None:
    last = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    for event in events:
        values = {
            "at": at,
            "action": event.action.value,
            "user_name": event.user_name,
            "on_behalf_of": event.on_behalf_of,
            "object_type": event.object_type,
            "object_id": event.object_id,
            "young_person_id": event.young_person_id,
            "details": event.details or {},
        }
        fields = {**values, "at": at.isoformat(timespec="microseconds")}
        payload = json.dumps(fields, sort_keys=True, default=str, separators=(",", ":"))
        values["prev_hash"] = last
        values["hash"] = last = hashlib.sha256((last + payload).encode()).hexdigest()
        session.execute(insert(AuditEvent.__table__), values)


def test_write_changes_stores_what_sqlalchemy_stored(history):
    written, changes = _written(history, write_changes)
    before, _ = _written(history, _as_before)
    assert written == before
    # Every kind of write was there to compare: inserts and updates of each kind of row.
    for rows in (changes.persons, changes.signals, changes.matches, changes.professionals):
        kinds = {"new" if row.new else "changed" for row in rows.values()}
        assert kinds == {"new", "changed"}, rows
    members = [m for match in changes.matches.values() for m in match.members]
    assert any(m.new for m in members)
    assert changes.reviews and changes.events


def test_the_page_cache_is_larger_while_writing_and_restored_after(history):
    sizes = []
    with history.operator.database.unit_of_work() as session:
        raw = session.connection().connection.driver_connection
        engine = BulkRegistration(
            session, history.operator.actor, today=TODAY, settings=load_settings(session)
        )
        engine.plan(_inputs(history))

        def step(_written: int) -> None:
            sizes.append(raw.execute("PRAGMA cache_size").fetchone()[0])

        write_changes(session, engine.changes, step)
        after = raw.execute("PRAGMA cache_size").fetchone()[0]
    assert set(sizes) == {-IMPORT_PAGE_CACHE_KIB}
    assert after == -32768


# ------------------------------------------------------------------ record_many

# Small pools, so that values repeat and values that are equal but stored apart (True, 1, 1.0)
# meet in one list: record_many works out each text once.
texts = st.sampled_from(["", "medewerker", "signal", "1", "true", "é€"]) | st.text(max_size=20)
ids = st.none() | st.booleans() | st.integers(0, 2) | st.integers(-(2**63), 2**63 - 1)
scalars = (
    st.sampled_from([None, True, False, 1, 0, 1.0, 0.0, -0.0, "1", "True", ""])
    | st.integers()
    | st.floats()
    | texts
)
detail = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.tuples(inner)
        | st.dictionaries(st.sampled_from(["a", "b", "1"]), inner, max_size=3)
    ),
    max_leaves=6,
)
# Details are keyword arguments of `record`: never one of its own parameters.
names = st.sampled_from(["organisation", "rows", "a", "b"]) | st.from_regex(
    r"[a-z]{1,12}", fullmatch=True
).filter(lambda name: name not in {"session", "at", "action"})
events = st.builds(
    PendingEvent,
    st.sampled_from(list(Action)),
    texts,
    st.none() | texts,
    ids,
    ids,
    st.none() | st.dictionaries(names, detail, max_size=3),
    st.none() | texts,
)


def _audit_rows(db, write) -> list[tuple]:
    stored: list[tuple] = []
    with contextlib.suppress(_Undo), db.admin.database.unit_of_work() as session:
        write(session)
        sql = "SELECT * FROM audit_event ORDER BY id"
        stored = session.connection().exec_driver_sql(sql).fetchall()
        raise _Undo
    return stored


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(pending=st.lists(events, max_size=12), at=st.datetimes())
def test_record_many_stores_what_record_stores_one_by_one(db, pending, at):
    def one_by_one(session):
        for action, user, object_type, object_id, person, details, behalf in pending:
            audit.record(
                session,
                user,
                action,
                object_type=object_type,
                object_id=object_id,
                young_person_id=person,
                on_behalf_of=behalf,
                at=at,
                **(details or {}),
            )

    def at_once(session):
        assert audit.record_many(session, pending, at) == len(pending)

    assert _audit_rows(db, at_once) == _audit_rows(db, one_by_one)
    assert _audit_rows(db, at_once) == _audit_rows(
        db, lambda session: _record_as_before(session, pending, at)
    )


def test_events_written_in_chunks_keep_the_chain_intact(db, monkeypatch):
    monkeypatch.setattr(audit, "RECORD_MANY_CHUNK", 3)
    pending = [PendingEvent(Action.SIGNAL_REGISTERED, "medewerker", "signal", i) for i in range(8)]
    with db.operator.database.unit_of_work() as session:
        assert audit.record_many(session, pending) == 8
        audit.record(session, "medewerker", Action.IMPORT, rows=8)  # chained after them
    report = audit.verify_chain(db[Role.AUDITOR])
    assert report.intact and report.events == 7 + 9
