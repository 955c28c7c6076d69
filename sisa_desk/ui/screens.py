"""The screens of the main window, declared once with the permission each needs (STYLE.md §13).

The main window lists the screens whose permission the logged-in role has, in this order.
Titles and descriptions are English here and translated in the context "Screens".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from sisa_desk.domain.permissions import Permission, Role, has_permission
from sisa_desk.services import queues
from sisa_desk.services.context import Workspace

from .dashboard_screen import DashboardScreen
from .duplicates_screen import DuplicatesScreen
from .import_screen import ImportScreen
from .matches_screen import MatchesScreen
from .organisations_screen import OrganisationsScreen
from .persons_screen import PersonsScreen
from .placeholder_screen import PlaceholderScreen
from .signal_entry_screen import SignalEntryScreen
from .signals_list_screen import SignalsListScreen
from .users_screen import UsersScreen
from .work_queues_screen import WorkQueuesScreen

ScreenFactory = Callable[[Workspace], QWidget]
# A number shown after the title in the navigation (things to do), read off the GUI thread.
BadgeCount = Callable[[Workspace], int]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Screens", text)


@dataclass(frozen=True)
class Screen:
    key: str
    title: str
    permission: Permission
    factory: ScreenFactory
    icon: str
    badge: BadgeCount | None = None

    @property
    def display_title(self) -> str:
        return _tr(self.title)


def _placeholder(title: str, description: str, icon: str) -> ScreenFactory:
    def build(_workspace: Workspace) -> QWidget:
        return PlaceholderScreen(_tr(title), _tr(description), icon)

    return build


def _screen(key: str, title: str, permission: Permission, icon: str, description: str) -> Screen:
    return Screen(key, title, permission, _placeholder(title, description, icon), icon)


SCREENS: tuple[Screen, ...] = (
    Screen(
        "dashboard",
        QT_TRANSLATE_NOOP("Screens", "Dashboard"),
        Permission.VIEW_DASHBOARD,
        DashboardScreen,
        "dashboard",
    ),
    Screen(
        "work_queue",
        QT_TRANSLATE_NOOP("Screens", "Work queue"),
        Permission.WORK_MATCHES,
        WorkQueuesScreen,
        "worklist",
        badge=queues.work_total,
    ),
    Screen(
        "matches",
        QT_TRANSLATE_NOOP("Screens", "Matches"),
        Permission.WORK_MATCHES,
        MatchesScreen,
        "matches",
    ),
    Screen(
        "signal_entry",
        QT_TRANSLATE_NOOP("Screens", "Enter signal"),
        Permission.ENTER_SIGNALS,
        SignalEntryScreen,
        "signals",
    ),
    Screen(
        "young_persons",
        QT_TRANSLATE_NOOP("Screens", "Young persons"),
        Permission.VIEW_YOUNG_PERSONS,
        PersonsScreen,
        "young_persons",
    ),
    Screen(
        "signals",
        QT_TRANSLATE_NOOP("Screens", "Signals"),
        Permission.VIEW_YOUNG_PERSONS,
        SignalsListScreen,
        "signal_list",
    ),
    Screen(
        "duplicates",
        QT_TRANSLATE_NOOP("Screens", "Possible duplicates"),
        Permission.EDIT_YOUNG_PERSONS,
        DuplicatesScreen,
        "young_persons",
    ),
    Screen(
        "organisations",
        QT_TRANSLATE_NOOP("Screens", "Organisations"),
        Permission.VIEW_DIRECTORY,
        OrganisationsScreen,
        "organisations",
    ),
    Screen(
        "import",
        QT_TRANSLATE_NOOP("Screens", "Import"),
        Permission.IMPORT_SIGNALS,
        ImportScreen,
        "import",
    ),
    _screen(
        "letters",
        QT_TRANSLATE_NOOP("Screens", "Letters"),
        Permission.SEND_LETTERS,
        "letters",
        QT_TRANSLATE_NOOP(
            "Screens", "Make the letters to young persons and parents from the templates."
        ),
    ),
    _screen(
        "reports",
        QT_TRANSLATE_NOOP("Screens", "Reports"),
        Permission.VIEW_REPORTS,
        "reports",
        QT_TRANSLATE_NOOP(
            "Screens", "Aggregate numbers for management information; small numbers are hidden."
        ),
    ),
    _screen(
        "audit_log",
        QT_TRANSLATE_NOOP("Screens", "Audit log"),
        Permission.VIEW_AUDIT_LOG,
        "audit_log",
        QT_TRANSLATE_NOOP(
            "Screens", "Who did what and when, and a check that the log has not been altered."
        ),
    ),
    Screen(
        "users",
        QT_TRANSLATE_NOOP("Screens", "Users"),
        Permission.MANAGE_USERS,
        UsersScreen,
        "users",
    ),
)


def screens_for(role: Role, screens: Sequence[Screen] = SCREENS) -> tuple[Screen, ...]:
    """The screens ``role`` may open, in registry order."""
    return tuple(screen for screen in screens if has_permission(role, screen.permission))
