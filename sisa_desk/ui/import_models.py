"""The preview of an import as a table: one row of the file per line, with its row number as
Excel shows it, its status in a calm colour, the recognised values and the Dutch messages."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from sisa_desk.services.imports import ImportColumn, ImportRow, RowStatus

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "ImportRowsModel"

STATUS_TEXTS = {
    RowStatus.NEW: QT_TRANSLATE_NOOP("ImportRowsModel", "New"),
    RowStatus.REFRESH: QT_TRANSLATE_NOOP("ImportRowsModel", "Refreshed"),
    RowStatus.ERROR: QT_TRANSLATE_NOOP("ImportRowsModel", "Error"),
    RowStatus.DUPLICATE: QT_TRANSLATE_NOOP("ImportRowsModel", "Duplicate"),
}
# Calm backgrounds for the status cell: green, blue, red and amber, all pale.
STATUS_COLOURS = {
    RowStatus.NEW: QColor("#e3f3e6"),
    RowStatus.REFRESH: QColor("#e4eef9"),
    RowStatus.ERROR: QColor("#fbe7e5"),
    RowStatus.DUPLICATE: QColor("#fdf1d8"),
}
_ROW = QT_TRANSLATE_NOOP("ImportRowsModel", "Row")
_STATUS = QT_TRANSLATE_NOOP("ImportRowsModel", "Status")
_MESSAGES = QT_TRANSLATE_NOOP("ImportRowsModel", "Messages")
REJECTED = (RowStatus.ERROR, RowStatus.DUPLICATE)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_text(status: RowStatus) -> str:
    return _tr(STATUS_TEXTS[status])


class ImportRowsModel(QAbstractTableModel):
    """Row, Status, Messages, then one column per recognised column of the file."""

    ROW, STATUS, MESSAGES = 0, 1, 2
    FIRST_VALUE = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ImportRow] = []
        self._columns: list[ImportColumn] = []

    def set_preview(self, columns: list[ImportColumn], rows: list[ImportRow]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ImportRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIRST_VALUE + len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.ROW:
            return _tr(_ROW)
        if section == self.STATUS:
            return _tr(_STATUS)
        if section == self.MESSAGES:
            return _tr(_MESSAGES)
        column = self._columns[section - self.FIRST_VALUE]
        return column.label

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.ROW:
                return str(row.row)
            if column == self.STATUS:
                return status_text(row.status)
            if column == self.MESSAGES:
                return "; ".join(row.messages)
            field = self._columns[column - self.FIRST_VALUE].field
            return row.values.get(field, "")
        if role == Qt.ItemDataRole.BackgroundRole and column == self.STATUS:
            return QBrush(STATUS_COLOURS[row.status])
        if role == Qt.ItemDataRole.ForegroundRole and column == self.MESSAGES:
            return QBrush(QColor("#8a1c1c"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RejectedFilter(QSortFilterProxyModel):
    """All rows, or only the rejected ones (errors and duplicates)."""

    def __init__(self, source: ImportRowsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._only_rejected = False
        self.setSourceModel(source)

    def set_only_rejected(self, only: bool) -> None:
        self.beginFilterChange()
        self._only_rejected = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, _parent: Index) -> bool:
        if not self._only_rejected:
            return True
        return self._source.row_at(source_row).status in REJECTED
