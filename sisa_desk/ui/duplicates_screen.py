"""Possible duplicates (Permission.EDIT_YOUNG_PERSONS): young persons without a BSN who may be
the same person, for someone to merge or keep apart, oldest first."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from sisa_desk.services import persons
from sisa_desk.services.context import Workspace
from sisa_desk.services.errors import Conflict
from sisa_desk.services.persons import DuplicateCase

from . import errors, messages
from .field_messages import MessageKind, install_form_style, set_kind
from .formatting import format_date
from .forms.ui_duplicates_screen import Ui_DuplicatesScreen
from .icons import pixmap
from .operations import run_in_background
from .table_models import RecordTableModel, SortedProxy, fit_columns, prepare_table

logger = logging.getLogger(__name__)


class DuplicatesTableModel(RecordTableModel[DuplicateCase]):
    DATE_OF_BIRTH = 0
    NAME = 1
    CANDIDATE = 2
    SINCE = 3

    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("DuplicatesTableModel", "Date of birth"),
        QT_TRANSLATE_NOOP("DuplicatesTableModel", "Name"),
        QT_TRANSLATE_NOOP("DuplicatesTableModel", "Possible duplicate"),
        QT_TRANSLATE_NOOP("DuplicatesTableModel", "Since"),
    )

    def display(self, row: DuplicateCase, column: int) -> str:
        if column == self.DATE_OF_BIRTH:
            return format_date(row.date_of_birth)
        if column == self.NAME:
            return row.name
        if column == self.CANDIDATE:
            return row.candidate_name
        if column == self.SINCE:
            return format_date(row.created_at.date())
        return ""

    def sort_key(self, row: DuplicateCase, column: int) -> object:
        if column == self.DATE_OF_BIRTH:
            return row.date_of_birth.toordinal()
        if column == self.SINCE:
            return row.created_at.timestamp()
        return super().sort_key(row, column)

    def row_of(self, review_id: int) -> int | None:
        return self.find_row(lambda case: case.id == review_id)


class DuplicatesScreen(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_DuplicatesScreen()
        ui.setupUi(self)
        install_form_style(self)
        self._workspace = workspace
        self._busy = False
        self.model = DuplicatesTableModel(self)
        self.proxy = SortedProxy(self.model, self)
        ui.duplicatesTable.setModel(self.proxy)
        prepare_table(ui.duplicatesTable)
        ui.duplicatesTable.sortByColumn(DuplicatesTableModel.SINCE, Qt.SortOrder.AscendingOrder)
        ui.emptyIconLabel.setPixmap(pixmap("young_persons", 56, muted=True))
        set_kind(ui.emptyHintLabel, MessageKind.HINT)
        ui.duplicatesTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.mergeButton.clicked.connect(self.merge_selected)
        ui.keepApartButton.clicked.connect(self.keep_apart_selected)
        ui.refreshButton.clicked.connect(self.refresh)
        self.refresh()

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def is_empty(self) -> bool:
        return self.ui.contentStack.currentWidget() is self.ui.emptyPage

    def showEvent(self, event: QShowEvent) -> None:
        # Other screens change what this one lists (a signal adds a professional or a
        # possible duplicate): read it again on every visit.
        if not self._busy:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        try:
            cases = persons.open_duplicate_reviews(self._workspace)
        except Exception as exc:  # shown, not raised: the screen stays usable
            errors.show_error(self, exc)
            cases = []
        self.model.set_rows(cases)
        fit_columns(self.ui.duplicatesTable)
        page = self.ui.tablePage if cases else self.ui.emptyPage
        self.ui.contentStack.setCurrentWidget(page)
        if cases:
            self.ui.duplicatesTable.selectRow(0)
        self._update_buttons()

    def selected_case(self) -> DuplicateCase | None:
        rows = self.ui.duplicatesTable.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.source_row(rows[0].row())) if rows else None

    def select_case(self, review_id: int) -> None:
        row = self.model.row_of(review_id)
        if row is not None:
            self.ui.duplicatesTable.selectRow(self.proxy.proxy_row(row))

    def merge_selected(self) -> None:
        case = self.selected_case()
        if case is None or self._busy:
            return
        if not messages.confirm(
            self,
            self.tr("Merge {name} and {candidate}?").format(
                name=case.name, candidate=case.candidate_name
            ),
            details=self.tr(
                "Only when you are sure they are the same young person. One record keeps all "
                "signals; when two organisations are then involved, a match arises. A merge "
                "cannot be undone."
            ),
            confirm_text=self.tr("Merge"),
        ):
            return
        workspace, review_id = self._workspace, case.id
        self._start(lambda: persons.merge_duplicate(workspace, review_id))

    def keep_apart_selected(self) -> None:
        case = self.selected_case()
        if case is None or self._busy:
            return
        workspace, review_id = self._workspace, case.id
        self._start(lambda: persons.keep_apart(workspace, review_id))

    def _start(self, work: Callable[[], object]) -> None:
        self._busy = True
        self._update_buttons()
        run_in_background(
            self, lambda _progress: work(), on_error=self._failed, on_finished=self._done
        )

    def _failed(self, error: Exception) -> None:
        errors.show_error(
            self,
            error,
            {
                Conflict: self.tr(
                    "These records cannot be merged: both have a BSN, or the record to merge "
                    "has an open match."
                )
            },
        )

    def _done(self) -> None:
        self._busy = False
        self.refresh()

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_case() is not None and not self._busy
        self.ui.mergeButton.setEnabled(chosen)
        self.ui.keepApartButton.setEnabled(chosen)
        self.ui.refreshButton.setEnabled(not self._busy)
