"""Roles and the permission matrix of DESIGN.md §4, as data.

Services check it on every entry point; the UI reads it to hide what a role cannot do.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    OPERATOR = "operator"
    ANALYST = "analyst"
    AUDITOR = "auditor"


class Permission(StrEnum):
    # admin
    MANAGE_USERS = "manage_users"
    MANAGE_DIRECTORY = "manage_directory"
    MANAGE_TEMPLATES = "manage_templates"
    MANAGE_SETTINGS = "manage_settings"
    APPLY_RETENTION = "apply_retention"
    BACKUP = "backup"
    ROTATE_KEY = "rotate_key"
    LOAD_DEMO_DATA = "load_demo_data"
    # operator
    VIEW_DIRECTORY = "view_directory"
    ENTER_SIGNALS = "enter_signals"
    IMPORT_SIGNALS = "import_signals"
    WITHDRAW_SIGNALS = "withdraw_signals"
    VIEW_YOUNG_PERSONS = "view_young_persons"
    EDIT_YOUNG_PERSONS = "edit_young_persons"
    WORK_MATCHES = "work_matches"
    LOG_CONTACTS = "log_contacts"
    SEND_LETTERS = "send_letters"
    VIEW_DASHBOARD = "view_dashboard"
    # analyst
    VIEW_REPORTS = "view_reports"
    # auditor
    VIEW_AUDIT_LOG = "view_audit_log"
    VERIFY_AUDIT_LOG = "verify_audit_log"
    EXPORT_SUBJECT_DATA = "export_subject_data"
    # everyone who can log in
    CHANGE_OWN_PASSWORD = "change_own_password"


_OPERATOR = frozenset(
    {
        Permission.VIEW_DIRECTORY,
        Permission.ENTER_SIGNALS,
        Permission.IMPORT_SIGNALS,
        Permission.WITHDRAW_SIGNALS,
        Permission.VIEW_YOUNG_PERSONS,
        Permission.EDIT_YOUNG_PERSONS,
        Permission.WORK_MATCHES,
        Permission.LOG_CONTACTS,
        Permission.SEND_LETTERS,
        Permission.VIEW_DASHBOARD,
        Permission.CHANGE_OWN_PASSWORD,
    }
)

_ADMIN_ONLY = frozenset(
    {
        Permission.MANAGE_USERS,
        Permission.MANAGE_DIRECTORY,
        Permission.MANAGE_TEMPLATES,
        Permission.MANAGE_SETTINGS,
        Permission.APPLY_RETENTION,
        Permission.BACKUP,
        Permission.ROTATE_KEY,
        Permission.LOAD_DEMO_DATA,
        # "audit verify" is admin and auditor in the command table of §7
        Permission.VERIFY_AUDIT_LOG,
    }
)

MATRIX: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: _ADMIN_ONLY | _OPERATOR | {Permission.VIEW_REPORTS},
    Role.OPERATOR: _OPERATOR,
    Role.ANALYST: frozenset(
        {Permission.VIEW_REPORTS, Permission.VIEW_DASHBOARD, Permission.CHANGE_OWN_PASSWORD}
    ),
    Role.AUDITOR: frozenset(
        {
            Permission.VIEW_AUDIT_LOG,
            Permission.VERIFY_AUDIT_LOG,
            Permission.EXPORT_SUBJECT_DATA,
            Permission.CHANGE_OWN_PASSWORD,
        }
    ),
}

# Roles that may see a person (a name, BSN or address). The analyst never does: the
# dashboard is shared with operators, so it asks this to decide between detail and aggregate.
PERSONAL_DATA_PERMISSION = Permission.VIEW_YOUNG_PERSONS


def has_permission(role: Role, permission: Permission) -> bool:
    return permission in MATRIX[role]


def sees_personal_data(role: Role) -> bool:
    return has_permission(role, PERSONAL_DATA_PERMISSION)


ROLE_LABELS_NL: dict[Role, str] = {
    Role.ADMIN: "beheerder",
    Role.OPERATOR: "medewerker",
    Role.ANALYST: "analist",
    Role.AUDITOR: "auditor",
}
