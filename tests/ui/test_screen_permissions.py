"""Each screen of the registry for every role: listed exactly when the role has its
permission, and the built screens work for those roles."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from sisa_desk.domain.permissions import Permission, Role, has_permission
from sisa_desk.ui.dashboard_screen import DashboardScreen
from sisa_desk.ui.duplicates_screen import DuplicatesScreen
from sisa_desk.ui.import_screen import ImportScreen
from sisa_desk.ui.matches_screen import MatchesScreen
from sisa_desk.ui.organisations_screen import OrganisationsScreen
from sisa_desk.ui.persons_screen import PersonsScreen
from sisa_desk.ui.placeholder_screen import PlaceholderScreen
from sisa_desk.ui.screens import SCREENS, screens_for
from sisa_desk.ui.signal_entry_screen import SignalEntryScreen
from sisa_desk.ui.signals_list_screen import SignalsListScreen
from sisa_desk.ui.work_queues_screen import WorkQueuesScreen

BUILT = {
    "dashboard": (DashboardScreen, Permission.VIEW_DASHBOARD),
    "work_queue": (WorkQueuesScreen, Permission.WORK_MATCHES),
    "matches": (MatchesScreen, Permission.WORK_MATCHES),
    "young_persons": (PersonsScreen, Permission.VIEW_YOUNG_PERSONS),
    "signals": (SignalsListScreen, Permission.VIEW_YOUNG_PERSONS),
    "organisations": (OrganisationsScreen, Permission.VIEW_DIRECTORY),
    "signal_entry": (SignalEntryScreen, Permission.ENTER_SIGNALS),
    "duplicates": (DuplicatesScreen, Permission.EDIT_YOUNG_PERSONS),
    "import": (ImportScreen, Permission.IMPORT_SIGNALS),
}
ALLOWED = {
    "dashboard": {Role.ADMIN, Role.OPERATOR, Role.ANALYST},
    "work_queue": {Role.ADMIN, Role.OPERATOR},
    "matches": {Role.ADMIN, Role.OPERATOR},
    "young_persons": {Role.ADMIN, Role.OPERATOR},
    "signals": {Role.ADMIN, Role.OPERATOR},
    "organisations": {Role.ADMIN, Role.OPERATOR},
    "signal_entry": {Role.ADMIN, Role.OPERATOR},
    "duplicates": {Role.ADMIN, Role.OPERATOR},
    "import": {Role.ADMIN, Role.OPERATOR},
}


@pytest.mark.parametrize("key", list(BUILT))
def test_the_registry_declares_the_screen_and_its_permission(key):
    (screen,) = [s for s in SCREENS if s.key == key]
    screen_type, permission = BUILT[key]
    assert screen.factory is screen_type
    assert screen.permission is permission
    assert {role for role in Role if has_permission(role, permission)} == ALLOWED[key]


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("screen", SCREENS, ids=lambda screen: screen.key)
def test_every_screen_for_every_role(qtbot, db, role, screen, message_boxes):
    listed = screen in screens_for(role)
    assert listed == has_permission(role, screen.permission)
    if not listed:
        return
    widget = screen.factory(db[role])
    qtbot.addWidget(widget)
    # A screen the role may open shows no error (a refused service call would warn).
    assert message_boxes.shown == []
    if screen.key == "organisations":
        edit_buttons = [b for b in widget.findChildren(QPushButton) if not b.isHidden()]
        assert bool(edit_buttons) == has_permission(role, Permission.MANAGE_DIRECTORY)
    elif screen.key not in BUILT and screen.key != "users":
        assert isinstance(widget, PlaceholderScreen)
