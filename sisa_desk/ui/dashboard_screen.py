"""The dashboard (Permission.VIEW_DASHBOARD): the operator's first screen, and the analyst's.

Five number tiles and four panels: matches opened per month, open matches per sector and per
woonplaats, and the longest overdue matches (for the analyst: overdue matches by how long,
aggregate only). The numbers come off the GUI thread in two parts side by side, so the window
paints at once with a quiet "Loading…". Every tile and bar asks the main window to open the
matches (or signals) behind it; for the analyst nothing is clickable, and small numbers read
"< 5".
"""

from __future__ import annotations

import time
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QWidget

from sisa_desk.domain.directory import SECTOR_LABELS_NL, Sector
from sisa_desk.domain.permissions import Permission, sees_personal_data
from sisa_desk.services import dashboard
from sisa_desk.services.context import Workspace
from sisa_desk.services.dashboard import (
    OTHER_CITIES,
    Bucket,
    Count,
    DashboardBreakdown,
    DashboardSummary,
)
from sisa_desk.services.person_list import SignalFilter

from .dashboard_charts import TILE_STYLE, Bar, BarChartPanel, NumberTile
from .dashboard_overdue import OverduePanel
from .field_messages import FORM_STYLE
from .formatting import format_date_time
from .forms.ui_dashboard_screen import Ui_DashboardScreen
from .navigation import MATCHES, SIGNALS, ShowMatch
from .operations import run_in_background

# Seconds after which a visit reads the numbers again.
STALE_AFTER_S = 5.0

_TILES = (
    (
        "open",
        QT_TRANSLATE_NOOP("DashboardScreen", "Open"),
        QT_TRANSLATE_NOOP("DashboardScreen", "matches open now"),
    ),
    (
        "new",
        QT_TRANSLATE_NOOP("DashboardScreen", "New (7 days)"),
        QT_TRANSLATE_NOOP("DashboardScreen", "opened in the last 7 days"),
    ),
    (
        "overdue",
        QT_TRANSLATE_NOOP("DashboardScreen", "Overdue"),
        QT_TRANSLATE_NOOP("DashboardScreen", "open, not handled in time"),
    ),
    (
        "handled",
        QT_TRANSLATE_NOOP("DashboardScreen", "Handled"),
        QT_TRANSLATE_NOOP("DashboardScreen", "open, every step done"),
    ),
    (
        "signals_this_month",
        QT_TRANSLATE_NOOP("DashboardScreen", "Signals this month"),
        QT_TRANSLATE_NOOP("DashboardScreen", "signal date in this month"),
    ),
)
_BANDS = {
    "1-7": QT_TRANSLATE_NOOP("DashboardScreen", "1–7 days"),
    "8-30": QT_TRANSLATE_NOOP("DashboardScreen", "8–30 days"),
    "31+": QT_TRANSLATE_NOOP("DashboardScreen", "over 30 days"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DashboardScreen", text)


def count_text(count: Count) -> str:
    if count.value is None:
        return "< 5"
    return QLocale().toString(count.value)


class DashboardScreen(QWidget):
    open_requested = Signal(str, object)

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_DashboardScreen()
        ui.setupUi(self)
        self.setStyleSheet(FORM_STYLE + TILE_STYLE)
        self._workspace = workspace
        self._today = today
        self.exact = sees_personal_data(workspace.actor.role)
        self.opens_matches = workspace.actor.can(Permission.WORK_MATCHES)
        self.opens_signals = workspace.actor.can(Permission.VIEW_YOUNG_PERSONS)
        self._generation = 0
        self._loaded_at: float | None = None
        self._pending = 0
        self.summary: DashboardSummary | None = None
        self.breakdown: DashboardBreakdown | None = None
        ui.descriptionLabel.setText(
            self.tr(
                "Open matches, new work and overdue matches at a glance. Click a number or a "
                "bar to see the matches behind it."
            )
            if self.opens_matches
            else self.tr(
                "Aggregate numbers only: no young person can be recognised. A number under 5 "
                "is shown as \u201c< 5\u201d."
            )
        )
        self.tiles: dict[str, NumberTile] = {}
        for key, caption, hint in _TILES:
            tile = NumberTile(_tr(caption), _tr(hint), self)
            tile.clicked.connect(lambda key=key: self._tile_clicked(key))
            ui.tilesLayout.addWidget(tile)
            self.tiles[key] = tile
        self.month_chart = BarChartPanel(
            self.tr("Matches per month"), self.tr("Month opened"), self.tr("Matches"), parent=self
        )
        self.sector_chart = BarChartPanel(
            self.tr("Open matches per sector"),
            self.tr("Sector"),
            self.tr("Open matches"),
            horizontal=True,
            parent=self,
        )
        self.city_chart = BarChartPanel(
            self.tr("Open matches per woonplaats"),
            self.tr("Woonplaats"),
            self.tr("Open matches"),
            horizontal=True,
            parent=self,
        )
        if self.exact:
            self.overdue_panel: OverduePanel | BarChartPanel = OverduePanel(
                self.tr("Longest overdue matches"), self
            )
            self.overdue_panel.match_chosen.connect(self._match_chosen)
        else:
            self.overdue_panel = BarChartPanel(
                self.tr("Overdue matches by days overdue"),
                self.tr("Days past the term"),
                self.tr("Overdue matches"),
                parent=self,
            )
        layout = ui.panelsLayout
        layout.addWidget(self.month_chart, 0, 0)
        layout.addWidget(self.sector_chart, 0, 1)
        layout.addWidget(self.city_chart, 1, 0)
        layout.addWidget(self.overdue_panel, 1, 1)
        for column in (0, 1):
            layout.setColumnStretch(column, 1)
        # Seven sectors above, eleven woonplaatsen below: room for each label, none skipped.
        layout.setRowStretch(0, 3)
        layout.setRowStretch(1, 4)
        layout.setRowMinimumHeight(0, 215)
        layout.setRowMinimumHeight(1, 290)
        self.month_chart.bar_clicked.connect(lambda i: self._bar_clicked(self._months, i))
        self.sector_chart.bar_clicked.connect(lambda i: self._bar_clicked(self._sectors, i))
        self.city_chart.bar_clicked.connect(lambda i: self._bar_clicked(self._cities, i))
        self._months: tuple[Bucket, ...] = ()
        self._sectors: tuple[Bucket, ...] = ()
        self._cities: tuple[Bucket, ...] = ()
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.refresh)
        ui.refreshButton.clicked.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------ loading

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def showEvent(self, event: QShowEvent) -> None:
        stale = self._loaded_at is None or time.monotonic() - self._loaded_at > STALE_AFTER_S
        if stale and not self.busy:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._generation += 1
        generation, workspace, today = self._generation, self._workspace, self._today
        self._pending = 2
        self.ui.refreshButton.setEnabled(False)
        for tile in self.tiles.values():
            tile.set_value("…")
        loading = self.tr("Loading…")
        for panel in (self.month_chart, self.sector_chart, self.city_chart, self.overdue_panel):
            panel.show_message(loading)
        run_in_background(
            self,
            lambda _p: dashboard.dashboard_summary(workspace, today),
            on_success=lambda summary: self._summary_loaded(generation, summary),
            on_finished=lambda: self._part_done(generation),
        )
        run_in_background(
            self,
            lambda _p: dashboard.dashboard_breakdown(workspace),
            on_success=lambda breakdown: self._breakdown_loaded(generation, breakdown),
            on_finished=lambda: self._part_done(generation),
        )

    def _part_done(self, generation: int) -> None:
        if generation != self._generation:
            return
        self._pending -= 1
        if not self._pending:
            self._loaded_at = time.monotonic()
            self.ui.refreshButton.setEnabled(True)
            self.ui.updatedLabel.setText(
                self.tr("Updated {time}").format(time=format_date_time(datetime.now()))
            )

    def _summary_loaded(self, generation: int, summary: DashboardSummary) -> None:
        if generation != self._generation:
            return
        self.summary = summary
        for tile_data in summary.tiles:
            tile = self.tiles[tile_data.key]
            alert = tile_data.key == "overdue" and bool(tile_data.count.value)
            tile.set_value(count_text(tile_data.count), alert=alert)
            tile.set_clickable(self._opens(tile_data.selection), self._click_tip())
        self._months = summary.per_month
        first, last = summary.per_month[0].key, summary.per_month[-1].key
        self.month_chart.category_title = self.tr("Month opened ({first} to {last})").format(
            first=_month(first, "MMM yyyy"), last=_month(last, "MMM yyyy")
        )
        self.month_chart.show_bars([self._month_bar(b) for b in summary.per_month])
        if isinstance(self.overdue_panel, OverduePanel):
            self.overdue_panel.show_matches(summary.oldest_overdue, self.tr("No overdue matches"))
        else:
            self.overdue_panel.show_bars(
                [
                    Bar(_tr(_BANDS[b.key]), b.count.value, self._tip(b.count), False)
                    for b in summary.overdue_by_age
                ]
            )

    def _breakdown_loaded(self, generation: int, breakdown: DashboardBreakdown) -> None:
        if generation != self._generation:
            return
        self.breakdown = breakdown
        self._sectors, self._cities = breakdown.per_sector, breakdown.per_city
        empty = self.tr("No open matches")
        for panel, buckets, label in (
            (self.sector_chart, breakdown.per_sector, _sector_label),
            (self.city_chart, breakdown.per_city, self._city_label),
        ):
            if not buckets:
                panel.show_message(empty)
                continue
            panel.show_bars(
                [
                    Bar(
                        label(b.key), b.count.value, self._tip(b.count, b), self._opens(b.selection)
                    )
                    for b in buckets
                ]
            )

    # ------------------------------------------------------------ texts

    def _month_bar(self, bucket: Bucket) -> Bar:
        return Bar(
            _month(bucket.key, "MMM"),
            bucket.count.value,
            self._tip(bucket.count, bucket, _month(bucket.key, "MMMM yyyy")),
            self._opens(bucket.selection),
        )

    def _city_label(self, key: str) -> str:
        return self.tr("Other") if key == OTHER_CITIES else key

    def _tip(self, count: Count, bucket: Bucket | None = None, what: str = "") -> str:
        if count.value is None:
            text = self.tr("Fewer than 5: small numbers are not shown.")
        else:
            text = self.tr("{count} matches").format(count=count_text(count))
        if what:
            text = f"{what}: {text}"
        if bucket is not None and self._opens(bucket.selection):
            text += "\n" + self._click_tip()
        return text

    def _click_tip(self) -> str:
        return self.tr("Click to see them in a list.") if self.opens_matches else ""

    # ------------------------------------------------------------ clicking through

    def _opens(self, selection: object) -> bool:
        if selection is None:
            return False
        if isinstance(selection, SignalFilter):
            return self.opens_signals
        return self.opens_matches

    def _open(self, selection: object) -> None:
        if not self._opens(selection):
            return
        key = SIGNALS if isinstance(selection, SignalFilter) else MATCHES
        self.open_requested.emit(key, selection)

    def _tile_clicked(self, key: str) -> None:
        if self.summary is not None:
            self._open(self.summary.tile(key).selection)

    def _bar_clicked(self, buckets: tuple[Bucket, ...], index: int) -> None:
        if 0 <= index < len(buckets):
            self._open(buckets[index].selection)

    def _match_chosen(self, match_id: int) -> None:
        if self.opens_matches:
            self.open_requested.emit(MATCHES, ShowMatch(match_id))


def _month(key: str, pattern: str) -> str:
    year, month = (int(part) for part in key.split("-"))
    return QLocale().toString(QDate(year, month, 1), pattern)


def _sector_label(key: str) -> str:
    return SECTOR_LABELS_NL[Sector(key)]
