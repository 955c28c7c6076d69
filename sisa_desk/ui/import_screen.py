"""The Import screen: a partner's spreadsheet in three steps (issue 4, item 7).

1. choose the file and the organisation (and, for partners, save the empty template);
2. the preview: every row with its status and messages, read off the GUI thread; nothing is
   written;
3. the import, off the GUI thread with a progress bar and a cancel button; then the summary
   and the error report for the partner.

Problems with the file itself (a CSV, a password, a zip bomb, missing columns…) are shown in
the screen with their Dutch text (ui.error_texts). The file dialogs are module functions
(``choose_import_file``, ``choose_save_path``) so that tests can replace them.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QHeaderView, QLabel, QWidget

from sisa_desk.services import directory, imports
from sisa_desk.services.context import Workspace
from sisa_desk.services.imports import (
    AlreadyImported,
    ImportCancelled,
    ImportPreview,
    ImportResult,
    RowStatus,
)

from . import errors, messages
from .error_texts import describe_error
from .field_messages import MessageKind, install_form_style, set_kind
from .forms.ui_import_screen import Ui_ImportScreen
from .import_models import ImportRowsModel, RejectedFilter
from .operations import Progress, run_in_background
from .table_models import prepare_table


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def _xlsx_filter() -> str:
    return QCoreApplication.translate("ImportScreen", "Excel workbook (*.xlsx)")


def choose_import_file(parent: QWidget) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportScreen", "Choose the partner's file"),
        str(_documents()),
        _xlsx_filter(),
    )
    return Path(name) if name else None


def choose_save_path(parent: QWidget, title: str, suggested_name: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent, title, str(_documents() / suggested_name), _xlsx_filter()
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def _possible_duplicates_text(count: int) -> str:
    return QCoreApplication.translate(
        "ImportScreen",
        "New young persons without a BSN who resemble one already known: {count} (see "
        "Possible duplicates).",
    ).format(count=QLocale().toString(count))


class ImportScreen(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ImportScreen()
        ui.setupUi(self)
        install_form_style(self)
        self._workspace = workspace
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.busy = False
        self.rows = ImportRowsModel(self)
        self.rows_proxy = RejectedFilter(self.rows, self)
        ui.rowsTable.setModel(self.rows_proxy)
        prepare_table(ui.rowsTable)
        ui.rowsTable.setSortingEnabled(False)
        self.rows_proxy.sort(-1)  # in the order of the file
        ui.chooseFileButton.clicked.connect(self._choose_file)
        ui.saveTemplateButton.clicked.connect(self._save_template)
        ui.errorReportButton.clicked.connect(self._save_error_report)
        ui.importButton.clicked.connect(self.start_import)
        ui.rejectedOnlyCheck.toggled.connect(self.rows_proxy.set_only_rejected)
        ui.rowsTable.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_row_messages(current)
        )
        self.rows_proxy.modelReset.connect(lambda: self._show_row_messages(None))
        ui.organisationCombo.currentIndexChanged.connect(lambda _i: self._organisation_changed())
        self._load_organisations()
        self._show_empty()

    # ------------------------------------------------------------ step 1

    def _load_organisations(self) -> None:
        combo = self.ui.organisationCombo
        combo.blockSignals(True)
        combo.clear()
        try:
            found = directory.list_organisations(self._workspace)
        except Exception as exc:  # shown, not raised: the screen stays usable
            errors.show_error(self, exc)
            found = []
        for organisation in found:
            if organisation.active:
                combo.addItem(f"{organisation.code} – {organisation.name}", organisation.code)
        combo.setCurrentIndex(-1)
        combo.setPlaceholderText(
            QCoreApplication.translate("ImportScreen", "Choose the organisation that sent the file")
        )
        combo.blockSignals(False)

    @property
    def organisation_code(self) -> str | None:
        code = self.ui.organisationCombo.currentData()
        return str(code) if code else None

    def select_organisation(self, code: str) -> None:
        combo = self.ui.organisationCombo
        combo.setCurrentIndex(combo.findData(code))

    def _choose_file(self) -> None:
        path = choose_import_file(self)
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        self.path = Path(path)
        self.ui.fileEdit.setText(str(self.path))
        self.start_preview()

    def _organisation_changed(self) -> None:
        if self.path is not None:
            self.start_preview()
        else:
            self._show_empty()

    def _save_template(self) -> None:
        target = choose_save_path(
            self,
            QCoreApplication.translate("ImportScreen", "Save the import template"),
            "signalen-import.xlsx",
        )
        if target is not None:
            self.save_template_to(target)

    def save_template_to(self, target: Path) -> None:
        try:
            imports.save_template(target)
        except Exception as exc:
            errors.show_error(self, exc)
            return
        messages.info(
            self,
            QCoreApplication.translate(
                "ImportScreen", "The template has been saved as {file}."
            ).format(file=target.name),
        )

    # ------------------------------------------------------------ step 2

    def _show_empty(self) -> None:
        self.preview = None
        self.result = None
        self.rows.set_preview([], [])
        if self.path is None:
            text = QCoreApplication.translate(
                "ImportScreen", "Choose a file and the organisation that sent it."
            )
        else:
            text = QCoreApplication.translate(
                "ImportScreen", "Choose the organisation that sent the file."
            )
        self._say(self.ui.summaryLabel, text, MessageKind.HINT)
        self._say(self.ui.resultLabel, "", None)
        self._update_buttons()

    def start_preview(self) -> None:
        path, code = self.path, self.organisation_code
        if path is None or code is None:
            self._show_empty()
            return
        self.preview = None
        self.result = None
        self.rows.set_preview([], [])
        self._say(
            self.ui.summaryLabel,
            QCoreApplication.translate("ImportScreen", "Reading {file}…").format(file=path.name),
            None,
        )
        self._say(self.ui.resultLabel, "", None)
        self._set_busy(True)
        workspace = self._workspace
        run_in_background(
            self,
            lambda _progress: imports.preview_import(workspace, path, code),
            on_success=self._show_preview,
            on_error=self._show_file_problem,
            on_finished=lambda: self._set_busy(False),
            progress_text=QCoreApplication.translate("ImportScreen", "Checking {file}…").format(
                file=path.name
            ),
        )

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        if preview.already_imported_on is not None:
            # Checked against a register that already holds this file, every row would look
            # refreshed and its rejections could differ from the import's: only the fact.
            self.rows.set_preview(preview.columns, [])
            text = self.already_imported_text(preview.already_imported_on)
            self._say(self.ui.summaryLabel, text, MessageKind.WARNING)
        else:
            self.rows.set_preview(preview.columns, preview.rows)
            self._fit_columns()
            self._say(self.ui.summaryLabel, self.summary_text(preview), MessageKind.NOTE)
        self._update_buttons()

    @staticmethod
    def summary_text(preview: ImportPreview) -> str:
        if not preview.rows:
            return QCoreApplication.translate(
                "ImportScreen",
                "The sheet {sheet} has a header row but no rows with signals below it.",
            ).format(sheet=f"'{preview.sheet}'")
        locale = QLocale()
        rejected = preview.count(RowStatus.ERROR) + preview.count(RowStatus.DUPLICATE)
        text = QCoreApplication.translate(
            "ImportScreen", "{rows} rows: {new} new, {refreshed} refreshed, {rejected} rejected."
        ).format(
            rows=locale.toString(len(preview.rows)),
            new=locale.toString(preview.count(RowStatus.NEW)),
            refreshed=locale.toString(preview.count(RowStatus.REFRESH)),
            rejected=locale.toString(rejected),
        )
        if preview.possible_duplicates:
            text += " " + _possible_duplicates_text(preview.possible_duplicates)
        if preview.ignored_columns:
            text += " " + QCoreApplication.translate(
                "ImportScreen", "Ignored columns (never stored): {columns}."
            ).format(columns=", ".join(preview.ignored_columns))
        return text

    @staticmethod
    def already_imported_text(when: datetime) -> str:
        return QCoreApplication.translate(
            "ImportScreen", "This file was already imported on {date}; it cannot be imported again."
        ).format(date=f"{when:%d-%m-%Y}")

    def _show_row_messages(self, index: QModelIndex | None) -> None:
        """The whole of the current row's messages, which the table may cut off."""
        text = ""
        if index is not None and index.isValid():
            row = self.rows.row_at(self.rows_proxy.mapToSource(index).row())
            if row.messages:
                text = QCoreApplication.translate("ImportScreen", "Row {row}: {messages}").format(
                    row=row.row, messages="; ".join(row.messages)
                )
        self._say(self.ui.rowMessagesLabel, text, MessageKind.PROBLEM if text else None)

    def _fit_columns(self) -> None:
        table = self.ui.rowsTable
        header = table.horizontalHeader()
        table.resizeColumnsToContents()
        for column in range(self.rows.columnCount()):
            width = min(table.columnWidth(column), 360)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)

    def _show_file_problem(self, error: Exception) -> None:
        self.preview = None
        self.rows.set_preview([], [])
        self._say(self.ui.summaryLabel, self.error_text(error), MessageKind.PROBLEM)
        self._update_buttons()

    # ------------------------------------------------------------ step 3

    def start_import(self) -> None:
        path, code, preview = self.path, self.organisation_code, self.preview
        if path is None or code is None or preview is None or self.busy:
            return
        self._set_busy(True)
        workspace = self._workspace

        def work(progress: Progress) -> ImportResult:
            return imports.run_import(
                workspace,
                path,
                code,
                progress=progress.report,
                should_cancel=lambda: progress.cancelled,
            )

        run_in_background(
            self,
            work,
            on_success=self._show_result,
            on_error=self._show_import_problem,
            on_finished=lambda: self._set_busy(False),
            progress_text=QCoreApplication.translate("ImportScreen", "Importing {file}…").format(
                file=path.name
            ),
            cancellable=True,
        )

    def _show_result(self, result: ImportResult) -> None:
        self.result = result
        locale = QLocale()
        text = QCoreApplication.translate(
            "ImportScreen",
            "Imported: {imported} new, {refreshed} refreshed, {rejected} rejected; "
            "new matches: {matches}.",
        ).format(
            imported=locale.toString(result.imported),
            refreshed=locale.toString(result.refreshed),
            rejected=locale.toString(result.rejected),
            matches=locale.toString(result.new_matches),
        )
        if result.possible_duplicates:
            text += " " + _possible_duplicates_text(result.possible_duplicates)
        self._say(self.ui.resultLabel, text, MessageKind.NOTE)
        self._update_buttons()

    def _show_import_problem(self, error: Exception) -> None:
        kind = MessageKind.WARNING if isinstance(error, ImportCancelled) else MessageKind.PROBLEM
        self._say(self.ui.resultLabel, self.error_text(error), kind)
        self._update_buttons()

    def error_text(self, error: Exception) -> str:
        if isinstance(error, AlreadyImported):
            return self.already_imported_text(error.imported_at)
        return describe_error(error)

    def _save_error_report(self) -> None:
        if self.result is None and self.preview is None:
            return
        name = (self.path.stem if self.path else "import") + " - foutenrapport.xlsx"
        target = choose_save_path(
            self, QCoreApplication.translate("ImportScreen", "Save the error report"), name
        )
        if target is not None:
            self.save_error_report_to(target)

    def save_error_report_to(self, target: Path) -> None:
        report = self.result if self.result is not None else self.preview
        if report is None or (report is self.preview and self.preview.already_imported_on):
            return  # an imported file's rows are not checked again (see _show_preview)
        try:
            if self.path is not None:
                imports.check_report_target(target, self.path)
            imports.save_error_report(self._workspace, report, target)
        except Exception as exc:
            errors.show_error(self, exc)
            return
        messages.info(
            self,
            QCoreApplication.translate(
                "ImportScreen", "The error report has been saved as {file}."
            ).format(file=target.name),
        )

    # ------------------------------------------------------------ state

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        idle = not self.busy
        preview = self.preview
        can_import = (
            preview is not None
            and preview.already_imported_on is None
            and self.result is None
            and preview.count(RowStatus.NEW) + preview.count(RowStatus.REFRESH) > 0
        )
        ui.chooseFileButton.setEnabled(idle)
        ui.organisationCombo.setEnabled(idle)
        ui.importButton.setVisible(preview is None or preview.already_imported_on is None)
        ui.importButton.setEnabled(idle and can_import)
        rejected = (
            self.result.rejected
            if self.result is not None
            else len(preview.rejected_rows)
            if preview is not None and preview.already_imported_on is None
            else 0
        )
        ui.errorReportButton.setEnabled(idle and rejected > 0)
        ui.rejectedOnlyCheck.setEnabled(preview is not None)

    @staticmethod
    def _say(label: QLabel, text: str, kind: MessageKind | None) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        if kind is not None:
            set_kind(label, kind)
