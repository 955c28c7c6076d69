"""The input widgets of the signal entry form: filling the choices, reading the values,
clearing the young person, and telling which field changed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QComboBox, QCompleter, QDateEdit, QWidget

from sisa_desk.domain.persons import GENDER_LABELS_NL, Gender
from sisa_desk.services.directory import OrganisationInfo, ProfessionalInfo

from .forms.ui_signal_entry_screen import Ui_SignalEntryScreen
from .signal_entry_check import EntryValues

# A date of birth at this minimum shows as blank: nothing entered yet.
NO_DATE = QDate(1900, 1, 1)

# field -> the name of its input and its caption in the form (the message label is
# "<input without its kind>Problem", e.g. dateOfBirthProblem).
_WIDGETS = {
    "bsn": ("bsnEdit", "bsnCaption"),
    "surname": ("surnameEdit", "surnameCaption"),
    "date_of_birth": ("dateOfBirthEdit", "dateOfBirthCaption"),
    "gender": ("genderCombo", "genderCaption"),
    "postcode": ("postcodeEdit", "postcodeCaption"),
    "organisation": ("organisationCombo", "organisationCaption"),
    "professional": ("professionalCombo", "professionalCaption"),
    "phone": ("phoneEdit", "phoneCaption"),
    "email": ("emailEdit", "emailCaption"),
    "signal_date": ("signalDateEdit", "signalDateCaption"),
}


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _CalendarNearToday(QObject):
    """A blank date of birth would open its calendar in 1900: open it ten years back."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self._edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QCalendarWidget)
            and self._edit.date() == NO_DATE
        ):
            today = QDate.currentDate()
            watched.setCurrentPage(today.year() - 10, today.month())
        return False


class EntryFields(QObject):
    # The field whose input changed ("" for an input without messages of its own).
    changed = Signal(str)

    def __init__(self, ui: Ui_SignalEntryScreen, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = ui
        self.filling = False

    @staticmethod
    def problem_label_name(field: str) -> str:
        widget = _WIDGETS[field][0]
        stem = widget.removesuffix("Edit").removesuffix("Combo")
        return f"{stem}Problem"

    def widget(self, field: str) -> QWidget:
        return getattr(self.ui, _WIDGETS[field][0])

    def caption(self, field: str) -> str:
        text = getattr(self.ui, _WIDGETS[field][1]).text()
        return text.replace("&", "").rstrip(":").strip()

    def focus(self, field: str) -> None:
        widget = self.widget(field)
        if not widget.isEnabled():
            widget = self.ui.noBsnCheck
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------ setting up

    def set_up(self, today: date) -> None:
        ui = self.ui
        for gender in Gender:
            ui.genderCombo.addItem(f"{gender.value} – {GENDER_LABELS_NL[gender]}", gender)
        ui.genderCombo.setCurrentIndex(-1)
        dob = ui.dateOfBirthEdit
        dob.setMinimumDate(NO_DATE)
        dob.setSpecialValueText(self.tr("dd-mm-yyyy"))
        dob.setDate(NO_DATE)
        dob.calendarWidget().installEventFilter(_CalendarNearToday(dob))
        ui.signalDateEdit.setDate(QDate(today.year, today.month, today.day))
        for combo, placeholder in (
            (ui.organisationCombo, self.tr("Type a code or name, or choose")),
            (ui.professionalCombo, self.tr("Choose, or type a new name")),
        ):
            combo.lineEdit().setPlaceholderText(placeholder)
            combo.setCurrentIndex(-1)
            combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
            combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        signals = {
            "bsn": ui.bsnEdit.textChanged,
            "surname": ui.surnameEdit.textChanged,
            "date_of_birth": ui.dateOfBirthEdit.dateChanged,
            "gender": ui.genderCombo.currentIndexChanged,
            "postcode": ui.postcodeEdit.textChanged,
            "professional": ui.professionalCombo.currentTextChanged,
            "phone": ui.phoneEdit.textChanged,
            "email": ui.emailEdit.textChanged,
            "signal_date": ui.signalDateEdit.dateChanged,
        }
        for field, signal in signals.items():
            signal.connect(lambda *_args, field=field: self.changed.emit(field))
        # Leaving a field touches it too, so that passing an empty required field shows it.
        for field in ("bsn", "surname", "postcode", "phone", "email"):
            edit = getattr(ui, _WIDGETS[field][0])
            edit.editingFinished.connect(lambda field=field: self.changed.emit(field))
        for edit in (ui.givenNamesEdit, ui.prefixEdit, ui.streetEdit, ui.houseNumberEdit):
            edit.textChanged.connect(lambda _text: self.changed.emit(""))
        ui.cityEdit.textChanged.connect(lambda _text: self.changed.emit(""))
        ui.noBsnCheck.toggled.connect(lambda _checked: self.changed.emit("bsn"))

    @staticmethod
    def label_of(organisation: OrganisationInfo) -> str:
        return f"{organisation.code} – {organisation.name}"

    def set_organisations(self, organisations: Sequence[OrganisationInfo]) -> None:
        self._refill(self.ui.organisationCombo, [(self.label_of(o), o) for o in organisations])

    def set_professionals(self, professionals: Sequence[ProfessionalInfo]) -> None:
        self._refill(self.ui.professionalCombo, [(p.name, p) for p in professionals])

    def _refill(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        """New choices; the text typed so far stays."""
        text = combo.currentText()
        self.filling = True
        try:
            combo.clear()
            for label, data in items:
                combo.addItem(label, data)
            combo.setCurrentIndex(-1)
            combo.setEditText(text)
        finally:
            self.filling = False

    # ------------------------------------------------------------ values

    def values(self, organisation: OrganisationInfo | None) -> EntryValues:
        ui = self.ui
        born = ui.dateOfBirthEdit.date()
        gender = ui.genderCombo.currentData()
        return EntryValues(
            bsn=ui.bsnEdit.text(),
            no_bsn=ui.noBsnCheck.isChecked(),
            given_names=ui.givenNamesEdit.text(),
            prefix=ui.prefixEdit.text(),
            surname=ui.surnameEdit.text(),
            date_of_birth=None if born == NO_DATE else _to_date(born),
            gender=Gender(gender) if gender is not None else None,
            street=ui.streetEdit.text(),
            house_number=ui.houseNumberEdit.text(),
            postcode=ui.postcodeEdit.text(),
            city=ui.cityEdit.text(),
            organisation_code=organisation.code if organisation else None,
            organisation_text=ui.organisationCombo.currentText(),
            professional_name=ui.professionalCombo.currentText(),
            phone=ui.phoneEdit.text(),
            email=ui.emailEdit.text(),
            signal_date=_to_date(ui.signalDateEdit.date()),
            shielded=ui.shieldedCheck.isChecked(),
        )

    def set_date_of_birth(self, value: date | None) -> None:
        qdate = NO_DATE if value is None else QDate(value.year, value.month, value.day)
        self.ui.dateOfBirthEdit.setDate(qdate)

    def set_signal_date(self, value: date) -> None:
        self.ui.signalDateEdit.setDate(QDate(value.year, value.month, value.day))

    def set_gender(self, gender: Gender | None) -> None:
        combo = self.ui.genderCombo
        combo.setCurrentIndex(-1 if gender is None else combo.findData(gender))

    def prefill_contact(self, professional: ProfessionalInfo) -> None:
        self.ui.phoneEdit.setText(professional.phone or "")
        self.ui.emailEdit.setText(professional.email or "")

    def clear_professional(self) -> None:
        ui = self.ui
        ui.professionalCombo.setCurrentIndex(-1)
        ui.professionalCombo.setEditText("")
        ui.phoneEdit.clear()
        ui.emailEdit.clear()

    def clear_person(self) -> None:
        """Empty the young person for the next entry; the signal's fields stay."""
        ui = self.ui
        self.filling = True
        try:
            ui.noBsnCheck.setChecked(False)
            for edit in (
                ui.bsnEdit,
                ui.givenNamesEdit,
                ui.prefixEdit,
                ui.surnameEdit,
                ui.streetEdit,
                ui.houseNumberEdit,
                ui.postcodeEdit,
                ui.cityEdit,
            ):
                edit.clear()
            self.set_date_of_birth(None)
            self.set_gender(None)
            ui.shieldedCheck.setChecked(False)
        finally:
            self.filling = False
