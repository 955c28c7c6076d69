"""The tables of the young person's record: signals, matches, letters, contacts."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from sisa_desk.services.person_record import ContactLine, LetterLine, MatchLine, SignalLine

from .formatting import format_date, format_date_time
from .record_labels import label
from .table_models import Index, RecordTableModel

OVERDUE_COLOUR = QColor("#a33a22")


class RecordSignalsModel(RecordTableModel[SignalLine]):
    ORGANISATION = 0
    PROFESSIONAL = 1
    SIGNAL_DATE = 2
    UNTIL = 3
    STATUS = 4

    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("RecordSignalsModel", "Organisation"),
        QT_TRANSLATE_NOOP("RecordSignalsModel", "Professional"),
        QT_TRANSLATE_NOOP("RecordSignalsModel", "Signal date"),
        QT_TRANSLATE_NOOP("RecordSignalsModel", "Ends / ended"),
        QT_TRANSLATE_NOOP("RecordSignalsModel", "Status"),
    )

    def display(self, row: SignalLine, column: int) -> str:
        if column == self.ORGANISATION:
            return f"{row.organisation_code} – {row.organisation_name}"
        if column == self.PROFESSIONAL:
            return row.professional or ""
        if column == self.SIGNAL_DATE:
            return format_date(row.signal_date)
        if column == self.UNTIL:
            return format_date(row.ended_on if row.status == "history" else row.planned_end)
        if column == self.STATUS:
            if row.status == "history" and row.end_reason:
                return f"{label(row.status)} ({label(row.end_reason)})"
            return label(row.status)
        return ""

    def sort_key(self, row: SignalLine, column: int) -> object:
        if column == self.SIGNAL_DATE:
            return row.signal_date.toordinal()
        if column == self.UNTIL:
            return (row.ended_on or row.planned_end).toordinal()
        return super().sort_key(row, column)

    def is_inactive(self, row: SignalLine) -> bool:
        return row.status == "history"


class RecordMatchesModel(RecordTableModel[MatchLine]):
    NUMBER = 0
    STATUS = 1
    OPENED = 2
    CLOSED = 3
    ORGANISATIONS = 4
    COORDINATOR = 5
    LETTER = 6
    HANDLED = 7

    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("RecordMatchesModel", "No."),
        QT_TRANSLATE_NOOP("RecordMatchesModel", "Status"),
        QT_TRANSLATE_NOOP("RecordMatchesModel", "Opened"),
        QT_TRANSLATE_NOOP("RecordMatchesModel", "Closed"),
        QT_TRANSLATE_NOOP("RecordMatchesModel", "Organisations"),
        QT_TRANSLATE_NOOP("RecordMatchesModel", "Coordinator"),
        QT_TRANSLATE_NOOP("RecordMatchesModel", "Letter sent"),
        QT_TRANSLATE_NOOP("RecordMatchesModel", "Handled"),
    )

    def display(self, row: MatchLine, column: int) -> str:
        if column == self.NUMBER:
            return str(row.id)
        if column == self.STATUS:
            text = label(row.status)
            if row.overdue:
                text += " – " + QCoreApplication.translate("RecordMatchesModel", "overdue")
            return text
        if column == self.OPENED:
            return format_date(row.opened)
        if column == self.CLOSED:
            return format_date(row.closed)
        if column == self.ORGANISATIONS:
            return ", ".join(row.organisations)
        if column == self.COORDINATOR:
            if row.coordinator:
                return row.coordinator
            if row.proposed_coordinator and row.status == "open":
                return QCoreApplication.translate("RecordMatchesModel", "proposed: {code}").format(
                    code=row.proposed_coordinator
                )
            return ""
        if column == self.LETTER:
            return format_date(row.letter_sent.date() if row.letter_sent else None)
        if column == self.HANDLED:
            return self.yes_no(row.handled)
        return ""

    def sort_key(self, row: MatchLine, column: int) -> object:
        if column == self.NUMBER:
            return row.id
        if column in (self.OPENED, self.CLOSED):
            value = row.opened if column == self.OPENED else row.closed
            return value.toordinal() if value else 0
        return super().sort_key(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.row_at(index.row())
            if row.overdue and index.column() == self.STATUS:
                return OVERDUE_COLOUR
        return super().data(index, role)

    def is_inactive(self, row: MatchLine) -> bool:
        return row.status == "closed"


class RecordLettersModel(RecordTableModel[LetterLine]):
    DATE = 0
    TEMPLATE = 1
    RECIPIENT = 2
    MATCH = 3
    BY = 4

    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("RecordLettersModel", "Letter date"),
        QT_TRANSLATE_NOOP("RecordLettersModel", "Template"),
        QT_TRANSLATE_NOOP("RecordLettersModel", "Addressed to"),
        QT_TRANSLATE_NOOP("RecordLettersModel", "Match"),
        QT_TRANSLATE_NOOP("RecordLettersModel", "By"),
    )

    def display(self, row: LetterLine, column: int) -> str:
        if column == self.DATE:
            return format_date(row.letter_date)
        if column == self.TEMPLATE:
            return row.template
        if column == self.RECIPIENT:
            return label(row.recipient_kind)
        if column == self.MATCH:
            return str(row.match_id) if row.match_id is not None else ""
        if column == self.BY:
            return row.created_by
        return ""

    def sort_key(self, row: LetterLine, column: int) -> object:
        if column == self.DATE:
            return row.letter_date.toordinal()
        return super().sort_key(row, column)


class RecordContactsModel(RecordTableModel[ContactLine]):
    AT = 0
    MATCH = 1
    PROFESSIONAL = 2
    CHANNEL = 3
    OUTCOME = 4
    NOTE = 5
    BY = 6

    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("RecordContactsModel", "When"),
        QT_TRANSLATE_NOOP("RecordContactsModel", "Match"),
        QT_TRANSLATE_NOOP("RecordContactsModel", "Professional"),
        QT_TRANSLATE_NOOP("RecordContactsModel", "Via"),
        QT_TRANSLATE_NOOP("RecordContactsModel", "Outcome"),
        QT_TRANSLATE_NOOP("RecordContactsModel", "Note"),
        QT_TRANSLATE_NOOP("RecordContactsModel", "By"),
    )

    def display(self, row: ContactLine, column: int) -> str:
        if column == self.AT:
            return format_date_time(row.at)
        if column == self.MATCH:
            return str(row.match_id)
        if column == self.PROFESSIONAL:
            who = row.professional or ""
            return f"{who} ({row.organisation_code})" if row.organisation_code else who
        if column == self.CHANNEL:
            return label(row.channel)
        if column == self.OUTCOME:
            return label(row.outcome)
        if column == self.NOTE:
            return row.note or ""
        if column == self.BY:
            return row.by
        return ""

    def sort_key(self, row: ContactLine, column: int) -> object:
        if column == self.AT:
            return row.at.timestamp()
        return super().sort_key(row, column)
