"""The dashboard's pieces: a clickable number tile and a bar chart panel (QtCharts) with
the numbers written at the bars ("< 5" for a suppressed one), axis titles, a quiet
"loading" state and an empty state."""

from __future__ import annotations

import math
from dataclasses import dataclass

import shiboken6
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsSimpleTextItem,
    QLabel,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

BAR_COLOUR = QColor("#3d6f9e")
BAR_HOVER_COLOUR = QColor("#2b5680")
TEXT_COLOUR = QColor("#1f2933")
MUTED_COLOUR = QColor("#5b6775")
GRID_COLOUR = QColor("#e3e8ee")

TILE_STYLE = """
QFrame#numberTile {
    background: #f7f9fb; border: 1px solid #d5dce4; border-radius: 6px;
}
QFrame#numberTile[clickable="true"]:hover { background: #eef4fa; border-color: #9fbbd6; }
QFrame#numberTile:focus { border: 2px solid #3d6f9e; }
QFrame#numberTile[tone="alert"] QLabel#tileValue { color: #a33a22; }
QLabel#tileValue { color: #1f2933; font-size: 19pt; font-weight: 600; }
QLabel#tileCaption { color: #3b4a5c; font-weight: 600; }
QFrame#chartPanel { background: #ffffff; border: 1px solid #d5dce4; border-radius: 6px; }
QLabel#panelTitle { color: #1f2933; font-size: 11pt; font-weight: 600; }
QLabel#panelMessage { color: #5b6775; font-size: 11pt; }
"""


class NumberTile(QFrame):
    """A big number with its caption; a click (or Enter/space) emits ``clicked``."""

    clicked = Signal()

    def __init__(self, caption: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numberTile")
        self.setMinimumWidth(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(1)
        self.value_label = QLabel("…", self)
        self.value_label.setObjectName("tileValue")
        self.caption_label = QLabel(caption, self)
        self.caption_label.setObjectName("tileCaption")
        for label in (self.value_label, self.caption_label):
            layout.addWidget(label)
        self._hint = hint
        self._clickable = False
        self.set_clickable(False)

    def set_value(self, text: str, *, alert: bool = False) -> None:
        self.value_label.setText(text)
        self.setProperty("tone", "alert" if alert else "")
        self.style().unpolish(self)
        self.style().polish(self)

    def set_clickable(self, clickable: bool, click_tip: str = "") -> None:
        self._clickable = clickable
        self.setProperty("clickable", "true" if clickable else "false")
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if clickable else Qt.FocusPolicy.NoFocus)
        self.setToolTip("\n".join(text for text in (self._hint, click_tip) if text))

    @property
    def clickable(self) -> bool:
        return self._clickable

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._clickable and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._clickable and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Space,
        ):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


@dataclass(frozen=True)
class Bar:
    label: str
    value: int | None  # None: suppressed, written "< 5"
    tooltip: str
    clickable: bool


# Round tops of the value axis (times a power of ten), each with a tick count that gives
# round steps: 150 in steps of 30, 400 in steps of 100.
_NICE = ((1.0, 6), (1.2, 7), (1.5, 6), (2.0, 5), (2.5, 6), (3.0, 7), (4.0, 5), (5.0, 6),
         (6.0, 7), (8.0, 5), (10.0, 6))  # fmt: skip


def nice_range(value: int) -> tuple[int, int]:
    """A round top for the value axis, with room for the numbers at the bars, and its ticks."""
    if value <= 4:
        return 5, 6
    padded = value * 1.15
    step = 10 ** math.floor(math.log10(padded))
    for factor, ticks in _NICE:
        if padded <= factor * step:
            return int(factor * step), ticks
    return int(10 * step), 6


class BarChartPanel(QFrame):
    """A titled chart of one series of bars; ``bar_clicked(index)`` for a clickable bar."""

    bar_clicked = Signal(int)

    def __init__(
        self,
        title: str,
        category_title: str,
        value_title: str,
        *,
        horizontal: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chartPanel")
        self._horizontal = horizontal
        self.category_title = category_title
        self._value_title = value_title
        self._bars: list[Bar] = []
        self._labels: list[QGraphicsSimpleTextItem] = []
        self._series: QBarSeries | QHorizontalBarSeries | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 6)
        layout.setSpacing(2)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("panelTitle")
        layout.addWidget(self.title_label)
        self.stack = QStackedWidget(self)
        self.chart = QChart()
        self.chart.setBackgroundRoundness(0)
        self.chart.setMargins(QMargins(0, 4, 10, 0))
        self.chart.layout().setContentsMargins(0, 0, 0, 0)
        self.chart.legend().setVisible(False)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setBackgroundBrush(QBrush(QColor("#ffffff")))
        self.chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
        # Slots, not plain methods: Qt drops the connections when the panel goes, so a chart
        # that changes while it is being destroyed never calls back into a half-gone panel.
        self.chart.plotAreaChanged.connect(self._place_labels)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(120)
        self.view.setBackgroundBrush(QBrush(QColor("#ffffff")))
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("panelMessage")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message_label)
        layout.addWidget(self.stack, 1)

    # ------------------------------------------------------------ states

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.stack.setCurrentWidget(self.message_label)

    @property
    def message(self) -> str | None:
        showing = self.stack.currentWidget() is self.message_label
        return self.message_label.text() if showing else None

    @property
    def bars(self) -> list[Bar]:
        return list(self._bars)

    def show_bars(self, bars: list[Bar]) -> None:
        self._bars = list(bars)
        self._series = None
        self.chart.removeAllSeries()  # deletes them
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)  # gives the axis back: ours to delete
            axis.deleteLater()
        for label in self._labels:
            shiboken6.delete(label)  # a graphics item leaves its chart as it goes
        self._labels = []
        # A horizontal chart lists its first category at the bottom: the largest goes on top.
        shown = list(reversed(self._bars)) if self._horizontal else self._bars
        bar_set = QBarSet("")
        bar_set.setColor(BAR_COLOUR)
        bar_set.setBorderColor(BAR_COLOUR)
        for bar in shown:
            bar_set.append(float(bar.value or 0))
        series = QHorizontalBarSeries() if self._horizontal else QBarSeries()
        series.append(bar_set)
        series.setBarWidth(0.62)
        series.clicked.connect(self._clicked)
        series.hovered.connect(self._hovered)
        self.chart.addSeries(series)
        self._series = series
        categories = QBarCategoryAxis()
        categories.append([bar.label for bar in shown])
        categories.setTitleText(self.category_title)
        values = QValueAxis()
        top, ticks = nice_range(max((b.value or 0 for b in shown), default=0))
        values.setRange(0, top)
        values.setLabelFormat("%d")
        values.setTickCount(ticks)
        values.setTitleText(self._value_title)
        for axis in (categories, values):
            axis.setTitleFont(_font(8, bold=True))
            axis.setTitleBrush(QBrush(MUTED_COLOUR))
            axis.setLabelsFont(_font(8))
            axis.setLabelsColor(TEXT_COLOUR)
            axis.setGridLineColor(GRID_COLOUR)
            axis.setLinePen(QPen(GRID_COLOUR))
            axis.setTruncateLabels(False)
        categories.setGridLineVisible(False)
        category_side = (
            Qt.AlignmentFlag.AlignLeft if self._horizontal else Qt.AlignmentFlag.AlignBottom
        )
        value_side = (
            Qt.AlignmentFlag.AlignBottom if self._horizontal else Qt.AlignmentFlag.AlignLeft
        )
        self.chart.addAxis(categories, category_side)
        self.chart.addAxis(values, value_side)
        series.attachAxis(categories)
        series.attachAxis(values)
        for bar in shown:
            text = "< 5" if bar.value is None else _thousands(bar.value)
            label = QGraphicsSimpleTextItem(text, self.chart)
            label.setFont(_font(8, bold=bar.value is not None))
            label.setBrush(QBrush(MUTED_COLOUR if bar.value is None else TEXT_COLOUR))
            label.setZValue(10)  # above the grid lines
            self._labels.append(label)
        self.stack.setCurrentWidget(self.view)
        self._place_labels()

    @Slot()
    def _place_labels(self) -> None:
        if self._series is None:
            return
        shown = list(reversed(self._bars)) if self._horizontal else self._bars
        for index, (bar, label) in enumerate(zip(shown, self._labels, strict=True)):
            value = float(bar.value or 0)
            point = QPointF(value, index) if self._horizontal else QPointF(index, value)
            at = self.chart.mapToPosition(point, self._series)
            box = label.boundingRect()
            if self._horizontal:
                label.setPos(at.x() + 5, at.y() - box.height() / 2)
            else:
                label.setPos(at.x() - box.width() / 2, at.y() - box.height() - 3)

    # ------------------------------------------------------------ interaction

    def _index(self, shown_index: int) -> int:
        return len(self._bars) - 1 - shown_index if self._horizontal else shown_index

    @Slot(int, QBarSet)
    def _clicked(self, index: int, _bar_set: QBarSet) -> None:
        index = self._index(index)
        if 0 <= index < len(self._bars) and self._bars[index].clickable:
            self.bar_clicked.emit(index)

    @Slot(bool, int, QBarSet)
    def _hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        index = self._index(index)
        if not status or not 0 <= index < len(self._bars):
            bar_set.setColor(BAR_COLOUR)
            self.view.unsetCursor()
            QToolTip.hideText()
            return
        bar = self._bars[index]
        if bar.clickable:
            bar_set.setColor(BAR_HOVER_COLOUR)
            self.view.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(QCursor.pos(), bar.tooltip, self.view)


def _font(points: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


def _thousands(value: int) -> str:
    """1234 -> "1.234" in Dutch: the language's own grouping."""
    return QLocale().toString(value)
