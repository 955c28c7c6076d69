"""The dashboard screen: tiles with the numbers, charts, clicking through, the analyst's
aggregate-only view, and the empty state."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QLabel

from sisa_desk.domain.directory import Sector
from sisa_desk.domain.permissions import Role
from sisa_desk.services.match_list import MatchFilter, StatusFilter
from sisa_desk.services.person_list import SignalFilter
from sisa_desk.ui.dashboard_charts import BarChartPanel
from sisa_desk.ui.dashboard_overdue import OverduePanel
from sisa_desk.ui.dashboard_screen import DashboardScreen
from sisa_desk.ui.navigation import MATCHES, SIGNALS, ShowMatch
from tests.services.work_helpers import TODAY, World
from tests.ui.conftest import WAIT_MS

OCT_1, NOV_20, NOV_24 = date(2026, 10, 1), date(2026, 11, 20), date(2026, 11, 24)


@pytest.fixture
def world(db):
    world = World(db.admin, db.operator)
    world.overdue = world.person(("JT-MAAS", "SMW-NOORD"), OCT_1, surname="Aardig", given="Noor")
    world.person(("JT-MAAS", "POL-ZUID"), NOV_24, city="Schiedam")
    handled = world.person(("JT-MAAS", "JT-WEST"), NOV_20)
    world.handle(handled.match_id)
    return world


def _screen(qtbot, workspace) -> DashboardScreen:
    screen = DashboardScreen(workspace, today=TODAY)
    qtbot.addWidget(screen)
    screen.resize(980, 690)
    screen.show()
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT_MS)
    return screen


def _tiles(screen: DashboardScreen) -> dict[str, str]:
    return {key: tile.value_label.text() for key, tile in screen.tiles.items()}


def test_the_tiles_show_the_numbers(qtbot, db, world):
    screen = _screen(qtbot, db.operator)
    assert _tiles(screen) == {
        "open": "3",
        "new": "2",
        "overdue": "1",
        "handled": "1",
        "signals_this_month": "4",
    }
    captions = [tile.caption_label.text() for tile in screen.tiles.values()]
    assert captions == ["Open", "Nieuw (7 dagen)", "Te laat", "Afgehandeld", "Signalen deze maand"]
    assert screen.ui.updatedLabel.text().startswith("Bijgewerkt ")
    assert all(tile.clickable for tile in screen.tiles.values())


def test_the_charts_exist_with_their_bars_and_axis_titles(qtbot, db, world):
    screen = _screen(qtbot, db.operator)
    assert len(screen.findChildren(QChartView)) == 3
    months = screen.month_chart.bars
    assert len(months) == 12 and months[-1].label == "nov" and months[-1].value == 2
    assert [(b.label, b.value) for b in screen.sector_chart.bars] == [
        ("Jeugdhulp", 3),
        ("Onderwijs", 1),
        ("Politie en justitie", 1),
    ]
    assert [(b.label, b.value) for b in screen.city_chart.bars] == [
        ("Rotterdam", 2),
        ("Schiedam", 1),
    ]
    for panel in (screen.month_chart, screen.sector_chart, screen.city_chart):
        titles = [axis.titleText() for axis in panel.chart.axes()]
        assert all(titles) and len(titles) == 2, titles
    assert screen.month_chart.chart.axes(Qt.Orientation.Horizontal)[0].titleText() == (
        "Maand van openen (dec 2025 t/m nov 2026)"
    )


def test_the_oldest_overdue_matches_are_listed_and_open(qtbot, db, world):
    screen = _screen(qtbot, db.operator)
    panel = screen.overdue_panel
    assert isinstance(panel, OverduePanel)
    model = panel.model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == [str(world.overdue.match_id), "42", "Noor Aardig", "JT-MAAS, SMW-NOORD"]
    with qtbot.waitSignal(screen.open_requested) as request:
        panel.table.activated.emit(model.index(0, 1))
    assert request.args == [MATCHES, ShowMatch(world.overdue.match_id)]


def test_a_click_on_a_tile_asks_for_the_matches_behind_it(qtbot, db, world):
    screen = _screen(qtbot, db.operator)
    with qtbot.waitSignal(screen.open_requested) as request:
        qtbot.mouseClick(screen.tiles["overdue"], Qt.MouseButton.LeftButton)
    assert request.args == [MATCHES, MatchFilter(status=StatusFilter.OPEN, overdue_only=True)]
    with qtbot.waitSignal(screen.open_requested) as request:
        screen.tiles["signals_this_month"].setFocus()
        qtbot.keyClick(screen.tiles["signals_this_month"], Qt.Key.Key_Return)
    assert request.args == [
        SIGNALS,
        SignalFilter(status=None, date_from=date(2026, 11, 1), date_to=TODAY),
    ]


def test_a_click_on_a_bar_asks_for_the_matches_behind_it(qtbot, db, world):
    screen = _screen(qtbot, db.operator)
    series = screen.sector_chart._series
    (bar_set,) = series.barSets()
    # The horizontal chart lists the largest on top: the last shown bar is the first bucket.
    with qtbot.waitSignal(screen.open_requested) as request:
        series.clicked.emit(len(screen.sector_chart.bars) - 1, bar_set)
    assert request.args == [
        MATCHES,
        MatchFilter(status=StatusFilter.OPEN, sector=Sector.YOUTH_CARE),
    ]
    with qtbot.waitSignal(screen.open_requested) as request:
        month = screen.month_chart._series
        month.clicked.emit(11, month.barSets()[0])
    assert request.args[1] == MatchFilter(
        status=StatusFilter.ALL, opened_from=date(2026, 11, 1), opened_to=TODAY
    )


def _all_texts(screen: DashboardScreen) -> str:
    texts = [label.text() for label in screen.findChildren(QLabel)]
    texts += [label.toolTip() for label in screen.findChildren(QLabel)]
    for view in screen.findChildren(QChartView):
        chart = view.chart()
        for axis in chart.axes():
            texts += [axis.titleText(), *getattr(axis, "categories", list)()]
        texts += [i.text() for i in chart.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
    for panel in screen.findChildren(BarChartPanel):
        texts += [bar.tooltip for bar in panel.bars]
    return "\n".join(texts)


def test_the_analyst_sees_less_than_five_and_never_a_name(qtbot, db, world):
    for _ in range(5):  # some numbers of five and more
        world.person(("JT-MAAS", "WIJK-WEST"), NOV_24, surname="Verborgen")
    screen = _screen(qtbot, db[Role.ANALYST])
    assert _tiles(screen) == {
        "open": "8",
        "new": "7",
        "overdue": "< 5",
        "handled": "< 5",
        "signals_this_month": "14",
    }
    assert not any(tile.clickable for tile in screen.tiles.values())
    assert isinstance(screen.overdue_panel, BarChartPanel)
    assert len(screen.findChildren(QChartView)) == 4
    assert [b.value for b in screen.sector_chart.bars] == [8, None, None, 5, None]  # 0 too
    texts = _all_texts(screen)
    assert "< 5" in texts
    for secret in ("Aardig", "Noor", "Verborgen", world.overdue.bsn, world.overdue.street):
        assert secret not in texts
    assert "Alleen totalen" in screen.ui.descriptionLabel.text()


def test_the_analyst_clicks_through_to_nothing(qtbot, db, world):
    screen = _screen(qtbot, db[Role.ANALYST])
    with qtbot.assertNotEmitted(screen.open_requested):
        qtbot.mouseClick(screen.tiles["open"], Qt.MouseButton.LeftButton)
        series = screen.month_chart._series
        series.clicked.emit(11, series.barSets()[0])


def test_an_empty_database(qtbot, db):
    screen = _screen(qtbot, db.operator)
    assert set(_tiles(screen).values()) == {"0"}
    assert screen.sector_chart.message == "Geen open matches"
    assert screen.city_chart.message == "Geen open matches"
    assert screen.overdue_panel.message == "Geen te late matches"


def test_first_paint_does_not_wait_for_the_numbers(qtbot, db, world):
    screen = DashboardScreen(db.operator, today=TODAY)
    qtbot.addWidget(screen)
    # Built and shown before the numbers came: the tiles and panels say they are loading.
    assert screen.busy
    assert {tile.value_label.text() for tile in screen.tiles.values()} == {"…"}
    assert screen.month_chart.message == "Laden…"
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT_MS)
    screen.ui.refreshButton.click()
    assert screen.busy
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT_MS)
