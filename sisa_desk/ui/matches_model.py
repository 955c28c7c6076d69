"""The lazy table of the match list (ui.paged_model over services.match_list).

Overdue and escalated matches are marked calmly: a small red dot with "Te laat" (escalated:
"Geëscaleerd", in bold) in the state column and a faint tint on the row; handled ones a green
dot.
"""

from __future__ import annotations

from functools import cache
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from sisa_desk.services.match_list import MatchColumn, MatchRow

from .formatting import format_date
from .paged_model import Index, PagedTableModel
from .table_models import INACTIVE_COLOUR

OVERDUE_COLOUR = QColor("#a11d1d")
# Barely there: a list of overdue matches must not become a wall of red.
OVERDUE_TINT = QColor("#fdf6f5")
ESCALATED_TINT = QColor("#fcf0ee")
HANDLED_COLOUR = QColor("#2f7d46")
OPEN_COLOUR = QColor("#3d5a80")
SHIELDED_COLOUR = QColor("#a33a22")

_STATES = {
    "escalated": QT_TRANSLATE_NOOP("MatchesTableModel", "Escalated"),
    "overdue": QT_TRANSLATE_NOOP("MatchesTableModel", "Overdue"),
    "open": QT_TRANSLATE_NOOP("MatchesTableModel", "Open"),
    "handled": QT_TRANSLATE_NOOP("MatchesTableModel", "Handled"),
    "closed": QT_TRANSLATE_NOOP("MatchesTableModel", "Closed"),
}
_STATE_COLOURS = {
    "escalated": OVERDUE_COLOUR,
    "overdue": OVERDUE_COLOUR,
    "open": OPEN_COLOUR,
    "handled": HANDLED_COLOUR,
    "closed": INACTIVE_COLOUR,
}


def state_of(row: MatchRow) -> str:
    if row.status == "closed":
        return "closed"
    if row.handled:
        return "handled"
    if row.escalated:
        return "escalated"
    return "overdue" if row.overdue else "open"


def state_text(state: str) -> str:
    return QCoreApplication.translate("MatchesTableModel", _STATES[state])


@cache
def state_dot(state: str) -> QIcon:
    """A small filled circle in the colour of the state: a calm badge."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_STATE_COLOURS[state])
    painter.drawEllipse(2, 2, 8, 8)
    painter.end()
    return QIcon(pixmap)


class MatchesTableModel(PagedTableModel[MatchRow]):
    MATCH = 0
    STATE = 1
    NAME = 2
    BSN = 3
    DATE_OF_BIRTH = 4
    CITY = 5
    OPENED = 6
    COORDINATOR = 7
    ORGANISATIONS = 8  # the last: its list of codes takes the width that is left

    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("MatchesTableModel", "Match"),
        QT_TRANSLATE_NOOP("MatchesTableModel", "State"),
        QT_TRANSLATE_NOOP("MatchesTableModel", "Name"),
        QT_TRANSLATE_NOOP("MatchesTableModel", "BSN"),
        QT_TRANSLATE_NOOP("MatchesTableModel", "Date of birth"),
        QT_TRANSLATE_NOOP("MatchesTableModel", "Woonplaats"),
        QT_TRANSLATE_NOOP("MatchesTableModel", "Opened"),
        QT_TRANSLATE_NOOP("MatchesTableModel", "Coordinator"),
        QT_TRANSLATE_NOOP("MatchesTableModel", "Organisations"),
    )
    # The service's sort key of each column.
    COLUMNS: ClassVar[tuple[MatchColumn, ...]] = (
        MatchColumn.ID,
        MatchColumn.STATE,
        MatchColumn.NAME,
        MatchColumn.BSN,
        MatchColumn.DATE_OF_BIRTH,
        MatchColumn.CITY,
        MatchColumn.OPENED_ON,
        MatchColumn.COORDINATOR,
        MatchColumn.ORGANISATIONS,
    )
    # Numbers read best right-aligned.
    _RIGHT = frozenset({MATCH})

    def display(self, row: MatchRow, column: int) -> str:
        if column == self.MATCH:
            return str(row.id)
        if column == self.BSN:
            return row.bsn or self.tr("no BSN")
        if column == self.NAME:
            return row.name
        if column == self.DATE_OF_BIRTH:
            return format_date(row.date_of_birth)
        if column == self.CITY:
            return self.tr("shielded") if row.shielded else (row.city or "")
        if column == self.ORGANISATIONS:
            return ", ".join(row.organisations)
        if column == self.OPENED:
            return format_date(row.opened_on)
        if column == self.COORDINATOR:
            if row.coordinator:
                return row.coordinator
            if row.proposed_coordinator and row.status == "open":
                return self.tr("{code} (proposed)").format(code=row.proposed_coordinator)
            return ""
        if column == self.STATE:
            return state_text(state_of(row))
        return ""

    def tooltip(self, row: MatchRow, column: int) -> str | None:
        if column == self.OPENED:
            if row.closed_on is not None:
                return self.tr("Opened {opened}, closed {closed}").format(
                    opened=format_date(row.opened_on), closed=format_date(row.closed_on)
                )
            return self.tr("%Ln day(s) open", "", row.days_open)
        if column == self.CITY and row.shielded:
            return self.tr("Shielded: the address is never shown, put in a letter or exported.")
        if column == self.COORDINATOR and not row.coordinator and row.proposed_coordinator:
            return self.tr("Proposed by the rules; not yet confirmed")
        return super().tooltip(row, column)

    def foreground(self, row: MatchRow, column: int) -> QColor | None:
        if column == self.STATE:
            return _STATE_COLOURS[state_of(row)]
        if column == self.CITY and row.shielded:
            return SHIELDED_COLOUR
        if (column == self.BSN and row.bsn is None) or (
            column == self.COORDINATOR and not row.coordinator
        ):
            return INACTIVE_COLOUR
        if row.status == "closed":
            return INACTIVE_COLOUR
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.FontRole,
        ):
            return self._decoration(self.row_at(index.row()), column, role)
        return super().data(index, role)

    def _decoration(self, row: MatchRow, column: int, role: int) -> object:
        state = state_of(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            if state == "escalated":
                return QBrush(ESCALATED_TINT)
            return QBrush(OVERDUE_TINT) if state == "overdue" else None
        if role == Qt.ItemDataRole.DecorationRole:
            return state_dot(state) if column == self.STATE else None
        italic = (column == self.CITY and row.shielded) or (
            column == self.COORDINATOR and not row.coordinator
        )
        if italic or (column == self.STATE and state == "escalated"):
            font = QFont()
            font.setItalic(italic)
            font.setBold(not italic)
            return font
        return None

    # ------------------------------------------------------------ one row anew

    def row_of(self, match_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == match_id), None)

    def replace_row(self, row: MatchRow) -> None:
        """Show a match's new state (after work on it) without reading the list again."""
        number = self.row_of(row.id)
        if number is not None:
            self._rows[number] = row
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(number, 0), self.index(number, last))

    def index_of(self, match_id: int) -> QModelIndex:
        number = self.row_of(match_id)
        return self.index(number, 0) if number is not None else QModelIndex()
