"""The dialogs that add or change an organisation or a professional (admin only).

Both check the draft with the service's own rules before anything is sent, show each problem
next to its field in Dutch, and save through the one slow-work helper; the service checks
again, and a problem it finds (a code that is taken) also lands at its field.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from sisa_desk.domain.directory import SECTOR_LABELS_NL, Sector
from sisa_desk.services import directory
from sisa_desk.services.context import Workspace
from sisa_desk.services.directory import (
    InvalidDraft,
    OrganisationDraft,
    OrganisationInfo,
    ProfessionalDraft,
    ProfessionalInfo,
)
from sisa_desk.services.errors import Conflict

from . import field_texts
from .error_texts import describe_error
from .field_messages import (
    FieldMessages,
    MessageKind,
    install_form_style,
    keep_to_text,
    set_kind,
)
from .form_feedback import FormFeedback
from .forms.ui_organisation_dialog import Ui_OrganisationDialog
from .forms.ui_professional_dialog import Ui_ProfessionalDialog
from .operations import run_in_background

logger = logging.getLogger(__name__)


class _DraftDialog(QDialog):
    """Shared flow: check, save in the background, show problems at their fields."""

    saved = Signal(object)  # OrganisationInfo or ProfessionalInfo

    # The field that a Conflict of the service is about, and its Dutch text.
    conflict_field = ""
    conflict_text = ""

    def _set_up(
        self, messages: dict[str, QLabel], feedback: FormFeedback, save_button: QWidget
    ) -> None:
        install_form_style(self)
        self.field_messages = FieldMessages(messages)
        self._feedback = feedback
        save_button.clicked.connect(self.save)

    @property
    def busy(self) -> bool:
        return self._feedback.busy

    @property
    def error_text(self) -> str:
        return self._feedback.error_text

    def problem(self, field: str) -> str:
        return self.field_messages.text(field)

    def reject(self) -> None:
        if not self._feedback.busy:
            super().reject()

    def save(self) -> None:
        if self._feedback.busy:
            return
        self.field_messages.clear()
        self._feedback.clear_error()
        draft = self.draft()
        try:
            self.check(draft)
        except InvalidDraft as invalid:
            self._show_problems(invalid)
            return
        self._feedback.set_busy(True)
        work = self.save_work(draft)
        run_in_background(
            self,
            lambda _progress: work(),
            on_success=self._saved,
            on_error=self._failed,
            on_finished=lambda: self._feedback.set_busy(False),
        )

    # ------------------------------------------------------------ for the subclass

    def draft(self) -> Any:
        raise NotImplementedError

    def check(self, draft: Any) -> None:
        raise NotImplementedError

    def save_work(self, draft: Any) -> Callable[[], object]:
        raise NotImplementedError

    # ------------------------------------------------------------ results

    def _saved(self, info: object) -> None:
        logger.info("%s saved", type(info).__name__)
        self.saved.emit(info)
        self.accept()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, InvalidDraft):
            self._show_problems(error)
        elif isinstance(error, Conflict) and self.conflict_field:
            self.field_messages.show(self.conflict_field, field_texts.text(self.conflict_text))
            self._feedback.fit_height()
        else:
            self._feedback.show_error(describe_error(error))

    def _show_problems(self, invalid: InvalidDraft) -> None:
        for problem in invalid.problems:
            if problem.field in self.field_messages.fields:
                self.field_messages.show(problem.field, field_texts.draft_problem_text(problem))
            else:
                self._feedback.show_error(field_texts.draft_problem_text(problem))
        self._feedback.fit_height()
        # Once more when the labels have settled at their real width.
        QTimer.singleShot(0, self._feedback.fit_height)


def _text_or_none(text: str) -> str | None:
    return text.strip() or None


class OrganisationDialog(_DraftDialog):
    conflict_field = "code"
    conflict_text = field_texts.CODE_TAKEN

    def __init__(
        self,
        workspace: Workspace,
        organisation: OrganisationInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_OrganisationDialog()
        ui.setupUi(self)
        self._workspace = workspace
        self._organisation = organisation
        for sector, label in SECTOR_LABELS_NL.items():
            ui.sectorCombo.addItem(label, sector)
        ui.sectorCombo.setCurrentIndex(-1)
        for hint in (ui.criteriaHint, ui.priorityHint):
            set_kind(hint, MessageKind.HINT)
            keep_to_text(hint)
        inputs = [
            ui.codeEdit,
            ui.nameEdit,
            ui.sectorCombo,
            ui.phoneEdit,
            ui.emailEdit,
            ui.criteriaEdit,
            ui.mayCoordinateCheck,
            ui.prioritySpin,
            ui.saveButton,
            ui.cancelButton,
        ]
        feedback = FormFeedback(self, ui.errorLabel, ui.busyPanel, inputs)
        self._set_up(
            {
                "code": ui.codeProblem,
                "name": ui.nameProblem,
                "sector": ui.sectorProblem,
                "phone": ui.phoneProblem,
                "email": ui.emailProblem,
                "criteria": ui.criteriaProblem,
                "coordinator_priority": ui.priorityProblem,
            },
            feedback,
            ui.saveButton,
        )
        ui.cancelButton.clicked.connect(self.reject)
        if organisation is None:
            self.setWindowTitle(self.tr("New organisation"))
            ui.saveButton.setText(self.tr("Add organisation"))
        else:
            self.setWindowTitle(self.tr("Edit organisation {code}").format(code=organisation.code))
            self._fill(organisation)
        feedback.fit_height()

    def _fill(self, organisation: OrganisationInfo) -> None:
        ui = self.ui
        ui.codeEdit.setText(organisation.code)
        ui.nameEdit.setText(organisation.name)
        ui.sectorCombo.setCurrentIndex(ui.sectorCombo.findData(organisation.sector))
        ui.phoneEdit.setText(organisation.phone or "")
        ui.emailEdit.setText(organisation.email or "")
        ui.criteriaEdit.setPlainText(organisation.criteria or "")
        ui.mayCoordinateCheck.setChecked(organisation.may_coordinate)
        ui.prioritySpin.setValue(organisation.coordinator_priority)

    def set_sector(self, sector: Sector) -> None:
        self.ui.sectorCombo.setCurrentIndex(self.ui.sectorCombo.findData(sector))

    def draft(self) -> OrganisationDraft:
        ui = self.ui
        sector = ui.sectorCombo.currentData()
        return OrganisationDraft(
            code=ui.codeEdit.text(),
            name=ui.nameEdit.text(),
            sector=Sector(sector) if sector is not None else "",
            phone=_text_or_none(ui.phoneEdit.text()),
            email=_text_or_none(ui.emailEdit.text()),
            criteria=_text_or_none(ui.criteriaEdit.toPlainText()),
            may_coordinate=ui.mayCoordinateCheck.isChecked(),
            coordinator_priority=ui.prioritySpin.value(),
            active=self._organisation.active if self._organisation else True,
        )

    def check(self, draft: OrganisationDraft) -> None:
        directory.check_organisation(draft)

    def save_work(self, draft: OrganisationDraft) -> Callable[[], OrganisationInfo]:
        workspace = self._workspace
        organisation_id = self._organisation.id if self._organisation else None
        return lambda: directory.save_organisation(workspace, draft, organisation_id)


class ProfessionalDialog(_DraftDialog):
    conflict_field = "email"
    conflict_text = field_texts.EMAIL_TAKEN

    def __init__(
        self,
        workspace: Workspace,
        organisation: OrganisationInfo,
        professional: ProfessionalInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ProfessionalDialog()
        ui.setupUi(self)
        self._workspace = workspace
        self._organisation = organisation
        self._professional = professional
        ui.organisationLabel.setText(f"{organisation.code} – {organisation.name}")
        inputs = [
            ui.nameEdit,
            ui.functionEdit,
            ui.phoneEdit,
            ui.emailEdit,
            ui.saveButton,
            ui.cancelButton,
        ]
        feedback = FormFeedback(self, ui.errorLabel, ui.busyPanel, inputs)
        self._set_up(
            {
                "name": ui.nameProblem,
                "function": ui.functionProblem,
                "phone": ui.phoneProblem,
                "email": ui.emailProblem,
            },
            feedback,
            ui.saveButton,
        )
        ui.cancelButton.clicked.connect(self.reject)
        if professional is None:
            self.setWindowTitle(self.tr("New professional"))
            ui.saveButton.setText(self.tr("Add professional"))
        else:
            self.setWindowTitle(self.tr("Edit professional"))
            ui.nameEdit.setText(professional.name)
            ui.functionEdit.setText(professional.function or "")
            ui.phoneEdit.setText(professional.phone or "")
            ui.emailEdit.setText(professional.email or "")
        feedback.fit_height()

    def draft(self) -> ProfessionalDraft:
        ui = self.ui
        return ProfessionalDraft(
            organisation_id=self._organisation.id,
            name=ui.nameEdit.text(),
            function=_text_or_none(ui.functionEdit.text()),
            phone=_text_or_none(ui.phoneEdit.text()),
            email=_text_or_none(ui.emailEdit.text()),
            active=self._professional.active if self._professional else True,
        )

    def check(self, draft: ProfessionalDraft) -> None:
        directory.check_professional(draft)

    def save_work(self, draft: ProfessionalDraft) -> Callable[[], ProfessionalInfo]:
        workspace = self._workspace
        professional_id = self._professional.id if self._professional else None
        return lambda: directory.save_professional(workspace, draft, professional_id)
