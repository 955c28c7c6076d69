"""Every guarded service function × every role: a forbidden call raises and changes nothing."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from sqlalchemy import inspect, text

import sisa_desk.services
from sisa_desk.domain.permissions import (
    MATRIX,
    Permission,
    Role,
    has_permission,
    sees_personal_data,
)
from sisa_desk.services.context import SERVICE_REGISTRY
from sisa_desk.services.errors import PermissionDenied
from sisa_desk.store.keyring import keyring_path

for module in pkgutil.iter_modules(sisa_desk.services.__path__):
    importlib.import_module(f"sisa_desk.services.{module.name}")


def _snapshot(db) -> tuple:
    engine = db.admin.database.engine
    tables = {}
    with engine.connect() as conn:
        for table in sorted(inspect(conn).get_table_names()):
            tables[table] = conn.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')).fetchall()
    return tables, keyring_path(db.path).read_bytes(), db.path.read_bytes()[:16]


def test_registry_covers_the_services():
    modules = {name.rsplit(".", 2)[-2] for name in SERVICE_REGISTRY}
    assert {"accounts", "audit"} <= modules
    assert len(SERVICE_REGISTRY) >= 6


@pytest.mark.parametrize("role", list(Role))
def test_every_forbidden_service_call_raises_and_changes_nothing(db, role):
    workspace = db[role]
    before = _snapshot(db)
    forbidden = [e for e in SERVICE_REGISTRY.values() if not has_permission(role, e.permission)]
    for entry in forbidden:
        with pytest.raises(PermissionDenied):
            entry.function(workspace)
    assert _snapshot(db) == before
    if role is Role.ADMIN:
        assert forbidden == [
            e
            for e in forbidden
            if e.permission is Permission.EXPORT_SUBJECT_DATA
            or e.permission is Permission.VIEW_AUDIT_LOG
        ]


def test_admin_may_do_all_operator_work():
    assert MATRIX[Role.OPERATOR] <= MATRIX[Role.ADMIN]


def test_operator_cannot_manage_users_keys_or_settings():
    for permission in (
        Permission.MANAGE_USERS,
        Permission.ROTATE_KEY,
        Permission.MANAGE_SETTINGS,
        Permission.BACKUP,
        Permission.APPLY_RETENTION,
    ):
        assert not has_permission(Role.OPERATOR, permission)


def test_analyst_sees_aggregates_only():
    assert MATRIX[Role.ANALYST] == {
        Permission.VIEW_REPORTS,
        Permission.VIEW_DASHBOARD,
        Permission.CHANGE_OWN_PASSWORD,
    }
    assert not sees_personal_data(Role.ANALYST)


def test_auditor_has_the_audit_log_and_subject_exports_only():
    assert MATRIX[Role.AUDITOR] == {
        Permission.VIEW_AUDIT_LOG,
        Permission.VERIFY_AUDIT_LOG,
        Permission.EXPORT_SUBJECT_DATA,
        Permission.CHANGE_OWN_PASSWORD,
    }
    assert not sees_personal_data(Role.AUDITOR)


def test_audit_verify_is_for_auditor_and_admin():
    allowed = {r for r in Role if has_permission(r, Permission.VERIFY_AUDIT_LOG)}
    assert allowed == {Role.AUDITOR, Role.ADMIN}
