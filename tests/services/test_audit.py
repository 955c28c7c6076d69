"""The audit trail: written by the services, chained by hashes, free of personal data."""

from __future__ import annotations

from sqlalchemy import select, update

from sisa_desk.domain.permissions import Role
from sisa_desk.services import audit
from sisa_desk.store.models import AuditEvent


def test_chain_of_a_fresh_database_is_intact(db):
    report = audit.verify_chain(db[Role.AUDITOR])
    assert report.intact and report.events == 7  # created, 3 users added, 3 log-ins


def test_editing_an_event_breaks_the_chain_at_that_event(db):
    with db.admin.database.unit_of_work() as session:
        target = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()[3]
        session.execute(
            update(AuditEvent).where(AuditEvent.id == target.id).values(user_name="iemand-anders")
        )
    report = audit.verify_chain(db.admin)
    assert not report.intact and report.first_broken_id == target.id


def test_removing_an_event_breaks_the_chain(db):
    with db.admin.database.unit_of_work() as session:
        session.delete(session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()[2])
    assert not audit.verify_chain(db.admin).intact


def test_events_name_users_and_ids_but_no_secrets(db):
    with db.admin.database.unit_of_work() as session:
        events = session.scalars(select(AuditEvent)).all()
    for event in events:
        assert set(event.details) <= {"role", "users", "unlock"}
