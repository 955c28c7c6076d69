"""Add a user: name, role and a first password (twice)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from sisa_desk.domain.passwords import MIN_LENGTH
from sisa_desk.domain.permissions import Role
from sisa_desk.services import accounts
from sisa_desk.services.accounts import UserInfo
from sisa_desk.services.context import Workspace
from sisa_desk.services.errors import Conflict, InvalidInput

from .error_texts import describe_error
from .form_feedback import FormFeedback
from .formatting import role_title
from .forms.ui_add_user_dialog import Ui_AddUserDialog
from .operations import run_in_background

logger = logging.getLogger(__name__)


class AddUserDialog(QDialog):
    """Emits ``user_added`` and is accepted once the user exists."""

    user_added = Signal(object)  # UserInfo

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AddUserDialog()
        self.ui.setupUi(self)
        self._workspace = workspace
        self._feedback = FormFeedback(
            self,
            self.ui.errorLabel,
            self.ui.busyPanel,
            [
                self.ui.nameEdit,
                self.ui.roleCombo,
                self.ui.passwordEdit,
                self.ui.repeatPasswordEdit,
                self.ui.addButton,
                self.ui.cancelButton,
            ],
        )
        for role in (Role.OPERATOR, Role.ADMIN, Role.ANALYST, Role.AUDITOR):
            self.ui.roleCombo.addItem(role_title(role), role)
        self.ui.policyLabel.setText(
            self.tr(
                "The first password has at least {min_length} characters; the user can change "
                "it after logging in."
            ).format(min_length=MIN_LENGTH)
        )
        self.ui.addButton.clicked.connect(self.add)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._feedback.fit_height()

    @property
    def error_text(self) -> str:
        return self._feedback.error_text

    @property
    def busy(self) -> bool:
        return self._feedback.busy

    def set_role(self, role: Role) -> None:
        self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(role))

    def add(self) -> None:
        name = self.ui.nameEdit.text().strip()
        role = Role(self.ui.roleCombo.currentData())
        password = self.ui.passwordEdit.text()
        if not name:
            self._feedback.show_error(self.tr("Enter a user name."))
            self.ui.nameEdit.setFocus()
            return
        if password != self.ui.repeatPasswordEdit.text():
            self._feedback.show_error(self.tr("The two passwords differ."))
            self.ui.repeatPasswordEdit.clear()
            self.ui.repeatPasswordEdit.setFocus()
            return
        self._feedback.set_busy(True)
        workspace = self._workspace
        run_in_background(
            self,
            lambda _progress: accounts.add_user(workspace, name, role, password),
            on_success=self._added,
            on_error=self._failed,
            on_finished=lambda: self._feedback.set_busy(False),
        )

    def reject(self) -> None:
        if not self._feedback.busy:
            super().reject()

    def _added(self, user: UserInfo) -> None:
        logger.info("user added (role %s)", user.role.value)
        self.user_added.emit(user)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._feedback.show_error(
            describe_error(
                error,
                {
                    Conflict: self.tr("A user with this name already exists."),
                    InvalidInput: self.tr(
                        "A user name has 2 to 64 characters: letters, digits, dots, hyphens, "
                        "underscores or @, and starts with a letter or digit. The name "
                        "'recovery' is reserved."
                    ),
                },
            )
        )
