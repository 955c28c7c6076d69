"""The table of user accounts on the Users screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from sisa_desk.services.accounts import UserInfo

from .formatting import format_date_time, role_title

Index = QModelIndex | QPersistentModelIndex

INACTIVE_COLOUR = QColor("#8a94a0")


class UsersTableModel(QAbstractTableModel):
    NAME = 0
    ROLE = 1
    ACTIVE = 2
    LAST_LOGIN = 3
    COLUMN_COUNT = 4

    _HEADERS = (
        QT_TRANSLATE_NOOP("UsersTableModel", "Name"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Role"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Active"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Last log-in"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._users: list[UserInfo] = []

    def set_users(self, users: Sequence[UserInfo]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user_at(self, row: int) -> UserInfo:
        return self._users[row]

    def row_of(self, name: str) -> int | None:
        return next((row for row, user in enumerate(self._users) if user.name == name), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        user = self._users[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(user, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return INACTIVE_COLOUR
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("UsersTableModel", self._HEADERS[section])
        return None

    def _display(self, user: UserInfo, column: int) -> str:
        if column == self.NAME:
            return user.name
        if column == self.ROLE:
            return role_title(user.role)
        if column == self.ACTIVE:
            return self.tr("Yes") if user.active else self.tr("No")
        if column == self.LAST_LOGIN:
            return format_date_time(user.last_login) or self.tr("never")
        return ""
