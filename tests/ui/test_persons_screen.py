"""The young persons list (lazy, searchable, filtered, sortable) and opening a record; the
signals list beside it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from sisa_desk.domain.directory import Sector
from sisa_desk.services import person_list
from sisa_desk.services.demo_data import fill_demo_data
from sisa_desk.services.person_list import PersonColumn, SignalFilter
from sisa_desk.ui.navigation import YOUNG_PERSONS, ShowPerson
from sisa_desk.ui.paged_model import PAGE_SIZE
from sisa_desk.ui.persons_screen import PersonsScreen, PersonsTableModel
from sisa_desk.ui.signals_list_screen import SignalsListModel, SignalsListScreen
from tests.ui.conftest import WAIT_MS

DEMO_DAY = date(2026, 11, 26)


@pytest.fixture
def demo(db):
    fill_demo_data(db.admin, young_persons=300, today=DEMO_DAY)
    return db


def _screen(qtbot, workspace) -> PersonsScreen:
    screen = PersonsScreen(workspace, today=DEMO_DAY)
    qtbot.addWidget(screen)
    screen.resize(980, 640)
    screen.show()
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT_MS)
    return screen


def _column(screen: PersonsScreen, column: int) -> list[str]:
    model = screen.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_list_is_lazy_and_counted(qtbot, demo):
    screen = _screen(qtbot, demo.operator)
    assert screen.ui.countLabel.text() == "300 jongeren"
    assert screen.model.rowCount() == PAGE_SIZE
    assert screen.model.canFetchMore()
    screen.model.fetchMore()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 300, timeout=WAIT_MS)
    assert not screen.model.canFetchMore()
    headers = [
        screen.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(screen.model.columnCount())
    ]
    assert headers == [
        "BSN",
        "Naam",
        "Geboortedatum",
        "Woonplaats",
        "Actieve signalen",
        "Open match",
        "Afgeschermd",
    ]


def test_search_by_surname_and_by_bsn(qtbot, demo):
    screen = _screen(qtbot, demo.operator)
    first = screen.model.row_at(0)
    surname = first.name.split()[-1]
    qtbot.keyClicks(screen.ui.searchEdit, surname[:4])
    qtbot.waitUntil(lambda: not screen.busy and screen.model.total < 300, timeout=WAIT_MS)
    expected = person_list.count_young_persons(
        demo.operator, person_list.PersonFilter(search=surname[:4])
    )
    assert screen.model.total == expected and first.name in _column(screen, PersonsTableModel.NAME)
    screen.ui.searchEdit.setText(first.bsn[:6])
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT_MS)
    assert all(bsn.startswith(first.bsn[:6]) for bsn in _column(screen, PersonsTableModel.BSN))
    screen.ui.searchEdit.setText("zzzz-niemand")
    qtbot.waitUntil(lambda: not screen.busy and screen.model.total == 0, timeout=WAIT_MS)
    assert screen.ui.contentStack.currentWidget() is screen.ui.emptyPage
    assert screen.ui.emptyLabel.text() == "Geen jongeren gevonden"


def test_ctrl_f_goes_to_the_search_field(qtbot, demo):
    screen = _screen(qtbot, demo.operator)
    screen.ui.personsTable.setFocus()
    qtbot.keyClick(screen.ui.personsTable, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.ui.searchEdit.hasFocus()


def test_filters(qtbot, demo):
    screen = _screen(qtbot, demo.operator)
    screen.ui.shieldedCheck.setChecked(True)
    qtbot.waitUntil(lambda: not screen.busy and screen.model.total < 300, timeout=WAIT_MS)
    assert screen.model.total > 0
    assert set(_column(screen, PersonsTableModel.CITY)) == {"afgeschermd"}
    assert set(_column(screen, PersonsTableModel.SHIELDED)) == {"Ja"}
    screen.ui.shieldedCheck.setChecked(False)
    screen.ui.matchCombo.setCurrentIndex(1)  # with an open match
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT_MS)
    assert all(_column(screen, PersonsTableModel.OPEN_MATCH))
    screen.ui.cityCombo.setCurrentIndex(screen.ui.cityCombo.findData("Schiedam"))
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT_MS)
    assert set(_column(screen, PersonsTableModel.CITY)) <= {"Schiedam"}


def test_a_click_on_a_header_sorts_in_the_database(qtbot, demo):
    screen = _screen(qtbot, demo.operator)
    screen.ui.personsTable.sortByColumn(
        PersonsTableModel.DATE_OF_BIRTH, Qt.SortOrder.DescendingOrder
    )
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT_MS)
    rows = [screen.model.row_at(r) for r in range(screen.model.rowCount())]
    assert [r.date_of_birth for r in rows] == sorted((r.date_of_birth for r in rows), reverse=True)
    newest = person_list.young_persons_page(
        demo.operator, sort=PersonColumn.DATE_OF_BIRTH, descending=True, limit=1
    )[0]
    assert rows[0].id == newest.id


def test_enter_opens_the_record_and_escape_goes_back(qtbot, demo):
    screen = _screen(qtbot, demo.operator)
    table = screen.ui.personsTable
    table.setFocus()
    table.setCurrentIndex(screen.model.index(2, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert screen.showing_record
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT_MS)
    assert screen.record.record.id == screen.model.row_at(2).id
    qtbot.keyClick(screen.record, Qt.Key.Key_Escape)
    assert not screen.showing_record


def test_another_screen_opens_a_record(qtbot, demo):
    screen = _screen(qtbot, demo.operator)
    person = screen.model.row_at(5)
    screen.apply_selection(ShowPerson(person.id))
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT_MS)
    assert screen.showing_record and screen.record.ui.nameLabel.text() == person.name


# ------------------------------------------------------------------ signals


def _signals(qtbot, workspace) -> SignalsListScreen:
    screen = SignalsListScreen(workspace, today=DEMO_DAY)
    qtbot.addWidget(screen)
    screen.resize(980, 640)
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT_MS)
    return screen


def test_the_signals_list_and_its_filters(qtbot, demo):
    screen = _signals(qtbot, demo.operator)
    active = person_list.count_signals(demo.operator)
    assert screen.model.total == active and screen.ui.countLabel.text() == f"{active} signalen"
    dates = [screen.model.row_at(r).signal_date for r in range(screen.model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    screen.ui.statusCombo.setCurrentIndex(1)  # history
    screen.ui.sectorCombo.setCurrentIndex(screen.ui.sectorCombo.findData(Sector.EDUCATION.value))
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT_MS)
    flt = SignalFilter(status="history", sector=Sector.EDUCATION)
    assert screen.current_filter() == flt
    assert screen.model.total == person_list.count_signals(demo.operator, flt)
    statuses = {screen.model.index(r, SignalsListModel.STATUS).data()[:8]
                for r in range(screen.model.rowCount())}  # fmt: skip
    assert statuses <= {"Historie"}


def test_the_dashboard_selection_and_opening_a_young_person(qtbot, demo):
    screen = _signals(qtbot, demo.operator)
    month = SignalFilter(status=None, date_from=date(2026, 11, 1), date_to=DEMO_DAY)
    screen.apply_selection(month)
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT_MS)
    assert screen.current_filter() == month
    assert screen.ui.periodCheck.isChecked()
    assert screen.model.total == person_list.count_signals(demo.operator, month)
    row = screen.model.row_at(0)
    with qtbot.waitSignal(screen.open_requested) as request:
        screen.ui.signalsTable.activated.emit(screen.model.index(0, 0))
    assert request.args == [YOUNG_PERSONS, ShowPerson(row.young_person_id)]


def test_export_to_excel_of_the_list_shown(qtbot, demo, tmp_path, monkeypatch, message_boxes):
    from sisa_desk.ui import exporting

    screen = _screen(qtbot, demo.operator)
    screen.ui.shieldedCheck.setChecked(True)
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT_MS)
    target = tmp_path / "jeugdigen.xlsx"
    monkeypatch.setattr(exporting, "choose_export_path", lambda _parent, _name: target)
    screen.ui.exportButton.click()
    qtbot.waitUntil(lambda: screen.ui.exportButton.isEnabled(), timeout=WAIT_MS)
    assert target.exists()
    (told,) = message_boxes.of_kind("info")
    assert "jeugdigen.xlsx" in told and told.endswith(f": {screen.model.total}.")
