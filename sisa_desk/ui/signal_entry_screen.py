"""Enter a signal by hand (Permission.ENTER_SIGNALS).

Every change is checked at once (``signal_entry_check``) and the problem shows next to its
field; a field shows a problem only once it has been touched, so an empty form is calm. The
Register button (Ctrl+Enter) works only when nothing is wrong; registering goes through the
one slow-work helper, and the panel beside the form says what it did. After a success the
fields of the young person clear; the organisation, professional and date stay for the next.

There is no field for the reason or content of a case, and there never will be.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QWidget

from sisa_desk.domain.signals import DEFAULT_RETENTION
from sisa_desk.services import directory, settings
from sisa_desk.services.context import Workspace
from sisa_desk.services.directory import OrganisationInfo, ProfessionalInfo
from sisa_desk.services.signals import SignalRejected

from . import errors, field_texts, signal_result
from .earlier_notices import EarlierNotices
from .field_messages import (
    FieldMessages,
    MessageKind,
    install_form_style,
    keep_to_text,
    set_kind,
)
from .forms.ui_signal_entry_screen import Ui_SignalEntryScreen
from .operations import run_in_background
from .signal_entry_check import FIELDS, EntryCheck, check_entry
from .signal_entry_fields import EntryFields

logger = logging.getLogger(__name__)

# Touching one field of a group shows the problems of all: a rule that compares them can
# land on the other one (a date of birth after the signal date shows at the signal date).
_TOUCH_GROUPS = ({"date_of_birth", "signal_date"}, {"professional", "phone", "email"})


class SignalEntryScreen(QWidget):
    registered = Signal(object)  # signal_result.Registration

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_SignalEntryScreen()
        ui.setupUi(self)
        install_form_style(self)
        self._workspace = workspace
        self._today = today
        self._busy = False
        self._touched: set[str] = set()
        self._service_problems: dict[str, str] = {}
        self._check = EntryCheck()
        self._organisations: list[OrganisationInfo] = []
        self._organisation_id: int | None = None
        self._prefilled: ProfessionalInfo | None = None
        try:
            self._retention = settings.current_settings(workspace).retention
        except Exception:  # the defaults of DESIGN.md §2; the service checks with the real ones
            logger.warning("settings could not be read; checking with the defaults")
            self._retention = DEFAULT_RETENTION
        self.fields = EntryFields(ui, self)
        self.messages = FieldMessages(
            {field: getattr(ui, self.fields.problem_label_name(field)) for field in FIELDS}
        )
        for label in (ui.shieldedWarning, ui.noticesHint, ui.statusLabel):
            set_kind(label, MessageKind.HINT)
        for label in (ui.shieldedWarning, ui.noticesHint):
            keep_to_text(label)
        self.fields.set_up(self._today())
        self.notices = EarlierNotices(
            workspace, ui.noticesGroup, ui.noticesList, ui.seenButton, self
        )
        self.result = signal_result.ResultPanel(ui.resultPanel, ui.resultTitleLabel, ui.resultLabel)
        self._connect()
        self.reload_organisations()
        self.notices.refresh()
        self._revalidate()

    # ------------------------------------------------------------ wiring

    def _connect(self) -> None:
        ui = self.ui
        for shortcut in ("Ctrl+Return", "Ctrl+Enter"):
            action = QShortcut(QKeySequence(shortcut), self)
            action.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.activated.connect(self.register)
        ui.registerButton.clicked.connect(self.register)
        self.fields.changed.connect(self._field_changed)
        ui.noBsnCheck.toggled.connect(self._no_bsn_toggled)
        ui.shieldedCheck.toggled.connect(self._shielded_toggled)
        ui.organisationCombo.currentTextChanged.connect(self._organisation_text_changed)
        ui.organisationCombo.lineEdit().editingFinished.connect(self._complete_organisation)
        ui.professionalCombo.currentIndexChanged.connect(self._professional_chosen)

    def showEvent(self, event: QShowEvent) -> None:
        # Another screen (or workstation) may have changed the directory or the notices.
        if not self._busy:
            self.reload_organisations()
            self.notices.refresh()
        super().showEvent(event)

    def reload_organisations(self) -> None:
        """The active organisations, as "CODE – name"; what was typed stays."""
        try:
            self._organisations = directory.list_organisations(self._workspace)
        except Exception as exc:  # shown, not raised: the screen stays usable
            errors.show_error(self, exc)
            self._organisations = []
        self.fields.set_organisations(self._organisations)
        self._sync_organisation()
        self._revalidate()

    # ------------------------------------------------------------ checking

    @property
    def check(self) -> EntryCheck:
        return self._check

    def problem(self, field: str) -> str:
        text = self.messages.text(field)
        return text if self.messages.kind(field) is MessageKind.PROBLEM else ""

    def note(self, field: str) -> str:
        text = self.messages.text(field)
        return text if self.messages.kind(field) is MessageKind.NOTE else ""

    def _field_changed(self, field: str) -> None:
        if self.fields.filling:
            return
        if field:
            self._touched.add(field)
            for group in _TOUCH_GROUPS:
                if field in group:
                    self._touched |= group
        if self._service_problems:
            self._service_problems.clear()
            self.result.hide_failure()
        self._revalidate()

    def _revalidate(self, *, force: bool = False) -> EntryCheck:
        values = self.fields.values(self._organisation())
        check = check_entry(values, self._today(), self._retention)
        self._check = check
        if force:
            self._touched.update(FIELDS)
        for field in FIELDS:
            problem = self._service_problems.get(field) or check.problems.get(field)
            if problem and (field in self._touched or field in self._service_problems):
                self.messages.show(field, problem)
            elif field in check.notes:
                self.messages.show(field, check.notes[field], MessageKind.NOTE)
            else:
                self.messages.clear(field)
        ready = check.valid and not self._service_problems
        self.ui.registerButton.setEnabled(ready and not self._busy)
        self._show_status(check, ready)
        return check

    def _show_status(self, check: EntryCheck, ready: bool) -> None:
        if ready:
            self.ui.statusLabel.setText(self.tr("Ready to register (Ctrl+Enter)."))
            return
        names = [self.fields.caption(field) for field in FIELDS if field in check.problems]
        names += [self.fields.caption(f) for f in self._service_problems if f not in names]
        self.ui.statusLabel.setText(
            self.tr("Not complete or not right yet: {fields}.").format(fields=", ".join(names))
        )

    # ------------------------------------------------------------ organisation, professional

    def _organisation(self) -> OrganisationInfo | None:
        text = self.ui.organisationCombo.currentText().strip().casefold()
        if not text:
            return None
        return next(
            (
                organisation
                for organisation in self._organisations
                if text
                in (organisation.code.casefold(), self.fields.label_of(organisation).casefold())
            ),
            None,
        )

    def _organisation_text_changed(self, _text: str) -> None:
        if not self.fields.filling:
            self._sync_organisation()
            self._field_changed("organisation")

    def _sync_organisation(self) -> None:
        """A different organisation: its professionals to choose from."""
        organisation = self._organisation()
        new_id = organisation.id if organisation else None
        if new_id != self._organisation_id:
            self._organisation_id = new_id
            if self._prefilled is not None:
                self.fields.clear_professional()
                self._prefilled = None
            professionals: list[ProfessionalInfo] = []
            if organisation is not None:
                try:
                    professionals = directory.list_professionals(self._workspace, organisation.id)
                except Exception as exc:
                    errors.show_error(self, exc)
            self.fields.set_professionals(professionals)

    def _complete_organisation(self) -> None:
        """A typed code becomes "CODE – name", so the operator sees which one it is."""
        organisation = self._organisation()
        if organisation is not None:
            label = self.fields.label_of(organisation)
            if self.ui.organisationCombo.currentText() != label:
                self.ui.organisationCombo.setEditText(label)

    def _professional_chosen(self, index: int) -> None:
        professional = self.ui.professionalCombo.itemData(index) if index >= 0 else None
        if isinstance(professional, ProfessionalInfo) and not self.fields.filling:
            self._prefilled = professional
            self.fields.prefill_contact(professional)

    def _no_bsn_toggled(self, checked: bool) -> None:
        self.ui.bsnEdit.setEnabled(not checked)
        if checked:
            self.ui.bsnEdit.clear()

    def _shielded_toggled(self, checked: bool) -> None:
        set_kind(self.ui.shieldedWarning, MessageKind.WARNING if checked else MessageKind.HINT)
        self._field_changed("")

    # ------------------------------------------------------------ registering

    @property
    def busy(self) -> bool:
        return self._busy

    def register(self) -> None:
        if self._busy:
            return
        check = self._revalidate(force=True)
        if not check.valid or self._service_problems or check.signal_input is None:
            first = next((f for f in FIELDS if self.messages.kind(f) is MessageKind.PROBLEM), None)
            if first is not None:
                self.fields.focus(first)
            return
        workspace, signal_input = self._workspace, check.signal_input
        self._set_busy(True)
        run_in_background(
            self,
            lambda _progress: signal_result.register(workspace, signal_input),
            on_success=self._registered,
            on_error=self._rejected,
            on_finished=lambda: self._set_busy(False),
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.scrollContents.setEnabled(not busy)
        if busy:
            self.ui.registerButton.setEnabled(False)
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
            self._revalidate()

    def _registered(self, registration: signal_result.Registration) -> None:
        logger.info(
            "signal registered (%s, match %s)",
            registration.result.kind.value,
            registration.result.match_change.value,
        )
        lines = signal_result.result_lines(registration)
        self.result.show(True, signal_result.result_title(registration), "\n".join(lines))
        self.ui.bsnEdit.setFocus()  # first: leaving a field touches it
        self.fields.clear_person()
        self._touched.clear()
        self._revalidate()
        self.notices.refresh()
        self.registered.emit(registration)

    def _rejected(self, error: Exception) -> None:
        if not isinstance(error, SignalRejected):
            errors.show_error(self, error)
            return
        logger.info("signal refused (%s)", error.code)
        text = field_texts.rejection_text(error.field, error.code, self._retention)
        if error.field not in FIELDS:  # a field the form does not have: say it in the panel
            self.result.show(False, signal_result.rejected_title(), text)
            return
        self._service_problems[error.field] = text
        self.result.show(False, signal_result.rejected_title(), signal_result.rejected_text())
        self._revalidate()
        self.fields.focus(error.field)

    @property
    def result_text(self) -> str:
        return self.result.text
