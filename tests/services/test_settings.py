"""Settings: declared once, validated, changed by an admin only, audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sisa_desk.domain.permissions import Role
from sisa_desk.services import settings
from sisa_desk.services.errors import InvalidInput, NotFound, PermissionDenied
from sisa_desk.store.models import AuditEvent


def test_defaults_follow_the_brochure(db):
    current = settings.current_settings(db.operator)
    assert (current.signal_term_months, current.history_years, current.overdue_working_days) == (
        24,
        5,
        10,
    )
    assert current.letter_policy == "brochure"
    assert current.retention.signal_term_months == 24


def test_admin_changes_a_setting_and_it_is_audited(db):
    changed = settings.change_setting(db.admin, "overdue_working_days", "15")
    assert changed.overdue_working_days == 15
    assert settings.current_settings(db.operator).overdue_working_days == 15
    with db.admin.database.unit_of_work() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert event.action == "setting_changed" and event.details == {
        "setting": "overdue_working_days"
    }


@pytest.mark.parametrize(
    ("key", "value", "error"),
    [
        ("signal_term_months", "abc", InvalidInput),
        ("signal_term_months", 0, InvalidInput),
        ("letter_policy", "anders", InvalidInput),
        ("no_such_setting", 1, NotFound),
    ],
)
def test_bad_setting_values_are_refused_and_change_nothing(db, key, value, error):
    before = settings.current_settings(db.admin)
    with pytest.raises(error):
        settings.change_setting(db.admin, key, value)
    assert settings.current_settings(db.admin) == before


def test_only_an_admin_changes_settings(db):
    for role in (Role.OPERATOR, Role.ANALYST, Role.AUDITOR):
        with pytest.raises(PermissionDenied):
            settings.change_setting(db[role], "idle_lock_minutes", 5)
