"""The dialogs of the match detail: how a call went (logged as a contact attempt), and which
organisation takes the lead (the coordinator)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QDialog, QRadioButton, QWidget

from sisa_desk.services import contacts, matching
from sisa_desk.services.contacts import (
    MAX_NOTE,
    ContactChannel,
    ContactInfo,
    ContactOutcome,
    ContactRejected,
)
from sisa_desk.services.context import Workspace
from sisa_desk.services.match_detail import MatchDetail, MemberDetail

from . import errors
from .field_messages import FORM_STYLE, MessageKind, set_kind
from .forms.ui_call_outcome_dialog import Ui_CallOutcomeDialog
from .forms.ui_coordinator_dialog import Ui_CoordinatorDialog
from .operations import run_in_background

_NOTE_PROBLEMS = {
    "note_too_long": QT_TRANSLATE_NOOP(
        "CallOutcomeDialog", "A process note has at most {limit} characters."
    ),
    "note_lines": QT_TRANSLATE_NOOP("CallOutcomeDialog", "A process note is one line."),
    "note_characters": QT_TRANSLATE_NOOP(
        "CallOutcomeDialog", "A process note holds ordinary characters only."
    ),
}


class CallOutcomeDialog(QDialog):
    """Asked after the softphone was started: the outcome, and a short process note."""

    logged = Signal(object)  # ContactInfo

    def __init__(
        self,
        workspace: Workspace,
        match_id: int,
        member: MemberDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_CallOutcomeDialog()
        ui.setupUi(self)
        self.setStyleSheet(FORM_STYLE)
        self._workspace = workspace
        self._match_id = match_id
        self._member = member
        self._busy = False
        ui.questionLabel.setText(
            self.tr("How did the call to {name} ({organisation}) on {phone} go?").format(
                name=member.professional_name or member.organisation_name,
                organisation=member.organisation_code,
                phone=member.phone or "",
            )
        )
        self._outcomes: dict[QRadioButton, ContactOutcome] = {
            ui.reachedRadio: ContactOutcome.REACHED,
            ui.noAnswerRadio: ContactOutcome.NO_ANSWER,
            ui.voicemailRadio: ContactOutcome.VOICEMAIL,
            ui.wrongNumberRadio: ContactOutcome.WRONG_NUMBER,
        }
        for radio in self._outcomes:
            radio.toggled.connect(self._update)
        ui.noteEdit.setMaxLength(MAX_NOTE)
        ui.noteEdit.setToolTip(
            self.tr("Only what happened in the contact, never anything about the young person.")
        )
        ui.noteProblem.hide()
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        self._update()

    @property
    def busy(self) -> bool:
        return self._busy

    def outcome(self) -> ContactOutcome | None:
        return next((o for radio, o in self._outcomes.items() if radio.isChecked()), None)

    def choose(self, outcome: ContactOutcome) -> None:
        next(radio for radio, o in self._outcomes.items() if o is outcome).setChecked(True)

    def _update(self, *_args: object) -> None:
        self.ui.saveButton.setEnabled(self.outcome() is not None and not self._busy)

    def save(self) -> None:
        outcome = self.outcome()
        if outcome is None or self._busy or self._member.professional_id is None:
            return
        self._busy = True
        self._update()
        workspace, match_id = self._workspace, self._match_id
        professional, note = self._member.professional_id, self.ui.noteEdit.text()
        run_in_background(
            self,
            lambda _p: contacts.log_contact(
                workspace, match_id, professional, ContactChannel.PHONE, outcome, note
            ),
            on_success=self._saved,
            on_error=self._refused,
            on_finished=self._finished,
        )

    def _finished(self) -> None:
        self._busy = False
        self._update()

    def _saved(self, info: ContactInfo) -> None:
        self.logged.emit(info)
        self.accept()

    def _refused(self, error: Exception) -> None:
        text = _NOTE_PROBLEMS.get(getattr(error, "code", ""))
        if isinstance(error, ContactRejected) and text:
            self.ui.noteProblem.setText(self.tr(text).format(limit=MAX_NOTE))
            set_kind(self.ui.noteProblem, MessageKind.PROBLEM)
            self.ui.noteProblem.show()
            self.ui.noteEdit.setFocus()
        else:
            errors.show_error(self, error)

    @property
    def note_problem(self) -> str:
        return self.ui.noteProblem.text() if not self.ui.noteProblem.isHidden() else ""


class CoordinatorDialog(QDialog):
    """Confirm the proposed coordinator, or choose another organisation that may lead."""

    confirmed = Signal(int)  # organisation id

    def __init__(
        self, workspace: Workspace, detail: MatchDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_CoordinatorDialog()
        ui.setupUi(self)
        self.setStyleSheet(FORM_STYLE)
        set_kind(ui.hintLabel, MessageKind.HINT)
        self._workspace = workspace
        self._match_id = detail.id
        self._busy = False
        chosen = detail.steps.coordinator_id or detail.steps.proposed_coordinator_id
        for member in detail.members:
            if member.current and member.may_coordinate:
                text = f"{member.organisation_code} – {member.organisation_name}"
                if member.organisation_id == detail.steps.proposed_coordinator_id:
                    text += self.tr(" (proposed)")
                ui.organisationCombo.addItem(text, member.organisation_id)
                if member.organisation_id == chosen:
                    ui.organisationCombo.setCurrentIndex(ui.organisationCombo.count() - 1)
        ui.confirmButton.setEnabled(ui.organisationCombo.count() > 0)
        ui.confirmButton.clicked.connect(self.confirm)
        ui.cancelButton.clicked.connect(self.reject)

    @property
    def busy(self) -> bool:
        return self._busy

    def chosen_organisation(self) -> int | None:
        return self.ui.organisationCombo.currentData()

    def confirm(self) -> None:
        organisation = self.chosen_organisation()
        if organisation is None or self._busy:
            return
        self._busy = True
        self.ui.confirmButton.setEnabled(False)
        workspace, match_id = self._workspace, self._match_id
        run_in_background(
            self,
            lambda _p: matching.confirm_coordinator(workspace, match_id, organisation),
            on_success=lambda _none: self._confirmed(organisation),
            on_finished=self._finished,
        )

    def _finished(self) -> None:
        self._busy = False
        self.ui.confirmButton.setEnabled(True)

    def _confirmed(self, organisation: int) -> None:
        self.confirmed.emit(organisation)
        self.accept()
