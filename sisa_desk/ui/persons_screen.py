"""Young persons (Permission.VIEW_YOUNG_PERSONS): a lazy list with search (Ctrl+F), filters
and sorting on every column; Enter or a double-click opens the record (an audited view)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from sisa_desk.services import person_exports, person_list
from sisa_desk.services.context import Workspace
from sisa_desk.services.person_list import PersonColumn, PersonFilter, PersonRow

from . import errors, exporting
from .field_messages import FORM_STYLE, MessageKind, set_kind
from .formatting import format_date
from .forms.ui_persons_screen import Ui_PersonsScreen
from .navigation import ShowPerson
from .paged_model import PagedTableModel
from .person_record import PersonRecordView
from .table_models import INACTIVE_COLOUR, prepare_table
from .view_state import remember_header

SEARCH_DELAY_MS = 250
SHIELDED_COLOUR = QColor("#a33a22")


class PersonsTableModel(PagedTableModel[PersonRow]):
    BSN = 0
    NAME = 1
    DATE_OF_BIRTH = 2
    CITY = 3
    ACTIVE_SIGNALS = 4
    OPEN_MATCH = 5
    SHIELDED = 6

    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("PersonsTableModel", "BSN"),
        QT_TRANSLATE_NOOP("PersonsTableModel", "Name"),
        QT_TRANSLATE_NOOP("PersonsTableModel", "Date of birth"),
        QT_TRANSLATE_NOOP("PersonsTableModel", "Woonplaats"),
        QT_TRANSLATE_NOOP("PersonsTableModel", "Active signals"),
        QT_TRANSLATE_NOOP("PersonsTableModel", "Open match"),
        QT_TRANSLATE_NOOP("PersonsTableModel", "Shielded"),
    )
    COLUMNS: ClassVar[tuple[PersonColumn, ...]] = (
        PersonColumn.BSN,
        PersonColumn.NAME,
        PersonColumn.DATE_OF_BIRTH,
        PersonColumn.CITY,
        PersonColumn.ACTIVE_SIGNALS,
        PersonColumn.OPEN_MATCH,
        PersonColumn.SHIELDED,
    )

    def display(self, row: PersonRow, column: int) -> str:
        if column == self.BSN:
            return row.bsn or QCoreApplication.translate("PersonsTableModel", "no BSN")
        if column == self.NAME:
            return row.name
        if column == self.DATE_OF_BIRTH:
            return format_date(row.date_of_birth)
        if column == self.CITY:
            return (
                QCoreApplication.translate("PersonsTableModel", "shielded")
                if row.shielded
                else (row.city or "")
            )
        if column == self.ACTIVE_SIGNALS:
            return str(row.active_signals)
        if column == self.OPEN_MATCH:
            return str(row.open_match_id) if row.open_match_id is not None else ""
        if column == self.SHIELDED:
            return QCoreApplication.translate("PersonsTableModel", "Yes") if row.shielded else ""
        return ""

    def foreground(self, row: PersonRow, column: int) -> QColor | None:
        if row.shielded and column in (self.CITY, self.SHIELDED):
            return SHIELDED_COLOUR
        if column == self.BSN and row.bsn is None:
            return INACTIVE_COLOUR
        return None


class PersonsScreen(QWidget):
    open_requested = Signal(str, object)

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_PersonsScreen()
        ui.setupUi(self)
        self.setStyleSheet(FORM_STYLE)
        self._workspace = workspace
        self._sort = (PersonColumn.NAME, False)
        self.model = PersonsTableModel(self)
        self.model.loaded.connect(self._loaded)
        table = ui.personsTable
        table.setModel(self.model)
        prepare_table(table)
        table.horizontalHeader().setSortIndicator(
            PersonsTableModel.NAME, Qt.SortOrder.AscendingOrder
        )
        model = PersonsTableModel
        remember_header(
            table.horizontalHeader(),
            "young_persons",
            widths={model.BSN: 96, model.NAME: 200, model.DATE_OF_BIRTH: 128, model.CITY: 150,
                    model.ACTIVE_SIGNALS: 138, model.OPEN_MATCH: 100},
        )  # fmt: skip
        table.activated.connect(lambda index: self.open_row(index.row()))
        self.record = PersonRecordView(workspace, self, today=today)
        ui.recordLayout.addWidget(self.record)
        self.record.back_requested.connect(self.show_list)
        self.record.open_requested.connect(self.open_requested)
        set_kind(ui.countLabel, MessageKind.HINT)
        ui.emptyLabel.setObjectName("emptyLabel")
        ui.matchCombo.addItem(self.tr("With or without open match"), None)
        ui.matchCombo.addItem(self.tr("With an open match"), True)
        ui.matchCombo.addItem(self.tr("Without an open match"), False)
        ui.cityCombo.addItem(self.tr("Every woonplaats"), None)
        try:
            cities = person_list.person_cities(workspace)
        except Exception as exc:  # shown, not raised: the screen stays usable
            errors.show_error(self, exc)
            cities = []
        for city in cities:
            ui.cityCombo.addItem(city, city)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        ui.searchEdit.textChanged.connect(self._search_timer.start)
        ui.searchEdit.returnPressed.connect(self._search_now)
        ui.cityCombo.currentIndexChanged.connect(self._filter_changed)
        ui.matchCombo.currentIndexChanged.connect(self._filter_changed)
        ui.shieldedCheck.toggled.connect(self._filter_changed)
        ui.exportButton.clicked.connect(self.export)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.reload)
        # The order shown (perhaps restored with the column widths) is the order asked for.
        header = table.horizontalHeader()
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        self._sort = (PersonsTableModel.COLUMNS[header.sortIndicatorSection()], descending)
        self.model.sort_requested.connect(self._sort_requested)
        self.reload()

    # ------------------------------------------------------------ the list

    def current_filter(self) -> PersonFilter:
        ui = self.ui
        return PersonFilter(
            search=ui.searchEdit.text(),
            city=ui.cityCombo.currentData(),
            open_match=ui.matchCombo.currentData(),
            shielded=True if ui.shieldedCheck.isChecked() else None,
        )

    @property
    def busy(self) -> bool:
        """Reading, or about to (a search typed a moment ago)."""
        return self._search_timer.isActive() or self.model.busy or self.record.busy

    @Slot()
    def _filter_changed(self) -> None:
        self.reload()

    def reload(self) -> None:
        self._search_timer.stop()
        workspace, flt = self._workspace, self.current_filter()
        column, descending = self._sort
        self.ui.countLabel.setText(self.tr("Loading…"))
        self.model.reload(
            lambda: person_list.count_young_persons(workspace, flt),
            lambda offset, limit: person_list.young_persons_page(
                workspace, flt, sort=column, descending=descending, offset=offset, limit=limit
            ),
        )

    def _search_now(self) -> None:
        self.reload()
        self.ui.personsTable.setFocus()

    def _sort_requested(self, column: int, descending: bool) -> None:
        self._sort = (PersonsTableModel.COLUMNS[column], descending)
        self.reload()

    def export(self) -> None:
        """ "Exporteren naar Excel" of the list as it is filtered and sorted (audited)."""
        workspace, flt = self._workspace, self.current_filter()
        column, descending = self._sort
        exporting.export_view(
            self,
            self.ui.exportButton,
            f"jeugdigen-{date.today():%d-%m-%Y}.xlsx",
            lambda target, report: person_exports.export_young_persons(
                workspace, flt, target, sort=column, descending=descending, progress=report
            ),
        )

    def _loaded(self) -> None:
        total = self.model.total
        ui = self.ui
        ui.countLabel.setText(self.tr("%Ln young person(s)", "", total))
        ui.contentStack.setCurrentWidget(ui.tablePage if total else ui.emptyPage)
        if total and not ui.searchEdit.hasFocus():
            ui.personsTable.selectRow(0)

    def focus_search(self) -> None:
        self.show_list()
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    # ------------------------------------------------------------ the record

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_person(self.model.row_at(row).id)

    def open_person(self, person_id: int) -> None:
        self.ui.pageStack.setCurrentWidget(self.ui.recordPage)
        self.record.show_person(person_id)
        self.record.ui.backButton.setFocus()

    def show_list(self) -> None:
        self.ui.pageStack.setCurrentWidget(self.ui.listPage)
        self.ui.personsTable.setFocus()

    @property
    def showing_record(self) -> bool:
        return self.ui.pageStack.currentWidget() is self.ui.recordPage

    def apply_selection(self, selection: object) -> None:
        """Open a young person's record when another screen asks (navigation.ShowPerson)."""
        if isinstance(selection, ShowPerson):
            self.open_person(selection.young_person_id)
