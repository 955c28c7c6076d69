"""The dashboard's list of the longest overdue matches (roles that see young persons)."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QStackedWidget, QTableView, QVBoxLayout, QWidget

from sisa_desk.services.dashboard import OverdueMatch

from .formatting import format_date
from .table_models import Index, RecordTableModel, fit_columns, prepare_table


class OverdueTableModel(RecordTableModel[OverdueMatch]):
    MATCH = 0
    DAYS = 1
    NAME = 2
    ORGANISATIONS = 3

    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("OverdueTableModel", "No."),
        QT_TRANSLATE_NOOP("OverdueTableModel", "Days"),
        QT_TRANSLATE_NOOP("OverdueTableModel", "Young person"),
        QT_TRANSLATE_NOOP("OverdueTableModel", "Organisations"),
    )

    def display(self, row: OverdueMatch, column: int) -> str:
        if column == self.MATCH:
            return str(row.id)
        if column == self.DAYS:
            return str(row.days_overdue)
        if column == self.ORGANISATIONS:
            return ", ".join(row.organisations)
        if column == self.NAME:
            return row.name
        return ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and section == self.DAYS:
            return QCoreApplication.translate("OverdueTableModel", "Days past the term")
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            row = self.row_at(index.row())
            return QCoreApplication.translate(
                "OverdueTableModel", "Match {id}, opened {date}: {days} days past the term"
            ).format(id=row.id, date=format_date(row.opened), days=row.days_overdue)
        return super().data(index, role)


class OverduePanel(QFrame):
    """Titled table; ``match_chosen(id)`` on a double-click or Enter."""

    match_chosen = Signal(int)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("panelTitle")
        layout.addWidget(self.title_label)
        self.stack = QStackedWidget(self)
        self.model = OverdueTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        prepare_table(self.table, sortable=False)
        # The organisations, last, take what room is left and end in "…" when it is not enough.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Activated: a double-click, or Enter on the current row.
        self.table.activated.connect(lambda index: self._chosen(index.row()))
        self.message_label = QLabel(self)
        self.message_label.setObjectName("panelMessage")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.message_label)
        layout.addWidget(self.stack, 1)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.stack.setCurrentWidget(self.message_label)

    @property
    def message(self) -> str | None:
        showing = self.stack.currentWidget() is self.message_label
        return self.message_label.text() if showing else None

    def show_matches(self, matches: tuple[OverdueMatch, ...], empty_text: str) -> None:
        self.model.set_rows(matches)
        if not matches:
            self.show_message(empty_text)
            return
        self.stack.setCurrentWidget(self.table)
        fit_columns(self.table, padding=20, maximum=150)

    def _chosen(self, row: int) -> None:
        if 0 <= row < self.model.rowCount(QModelIndex()):
            self.match_chosen.emit(self.model.row_at(row).id)
