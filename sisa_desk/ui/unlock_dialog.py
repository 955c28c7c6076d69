"""The dialog over a locked main window: the same user's password, or sign out."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from sisa_desk.services import accounts
from sisa_desk.services.context import Workspace
from sisa_desk.store.errors import UnknownUserError, WrongPasswordError

from .error_texts import describe_error
from .form_feedback import FormFeedback
from .forms.ui_unlock_dialog import Ui_UnlockDialog
from .icons import pixmap
from .operations import run_in_background

logger = logging.getLogger(__name__)

VerifyPassword = Callable[[Workspace, str], None]


class UnlockDialog(QDialog):
    """Accepted when the password is right; ``sign_out_requested`` when the user gives up.

    Closing it (Esc) leaves the application locked."""

    sign_out_requested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        *,
        verify: VerifyPassword = accounts.verify_password,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self._workspace = workspace
        self._verify = verify
        self._feedback = FormFeedback(
            self,
            self.ui.errorLabel,
            self.ui.busyPanel,
            [self.ui.passwordEdit, self.ui.unlockButton, self.ui.signOutButton],
        )
        self.ui.iconLabel.setPixmap(pixmap("lock", 40))
        self.ui.messageLabel.setText(
            self.tr(
                "Enter the password of {name} to continue, or sign out to close sisa-desk."
            ).format(name=workspace.actor.name)
        )
        self.ui.unlockButton.clicked.connect(self.unlock)
        self.ui.signOutButton.clicked.connect(self._sign_out)
        self.ui.passwordEdit.setFocus()
        self._feedback.fit_height()

    @property
    def error_text(self) -> str:
        return self._feedback.error_text

    @property
    def busy(self) -> bool:
        return self._feedback.busy

    def unlock(self) -> None:
        password = self.ui.passwordEdit.text()
        if not password:
            self._feedback.show_error(self.tr("Enter your password."))
            return
        self._feedback.set_busy(True)
        workspace, verify = self._workspace, self._verify
        run_in_background(
            self,
            lambda _progress: verify(workspace, password),
            on_success=self._unlocked,
            on_error=self._failed,
            on_finished=lambda: self._feedback.set_busy(False),
        )

    def reject(self) -> None:
        if not self._feedback.busy:
            super().reject()

    def _unlocked(self, _result: object) -> None:
        logger.info("unlocked")
        self.ui.passwordEdit.clear()
        self.accept()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, WrongPasswordError | UnknownUserError):
            text = self.tr("The password is wrong. sisa-desk stays locked.")
        else:
            text = describe_error(error)
        self._feedback.show_error(text)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()

    def _sign_out(self) -> None:
        self.sign_out_requested.emit()
        super().reject()
