"""The Matches screen on a demo database: lazy loading, search, filters, sorting, the count,
the empty state, opening a match, remembered columns, the export through the worker, and
who may open it."""

from __future__ import annotations

import re
import threading

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
from sqlalchemy import select

from sisa_desk.domain.permissions import Permission, Role, has_permission
from sisa_desk.services import demo_data, exports, match_list
from sisa_desk.services.match_list import MatchColumn, MatchFilter, MatchSort, StatusFilter
from sisa_desk.store.models import AuditEvent
from sisa_desk.ui import exporting, paged_model
from sisa_desk.ui.matches_model import OVERDUE_COLOUR, MatchesTableModel
from sisa_desk.ui.matches_screen import MatchesScreen
from sisa_desk.ui.navigation import ShowMatch
from sisa_desk.ui.screens import SCREENS, screens_for
from tests.ui.conftest import WAIT_MS

M = MatchesTableModel


@pytest.fixture
def demo(db):
    demo_data.fill_demo_data(db.admin, young_persons=300)
    return db


def _screen(qtbot, workspace) -> MatchesScreen:
    widget = MatchesScreen(workspace)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    qtbot.waitUntil(lambda: not widget.busy, timeout=WAIT_MS)
    return widget


@pytest.fixture
def screen(qtbot, demo) -> MatchesScreen:
    return _screen(qtbot, demo.operator)


def _wait(qtbot, widget: MatchesScreen) -> None:
    qtbot.waitUntil(lambda: not widget.busy, timeout=WAIT_MS)


def _column(widget: MatchesScreen, column: int) -> list[str]:
    return [widget.model.index(r, column).data() for r in range(widget.model.rowCount())]


def _all_rows(widget: MatchesScreen, qtbot) -> None:
    while widget.model.canFetchMore(QModelIndex()):
        widget.model.fetchMore(QModelIndex())
        _wait(qtbot, widget)


# ------------------------------------------------------------------ the list


def test_lists_open_matches_newest_first_with_dutch_headers_and_count(screen, demo):
    model = screen.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Match", "Stand", "Naam", "BSN", "Geboortedatum", "Woonplaats", "Geopend", "Regie",
        "Organisaties",
    ]  # fmt: skip
    total = match_list.count_matches(demo.operator, MatchFilter())
    assert model.total == total > 0
    assert screen.ui.countLabel.text() == f"{total} matches"
    opened = [model.row_at(r).opened_on for r in range(model.rowCount())]
    assert opened == sorted(opened, reverse=True)
    assert all(re.fullmatch(r"\d{2}-\d{2}-\d{4}", d) for d in _column(screen, M.OPENED))
    assert all(re.fullmatch(r"\d{2}-\d{2}-\d{4}", d) for d in _column(screen, M.DATE_OF_BIRTH))
    assert screen.ui.listStack.currentWidget() is screen.ui.tablePage
    assert screen.ui.matchesTable.isColumnHidden(M.CITY)  # shown through the header's menu


def test_rows_are_read_page_by_page_as_the_list_scrolls(qtbot, demo, monkeypatch):
    monkeypatch.setattr(paged_model, "PAGE_SIZE", 25)
    widget = _screen(qtbot, demo.operator)
    widget.show()
    model = widget.model
    assert model.rowCount() == 25 < model.total
    assert model.canFetchMore(QModelIndex())
    widget.ui.matchesTable.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 50, timeout=WAIT_MS)
    assert model.rowCount() < model.total  # one page more, never all at once
    _all_rows(widget, qtbot)
    assert model.rowCount() == model.total
    assert len({model.row_at(r).id for r in range(model.rowCount())}) == model.total


def test_overdue_rows_are_marked_calmly(screen, qtbot):
    _all_rows(screen, qtbot)
    model = screen.model
    late = [r for r in range(model.rowCount()) if model.row_at(r).overdue]
    assert late, "the demo data holds overdue matches"
    row = late[0]
    state = model.index(row, M.STATE)
    assert state.data() in ("Te laat", "Geëscaleerd")
    assert state.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert state.data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(row, M.NAME).data(Qt.ItemDataRole.BackgroundRole) is not None
    fine = next(r for r in range(model.rowCount()) if model.row_at(r).handled)
    assert model.index(fine, M.NAME).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(fine, M.STATE).data() == "Afgehandeld"


def test_search_by_surname_and_by_bsn_prefix_with_ctrl_f(qtbot, screen, demo):
    with qtbot.waitActive(screen):
        screen.show()
        screen.activateWindow()
    screen.ui.matchesTable.setFocus()
    QTest.keyClick(screen.ui.matchesTable, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.ui.searchEdit.hasFocus()
    some = screen.model.row_at(3)
    surname = some.name.split()[-1]
    QTest.keyClicks(screen.ui.searchEdit, surname[:3].lower())
    qtbot.waitUntil(lambda: screen.current_filter().search == surname[:3].lower())
    qtbot.waitUntil(lambda: screen.model.total < 115 and not screen.busy, timeout=WAIT_MS)
    assert some.id in [r.id for r in screen.model.rows()]
    expected = match_list.count_matches(demo.operator, MatchFilter(search=surname[:3]))
    assert screen.model.total == expected
    screen.ui.searchEdit.setText(some.bsn[:5])
    QTest.keyClick(screen.ui.searchEdit, Qt.Key.Key_Return)
    _wait(qtbot, screen)
    assert all(bsn.startswith(some.bsn[:5]) for bsn in _column(screen, M.BSN))


def test_filters_overdue_status_and_organisation(qtbot, screen, demo):
    ui = screen.ui
    ui.overdueCheck.setChecked(True)
    _wait(qtbot, screen)
    assert screen.current_filter() == MatchFilter(overdue_only=True)
    assert set(_column(screen, M.STATE)) <= {"Te laat", "Geëscaleerd"}
    assert screen.model.total == match_list.count_matches(demo.operator, screen.current_filter())
    ui.overdueCheck.setChecked(False)
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(StatusFilter.CLOSED))
    _wait(qtbot, screen)
    assert set(_column(screen, M.STATE)) == {"Gesloten"}
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(StatusFilter.ALL))
    ui.organisationCombo.setCurrentIndex(3)
    _wait(qtbot, screen)
    code = ui.organisationCombo.currentText().split(" – ")[0]
    flt = screen.current_filter()
    assert flt.status is StatusFilter.ALL and flt.organisation_id is not None
    assert screen.model.total == match_list.count_matches(demo.operator, flt)
    _all_rows(screen, qtbot)
    assert all(code in row.organisations for row in screen.model.rows())


def test_sorting_a_column_asks_the_database_again(qtbot, screen, demo):
    table = screen.ui.matchesTable
    table.sortByColumn(M.NAME, Qt.SortOrder.AscendingOrder)
    _wait(qtbot, screen)
    assert screen.current_sort() == MatchSort(MatchColumn.NAME, descending=False)
    expected = match_list.match_page(demo.operator, MatchFilter(), screen.current_sort(), 0, 200)
    assert [row.id for row in screen.model.rows()] == [row.id for row in expected]
    table.sortByColumn(M.MATCH, Qt.SortOrder.DescendingOrder)
    _wait(qtbot, screen)
    ids = [row.id for row in screen.model.rows()]
    assert ids == sorted(ids, reverse=True)


def test_the_dashboard_clicks_through_with_a_filter(qtbot, screen, demo):
    screen.apply_selection(MatchFilter(overdue_only=True, status=StatusFilter.OPEN))
    _wait(qtbot, screen)
    assert screen.ui.overdueCheck.isChecked()
    expected = match_list.count_matches(demo.operator, MatchFilter(overdue_only=True))
    assert screen.model.total == expected
    screen.show_filter(MatchFilter())
    _wait(qtbot, screen)
    assert not screen.ui.overdueCheck.isChecked() and screen.current_filter() == MatchFilter()


def test_empty_states(qtbot, screen, db):
    screen.ui.searchEdit.setText("Qqqq")
    screen.reload()
    _wait(qtbot, screen)
    assert screen.ui.listStack.currentWidget() is screen.ui.emptyPage
    assert screen.ui.emptyLabel.text() == "Geen matches met deze filters"
    assert screen.ui.countLabel.text() == "0 matches"


def test_without_matches_it_says_so(qtbot, db):
    widget = _screen(qtbot, db.operator)
    assert widget.ui.listStack.currentWidget() is widget.ui.emptyPage
    assert widget.ui.emptyLabel.text() == "Geen open matches"


# ------------------------------------------------------------------ the detail below


def test_enter_or_double_click_opens_the_match_below(qtbot, screen, demo):
    index = screen.model.index(2, M.NAME)
    wanted = screen.model.row_at(2)
    screen.ui.matchesTable.activated.emit(index)
    qtbot.waitUntil(lambda: screen.detail.match_id == wanted.id, timeout=WAIT_MS)
    _wait(qtbot, screen)
    assert screen.detail.ui.headingLabel.text() == f"Match {wanted.id}"
    assert screen.detail.ui.nameValue.text() == wanted.name
    with demo.admin.database.unit_of_work() as session:
        viewed = session.scalars(
            select(AuditEvent.young_person_id).where(AuditEvent.action == "view_young_person")
        ).all()
    assert viewed == [wanted.young_person_id]  # opening is an audited view; listing is not


def test_another_screen_can_show_one_match(qtbot, screen):
    wanted = screen.model.row_at(5)
    screen.apply_selection(ShowMatch(wanted.id))
    qtbot.waitUntil(lambda: screen.detail.match_id == wanted.id, timeout=WAIT_MS)
    assert screen.ui.matchesTable.currentIndex().row() == 5


def test_a_filter_change_closes_the_match_shown(qtbot, screen):
    screen.show_match(screen.model.row_at(0).id)
    qtbot.waitUntil(lambda: screen.detail.match_id is not None, timeout=WAIT_MS)
    screen.ui.overdueCheck.setChecked(True)
    _wait(qtbot, screen)
    assert screen.detail.match_id is None
    assert screen.detail.ui.pageStack.currentWidget() is screen.detail.ui.emptyPage


# ------------------------------------------------------------------ remembered


def test_column_widths_hidden_columns_and_splitter_are_remembered(qtbot, demo):
    first = _screen(qtbot, demo.operator)
    header = first.ui.matchesTable.horizontalHeader()
    header.resizeSection(M.NAME, 333)
    first.ui.matchesTable.setColumnHidden(M.CITY, False)
    first.ui.splitter.setSizes([500, 220])
    first.ui.splitter.splitterMoved.emit(500, 1)
    qtbot.wait(600)  # saved a moment after the dragging stops
    second = _screen(qtbot, demo.operator)
    assert second.ui.matchesTable.columnWidth(M.NAME) == 333
    assert not second.ui.matchesTable.isColumnHidden(M.CITY)
    assert second.ui.splitter.sizes() == first.ui.splitter.sizes()


def test_the_header_menu_shows_and_hides_columns(screen):
    menu = screen.columns.menu()
    actions = {a.text(): a for a in menu.actions()}
    assert not actions["Woonplaats"].isChecked() and not actions["Match"].isEnabled()
    actions["Woonplaats"].setChecked(True)
    assert not screen.ui.matchesTable.isColumnHidden(M.CITY)


# ------------------------------------------------------------------ export


def _exports(db) -> list[AuditEvent]:
    with db.admin.database.unit_of_work() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == "export")))


def test_export_runs_in_the_background_and_writes_the_view(
    qtbot, screen, demo, tmp_path, monkeypatch, message_boxes
):
    target = tmp_path / "out" / "matches.xlsx"
    target.parent.mkdir()
    asked = []
    monkeypatch.setattr(
        exporting, "choose_export_path", lambda _parent, name: asked.append(name) or target
    )
    screen.ui.overdueCheck.setChecked(True)
    _wait(qtbot, screen)
    screen.export()
    assert screen.exporting and not screen.ui.exportButton.isEnabled()
    qtbot.waitUntil(lambda: not screen.exporting, timeout=WAIT_MS)
    assert asked[0].startswith("matches-") and asked[0].endswith(".xlsx")
    sheet = load_workbook(target).active
    ids = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert len(ids) == screen.model.total
    assert message_boxes.of_kind("info") == [
        f"matches.xlsx is opgeslagen. Aantal geëxporteerde rijen: {screen.model.total}."
    ]
    assert [e.details for e in _exports(demo)] == [{"kind": "matches", "rows": len(ids)}]


def test_a_cancelled_export_leaves_nothing(qtbot, screen, demo, tmp_path, monkeypatch):
    target = tmp_path / "out" / "matches.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(exporting, "choose_export_path", lambda _parent, _name: target)
    gate = threading.Event()
    real = exports.export_matches

    def held(*args, **kwargs):
        gate.wait(WAIT_MS / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(exports, "export_matches", held)
    screen.export()
    screen.export_operation.progress.cancel()
    gate.set()
    qtbot.waitUntil(lambda: not screen.exporting, timeout=WAIT_MS)
    assert list(target.parent.iterdir()) == []
    assert _exports(demo) == []


def test_choosing_no_file_exports_nothing(screen, monkeypatch):
    monkeypatch.setattr(exporting, "choose_export_path", lambda _parent, _name: None)
    screen.export()
    assert not screen.exporting


def test_keyboard_shortcuts(screen):
    keys = {s.key().toString() for s in screen.findChildren(QShortcut)}
    assert {QKeySequence("Ctrl+F").toString(), "Ctrl+E", "F5"} <= keys


# ------------------------------------------------------------------ who


def test_the_registry_gives_the_screen_to_roles_that_work_matches():
    (entry,) = [s for s in SCREENS if s.key == "matches"]
    assert entry.factory is MatchesScreen and entry.permission is Permission.WORK_MATCHES
    for role in Role:
        listed = entry in screens_for(role)
        assert listed == has_permission(role, Permission.WORK_MATCHES)
        assert listed == (role in (Role.ADMIN, Role.OPERATOR))


@pytest.mark.parametrize("role", [Role.ADMIN, Role.OPERATOR])
def test_admin_and_operator_use_it_without_a_warning(qtbot, demo, role, message_boxes):
    widget = _screen(qtbot, demo[role])
    assert widget.model.total > 0 and message_boxes.shown == []
