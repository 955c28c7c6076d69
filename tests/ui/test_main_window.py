"""The main window: navigation from the registry per role, status bar, menus, closing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from sisa_desk.domain.permissions import ROLE_LABELS_NL, Role, has_permission
from sisa_desk.ui.main_window import MainWindow
from sisa_desk.ui.placeholder_screen import PlaceholderScreen
from sisa_desk.ui.screens import SCREENS, screens_for
from sisa_desk.ui.settings import MAIN_WINDOW_GEOMETRY
from sisa_desk.ui.users_screen import UsersScreen

DUTCH_TITLES = {
    "dashboard": "Dashboard",
    "work_queue": "Werkvoorraad",
    "matches": "Matches",
    "signal_entry": "Signaal invoeren",
    "young_persons": "Jeugdigen",
    "signals": "Signalen",
    "duplicates": "Mogelijke dubbelen",
    "organisations": "Organisaties",
    "import": "Importeren",
    "letters": "Brieven",
    "reports": "Rapportages",
    "audit_log": "Auditlog",
    "users": "Gebruikers",
}


@pytest.fixture
def open_window(qtbot, db, settings):
    def build(role: Role) -> MainWindow:
        window = MainWindow(db[role], settings=settings)
        qtbot.addWidget(window)
        return window

    return build


def test_registry_keys_are_unique_and_titled_in_dutch():
    assert [screen.key for screen in SCREENS] == list(DUTCH_TITLES)
    for screen in SCREENS:
        assert screen.display_title == DUTCH_TITLES[screen.key]


@pytest.mark.parametrize("role", list(Role))
def test_navigation_lists_exactly_the_screens_the_role_may_open(open_window, role):
    window = open_window(role)
    allowed = [screen.key for screen in SCREENS if has_permission(role, screen.permission)]
    assert window.screen_keys() == allowed
    assert [s.key for s in screens_for(role)] == allowed
    navigation = window.ui.navigationList
    assert [navigation.item(row).text() for row in range(navigation.count())] == [
        DUTCH_TITLES[key] for key in allowed
    ]
    assert window.current_screen_key() == allowed[0]


def test_only_the_admin_manages_users(open_window):
    assert "users" in open_window(Role.ADMIN).screen_keys()
    for role in (Role.OPERATOR, Role.ANALYST, Role.AUDITOR):
        assert "users" not in screens_for(role)


def test_status_bar_names_user_role_and_database(open_window, db):
    window = open_window(Role.OPERATOR)
    texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert f"Ingelogd als medewerker ({ROLE_LABELS_NL[Role.OPERATOR]})" in texts
    assert f"Database: {db.path.name}" in texts
    assert db.path.name in window.windowTitle()


def test_placeholder_screens_say_they_come_later(open_window):
    window = open_window(Role.OPERATOR)
    page = window.show_screen("letters")
    assert isinstance(page, PlaceholderScreen)
    assert page.ui.titleLabel.text() == "Brieven"
    assert page.ui.comingLabel.text() == "Dit scherm komt in een volgende versie"
    assert window.ui.screenStack.currentWidget() is page


def test_screens_are_built_once_on_first_visit(open_window):
    window = open_window(Role.ADMIN)
    users = window.show_screen("users")
    assert isinstance(users, UsersScreen)
    window.show_screen("dashboard")
    assert window.show_screen("users") is users


def test_menus_are_dutch_with_their_shortcuts(open_window):
    window = open_window(Role.ANALYST)
    ui = window.ui
    assert ui.menuFile.title() == "&Bestand"
    assert ui.menuHelp.title() == "&Help"
    assert ui.actionChangePassword.text() == "Wachtwoord &wijzigen…"
    assert ui.actionLock.shortcut().toString() == "Ctrl+L"
    assert ui.actionQuit.shortcut().toString() == "Ctrl+Q"
    assert ui.actionAbout.text() == "&Over sisa-desk"


def test_about_names_the_application(open_window, message_boxes):
    window = open_window(Role.AUDITOR)
    window.ui.actionAbout.trigger()
    (text,) = message_boxes.of_kind("about")
    assert "sisa-desk" in text and "versleutelde database" in text


def test_closing_saves_geometry_and_closes_the_database(open_window, db, settings, monkeypatch):
    workspace = db[Role.ANALYST]
    closed = []
    real_close = workspace.database.close
    monkeypatch.setattr(workspace.database, "close", lambda: (closed.append(1), real_close()))
    window = open_window(Role.ANALYST)
    window.resize(820, 560)  # the offscreen screen is 800 × 600
    window.close()
    assert closed == [1]
    assert not settings.get(MAIN_WINDOW_GEOMETRY).isEmpty()
    again = MainWindow(db[Role.AUDITOR], settings=settings)
    assert again.size().height() == 560
    again.close()
