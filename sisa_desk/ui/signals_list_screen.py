"""Signals (Permission.VIEW_YOUNG_PERSONS): the active signals or the history, filtered by
organisation, sector and period, read a page at a time; Enter or a double-click opens the
young person's record. Sorting is offered on the dates, which the database finds by index
among a million signals."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QWidget

from sisa_desk.domain.directory import SECTOR_LABELS_NL, Sector
from sisa_desk.services import directory, person_exports, person_list
from sisa_desk.services.context import Workspace
from sisa_desk.services.person_list import SignalColumn, SignalFilter, SignalRow

from . import errors, exporting
from .field_messages import FORM_STYLE, MessageKind, set_kind
from .formatting import format_date
from .forms.ui_signals_list_screen import Ui_SignalsListScreen
from .navigation import YOUNG_PERSONS, ShowPerson
from .paged_model import PagedTableModel
from .record_labels import label
from .table_models import prepare_table
from .view_state import remember_header

SHIELDED_COLOUR = QColor("#a33a22")
ACTIVE, HISTORY, ALL = "active", "history", "all"


class SignalsListModel(PagedTableModel[SignalRow]):
    SIGNAL_DATE = 0
    ORGANISATION = 1
    SECTOR = 2
    BSN = 3
    NAME = 4
    PROFESSIONAL = 5
    UNTIL = 6
    STATUS = 7

    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("SignalsListModel", "Signal date"),
        QT_TRANSLATE_NOOP("SignalsListModel", "Organisation"),
        QT_TRANSLATE_NOOP("SignalsListModel", "Sector"),
        QT_TRANSLATE_NOOP("SignalsListModel", "BSN"),
        QT_TRANSLATE_NOOP("SignalsListModel", "Young person"),
        QT_TRANSLATE_NOOP("SignalsListModel", "Professional"),
        QT_TRANSLATE_NOOP("SignalsListModel", "Ends / ended"),
        QT_TRANSLATE_NOOP("SignalsListModel", "Status"),
    )
    SORTABLE: ClassVar[frozenset[int] | None] = frozenset({SIGNAL_DATE, UNTIL})

    def display(self, row: SignalRow, column: int) -> str:
        if column == self.SIGNAL_DATE:
            return format_date(row.signal_date)
        if column == self.ORGANISATION:
            return row.organisation_code
        if column == self.SECTOR:
            return SECTOR_LABELS_NL[Sector(row.sector)]
        if column == self.BSN:
            return row.bsn or QCoreApplication.translate("SignalsListModel", "no BSN")
        if column == self.NAME:
            return row.name
        if column == self.PROFESSIONAL:
            return row.professional or ""
        if column == self.UNTIL:
            return format_date(row.ended_on if row.status == HISTORY else row.planned_end)
        if column == self.STATUS:
            if row.status == HISTORY and row.end_reason:
                return f"{label(row.status)} ({label(row.end_reason)})"
            return label(row.status)
        return ""

    def tooltip(self, row: SignalRow, column: int) -> str | None:
        if column == self.ORGANISATION:
            return f"{row.organisation_code} – {row.organisation_name}"
        if row.shielded and column == self.NAME:
            return QCoreApplication.translate("SignalsListModel", "Shielded: no address")
        return super().tooltip(row, column)

    def foreground(self, row: SignalRow, column: int) -> QColor | None:
        return SHIELDED_COLOUR if row.shielded and column == self.NAME else None


class SignalsListScreen(QWidget):
    open_requested = Signal(str, object)

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_SignalsListScreen()
        ui.setupUi(self)
        self.setStyleSheet(FORM_STYLE)
        self._workspace = workspace
        self._applying = True  # no reading until the filters stand
        today = today or date.today()
        self._sort = (SignalColumn.SIGNAL_DATE, True)
        self.model = SignalsListModel(self)
        self.model.loaded.connect(self._loaded)
        table = ui.signalsTable
        table.setModel(self.model)
        prepare_table(table)
        model = SignalsListModel
        remember_header(
            table.horizontalHeader(),
            "signals",
            widths={model.SIGNAL_DATE: 118, model.ORGANISATION: 95, model.SECTOR: 120,
                    model.BSN: 90, model.NAME: 160, model.PROFESSIONAL: 140, model.UNTIL: 95},
        )  # fmt: skip
        table.activated.connect(lambda index: self.open_row(index.row()))
        set_kind(ui.countLabel, MessageKind.HINT)
        ui.statusCombo.addItem(self.tr("Active"), ACTIVE)
        ui.statusCombo.addItem(self.tr("History"), HISTORY)
        ui.statusCombo.addItem(self.tr("All"), ALL)
        ui.organisationCombo.addItem(self.tr("Every organisation"), None)
        try:
            organisations = directory.list_organisations(workspace, include_inactive=True)
        except Exception as exc:  # shown, not raised: the screen stays usable
            errors.show_error(self, exc)
            organisations = []
        for organisation in sorted(organisations, key=lambda o: o.code):
            ui.organisationCombo.addItem(
                f"{organisation.code} – {organisation.name}", organisation.id
            )
        ui.sectorCombo.addItem(self.tr("Every sector"), None)
        for sector, text in SECTOR_LABELS_NL.items():
            ui.sectorCombo.addItem(text, sector.value)
        first = QDate(today.year, today.month, 1)
        ui.fromDate.setDate(first)
        ui.toDate.setDate(QDate(today.year, today.month, today.day))
        self._set_period_enabled(False)
        ui.periodCheck.toggled.connect(self._set_period_enabled)
        for combo in (ui.statusCombo, ui.organisationCombo, ui.sectorCombo):
            combo.currentIndexChanged.connect(self._filter_changed)
        for edit in (ui.fromDate, ui.toDate):
            edit.dateChanged.connect(self._filter_changed)
        ui.exportButton.clicked.connect(self.export)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.reload)
        self.model.sort_requested.connect(self._sort_requested)
        # The order shown (perhaps restored with the column widths) is the order asked for;
        # while _applying, a sort only records the order.
        header = table.horizontalHeader()
        if header.sortIndicatorSection() in SignalsListModel.SORTABLE:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        else:
            header.setSortIndicator(SignalsListModel.SIGNAL_DATE, Qt.SortOrder.DescendingOrder)
        self._applying = False
        self.reload()

    def _set_period_enabled(self, on: bool) -> None:
        for widget in (self.ui.fromDate, self.ui.toLabel, self.ui.toDate):
            widget.setEnabled(on)
        self.reload()

    def current_filter(self) -> SignalFilter:
        ui = self.ui
        period = ui.periodCheck.isChecked()
        sector = ui.sectorCombo.currentData()
        return SignalFilter(
            organisation_id=ui.organisationCombo.currentData(),
            sector=Sector(sector) if sector else None,
            status=None if ui.statusCombo.currentData() == ALL else ui.statusCombo.currentData(),
            date_from=ui.fromDate.date().toPython() if period else None,
            date_to=ui.toDate.date().toPython() if period else None,
        )

    @property
    def busy(self) -> bool:
        return self.model.busy

    @Slot()
    def _filter_changed(self) -> None:
        self.reload()

    def reload(self) -> None:
        if self._applying:
            return
        workspace, flt = self._workspace, self.current_filter()
        column, descending = self._sort
        self.ui.countLabel.setText(self.tr("Loading…"))
        self.model.reload(
            lambda: person_list.count_signals(workspace, flt),
            lambda offset, limit: person_list.signals_page(
                workspace, flt, sort=column, descending=descending, offset=offset, limit=limit
            ),
        )

    def _sort_requested(self, column: int, descending: bool) -> None:
        if column == SignalsListModel.UNTIL:
            # The column shows the planned end of an active signal, the end of an ended one.
            # (By the end date for the history alone: all signals together, a million, go by
            # the planned end, which has an index.)
            history = self.ui.statusCombo.currentData() == HISTORY
            by = SignalColumn.ENDED_ON if history else SignalColumn.PLANNED_END
        else:
            by = SignalColumn.SIGNAL_DATE
        self._sort = (by, descending)
        self.reload()

    def export(self) -> None:
        """ "Exporteren naar Excel" of the list as it is filtered and sorted (audited)."""
        workspace, flt = self._workspace, self.current_filter()
        column, descending = self._sort
        exporting.export_view(
            self,
            self.ui.exportButton,
            f"signalen-{date.today():%d-%m-%Y}.xlsx",
            lambda target, report: person_exports.export_signals(
                workspace, flt, target, sort=column, descending=descending, progress=report
            ),
        )

    def _loaded(self) -> None:
        total = self.model.total
        ui = self.ui
        ui.countLabel.setText(self.tr("%Ln signal(s)", "", total))
        ui.contentStack.setCurrentWidget(ui.tablePage if total else ui.emptyPage)
        if total:
            ui.signalsTable.selectRow(0)

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            person = self.model.row_at(row).young_person_id
            self.open_requested.emit(YOUNG_PERSONS, ShowPerson(person))

    def apply_selection(self, selection: object) -> None:
        """Show the signals of a dashboard number (a person_list.SignalFilter)."""
        if not isinstance(selection, SignalFilter):
            return
        ui = self.ui
        self._applying = True
        try:
            _select(ui.statusCombo, str(selection.status) if selection.status else ALL)
            _select(ui.organisationCombo, selection.organisation_id)
            _select(ui.sectorCombo, Sector(selection.sector).value if selection.sector else None)
            period = selection.date_from is not None or selection.date_to is not None
            ui.periodCheck.setChecked(period)
            if selection.date_from is not None:
                ui.fromDate.setDate(QDate(selection.date_from))
            if selection.date_to is not None:
                ui.toDate.setDate(QDate(selection.date_to))
        finally:
            self._applying = False
        self.reload()


def _select(combo: QComboBox, value: object) -> None:
    """Choose the item holding ``value``; None (or an unknown value) is the first item."""
    index = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(max(index, 0))
