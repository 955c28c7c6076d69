"""Retention: history kept for its term, destroyed at 23 in any case; a young person with
nothing left is destroyed; a dry run writes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from sisa_desk.domain.permissions import Role
from sisa_desk.domain.signals import WithdrawReason
from sisa_desk.services import retention, settings, signals
from sisa_desk.services.errors import PermissionDenied
from sisa_desk.store.models import Match, MatchMember, Signal, YoungPerson
from tests.services.signal_helpers import add_organisations, identity, new_bsn, signal


@pytest.fixture
def orgs(db):
    return add_organisations(db.admin)


def _count(db, model) -> int:
    with db.admin.database.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(model))


def _withdrawn(db, person, org, on, ended):
    result = signals.register_signal(db.operator, signal(person, org, on), today=on)
    signals.withdraw_signal(db.operator, result.signal_id, WithdrawReason.ENDED, today=ended)
    return result


def test_history_is_destroyed_after_its_term_with_the_young_person(db, orgs):
    person = identity(new_bsn(301), born=date(2015, 1, 1))
    _withdrawn(db, person, "JT-MAAS", date(2020, 3, 1), date(2020, 6, 1))
    early = retention.purge(db.admin, today=date(2025, 5, 31))
    assert (early.signals_destroyed, early.young_persons_destroyed) == (0, 0)
    report = retention.purge(db.admin, today=date(2025, 6, 1))
    assert (report.signals_destroyed, report.young_persons_destroyed) == (1, 1)
    assert _count(db, Signal) == 0 and _count(db, YoungPerson) == 0


def test_history_term_is_a_setting(db, orgs):
    settings.change_setting(db.admin, "history_years", 2)
    _withdrawn(
        db,
        identity(new_bsn(302), born=date(2015, 1, 1)),
        "JT-MAAS",
        date(2023, 3, 1),
        date(2023, 6, 1),
    )
    assert retention.purge(db.admin, today=date(2025, 6, 1)).signals_destroyed == 1


def test_everything_is_destroyed_at_23_in_any_case(db, orgs):
    person = identity(new_bsn(303), born=date(2003, 6, 1))
    _withdrawn(db, person, "JT-MAAS", date(2024, 1, 10), date(2024, 2, 1))
    active = signals.register_signal(
        db.operator, signal(person, "SMW-NOORD", date(2025, 1, 10)), today=date(2025, 1, 10)
    )
    signals.register_signal(
        db.operator, signal(person, "POL-ZUID", date(2025, 1, 11)), today=date(2025, 1, 11)
    )
    assert active.match_id is not None or _count(db, Match) == 1
    report = retention.purge(db.admin, today=date(2026, 6, 1))
    assert report.signals_expired == 2 and report.signals_destroyed == 3
    assert report.young_persons_destroyed == 1
    for model in (Signal, YoungPerson, Match, MatchMember):
        assert _count(db, model) == 0


def test_active_signals_and_recent_history_are_kept(db, orgs):
    person = identity(new_bsn(304), born=date(2012, 1, 1))
    _withdrawn(db, person, "JT-MAAS", date(2025, 3, 1), date(2025, 6, 1))
    signals.register_signal(
        db.operator, signal(person, "SMW-NOORD", date(2026, 10, 1)), today=date(2026, 10, 1)
    )
    report = retention.purge(db.admin, today=date(2026, 11, 26))
    assert (report.signals_destroyed, report.young_persons_destroyed) == (0, 0)
    assert _count(db, Signal) == 2


def test_dry_run_reports_and_writes_nothing(db, orgs):
    _withdrawn(
        db,
        identity(new_bsn(305), born=date(2015, 1, 1)),
        "JT-MAAS",
        date(2020, 3, 1),
        date(2020, 6, 1),
    )
    report = retention.purge(db.admin, today=date(2026, 1, 1), dry_run=True)
    assert report.dry_run and report.signals_destroyed == 1
    assert _count(db, Signal) == 1 and _count(db, YoungPerson) == 1


def test_only_an_admin_applies_retention(db):
    for role in (Role.OPERATOR, Role.ANALYST, Role.AUDITOR):
        with pytest.raises(PermissionDenied):
            retention.purge(db[role])
