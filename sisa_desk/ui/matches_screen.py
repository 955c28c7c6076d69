"""The Matches screen (Permission.WORK_MATCHES): every match in a lazy table — search (Ctrl+F),
filters, sorting on every column, the count, and "Export to Excel" (Ctrl+E) of the current view
— with the detail of the match opened (Enter or double-click) below it.

Other screens send the user here with a ``MatchFilter`` (dashboard numbers and bars) or a
``navigation.ShowMatch`` (work queues): see ``apply_selection``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from sisa_desk.domain.directory import SECTOR_LABELS_NL
from sisa_desk.services import exports, match_list
from sisa_desk.services.context import Workspace
from sisa_desk.services.match_list import MatchFilter, MatchRow, MatchSort

from . import errors, exporting
from .column_chooser import ColumnChooser
from .field_messages import FORM_STYLE, MessageKind, set_kind
from .forms.ui_matches_screen import Ui_MatchesScreen
from .match_detail import MatchDetailView
from .matches_filters import FilterWidgets
from .matches_model import MatchesTableModel
from .navigation import ShowMatch
from .operations import Operation, run_in_background
from .table_models import prepare_table
from .view_state import remember_header, remember_splitter

SEARCH_DELAY_MS = 250
VIEW = "matches"
M = MatchesTableModel
COLUMN_WIDTHS = {
    M.MATCH: 56, M.STATE: 130, M.NAME: 165, M.BSN: 96, M.DATE_OF_BIRTH: 118, M.CITY: 120,
    M.OPENED: 96, M.COORDINATOR: 132,
}  # fmt: skip
# Shown after a right-click on the header; the woonplaats is a filter as well.
HIDDEN_AT_FIRST = (M.CITY,)


class MatchesScreen(QWidget):
    open_requested = Signal(str, object)

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_MatchesScreen()
        ui.setupUi(self)
        self.setStyleSheet(FORM_STYLE)
        self._workspace = workspace
        self._today = today
        self._exporting = False
        self.export_operation: Operation[int] | None = None
        self.model = MatchesTableModel(self)
        self.model.loaded.connect(self._loaded)
        table = ui.matchesTable
        table.setModel(self.model)
        prepare_table(table)
        table.horizontalHeader().setSortIndicator(M.OPENED, Qt.SortOrder.DescendingOrder)
        for column in HIDDEN_AT_FIRST:
            table.setColumnHidden(column, True)
        remember_header(table.horizontalHeader(), VIEW, widths=COLUMN_WIDTHS)
        self.columns = ColumnChooser(table.horizontalHeader(), frozenset({M.MATCH}))
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([330, 300])  # the list first; the user's own split is restored
        remember_splitter(ui.splitter, VIEW)
        set_kind(ui.countLabel, MessageKind.HINT)
        set_kind(ui.emptyHintLabel, MessageKind.HINT)
        self.detail = MatchDetailView(workspace, self, today=today)
        ui.detailLayout.addWidget(self.detail)
        self.detail.changed.connect(self.refresh_row)
        self.filters = FilterWidgets(ui, self)
        try:
            self.filters.offer(match_list.filter_choices(workspace), SECTOR_LABELS_NL)
        except Exception as exc:  # shown, not raised: the screen stays usable
            errors.show_error(self, exc)
        self.filters.changed.connect(self._filter_changed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self._search_timer.timeout.connect(self.detail.clear)
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        ui.searchEdit.returnPressed.connect(self._search_now)
        ui.clearFiltersButton.clicked.connect(lambda: self.show_filter(MatchFilter()))
        ui.exportButton.clicked.connect(self.export)
        table.activated.connect(self.open_index)
        for keys, slot in (
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence("Ctrl+E"), self.export),
            (QKeySequence.StandardKey.Refresh, self.reload),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        # The order shown (perhaps restored with the column widths) is the order asked for.
        header = table.horizontalHeader()
        self._sort = MatchSort(
            M.COLUMNS[header.sortIndicatorSection()],
            header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )
        self.model.sort_requested.connect(self._sort_requested)
        self.reload()

    # ------------------------------------------------------------ the list

    def current_filter(self) -> MatchFilter:
        return self.filters.current()

    def current_sort(self) -> MatchSort:
        return self._sort

    @property
    def busy(self) -> bool:
        return self.model.busy or self.detail.busy or self._exporting

    def reload(self) -> None:
        self._search_timer.stop()
        workspace, flt, sort, today = (
            self._workspace,
            self.current_filter(),
            self._sort,
            self._today,
        )
        self.ui.countLabel.setText(self.tr("Loading…"))
        self.model.reload(
            lambda: match_list.count_matches(workspace, flt, today=today),
            lambda offset, limit: match_list.match_page(
                workspace, flt, sort, offset, limit, today=today
            ),
        )

    def _filter_changed(self) -> None:
        # Another selection of matches: the one opened below may no longer be among them.
        self.detail.clear()
        self.reload()

    def _search_now(self) -> None:
        self.detail.clear()
        self.reload()
        self.ui.matchesTable.setFocus()

    def _sort_requested(self, column: int, descending: bool) -> None:
        self._sort = MatchSort(M.COLUMNS[column], descending)
        self.reload()

    def _loaded(self) -> None:
        ui, total = self.ui, self.model.total
        ui.countLabel.setText(self.tr("%Ln match(es)", "", total))
        ui.listStack.setCurrentWidget(ui.tablePage if total else ui.emptyPage)
        if not total:
            if self.current_filter() == MatchFilter():
                ui.emptyLabel.setText(self.tr("No open matches"))
                ui.emptyHintLabel.setText(
                    self.tr("A match arises when two organisations signal the same young person.")
                )
            else:
                ui.emptyLabel.setText(self.tr("No matches with these filters"))
                ui.emptyHintLabel.setText(self.tr("Change the filters, or clear them."))
        elif not ui.searchEdit.hasFocus():
            ui.matchesTable.selectRow(0)

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def show_filter(self, flt: MatchFilter) -> None:
        """Show the matches of ``flt`` (the dashboard clicks through to this)."""
        self.filters.set(flt)
        self._filter_changed()

    def refresh_row(self, match_id: int) -> None:
        """Read one match again after work on it (its steps, handled, overdue)."""
        workspace, today = self._workspace, self._today
        run_in_background(
            self,
            lambda _p: match_list.match_row(workspace, match_id, today=today),
            on_success=self._row_read,
        )

    def _row_read(self, row: MatchRow) -> None:
        self.model.replace_row(row)

    # ------------------------------------------------------------ the detail

    def open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_match(self.model.row_at(index.row()).id)

    def show_match(self, match_id: int) -> None:
        """Open the match's detail below the list (an audited view of the young person)."""
        found = self.model.index_of(match_id)
        if found.isValid():
            self.ui.matchesTable.selectRow(found.row())
        self.detail.show_match(match_id)

    def apply_selection(self, selection: object) -> None:
        """What another screen asks to show (ui.navigation)."""
        if isinstance(selection, MatchFilter):
            self.show_filter(selection)
        elif isinstance(selection, ShowMatch):
            self.show_match(selection.match_id)

    # ------------------------------------------------------------ export

    @property
    def exporting(self) -> bool:
        return self._exporting

    def export(self) -> None:
        if self._exporting:
            return
        today = self._today or date.today()
        name = self.tr("matches") + f"-{today:%Y-%m-%d}.xlsx"
        target = exporting.choose_export_path(self, name)
        if target is None:
            return
        workspace, flt, sort = self._workspace, self.current_filter(), self._sort
        self._exporting = True
        self.ui.exportButton.setEnabled(False)
        self.export_operation = exporting.run_export(
            self,
            lambda report: exports.export_matches(
                workspace, flt, sort, target, today=self._today, progress=report
            ),
            target,
            on_finished=self._exported,
        )

    def _exported(self) -> None:
        self._exporting = False
        self.ui.exportButton.setEnabled(True)
