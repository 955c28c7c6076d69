"""The Users screen (admin): who may log in, with which role; add, deactivate, renew the key."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from sisa_desk.domain.permissions import Permission
from sisa_desk.services import accounts
from sisa_desk.services.accounts import UserInfo
from sisa_desk.services.context import Workspace

from . import errors, messages
from .add_user_dialog import AddUserDialog
from .forms.ui_users_screen import Ui_UsersScreen
from .operations import Progress, run_in_background
from .users_model import UsersTableModel

logger = logging.getLogger(__name__)

T = TypeVar("T")


class UsersScreen(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersScreen()
        self.ui.setupUi(self)
        self._workspace = workspace
        self._busy = False
        self.model = UsersTableModel(self)
        table = self.ui.usersTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(90)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.ui.rotateKeyButton.setVisible(workspace.actor.can(Permission.ROTATE_KEY))
        self.ui.addUserButton.clicked.connect(self.add_user)
        self.ui.deactivateButton.clicked.connect(self.deactivate_selected)
        self.ui.rotateKeyButton.clicked.connect(self.rotate_key)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_user()
        try:
            users = accounts.list_users(self._workspace)
        except Exception as exc:  # shown, not raised: the screen stays usable
            errors.show_error(self, exc)
            users = []
        self.model.set_users(users)
        table = self.ui.usersTable
        for column in range(UsersTableModel.COLUMN_COUNT - 1):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, table.columnWidth(column) + 24)
        if selected is not None:
            self.select_user(selected.name)
        self._update_buttons()

    def selected_user(self) -> UserInfo | None:
        rows = self.ui.usersTable.selectionModel().selectedRows()
        return self.model.user_at(rows[0].row()) if rows else None

    def select_user(self, name: str) -> None:
        row = self.model.row_of(name)
        if row is not None:
            self.ui.usersTable.selectRow(row)

    def add_user(self) -> None:
        dialog = AddUserDialog(self._workspace, self)
        dialog.user_added.connect(self._user_added)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def deactivate_selected(self) -> None:
        user = self.selected_user()
        if user is None or not user.active:
            return
        confirmed = messages.confirm(
            self,
            self.tr("Deactivate the account {name}?").format(name=user.name),
            details=self.tr(
                "{name} can no longer log in. The account stays in the list and in the audit log."
            ).format(name=user.name),
            confirm_text=self.tr("Deactivate"),
        )
        if not confirmed:
            return
        workspace, name = self._workspace, user.name
        self._start(lambda _progress: accounts.deactivate_user(workspace, name), self._deactivated)

    def rotate_key(self) -> None:
        confirmed = messages.confirm(
            self,
            self.tr("Renew the database key?"),
            details=self.tr(
                "The database gets a new key, sealed to the active users and the recovery "
                "key. Older copies of the keyring then no longer open it: make a new backup "
                "afterwards."
            ),
            confirm_text=self.tr("Renew key"),
        )
        if not confirmed:
            return
        workspace = self._workspace
        self._start(
            lambda _progress: accounts.rotate_key(workspace),
            self._key_rotated,
            progress_text=self.tr("Renewing the database key…"),
        )

    def _start(
        self,
        work: Callable[[Progress], T],
        on_success: Callable[[T], None],
        *,
        progress_text: str | None = None,
    ) -> None:
        self._busy = True
        self._update_buttons()
        run_in_background(
            self, work, on_success=on_success, on_finished=self._done, progress_text=progress_text
        )

    def _done(self) -> None:
        self._busy = False
        self.refresh()

    def _user_added(self, user: UserInfo) -> None:
        self.refresh()
        self.select_user(user.name)

    def _deactivated(self, user: UserInfo) -> None:
        logger.info("user deactivated")
        messages.info(
            self,
            self.tr(
                "{name} can no longer log in. Renew the database key as well, so that old "
                "copies of the keyring stop working."
            ).format(name=user.name),
        )

    def _key_rotated(self, kept: int) -> None:
        logger.info("database key renewed for %d users", kept)
        messages.info(
            self,
            self.tr(
                "The database key has been renewed. Active users who keep access: {count}. "
                "Make a new backup now."
            ).format(count=kept),
        )

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        user = self.selected_user()
        self.ui.addUserButton.setEnabled(not self._busy)
        self.ui.rotateKeyButton.setEnabled(not self._busy)
        self.ui.deactivateButton.setEnabled(
            not self._busy
            and user is not None
            and user.active
            and user.name != self._workspace.actor.name
        )
