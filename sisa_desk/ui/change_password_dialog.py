"""Change one's own password: the current one, and the new one twice."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog, QWidget

from sisa_desk.domain.passwords import MIN_LENGTH
from sisa_desk.services import accounts
from sisa_desk.services.context import Workspace
from sisa_desk.services.errors import InvalidInput
from sisa_desk.store.errors import WrongPasswordError

from .error_texts import describe_error
from .form_feedback import FormFeedback
from .forms.ui_change_password_dialog import Ui_ChangePasswordDialog
from .operations import run_in_background

logger = logging.getLogger(__name__)


class ChangePasswordDialog(QDialog):
    """Accepted once the password has been changed."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self._workspace = workspace
        self._feedback = FormFeedback(
            self,
            self.ui.errorLabel,
            self.ui.busyPanel,
            [
                self.ui.oldPasswordEdit,
                self.ui.newPasswordEdit,
                self.ui.repeatPasswordEdit,
                self.ui.changeButton,
                self.ui.cancelButton,
            ],
        )
        self.ui.policyLabel.setText(
            self.tr(
                "Choose a new password of at least {min_length} characters that you do not use "
                "anywhere else."
            ).format(min_length=MIN_LENGTH)
        )
        self.ui.changeButton.clicked.connect(self.change)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._feedback.fit_height()

    @property
    def error_text(self) -> str:
        return self._feedback.error_text

    @property
    def busy(self) -> bool:
        return self._feedback.busy

    def change(self) -> None:
        old = self.ui.oldPasswordEdit.text()
        new = self.ui.newPasswordEdit.text()
        if not old or not new:
            self._feedback.show_error(self.tr("Enter your current and your new password."))
            return
        if new != self.ui.repeatPasswordEdit.text():
            self._feedback.show_error(self.tr("The two new passwords differ."))
            self.ui.repeatPasswordEdit.clear()
            self.ui.repeatPasswordEdit.setFocus()
            return
        self._feedback.set_busy(True)
        workspace = self._workspace
        run_in_background(
            self,
            lambda _progress: accounts.change_password(workspace, old, new),
            on_success=self._changed,
            on_error=self._failed,
            on_finished=lambda: self._feedback.set_busy(False),
        )

    def reject(self) -> None:
        if not self._feedback.busy:
            super().reject()

    def _changed(self, _result: object) -> None:
        logger.info("password changed")
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._feedback.show_error(
            describe_error(
                error,
                {
                    WrongPasswordError: self.tr("The current password is wrong."),
                    InvalidInput: self.tr("The new password is the same as the current one."),
                },
            )
        )
