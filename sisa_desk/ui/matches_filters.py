"""The filter widgets of the Matches screen, read into and set from a ``MatchFilter``.

A date filter is optional: its earliest date means "no limit" and shows as "—"; its calendar
then opens on the current month.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Signal
from PySide6.QtWidgets import QDateEdit

from sisa_desk.domain.directory import Sector
from sisa_desk.services.match_list import FilterChoices, MatchFilter, StatusFilter

from .forms.ui_matches_screen import Ui_MatchesScreen

NO_DATE = QDate(2000, 1, 1)


class _CalendarOnToday(QObject):
    """Opens the calendar of an empty date on the current month, not in the year 2000."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self._edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._edit.date() == NO_DATE:
            today = QDate.currentDate()
            self._edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


def make_optional(edit: QDateEdit) -> None:
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)
    edit.calendarWidget().installEventFilter(_CalendarOnToday(edit))


def optional_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else value.toPython()


def set_optional_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))


class FilterWidgets(QObject):
    changed = Signal()

    def __init__(self, ui: Ui_MatchesScreen, parent: QObject) -> None:
        super().__init__(parent)
        self.ui = ui
        self._setting = False
        for text, value in (
            (self.tr("Open"), StatusFilter.OPEN),
            (self.tr("Closed"), StatusFilter.CLOSED),
            (self.tr("Open and closed"), StatusFilter.ALL),
        ):
            ui.statusCombo.addItem(text, value)
        for text, value in (
            (self.tr("Handled or not"), None),
            (self.tr("Not handled"), False),
            (self.tr("Handled"), True),
        ):
            ui.handledCombo.addItem(text, value)
        ui.organisationCombo.addItem(self.tr("All organisations"), None)
        ui.sectorCombo.addItem(self.tr("All sectors"), None)
        ui.cityCombo.addItem(self.tr("Every woonplaats"), None)
        for edit in (ui.openedFromEdit, ui.openedToEdit):
            make_optional(edit)
            edit.dateChanged.connect(self._changed)
        for combo in (
            ui.statusCombo,
            ui.handledCombo,
            ui.organisationCombo,
            ui.sectorCombo,
            ui.cityCombo,
        ):
            combo.currentIndexChanged.connect(self._changed)
        ui.overdueCheck.toggled.connect(self._changed)

    def offer(self, choices: FilterChoices, sector_labels: Mapping[Sector, str]) -> None:
        """The organisations, sectors and cities to choose from."""
        ui = self.ui
        self._setting = True
        try:
            for organisation in choices.organisations:
                text = f"{organisation.code} – {organisation.name}"
                ui.organisationCombo.addItem(text, organisation.id)
            for sector in choices.sectors:
                ui.sectorCombo.addItem(sector_labels[sector], sector)
            for city in choices.cities:
                ui.cityCombo.addItem(city, city)
        finally:
            self._setting = False

    def _changed(self, *_args: object) -> None:
        if not self._setting:
            self.changed.emit()

    def current(self) -> MatchFilter:
        ui = self.ui
        # Qt keeps an enum of strings as its text: made an enum again here.
        sector = ui.sectorCombo.currentData()
        return MatchFilter(
            status=StatusFilter(ui.statusCombo.currentData() or StatusFilter.OPEN),
            overdue_only=ui.overdueCheck.isChecked(),
            handled=ui.handledCombo.currentData(),
            organisation_id=ui.organisationCombo.currentData(),
            sector=Sector(sector) if sector else None,
            city=ui.cityCombo.currentData(),
            opened_from=optional_date(ui.openedFromEdit),
            opened_to=optional_date(ui.openedToEdit),
            search=ui.searchEdit.text().strip(),
        )

    def set(self, flt: MatchFilter) -> None:
        """Show ``flt`` in the widgets, without a reload for each of them."""
        ui = self.ui
        self._setting = True
        try:
            for combo, value in (
                (ui.statusCombo, flt.status),
                (ui.handledCombo, flt.handled),
                (ui.organisationCombo, flt.organisation_id),
                (ui.sectorCombo, flt.sector),
                (ui.cityCombo, flt.city),
            ):
                index = 0 if value is None else combo.findData(value)
                if index < 0 and value is not None and combo is ui.cityCombo:
                    combo.addItem(str(value), value)
                    index = combo.count() - 1
                combo.setCurrentIndex(max(index, 0))
            ui.overdueCheck.setChecked(flt.overdue_only)
            set_optional_date(ui.openedFromEdit, flt.opened_from)
            set_optional_date(ui.openedToEdit, flt.opened_to)
            ui.searchEdit.blockSignals(True)
            ui.searchEdit.setText(flt.search)
            ui.searchEdit.blockSignals(False)
        finally:
            self._setting = False
