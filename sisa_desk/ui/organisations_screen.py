"""The Organisations screen: the participating organisations and, below them, the
professionals of the selected one. Everyone with the directory may look; only the admin
(Permission.MANAGE_DIRECTORY) sees the buttons that add, change or deactivate."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QTableView, QWidget

from sisa_desk.domain.permissions import Permission
from sisa_desk.services import directory
from sisa_desk.services.context import Workspace
from sisa_desk.services.directory import OrganisationInfo, ProfessionalInfo

from . import errors, messages
from .directory_dialogs import OrganisationDialog, ProfessionalDialog
from .directory_models import OrganisationsTableModel, ProfessionalsTableModel
from .elide import full_text, make_eliding, set_elided_text
from .field_messages import install_form_style
from .forms.ui_organisations_screen import Ui_OrganisationsScreen
from .operations import run_in_background
from .table_models import ColumnFitter, SortedProxy, prepare_table

logger = logging.getLogger(__name__)


class OrganisationsScreen(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_OrganisationsScreen()
        ui.setupUi(self)
        install_form_style(self)
        self._workspace = workspace
        self._busy = False
        self.can_manage = workspace.actor.can(Permission.MANAGE_DIRECTORY)
        self.organisations = OrganisationsTableModel(self)
        self.organisations_proxy = SortedProxy(self.organisations, self)
        self.professionals = ProfessionalsTableModel(self)
        self.professionals_proxy = SortedProxy(self.professionals, self)
        for table, proxy, sort_column in (
            (ui.organisationsTable, self.organisations_proxy, OrganisationsTableModel.NAME),
            (ui.professionalsTable, self.professionals_proxy, ProfessionalsTableModel.NAME),
        ):
            table.setModel(proxy)
            prepare_table(table)
            table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        self._organisation_columns = ColumnFitter(
            ui.organisationsTable,
            (OrganisationsTableModel.NAME, OrganisationsTableModel.EMAIL),
        )
        self._professional_columns = ColumnFitter(
            ui.professionalsTable,
            (ProfessionalsTableModel.NAME, ProfessionalsTableModel.EMAIL),
        )
        make_eliding(ui.professionalsTitleLabel)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        for button in (
            ui.newOrganisationButton,
            ui.editOrganisationButton,
            ui.deactivateOrganisationButton,
            ui.newProfessionalButton,
            ui.editProfessionalButton,
            ui.deactivateProfessionalButton,
        ):
            button.setVisible(self.can_manage)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        ui.searchEdit.textChanged.connect(self.organisations_proxy.setFilterFixedString)
        ui.showInactiveCheck.toggled.connect(lambda _checked: self.refresh())
        ui.organisationsTable.selectionModel().selectionChanged.connect(self._organisation_chosen)
        ui.professionalsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.organisationsTable.doubleClicked.connect(self._organisation_double_clicked)
        ui.professionalsTable.doubleClicked.connect(self._professional_double_clicked)
        ui.newOrganisationButton.clicked.connect(self.new_organisation)
        ui.editOrganisationButton.clicked.connect(self.edit_organisation)
        ui.deactivateOrganisationButton.clicked.connect(self.deactivate_organisation)
        ui.newProfessionalButton.clicked.connect(self.new_professional)
        ui.editProfessionalButton.clicked.connect(self.edit_professional)
        ui.deactivateProfessionalButton.clicked.connect(self.deactivate_professional)
        self.refresh()

    # ------------------------------------------------------------ loading

    @property
    def include_inactive(self) -> bool:
        return self.ui.showInactiveCheck.isChecked()

    def showEvent(self, event: QShowEvent) -> None:
        # Other screens change what this one lists (a signal adds a professional or a
        # possible duplicate): read it again on every visit.
        if not self._busy:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        selected = self.selected_organisation()
        try:
            rows = directory.list_organisations(
                self._workspace, include_inactive=self.include_inactive
            )
        except Exception as exc:  # shown, not raised: the screen stays usable
            errors.show_error(self, exc)
            rows = []
        self.organisations.set_rows(rows)
        # Without inactive ones every row would say "yes": the column only takes room.
        for table, column in (
            (self.ui.organisationsTable, OrganisationsTableModel.ACTIVE),
            (self.ui.professionalsTable, ProfessionalsTableModel.ACTIVE),
        ):
            table.setColumnHidden(column, not self.include_inactive)
        self._organisation_columns.fit()
        if selected is not None:
            self.select_organisation(selected.id)
        if self.selected_organisation() is None and rows:
            self.ui.organisationsTable.selectRow(0)
        self._load_professionals()

    def _load_professionals(self, select_id: int | None = None) -> None:
        organisation = self.selected_organisation()
        rows: list[ProfessionalInfo] = []
        if organisation is not None:
            try:
                rows = directory.list_professionals(
                    self._workspace, organisation.id, include_inactive=self.include_inactive
                )
            except Exception as exc:
                errors.show_error(self, exc)
        self.professionals.set_rows(rows)
        self._professional_columns.fit()
        if organisation is None:
            title = self.tr("Professionals")
        else:
            title = self.tr("Professionals of {code} – {name}").format(
                code=organisation.code, name=organisation.name
            )
        set_elided_text(self.ui.professionalsTitleLabel, title)
        if select_id is not None:
            self.select_professional(select_id)
        self._update_buttons()

    # ------------------------------------------------------------ selection

    def _selected(self, table: QTableView, proxy: SortedProxy) -> int | None:
        rows = table.selectionModel().selectedRows()
        return proxy.source_row(rows[0].row()) if rows else None

    def selected_organisation(self) -> OrganisationInfo | None:
        row = self._selected(self.ui.organisationsTable, self.organisations_proxy)
        return self.organisations.row_at(row) if row is not None else None

    def selected_professional(self) -> ProfessionalInfo | None:
        row = self._selected(self.ui.professionalsTable, self.professionals_proxy)
        return self.professionals.row_at(row) if row is not None else None

    def select_organisation(self, organisation_id: int) -> None:
        row = self.organisations.row_of(organisation_id)
        if row is not None:
            self.ui.organisationsTable.selectRow(self.organisations_proxy.proxy_row(row))

    def select_professional(self, professional_id: int) -> None:
        row = self.professionals.row_of(professional_id)
        if row is not None:
            self.ui.professionalsTable.selectRow(self.professionals_proxy.proxy_row(row))

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def _organisation_chosen(self, *_args: object) -> None:
        self._load_professionals()

    def _organisation_double_clicked(self, _index: QModelIndex) -> None:
        if self.can_manage:
            self.edit_organisation()

    def _professional_double_clicked(self, _index: QModelIndex) -> None:
        if self.can_manage:
            self.edit_professional()

    def _update_buttons(self, *_args: object) -> None:
        ui = self.ui
        organisation = self.selected_organisation()
        professional = self.selected_professional()
        ready = not self._busy
        ui.newOrganisationButton.setEnabled(ready)
        ui.editOrganisationButton.setEnabled(ready and organisation is not None)
        ui.deactivateOrganisationButton.setEnabled(
            ready and organisation is not None and organisation.active
        )
        ui.newProfessionalButton.setEnabled(
            ready and organisation is not None and organisation.active
        )
        ui.editProfessionalButton.setEnabled(ready and professional is not None)
        ui.deactivateProfessionalButton.setEnabled(
            ready and professional is not None and professional.active
        )

    # ------------------------------------------------------------ actions (admin)

    def new_organisation(self) -> None:
        self._open(OrganisationDialog(self._workspace, None, self), self._organisation_saved)

    def edit_organisation(self) -> None:
        organisation = self.selected_organisation()
        if organisation is not None:
            dialog = OrganisationDialog(self._workspace, organisation, self)
            self._open(dialog, self._organisation_saved)

    def new_professional(self) -> None:
        organisation = self.selected_organisation()
        if organisation is not None:
            dialog = ProfessionalDialog(self._workspace, organisation, None, self)
            self._open(dialog, self._professional_saved)

    def edit_professional(self) -> None:
        organisation = self.selected_organisation()
        professional = self.selected_professional()
        if organisation is not None and professional is not None:
            dialog = ProfessionalDialog(self._workspace, organisation, professional, self)
            self._open(dialog, self._professional_saved)

    def _open(self, dialog: QDialog, on_saved: Callable[[object], None]) -> None:
        if not self.can_manage:
            return
        dialog.saved.connect(on_saved)  # type: ignore[attr-defined]
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _organisation_saved(self, organisation: object) -> None:
        assert isinstance(organisation, OrganisationInfo)
        self.refresh()
        self.select_organisation(organisation.id)

    def _professional_saved(self, professional: object) -> None:
        assert isinstance(professional, ProfessionalInfo)
        self._load_professionals(select_id=professional.id)

    def deactivate_organisation(self) -> None:
        organisation = self.selected_organisation()
        if organisation is None or not organisation.active or not self.can_manage:
            return
        if not messages.confirm(
            self,
            self.tr("Deactivate the organisation {code}?").format(code=organisation.code),
            details=self.tr(
                "It disappears from the lists and choices, and cannot signal any more. Its "
                "signals and history stay."
            ),
            confirm_text=self.tr("Deactivate"),
        ):
            return
        workspace, organisation_id = self._workspace, organisation.id
        self._start(lambda: directory.deactivate_organisation(workspace, organisation_id))

    def deactivate_professional(self) -> None:
        professional = self.selected_professional()
        if professional is None or not professional.active or not self.can_manage:
            return
        if not messages.confirm(
            self,
            self.tr("Deactivate the professional {name}?").format(name=professional.name),
            details=self.tr(
                "The professional can no longer be chosen for a new signal. Signals that "
                "name this professional keep the contact details."
            ),
            confirm_text=self.tr("Deactivate"),
        ):
            return
        workspace, professional_id = self._workspace, professional.id
        self._start(lambda: directory.deactivate_professional(workspace, professional_id))

    def _start(self, work: Callable[[], object]) -> None:
        self._busy = True
        self._update_buttons()
        run_in_background(self, lambda _progress: work(), on_finished=self._done)

    def _done(self) -> None:
        self._busy = False
        self.refresh()

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def professionals_title(self) -> str:
        return full_text(self.ui.professionalsTitleLabel)
