"""A lazy table model for lists too long to hold: it counts the rows of the current filter,
holds the pages read so far, and reads the next page (off the GUI thread) when the view
scrolls near the end (``canFetchMore``/``fetchMore``). Sorting asks the database again
(``sort_requested``): the screen builds the new queries and calls ``reload``.

A subclass names its columns and ``HEADERS`` (English, ``QT_TRANSLATE_NOOP`` in its own class
name), says how a row shows (``display``) and may colour it (``foreground``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from . import plain_text
from .operations import run_in_background

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")

PAGE_SIZE = 200


class PagedTableModel(QAbstractTableModel, Generic[RowT]):
    HEADERS: ClassVar[tuple[str, ...]] = ()
    # Columns the database can sort on quickly; a click on another header changes nothing.
    SORTABLE: ClassVar[frozenset[int] | None] = None

    loaded = Signal()  # the count and the first page arrived
    sort_requested = Signal(int, bool)  # column, descending

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner
        self._rows: list[RowT] = []
        self._total = 0
        self._generation = 0
        self._loading = False
        self._fetching = False
        self._page: Callable[[int, int], list[RowT]] | None = None

    # ------------------------------------------------------------ for the subclass

    def display(self, row: RowT, column: int) -> str:
        raise NotImplementedError

    def foreground(self, _row: RowT, _column: int) -> QColor | None:
        return None

    def tooltip(self, row: RowT, column: int) -> str | None:
        return plain_text.tooltip(self.display(row, column))

    # ------------------------------------------------------------ loading

    def reload(self, count: Callable[[], int], page: Callable[[int, int], list[RowT]]) -> None:
        """Forget the rows; count and read the first page in the background."""
        self._generation += 1
        generation = self._generation
        self._page = page
        self.beginResetModel()
        self._rows, self._total = [], 0
        self._loading, self._fetching = True, False
        self.endResetModel()

        def work(_progress: object) -> tuple[int, list[RowT]]:
            return count(), page(0, PAGE_SIZE)

        run_in_background(
            self._owner,
            work,
            on_success=lambda result: self._first_page(generation, result),
            on_finished=lambda: self._finished(generation),
        )

    def _finished(self, generation: int) -> None:
        if generation == self._generation:
            self._loading = False

    def _first_page(self, generation: int, result: tuple[int, list[RowT]]) -> None:
        if generation != self._generation:
            return  # a newer filter or sort was asked for meanwhile
        total, rows = result
        self._total = max(total, len(rows))
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows = list(rows)
            self.endInsertRows()
        self.loaded.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and not self._loading
            and not self._fetching
            and len(self._rows) < self._total
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._page is None:
            return
        self._fetching = True
        generation, offset, page = self._generation, len(self._rows), self._page
        run_in_background(
            self._owner,
            lambda _progress: page(offset, PAGE_SIZE),
            on_success=lambda rows: self._more(generation, offset, rows),
            on_finished=lambda: self._fetched(generation),
        )

    def _fetched(self, generation: int) -> None:
        if generation == self._generation:
            self._fetching = False

    def _more(self, generation: int, offset: int, rows: list[RowT]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        if not rows:
            self._total = len(self._rows)  # fewer than counted: rows went meanwhile
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def busy(self) -> bool:
        return self._loading or self._fetching

    @property
    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def rows(self) -> list[RowT]:
        return list(self._rows)

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
            return self.tooltip(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, index.column())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.SORTABLE is None or column in self.SORTABLE:
            self.sort_requested.emit(column, order == Qt.SortOrder.DescendingOrder)
