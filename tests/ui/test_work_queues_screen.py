"""The work queues screen: the queues with their counts, the rows oldest first with the overdue
ones marked, opening a row, the empty state; and the count in the main window's navigation."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from sisa_desk.domain.permissions import Role
from sisa_desk.ui.main_window import MainWindow
from sisa_desk.ui.navigation import DUPLICATES, MATCHES, ShowDuplicate, ShowMatch, ShowPerson
from sisa_desk.ui.persons_screen import PersonsScreen
from sisa_desk.ui.work_queues_screen import OVERDUE_COLOUR, QueueTableModel, WorkQueuesScreen
from tests.services.work_helpers import TODAY, World
from tests.ui.conftest import WAIT_MS

OCT_1, NOV_20, NOV_24 = date(2026, 10, 1), date(2026, 11, 20), date(2026, 11, 24)


@pytest.fixture
def work(db):
    world = World(db.admin, db.operator)
    old = world.person(("JT-MAAS", "SMW-NOORD"), OCT_1, surname="Ouder", given="Sara")
    new = world.person(("JT-MAAS", "POL-ZUID"), NOV_24, surname="Nieuwer", given="Tim")
    world.inform_all(new.match_id)
    born = date(2015, 3, 3)
    world.person(("JT-MAAS",), NOV_20, bsn=None, surname="Bakker", born=born, given="Sem")
    world.person(("SMW-NOORD",), NOV_24, bsn=None, surname="Baker", born=born, given="Sem")
    return {"old": old.match_id, "new": new.match_id, "world": world, "old_person": old.id}


def _screen(qtbot, workspace) -> WorkQueuesScreen:
    screen = WorkQueuesScreen(workspace, today=TODAY)
    qtbot.addWidget(screen)
    screen.resize(980, 640)
    qtbot.waitUntil(lambda: not screen.busy and bool(screen.counts), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT_MS)
    return screen


def _queue_texts(screen: WorkQueuesScreen) -> list[str]:
    queue_list = screen.ui.queueList
    return [queue_list.item(row).text() for row in range(queue_list.count())]


def _rows(screen: WorkQueuesScreen) -> list[list[str]]:
    model = screen.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_queues_with_their_counts(qtbot, db, work):
    screen = _screen(qtbot, db.operator)
    assert _queue_texts(screen) == [
        "Hulpverleners informeren (1)",
        "Brieven versturen (2)",
        "Regie bevestigen (2)",
        "Te laat (1)",
        "Mogelijke dubbelen zonder BSN (1)",
    ]
    assert screen.ui.queueTitleLabel.text() == "Hulpverleners informeren"


def test_rows_oldest_first_with_the_overdue_ones_marked(qtbot, db, work):
    screen = _screen(qtbot, db.operator)
    screen.select_queue("letters")
    qtbot.waitUntil(lambda: not screen.busy and screen.model.rowCount() == 2, timeout=WAIT_MS)
    first, second = _rows(screen)
    assert first[:3] == ["01-10-2026", "Geëscaleerd", "Sara Ouder"]  # 20 working days
    assert first[QueueTableModel.WAITING_FOR] == (
        "brief · informeren: JT-MAAS, SMW-NOORD · regie bevestigen (JT-MAAS)"
    )
    assert second[:3] == ["24-11-2026", "", "Tim Nieuwer"]
    assert second[QueueTableModel.WAITING_FOR] == "brief · regie bevestigen (JT-MAAS)"
    colour = screen.model.index(0, QueueTableModel.SINCE).data(Qt.ItemDataRole.ForegroundRole)
    assert colour == OVERDUE_COLOUR
    header = screen.model.headerData(QueueTableModel.WAITING_FOR, Qt.Orientation.Horizontal)
    assert header == "Wacht op"


def test_enter_opens_the_match(qtbot, db, work):
    screen = _screen(qtbot, db.operator)
    screen.select_queue("coordinator")
    qtbot.waitUntil(lambda: not screen.busy and screen.model.rowCount() == 2, timeout=WAIT_MS)
    table = screen.ui.queueTable
    table.selectRow(1)
    with qtbot.waitSignal(screen.open_requested) as request:
        table.activated.emit(screen.model.index(1, 0))
    assert request.args == [MATCHES, ShowMatch(work["new"])]
    with qtbot.waitSignal(screen.open_requested) as request:
        screen.ui.openButton.click()
    assert request.args == [MATCHES, ShowMatch(work["new"])]


def test_a_possible_duplicate_opens_the_duplicates_screen(qtbot, db, work):
    screen = _screen(qtbot, db.operator)
    screen.select_queue("duplicates")
    qtbot.waitUntil(lambda: not screen.busy and screen.model.rowCount() == 1, timeout=WAIT_MS)
    ((_since, _state, name, _bsn, waiting),) = _rows(screen)
    assert (name, waiting) == ("Sem Baker", "misschien dezelfde als Sem Bakker")
    assert screen.ui.queueTable.isColumnHidden(QueueTableModel.BSN)
    with qtbot.waitSignal(screen.open_requested) as request:
        screen.open_selected()
    assert request.args[0] == DUPLICATES and isinstance(request.args[1], ShowDuplicate)


def test_an_empty_queue_says_so(qtbot, db):
    World(db.admin, db.operator)
    screen = _screen(qtbot, db.operator)
    qtbot.waitUntil(lambda: screen.is_empty, timeout=WAIT_MS)
    assert screen.ui.emptyLabel.text() == "Niets te doen in deze werkvoorraad"
    assert not screen.ui.openButton.isEnabled()


def test_a_visit_counts_again(qtbot, db, work):
    screen = _screen(qtbot, db.operator)
    work["world"].inform_all(work["old"])
    screen.hide()
    screen._counted_at = None  # a visit a while later
    screen.show()
    qtbot.waitUntil(
        lambda: _queue_texts(screen)[0] == "Hulpverleners informeren (0)", timeout=WAIT_MS
    )


def test_the_navigation_shows_the_things_to_do(qtbot, db, work, settings):
    window = MainWindow(db.operator, settings=settings)
    qtbot.addWidget(window)
    row = window.screen_keys().index("work_queue")
    item = window.ui.navigationList.item(row)
    # Two open matches not handled and one possible duplicate.
    qtbot.waitUntil(lambda: item.text() == "Werkvoorraad (3)", timeout=WAIT_MS)


def test_a_screen_asks_the_main_window_to_open_another(qtbot, db, work, settings):
    window = MainWindow(db.operator, settings=settings)
    qtbot.addWidget(window)
    queues = window.show_screen("work_queue")
    queues.open_requested.emit("young_persons", ShowPerson(work["old_person"]))
    page = window.ui.screenStack.currentWidget()
    assert isinstance(page, PersonsScreen) and window.current_screen_key() == "young_persons"
    assert page.showing_record
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert page.record.record is not None and page.record.record.name == "Sara Ouder"
    # A screen the role may not open is not opened.
    analyst = MainWindow(db[Role.ANALYST], settings=settings)
    qtbot.addWidget(analyst)
    assert analyst.open_screen(MATCHES, ShowMatch(work["old"])) is None
    assert analyst.current_screen_key() == "dashboard"
