"""The main window: navigation built from the screen registry, the screens, the status bar,
the menus, and the idle lock. It owns the workspace and closes the database when it closes."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QListWidgetItem,
    QMainWindow,
    QProgressDialog,
    QWidget,
)

from sisa_desk import __version__
from sisa_desk.services.context import Workspace

from . import messages
from .change_password_dialog import ChangePasswordDialog
from .formatting import role_label
from .forms.ui_main_window import Ui_MainWindow
from .icons import icon, pixmap
from .idle_lock import IdleLock, minutes_to_ms
from .operations import run_in_background, wait_for_background_work
from .plain_text import plain_label
from .screens import SCREENS, Screen, screens_for
from .settings import IDLE_LOCK_MINUTES, MAIN_WINDOW_GEOMETRY, UiSettings
from .unlock_dialog import UnlockDialog

logger = logging.getLogger(__name__)

SCREEN_KEY_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace,
        *,
        settings: UiSettings,
        idle_timeout_ms: int | None = None,
        screens: Sequence[Screen] = SCREENS,
    ) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.workspace = workspace
        self._settings = settings
        allowed = screens_for(workspace.actor.role, screens)
        self._screens = {screen.key: screen for screen in allowed}
        self._pages: dict[str, QWidget] = {}
        self._unlock_dialog: UnlockDialog | None = None
        self._closed = False
        self.setWindowTitle(f"{workspace.database.path.name} — sisa-desk")
        self.ui.lockedIconLabel.setPixmap(pixmap("lock", 56, muted=True))
        self._build_navigation()
        self._build_status_bar()
        self._connect_actions()
        if idle_timeout_ms is None:
            idle_timeout_ms = minutes_to_ms(settings.get(IDLE_LOCK_MINUTES))
        self.idle_lock = IdleLock(idle_timeout_ms, self)
        self.idle_lock.idle.connect(self.lock)
        self.idle_lock.start()
        geometry = settings.get(MAIN_WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)

    # ------------------------------------------------------------ navigation

    def screen_keys(self) -> list[str]:
        """The keys of the screens in the navigation list, top to bottom."""
        navigation = self.ui.navigationList
        return [navigation.item(row).data(SCREEN_KEY_ROLE) for row in range(navigation.count())]

    def current_screen_key(self) -> str | None:
        item = self.ui.navigationList.currentItem()
        return item.data(SCREEN_KEY_ROLE) if item is not None else None

    def show_screen(self, key: str) -> QWidget:
        self.ui.navigationList.setCurrentRow(self.screen_keys().index(key))
        return self._pages[key]

    def open_screen(self, key: str, selection: object = None) -> QWidget | None:
        """Switch to screen ``key`` and hand it ``selection`` (see ui.navigation); a screen
        this role may not open is not opened."""
        if key not in self._screens:
            return None
        page = self.show_screen(key)
        apply = getattr(page, "apply_selection", None)
        if selection is not None and callable(apply):
            apply(selection)
        return page

    def _build_navigation(self) -> None:
        navigation = self.ui.navigationList
        for screen in self._screens.values():
            item = QListWidgetItem(icon(screen.icon), screen.display_title)
            item.setData(SCREEN_KEY_ROLE, screen.key)
            navigation.addItem(item)
        navigation.currentRowChanged.connect(self._navigate)
        if navigation.count():
            navigation.setCurrentRow(0)

    def _navigate(self, row: int) -> None:
        if row < 0:
            return
        key = self.ui.navigationList.item(row).data(SCREEN_KEY_ROLE)
        page = self._pages.get(key)
        if page is None:
            # Built on first visit: a screen may query the database when it opens.
            page = self._screens[key].factory(self.workspace)
            self._pages[key] = page
            self.ui.screenStack.addWidget(page)
            request = getattr(page, "open_requested", None)
            if request is not None:  # a screen that sends the user elsewhere (ui.navigation)
                request.connect(self.open_screen)
        self.ui.screenStack.setCurrentWidget(page)
        self.refresh_badges()

    def refresh_badges(self) -> None:
        """The numbers after the titles (things to do), read off the GUI thread."""
        workspace = self.workspace
        for screen in self._screens.values():
            if screen.badge is None:
                continue
            run_in_background(
                self,
                lambda _progress, count=screen.badge: count(workspace),
                on_success=lambda number, key=screen.key: self._show_badge(key, number),
                on_error=lambda error: logger.warning("badge not read: %s", type(error)),
            )

    def _show_badge(self, key: str, number: int) -> None:
        row = self.screen_keys().index(key)
        title = self._screens[key].display_title
        text = f"{title} ({number})" if number else title
        self.ui.navigationList.item(row).setText(text)

    def _build_status_bar(self) -> None:
        actor = self.workspace.actor
        user = plain_label(
            self.tr("Logged in as {name} ({role})").format(
                name=actor.name, role=role_label(actor.role)
            )
        )
        path = self.workspace.database.path
        database = plain_label(self.tr("Database: {file}").format(file=path.name))
        database.setToolTip(str(path))
        self.statusBar().addWidget(user)
        self.statusBar().addPermanentWidget(database)

    # ------------------------------------------------------------ menus

    def _connect_actions(self) -> None:
        self.ui.actionChangePassword.triggered.connect(self.change_password)
        self.ui.actionLock.triggered.connect(self.lock)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self.about)
        self.ui.unlockButton.clicked.connect(self._ask_password)

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.workspace, self)
        dialog.accepted.connect(
            lambda: messages.info(self, self.tr("Your password has been changed."))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def about(self) -> None:
        messages.about(
            self,
            self.tr("About sisa-desk"),
            self.tr(
                "<h3>sisa-desk {version}</h3>"
                "<p>The back office of SISA, the Stadsregionaal Instrument Sluitende Aanpak: "
                "a signalling system for organisations that help children and young people "
                "aged 0 to 23.</p>"
                "<p>All data is kept in an encrypted database.</p>"
                "<p>Licence: EUPL-1.2</p>"
            ).format(version=__version__),
        )

    # ------------------------------------------------------------ lock

    @property
    def locked(self) -> bool:
        return self.ui.centralStack.currentWidget() is self.ui.lockedPage

    def lock(self) -> None:
        if self.locked:
            return
        logger.info("locked")
        self.idle_lock.stop()
        self._close_other_dialogs()
        self.ui.centralStack.setCurrentWidget(self.ui.lockedPage)
        self.ui.actionLock.setEnabled(False)
        self.ui.actionChangePassword.setEnabled(False)
        self._ask_password()

    @property
    def unlock_dialog(self) -> UnlockDialog | None:
        return self._unlock_dialog

    def _ask_password(self) -> None:
        if self._unlock_dialog is not None:
            self._unlock_dialog.raise_()
            return
        dialog = UnlockDialog(self.workspace, parent=self)
        dialog.accepted.connect(self._unlocked)
        dialog.sign_out_requested.connect(self.close)
        dialog.finished.connect(self._unlock_dialog_closed)
        self._unlock_dialog = dialog
        dialog.open()

    def _unlock_dialog_closed(self) -> None:
        if self._unlock_dialog is not None:
            self._unlock_dialog.deleteLater()
            self._unlock_dialog = None

    def _unlocked(self) -> None:
        self.ui.centralStack.setCurrentWidget(self.ui.contentPage)
        self.ui.actionLock.setEnabled(True)
        self.ui.actionChangePassword.setEnabled(True)
        self.idle_lock.start()

    def _close_other_dialogs(self) -> None:
        # A half-filled dialog (a new user's password, say) must not stay on screen.
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QDialog)
                and not isinstance(widget, QProgressDialog)
                and widget.isVisible()
                and widget is not self._unlock_dialog
            ):
                widget.reject()

    # ------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            self.idle_lock.stop()
            self._settings.set(MAIN_WINDOW_GEOMETRY, self.saveGeometry())
            # Work still running uses the database: let it finish before closing it.
            wait_for_background_work()
            self.workspace.database.close()
            logger.info("database closed")
        super().closeEvent(event)
