"""The two tables of the match detail: the organisations and professionals involved, and the
contact history."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from sisa_desk.services.contacts import ContactInfo
from sisa_desk.services.match_detail import MemberDetail

from .formatting import format_date, format_date_time
from .record_labels import label
from .table_models import Index, RecordTableModel

INFORMED_COLOUR = QColor("#2f7d46")
NOT_YET_COLOUR = QColor("#8a4f00")


class MembersTableModel(RecordTableModel[MemberDetail]):
    ORGANISATION = 0
    PROFESSIONAL = 1
    PHONE = 2
    EMAIL = 3
    INFORMED = 4

    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("MembersTableModel", "Organisation"),
        QT_TRANSLATE_NOOP("MembersTableModel", "Professional"),
        QT_TRANSLATE_NOOP("MembersTableModel", "Phone"),
        QT_TRANSLATE_NOOP("MembersTableModel", "E-mail"),
        QT_TRANSLATE_NOOP("MembersTableModel", "Informed"),
    )

    def display(self, row: MemberDetail, column: int) -> str:
        if column == self.ORGANISATION:
            return row.organisation_code
        if column == self.PROFESSIONAL:
            if row.professional_name:
                return row.professional_name
            return self.tr("(general number of the organisation)")
        if column == self.PHONE:
            return row.phone or ""
        if column == self.EMAIL:
            return row.email or ""
        if column == self.INFORMED:
            return self.informed_text(row)
        return ""

    def informed_text(self, row: MemberDetail) -> str:
        if row.left_on is not None:
            return self.tr("left on {date}").format(date=format_date(row.left_on))
        if row.informed_at is None:
            return self.tr("not yet")
        return format_date(row.informed_at.date())

    def tooltip(self, row: MemberDetail, column: int) -> str | None:
        if column == self.ORGANISATION:
            return row.organisation_name
        if column == self.INFORMED and row.informed_at is not None:
            how = {"phone": self.tr("by phone"), "email": self.tr("by e-mail")}
            return self.tr("Told {how} on {when} by {who}").format(
                how=how.get(row.informed_via or "", ""),
                when=format_date_time(row.informed_at),
                who=row.informed_by or "?",
            )
        return None

    def is_inactive(self, row: MemberDetail) -> bool:
        return row.left_on is not None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.INFORMED
        ):
            row = self.row_at(index.row())
            if row.left_on is None:
                return INFORMED_COLOUR if row.informed_at else NOT_YET_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            row = self.row_at(index.row())
            return self.tooltip(row, index.column()) or self.display(row, index.column())
        return super().data(index, role)


class ContactsTableModel(RecordTableModel[ContactInfo]):
    WHEN = 0
    PROFESSIONAL = 1
    CHANNEL = 2
    OUTCOME = 3
    NOTE = 4
    BY = 5

    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("ContactsTableModel", "When"),
        QT_TRANSLATE_NOOP("ContactsTableModel", "Professional"),
        QT_TRANSLATE_NOOP("ContactsTableModel", "How"),
        QT_TRANSLATE_NOOP("ContactsTableModel", "Outcome"),
        QT_TRANSLATE_NOOP("ContactsTableModel", "Process note"),
        QT_TRANSLATE_NOOP("ContactsTableModel", "By"),
    )

    def display(self, row: ContactInfo, column: int) -> str:
        if column == self.WHEN:
            return format_date_time(row.at)
        if column == self.PROFESSIONAL:
            return row.professional_name or row.organisation_code or ""
        if column == self.CHANNEL:
            return label(row.channel)
        if column == self.OUTCOME:
            return label(row.outcome)
        if column == self.NOTE:
            return row.note or ""
        if column == self.BY:
            return row.by
        return ""
