"""The tables of the Organisations screen: organisations, and the professionals of one."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sisa_desk.domain.directory import SECTOR_LABELS_NL
from sisa_desk.services.directory import OrganisationInfo, ProfessionalInfo

from .table_models import RecordTableModel


class OrganisationsTableModel(RecordTableModel[OrganisationInfo]):
    CODE = 0
    NAME = 1
    SECTOR = 2
    PHONE = 3
    EMAIL = 4
    MAY_COORDINATE = 5
    PRIORITY = 6
    ACTIVE = 7

    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("OrganisationsTableModel", "Code"),
        QT_TRANSLATE_NOOP("OrganisationsTableModel", "Name"),
        QT_TRANSLATE_NOOP("OrganisationsTableModel", "Sector"),
        QT_TRANSLATE_NOOP("OrganisationsTableModel", "Phone"),
        QT_TRANSLATE_NOOP("OrganisationsTableModel", "E-mail"),
        QT_TRANSLATE_NOOP("OrganisationsTableModel", "Coordination"),
        QT_TRANSLATE_NOOP("OrganisationsTableModel", "Priority"),
        QT_TRANSLATE_NOOP("OrganisationsTableModel", "Active"),
    )

    def display(self, row: OrganisationInfo, column: int) -> str:
        if column == self.CODE:
            return row.code
        if column == self.NAME:
            return row.name
        if column == self.SECTOR:
            return SECTOR_LABELS_NL[row.sector]
        if column == self.PHONE:
            return row.phone or ""
        if column == self.EMAIL:
            return row.email or ""
        if column == self.MAY_COORDINATE:
            return self.yes_no(row.may_coordinate)
        if column == self.PRIORITY:
            return str(row.coordinator_priority)
        if column == self.ACTIVE:
            return self.yes_no(row.active)
        return ""

    def sort_key(self, row: OrganisationInfo, column: int) -> object:
        if column == self.PRIORITY:
            return row.coordinator_priority
        return super().sort_key(row, column)

    def is_inactive(self, row: OrganisationInfo) -> bool:
        return not row.active

    def row_of(self, organisation_id: int) -> int | None:
        return self.find_row(lambda organisation: organisation.id == organisation_id)


class ProfessionalsTableModel(RecordTableModel[ProfessionalInfo]):
    NAME = 0
    FUNCTION = 1
    PHONE = 2
    EMAIL = 3
    ACTIVE = 4

    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("ProfessionalsTableModel", "Name"),
        QT_TRANSLATE_NOOP("ProfessionalsTableModel", "Function"),
        QT_TRANSLATE_NOOP("ProfessionalsTableModel", "Phone"),
        QT_TRANSLATE_NOOP("ProfessionalsTableModel", "E-mail"),
        QT_TRANSLATE_NOOP("ProfessionalsTableModel", "Active"),
    )

    def display(self, row: ProfessionalInfo, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.FUNCTION:
            return row.function or ""
        if column == self.PHONE:
            return row.phone or ""
        if column == self.EMAIL:
            return row.email or ""
        if column == self.ACTIVE:
            return self.yes_no(row.active)
        return ""

    def is_inactive(self, row: ProfessionalInfo) -> bool:
        return not row.active

    def row_of(self, professional_id: int) -> int | None:
        return self.find_row(lambda professional: professional.id == professional_id)
