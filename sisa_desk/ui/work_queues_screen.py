"""The work queues (Permission.WORK_MATCHES): the five queues with their counts on the left,
the chosen queue's rows on the right, oldest (and so overdue) first, read a page at a time.

Double-click or Enter asks the main window to show the match in the matches screen, or, for a
possible duplicate, the possible duplicates screen.
"""

from __future__ import annotations

import time
from datetime import date
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QListWidgetItem, QWidget

from sisa_desk.services import queues
from sisa_desk.services.context import Workspace
from sisa_desk.services.queues import Queue, QueueRow

from .field_messages import FORM_STYLE, MessageKind, set_kind
from .formatting import format_date
from .forms.ui_work_queues_screen import Ui_WorkQueuesScreen
from .icons import pixmap
from .navigation import DUPLICATES, MATCHES, ShowDuplicate, ShowMatch
from .operations import run_in_background
from .paged_model import PagedTableModel
from .table_models import prepare_table
from .view_state import remember_header, remember_splitter

OVERDUE_COLOUR = QColor("#a33a22")
QUEUE_ROLE = Qt.ItemDataRole.UserRole
STALE_AFTER_S = 5.0

# Queue: title, what it holds (English, translated in the context "WorkQueuesScreen").
QUEUE_TEXTS: dict[Queue, tuple[str, str]] = {
    Queue.TO_INFORM: (
        QT_TRANSLATE_NOOP("WorkQueuesScreen", "Professionals to inform"),
        QT_TRANSLATE_NOOP(
            "WorkQueuesScreen",
            "Open matches in which a professional has not yet been told which other "
            "organisations are involved.",
        ),
    ),
    Queue.LETTERS: (
        QT_TRANSLATE_NOOP("WorkQueuesScreen", "Letters to send"),
        QT_TRANSLATE_NOOP(
            "WorkQueuesScreen",
            "Open matches whose letter to the young person or the parents has not been sent.",
        ),
    ),
    Queue.COORDINATOR: (
        QT_TRANSLATE_NOOP("WorkQueuesScreen", "Coordinator to confirm"),
        QT_TRANSLATE_NOOP(
            "WorkQueuesScreen",
            "Open matches with a proposed coordinator that nobody has confirmed yet.",
        ),
    ),
    Queue.OVERDUE: (
        QT_TRANSLATE_NOOP("WorkQueuesScreen", "Overdue"),
        QT_TRANSLATE_NOOP(
            "WorkQueuesScreen",
            "Open matches not handled within the term. They also come first in the other queues.",
        ),
    ),
    Queue.DUPLICATES: (
        QT_TRANSLATE_NOOP("WorkQueuesScreen", "Possible duplicates without BSN"),
        QT_TRANSLATE_NOOP(
            "WorkQueuesScreen",
            "Young persons without a BSN who may be the same person. They are never matched "
            "until someone decides.",
        ),
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkQueuesScreen", text)


class QueueTableModel(PagedTableModel[QueueRow]):
    SINCE = 0
    STATE = 1
    NAME = 2
    BSN = 3
    WAITING_FOR = 4

    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("QueueTableModel", "Since"),
        QT_TRANSLATE_NOOP("QueueTableModel", "State"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Young person"),
        QT_TRANSLATE_NOOP("QueueTableModel", "BSN"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Waiting for"),
    )
    SORTABLE: ClassVar[frozenset[int] | None] = frozenset()  # always oldest first

    def display(self, row: QueueRow, column: int) -> str:
        if column == self.SINCE:
            return format_date(row.since)
        if column == self.STATE:
            if row.escalated:
                return QCoreApplication.translate("QueueTableModel", "Escalated")
            return QCoreApplication.translate("QueueTableModel", "Overdue") if row.overdue else ""
        if column == self.NAME:
            return row.name
        if column == self.BSN:
            return row.bsn or QCoreApplication.translate("QueueTableModel", "no BSN")
        if column == self.WAITING_FOR:
            return self.waiting_for(row)
        return ""

    def waiting_for(self, row: QueueRow) -> str:
        if row.queue is Queue.DUPLICATES:
            return QCoreApplication.translate(
                "QueueTableModel", "perhaps the same as {name}"
            ).format(name=row.candidate_name)
        steps: list[tuple[Queue, str]] = []
        if row.not_informed:
            codes = ", ".join(row.not_informed)
            steps.append(
                (
                    Queue.TO_INFORM,
                    QCoreApplication.translate("QueueTableModel", "inform {codes}").format(
                        codes=codes
                    ),
                )
            )
        if row.letter_missing:
            steps.append((Queue.LETTERS, QCoreApplication.translate("QueueTableModel", "letter")))
        if row.coordinator_missing:
            code = row.proposed_coordinator
            steps.append(
                (
                    Queue.COORDINATOR,
                    QCoreApplication.translate(
                        "QueueTableModel", "confirm coordinator ({code})"
                    ).format(code=code),
                )
            )
        # The queue's own step first: it is what the row is in this queue for.
        steps.sort(key=lambda step: step[0] is not row.queue)
        return " · ".join(text for _queue, text in steps)

    def tooltip(self, row: QueueRow, column: int) -> str | None:
        if not row.organisations:
            return super().tooltip(row, column)
        return QCoreApplication.translate(
            "QueueTableModel", "Match {id} of {organisations}: {waiting}"
        ).format(
            id=row.match_id,
            organisations=", ".join(row.organisations),
            waiting=self.waiting_for(row),
        )

    def foreground(self, row: QueueRow, column: int) -> QColor | None:
        if row.overdue and column in (self.SINCE, self.STATE):
            return OVERDUE_COLOUR
        return None


class WorkQueuesScreen(QWidget):
    open_requested = Signal(str, object)

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_WorkQueuesScreen()
        ui.setupUi(self)
        self.setStyleSheet(FORM_STYLE + _STYLE)
        self._workspace = workspace
        self._today = today
        self.counts: dict[str, int] = {}
        self._counting = False
        self._counted_at: float | None = None
        self.model = QueueTableModel(self)
        self.model.loaded.connect(self._rows_loaded)
        ui.queueTable.setModel(self.model)
        prepare_table(ui.queueTable, sortable=False)
        ui.emptyIconLabel.setPixmap(pixmap("worklist", 56, muted=True))
        set_kind(ui.emptyHintLabel, MessageKind.HINT)
        set_kind(ui.queueHintLabel, MessageKind.HINT)
        for queue in Queue:
            item = QListWidgetItem(_tr(QUEUE_TEXTS[queue][0]))
            item.setData(QUEUE_ROLE, queue.value)
            ui.queueList.addItem(item)
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([265, 700])
        remember_splitter(ui.splitter, "work_queues")
        model = QueueTableModel
        remember_header(
            ui.queueTable.horizontalHeader(),
            "work_queues",
            widths={model.SINCE: 92, model.STATE: 106, model.NAME: 170, model.BSN: 96},
        )
        ui.queueList.currentRowChanged.connect(self._queue_chosen)
        # Activated: a double-click, or Enter on the current row.
        ui.queueTable.activated.connect(lambda _index: self.open_selected())
        ui.openButton.clicked.connect(self.open_selected)
        ui.refreshButton.clicked.connect(self.refresh)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.refresh)
        ui.queueTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.queueList.setCurrentRow(0)
        self.refresh()

    # ------------------------------------------------------------ loading

    @property
    def busy(self) -> bool:
        return self._counting or self.model.busy

    def showEvent(self, event: QShowEvent) -> None:
        # Work done elsewhere changes the queues: read them again on a visit.
        recent = self._counted_at is not None and time.monotonic() - self._counted_at < 2
        if not self._counting and not recent:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        if self._counting:
            return
        self._counting = True
        self.ui.refreshButton.setEnabled(False)
        workspace, today = self._workspace, self._today
        run_in_background(
            self,
            lambda _p: queues.queue_counts(workspace, today),
            on_success=self._counted,
            on_finished=self._counting_done,
        )

    def _counting_done(self) -> None:
        self._counting = False
        self._counted_at = time.monotonic()
        self.ui.refreshButton.setEnabled(True)

    def _counted(self, counts: dict[str, int]) -> None:
        self.counts = counts
        for row in range(self.ui.queueList.count()):
            item = self.ui.queueList.item(row)
            queue = Queue(item.data(QUEUE_ROLE))
            title = _tr(QUEUE_TEXTS[queue][0])
            hidden = queue.value not in counts
            item.setHidden(hidden)
            if not hidden:
                item.setText(f"{title} ({counts[queue.value]})")
        self._load_queue()

    def current_queue(self) -> Queue | None:
        item = self.ui.queueList.currentItem()
        return Queue(item.data(QUEUE_ROLE)) if item is not None else None

    def select_queue(self, queue: Queue | str) -> None:
        for row in range(self.ui.queueList.count()):
            if self.ui.queueList.item(row).data(QUEUE_ROLE) == Queue(queue).value:
                self.ui.queueList.setCurrentRow(row)

    @Slot(int)
    def _queue_chosen(self, _row: int) -> None:
        self._load_queue()

    def _load_queue(self) -> None:
        queue = self.current_queue()
        if queue is None:
            return
        title, hint = QUEUE_TEXTS[queue]
        self.ui.queueTitleLabel.setText(_tr(title))
        self.ui.queueHintLabel.setText(_tr(hint))
        duplicates = queue is Queue.DUPLICATES
        for column in (QueueTableModel.STATE, QueueTableModel.BSN):
            self.ui.queueTable.setColumnHidden(column, duplicates)
        if queue.value not in self.counts:
            return  # counted first; the rows follow
        total = self.counts[queue.value]
        workspace, today = self._workspace, self._today
        self.model.reload(
            lambda: total,
            lambda offset, limit: queues.queue_page(workspace, queue, offset, limit, today),
        )
        self._update_buttons()

    def _rows_loaded(self) -> None:
        empty = self.model.rowCount() == 0
        ui = self.ui
        ui.contentStack.setCurrentWidget(ui.emptyPage if empty else ui.tablePage)
        if empty:
            ui.emptyHintLabel.setText(
                self.tr("Every match has had this step. Well done.")
                if self.current_queue() is not Queue.DUPLICATES
                else self.tr("No young persons without a BSN wait for a decision.")
            )
        else:
            ui.queueTable.selectRow(0)
        self._update_buttons()

    @property
    def is_empty(self) -> bool:
        return self.ui.contentStack.currentWidget() is self.ui.emptyPage

    # ------------------------------------------------------------ opening

    def selected_row(self) -> QueueRow | None:
        rows = self.ui.queueTable.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.model.rowCount(QModelIndex()):
            return None
        return self.model.row_at(rows[0].row())

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if row.match_id is not None:
            self.open_requested.emit(MATCHES, ShowMatch(row.match_id))
        elif row.review_id is not None:
            self.open_requested.emit(DUPLICATES, ShowDuplicate(row.review_id))

    @Slot()
    def _update_buttons(self) -> None:
        self.ui.openButton.setEnabled(self.selected_row() is not None)


_STYLE = """
QLabel#queueTitleLabel { color: #1f2933; font-size: 12pt; font-weight: 600; }
QListWidget#queueList {
    background: #ffffff; border: 1px solid #d5dce4; outline: 0; padding: 4px 0px;
}
QListWidget#queueList::item { color: #1f2933; padding: 8px 10px; }
QListWidget#queueList::item:selected { background: #cfe0f1; color: #0f2f4d; font-weight: 600; }
"""
