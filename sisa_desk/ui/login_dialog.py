"""The log-in dialog: which database, who, and the password.

Logging in derives the password key with Argon2id (0.5–1 s, plus a growing delay after failed
attempts), so it runs in the background; the dialog shows a busy indicator meanwhile.
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from sisa_desk.services import accounts
from sisa_desk.services.context import Workspace
from sisa_desk.store.errors import UnknownUserError, WrongPasswordError

from .error_texts import describe_error
from .form_feedback import FormFeedback
from .forms.ui_login_dialog import Ui_LoginDialog
from .icons import APP_ICON, pixmap
from .operations import run_in_background
from .settings import LAST_DATABASE, LAST_USER, UiSettings

logger = logging.getLogger(__name__)

LogIn = Callable[[Path, str, str], Workspace]


def default_user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("LoginDialog", text)


def choose_database_file(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Ask for a database file; None when the user cancels."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        _tr("Choose a sisa-desk database"),
        str(start.parent if start else Path.home()),
        _tr("sisa-desk databases (*.db *.sqlite);;All files (*)"),
    )
    return Path(name) if name else None


class LoginDialog(QDialog):
    def __init__(
        self,
        database: Path | None,
        *,
        settings: UiSettings,
        user_name: str = "",
        remember: bool = True,
        log_in: LogIn = accounts.log_in,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.workspace: Workspace | None = None
        self._settings = settings
        self._remember = remember
        self._log_in = log_in
        self._database: Path | None = None
        self._feedback = FormFeedback(
            self,
            self.ui.errorLabel,
            self.ui.busyPanel,
            [
                self.ui.userEdit,
                self.ui.passwordEdit,
                self.ui.loginButton,
                self.ui.cancelButton,
                self.ui.chooseDatabaseButton,
            ],
        )
        self.ui.logoLabel.setPixmap(pixmap(APP_ICON, 48))
        self.ui.userEdit.setText(user_name or settings.get(LAST_USER) or default_user_name())
        self.set_database(database)
        self.ui.loginButton.clicked.connect(self.log_in)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.chooseDatabaseButton.clicked.connect(self._choose_database)
        focus = self.ui.passwordEdit if self.ui.userEdit.text() else self.ui.userEdit
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._feedback.fit_height()

    @property
    def database(self) -> Path | None:
        return self._database

    @property
    def error_text(self) -> str:
        return self._feedback.error_text

    @property
    def busy(self) -> bool:
        return self._feedback.busy

    def set_database(self, path: Path | None) -> None:
        self._database = path
        self._feedback.clear_error()
        self.ui.databaseLabel.setToolTip(str(path) if path else "")
        self._show_database_path()
        self.ui.loginButton.setEnabled(path is not None)

    def log_in(self) -> None:
        name = self.ui.userEdit.text().strip()
        password = self.ui.passwordEdit.text()
        database = self._database
        if database is None:
            self._feedback.show_error(self.tr("Choose a database first."))
            return
        if not name or not password:
            self._feedback.show_error(self.tr("Enter your user name and password."))
            (self.ui.passwordEdit if name else self.ui.userEdit).setFocus()
            return
        self._feedback.set_busy(True)
        log_in = self._log_in
        run_in_background(
            self,
            lambda _progress: log_in(database, name, password),
            on_success=self._logged_in,
            on_error=self._failed,
            on_finished=lambda: self._feedback.set_busy(False),
        )

    def reject(self) -> None:
        if self._feedback.busy:
            return  # the log-in finishes first; its result must not be left open
        super().reject()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_database_path()

    def _show_database_path(self) -> None:
        label = self.ui.databaseLabel
        if self._database is None:
            label.setText(self.tr("No database chosen"))
            return
        width = max(label.width(), 120)
        label.setText(
            label.fontMetrics().elidedText(str(self._database), Qt.TextElideMode.ElideMiddle, width)
        )

    def _choose_database(self) -> None:
        chosen = choose_database_file(self, self._database)
        if chosen is not None:
            self.set_database(chosen)

    def _logged_in(self, workspace: Workspace) -> None:
        logger.info("logged in (role %s)", workspace.actor.role.value)
        if self._remember:
            self._settings.set(LAST_USER, workspace.actor.name)
            self._settings.set(LAST_DATABASE, str(self._database))
        self.workspace = workspace
        self.ui.passwordEdit.clear()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._feedback.show_error(describe_error(error))
        if isinstance(error, WrongPasswordError | UnknownUserError):
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
