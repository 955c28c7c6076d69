"""The base of the small table models: a list of dataclass rows, English headers translated in
the context of the subclass, a sort key per cell, and greyed-out inactive rows.

A subclass names its columns (``CODE = 0`` …), lists ``HEADERS`` with ``QT_TRANSLATE_NOOP``
in its own class name, and says how a row shows (``display``) and sorts (``sort_key``).
Screens sort and filter through a ``QSortFilterProxyModel`` that sorts on ``SORT_ROLE``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from . import plain_text

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")

INACTIVE_COLOUR = QColor("#8a94a0")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_YES = QT_TRANSLATE_NOOP("RecordTableModel", "Yes")
_NO = QT_TRANSLATE_NOOP("RecordTableModel", "No")


class RecordTableModel(QAbstractTableModel, Generic[RowT]):
    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []

    # ------------------------------------------------------------ for the subclass

    def display(self, row: RowT, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: RowT, column: int) -> object:
        return self.display(row, column).casefold()

    def is_inactive(self, _row: RowT) -> bool:
        return False

    # ------------------------------------------------------------ rows

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def find_row(self, predicate: Callable[[RowT], bool]) -> int | None:
        return next((number for number, row in enumerate(self._rows) if predicate(row)), None)

    # ------------------------------------------------------------ Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            # The tooltip shows a value that a narrow column cuts short.
            return plain_text.tooltip(self.display(row, index.column()))
        if role == SORT_ROLE:
            return self.sort_key(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and self.is_inactive(row):
            return INACTIVE_COLOUR
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
        return None

    def yes_no(self, value: bool) -> str:
        return QCoreApplication.translate("RecordTableModel", _YES if value else _NO)


class SortedProxy(QSortFilterProxyModel):
    """Sorts on ``SORT_ROLE`` and filters case-insensitively on every column."""

    def __init__(self, source: QAbstractTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def source_row(self, proxy_row: int) -> int:
        return self.mapToSource(self.index(proxy_row, 0)).row()

    def proxy_row(self, source_row: int) -> int:
        return self.mapFromSource(self.sourceModel().index(source_row, 0)).row()


def prepare_table(table: QTableView, *, sortable: bool = True) -> None:
    """The common look: left-aligned headers, comfortable rows, whole-row single selection."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setMinimumSectionSize(60)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(sortable)


class ColumnFitter(QObject):
    """Sizes the columns of a table to their content; when that is wider than the table, the
    ``elastic`` columns (long names, e-mail addresses) give up room so that short columns
    such as "Active" are never pushed out of sight: the last elastic column first, down to
    ``minimum``, then the one before it. Refits when the table is shown or resized; call
    ``fit()`` after new rows."""

    def __init__(
        self,
        table: QTableView,
        elastic: Sequence[int] = (),
        *,
        padding: int = 12,
        minimum: int = 160,
    ) -> None:
        super().__init__(table)
        self._table = table
        self._elastic = tuple(elastic)
        self._padding = padding
        self._minimum = minimum
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        table, model = self._table, self._table.model()
        if model is None:
            return
        columns = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
        if not columns:
            return
        widths = {}
        for column in columns[:-1]:  # the last one stretches
            table.resizeColumnToContents(column)
            widths[column] = table.columnWidth(column) + self._padding
        last = table.horizontalHeader().sectionSizeHint(columns[-1]) + self._padding
        excess = sum(widths.values()) + last - table.viewport().width()
        for column in reversed([c for c in self._elastic if c in widths]):
            if excess <= 0:
                break
            give = min(excess, max(widths[column] - self._minimum, 0))
            widths[column] -= give
            excess -= give
        for column, width in widths.items():
            table.setColumnWidth(column, width)


def fit_columns(table: QTableView, *, padding: int = 24, maximum: int = 360) -> None:
    """Every column but the last as wide as its content (the last one stretches)."""
    model = table.model()
    if model is None:
        return
    for column in range(model.columnCount() - 1):
        table.resizeColumnToContents(column)
        table.setColumnWidth(column, min(table.columnWidth(column) + padding, maximum))
